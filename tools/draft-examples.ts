// Drafts shipped example files (examples/<persona>-<quality>.yaml) from a trainer's rep lines:
//
//   node --import tsx tools/draft-examples.ts LINES.json [--out examples]
//
// LINES.json: [{ persona, quality, title, summary, rep: [{ text, note? }], notes?: { "<turn>": "…" } }].
// Each call is played against the offline customer (so the customer's lines are what the persona
// really says to those rep lines), then graded as the server grades a shipped example at load. A
// "good" example the grader fails, or a "poor" one it passes, is reported and not written.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { loadLibrary } from "../api/src/library/load-library";
import { createOfflineGrader } from "../api/src/offline/offline-grader";
import { gradeExample, contradicts } from "../api/src/programme/examples/grade-example";
import { readTurnEvents, REPO_ROOT, startTestRuntime } from "../api/src/testing/test-runtime";

interface Draft {
  persona: string;
  quality: "good" | "poor";
  title: string;
  summary: string;
  rep: { text: string; note?: string }[];
  /** Notes on customer turns, by their 0-based index in the finished call. */
  notes?: Record<string, string>;
}

const [linesFile, ...rest] = process.argv.slice(2);
if (!linesFile) throw new Error("usage: tools/draft-examples.ts LINES.json [--out DIR]");
const outIndex = rest.indexOf("--out");
const outDir = outIndex >= 0 ? (rest[outIndex + 1] ?? "examples") : path.join(REPO_ROOT, "examples");
const drafts = JSON.parse(readFileSync(linesFile, "utf8")) as Draft[];
const parley = await startTestRuntime();
const library = await loadLibrary(REPO_ROOT);
const grader = createOfflineGrader();
let failed = 0;
for (const draft of drafts) {
  const started = await parley.json("POST", "/api/sessions", { personaId: draft.persona, mode: "exam" });
  const { session, turns: opening } = (await started.json()) as {
    session: { id: string };
    turns: { role: "customer" | "rep"; text: string }[];
  };
  const turns: { role: "customer" | "rep"; text: string; note: string | null }[] = opening.map((turn) => ({
    role: turn.role,
    text: turn.text,
    note: null,
  }));
  for (const line of draft.rep) {
    const response = await parley.json("POST", `/api/sessions/${session.id}/turns`, { text: line.text });
    turns.push({ role: "rep", text: line.text, note: line.note ?? null });
    const events = await readTurnEvents(response);
    const reply = events.find((event) => event.type === "persona");
    if (reply?.type === "persona") turns.push({ role: "customer", text: reply.turn.text, note: null });
    if (reply?.type === "persona" && reply.ended) break;
  }
  for (const [index, note] of Object.entries(draft.notes ?? {})) {
    const turn = turns[Number(index)];
    if (turn) turn.note = note;
  }
  const personaValue = library.personas.find((entry) => entry.value.id === draft.persona)?.value;
  const rubricValue = library.rubrics.find((entry) => entry.value.id === personaValue?.rubric)?.value;
  if (!personaValue || !rubricValue) throw new Error(`${draft.persona}: no such persona, or it names no rubric`);
  // Versions do not change a grade; the server grades against the live ones.
  const persona = { value: personaValue, version: 1 };
  const rubric = { value: rubricValue, version: 1 };
  const indexed = turns.map((turn, index) => ({ ...turn, index }));
  const card = await gradeExample(grader, persona, rubric, indexed, null);
  const verdict = `${draft.persona}-${draft.quality}: overall ${card.overall} (pass ${card.threshold}) ${card.passed ? "passed" : "failed"}`;
  const criteria = card.criteria.map((c) => `${c.id}=${c.score}`).join(" ");
  if (contradicts(draft.quality, card)) {
    failed += 1;
    console.log(`CONTRADICTS ${verdict}  ${criteria}`);
    continue;
  }
  console.log(`ok ${verdict}  ${criteria}`);
  const file = {
    title: draft.title,
    persona: draft.persona,
    quality: draft.quality,
    summary: draft.summary,
    turns: turns.map((turn) => ({ [turn.role]: turn.text, ...(turn.note ? { note: turn.note } : {}) })),
  };
  writeFileSync(path.join(outDir, `${draft.persona}-${draft.quality}.yaml`), stringify(file, { lineWidth: 110 }));
}
await parley.close();
process.exit(failed > 0 ? 1 : 0);
