import type { AssignmentStore } from "../db/assignment-store";
import type { LibraryStore } from "../db/library-store";
import type { XapiStore } from "../db/xapi-store";
import type { CallStores } from "../practice/call-stores";
import { type CallFacts, callStatements } from "./statements";
import { statementProblems } from "./validate-statement";
import type { ParleyIris } from "./vocabulary";

export interface RecorderDeps {
  store: Pick<XapiStore, "add" | "learner">;
  calls: Pick<CallStores, "sessions" | "results">;
  library: Pick<LibraryStore, "get">;
  assignments: Pick<AssignmentStore, "get">;
  iris: ParleyIris;
}

/**
 * Turns a call's state into its statements and records them: all that the call has earned so far
 * (see `callStatements`), each once (ids are stable, so recording again adds nothing). A statement
 * that fails the xAPI rules is a bug here; it is kept parked with the problems, never sent.
 * Sandbox calls make no statements. Returns how many were newly recorded.
 */
export function createRecorder(deps: RecorderDeps) {
  const { store, calls, library, iris } = deps;

  async function factsOf(sessionId: string): Promise<CallFacts | null> {
    const session = await calls.sessions.get(sessionId);
    if (!session || session.sandbox) return null;
    const learner = await store.learner(session.userId);
    if (!learner) return null;
    const persona = (await library.get("persona", session.personaId, session.personaVersion)).value;
    const rubric = (await library.get("rubric", session.rubricId, session.rubricVersion)).value;
    const assignment = session.assignmentId ? await deps.assignments.get(session.assignmentId) : undefined;
    return {
      session,
      learner,
      persona: { name: persona.name, summary: persona.summary },
      rubric: { name: rubric.name, scale: rubric.scale },
      assignment: assignment ? { id: assignment.id, title: assignment.title } : null,
    };
  }

  return {
    async recordCall(sessionId: string): Promise<number> {
      const facts = await factsOf(sessionId);
      if (!facts) return 0;
      const card = await calls.results.scorecard(sessionId);
      const made = callStatements(facts, card, iris);
      const added = await store.add(
        made.map(({ verb, statement }) => {
          const problems = statementProblems(statement);
          return {
            id: statement.id,
            userId: facts.learner.id,
            sessionId,
            verb,
            statement,
            timestamp: Date.parse(statement.timestamp),
            invalid: problems.length > 0 ? `not valid xAPI 1.0.3: ${problems.join("; ")}` : null,
          };
        }),
      );
      return added.length;
    },
  };
}

export type Recorder = ReturnType<typeof createRecorder>;
