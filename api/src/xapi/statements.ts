import type { Scorecard } from "../grading/types";
import { statementId } from "./statement-id";
import type { Activity, Actor, Context, Result, Statement } from "./statement-types";
import { ACTIVITY_TYPES, type ParleyIris, VERBS, type VerbName, XAPI_VERSION } from "./vocabulary";

/** What statements about one call are made from (gathered by recorder.ts). */
export interface CallFacts {
  session: {
    id: string;
    personaId: string;
    personaVersion: number;
    rubricId: string;
    rubricVersion: number;
    mode: "coach" | "exam";
    difficulty: string;
    engine: string;
    assignmentId: string | null;
    certification: boolean;
    forkedFrom: string | null;
    createdAt: number;
    endedAt: number | null;
  };
  /** `email` null (local mode's user): the actor is an account on Parley's homePage. */
  learner: { id: string; name: string; email: string | null };
  persona: { name: string; summary: string };
  rubric: { name: string; scale: { min: number; max: number } };
  assignment: { id: string; title: string } | null;
}

export interface MadeStatement {
  verb: VerbName;
  statement: Statement;
}

const en = (text: string) => ({ "en-US": text });
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** An ISO 8601 duration with seconds to the hundredth: 252_500 ms → "PT4M12.5S". */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = round(total % 60, 2);
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds || !(hours || minutes) ? `${seconds}S` : ""}`;
}

function actorOf(learner: CallFacts["learner"], iris: ParleyIris): Actor {
  return learner.email
    ? { objectType: "Agent", name: learner.name, mbox: `mailto:${learner.email}` }
    : { objectType: "Agent", name: learner.name, account: { homePage: iris.homePage, name: learner.id } };
}

function contextOf(facts: CallFacts, card: Scorecard | null, iris: ParleyIris): Context {
  const { session } = facts;
  const x = iris.extensions;
  const rubric: Activity = {
    objectType: "Activity",
    id: iris.rubric(session.rubricId),
    definition: { name: en(facts.rubric.name), type: ACTIVITY_TYPES.assessment },
  };
  const parent: Activity[] = facts.assignment
    ? [
        {
          objectType: "Activity",
          id: iris.assignment(facts.assignment.id),
          definition: {
            name: en(facts.assignment.title),
            type: session.certification ? ACTIVITY_TYPES.course : ACTIVITY_TYPES.simulation,
          },
        },
      ]
    : [];
  const extensions: Record<string, unknown> = {
    [x.personaVersion]: session.personaVersion,
    [x.rubricVersion]: session.rubricVersion,
    [x.difficulty]: session.difficulty,
    [x.mode]: session.mode,
    [x.engine]: card?.engine ?? session.engine,
    [x.certification]: session.certification,
  };
  if (card?.model) extensions[x.model] = card.model;
  if (session.forkedFrom) extensions[x.forkedFrom] = session.forkedFrom;
  return {
    registration: session.id,
    platform: "Parley",
    language: "en-US",
    revision: `persona ${session.personaVersion}, rubric ${session.rubricVersion}`,
    contextActivities: parent.length > 0 ? { parent, other: [rubric] } : { other: [rubric] },
    extensions,
  };
}

function scoreOf(card: Scorecard, scale: CallFacts["rubric"]["scale"]) {
  if (card.overall === null || scale.max <= scale.min) return undefined;
  const raw = round(Math.min(scale.max, Math.max(scale.min, card.overall)), 2);
  return { scaled: round((raw - scale.min) / (scale.max - scale.min), 4), raw, min: scale.min, max: scale.max };
}

function gradedResult(card: Scorecard, facts: CallFacts, iris: ParleyIris): Result {
  const x = iris.extensions;
  const score = scoreOf(card, facts.rubric.scale);
  const duration = isoDuration((facts.session.endedAt ?? card.createdAt) - facts.session.createdAt);
  return {
    ...(score ? { score } : {}),
    ...(card.passed === null ? {} : { success: card.passed }),
    completion: true,
    duration,
    extensions: {
      [x.criteria]: card.criteria.map((criterion) => ({
        id: criterion.id,
        name: criterion.name,
        score: criterion.score,
        passed: criterion.passed,
        critical: criterion.critical,
        weight: criterion.weight,
        rationale: criterion.rationale,
        evidence: criterion.evidence.map((quote) => ({ turn: quote.turn, quote: quote.quote })),
        flags: criterion.flags,
      })),
      [x.requiredScore]: card.threshold,
    },
  };
}

/**
 * The statements a call has earned so far: `attempted` once started; once graded also `completed`,
 * `scored` (when the scorecard has an overall score) and `passed` or `failed` (when it could be
 * decided). Ids are derived from the call and the verb, so making them again gives the same ids.
 */
export function callStatements(facts: CallFacts, card: Scorecard | null, iris: ParleyIris): MadeStatement[] {
  const actor = actorOf(facts.learner, iris);
  const object: Activity = {
    objectType: "Activity",
    id: iris.scenario(facts.session.personaId, facts.session.rubricId),
    definition: {
      name: en(facts.persona.name),
      description: en(facts.persona.summary),
      type: ACTIVITY_TYPES.simulation,
    },
  };
  // "attempted" says what was known at the start, so it is the same statement whenever it is made.
  const make = (verb: VerbName, at: number, result?: Result): MadeStatement => ({
    verb,
    statement: {
      id: statementId(`${facts.session.id}/${verb}`),
      actor,
      verb: { id: VERBS[verb], display: en(verb) },
      object,
      ...(result ? { result } : {}),
      context: contextOf(facts, verb === "attempted" ? null : card, iris),
      timestamp: new Date(at).toISOString(),
      version: XAPI_VERSION,
    },
  });
  const made = [make("attempted", facts.session.createdAt)];
  if (!card) return made;
  const graded = gradedResult(card, facts, iris);
  const { score, success, extensions, ...completion } = graded;
  made.push(make("completed", card.createdAt, completion));
  if (score) made.push(make("scored", card.createdAt, { score, ...completion, extensions }));
  if (success !== undefined) made.push(make(success ? "passed" : "failed", card.createdAt, graded));
  return made;
}
