import type { Criterion } from "../library/rubric-schema";

/**
 * A criterion's exemplars for one scenario: those written for this persona, and those written for
 * every scenario at the levels this persona has none of. The most specific example of a level wins,
 * so a scenario with its own examples shows the judge no more than it did before generic ones were
 * added (and a small-context model keeps its room).
 */
export function examplesFor(criterion: Criterion, personaId: string | null): Criterion["examples"] {
  const own = criterion.examples.filter((example) => example.persona !== undefined && example.persona === personaId);
  const ownLevels = new Set(own.map((example) => example.score));
  return criterion.examples.filter(
    (example) =>
      (example.persona !== undefined && example.persona === personaId) ||
      (example.persona === undefined && !ownLevels.has(example.score)),
  );
}
