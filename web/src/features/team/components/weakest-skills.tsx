import { Link } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { useAssignPractice } from "../api/assign-practice";
import type { TeamSkill, TeamSummary } from "../api/get-team-summary";

const WEEK_MS = 7 * 86_400_000;

/**
 * One click: the skill's scenarios as a practice path (the server orders it easy to hard) for every
 * learner in view, due in a week, three attempts each, the rubric's pass mark. "Customise" opens the
 * assign form with the same scenarios.
 */
function AssignPath({ skill, learnerIds }: { skill: TeamSkill; learnerIds: string[] }) {
  const assign = useAssignPractice();
  const personas = skill.scenarios.map((scenario) => scenario.personaId);
  const title = `Practise: ${skill.name}`;
  if (assign.isSuccess)
    return (
      <p className="small" role="status">
        Assigned to {assign.data.learners} {assign.data.learners === 1 ? "learner" : "learners"}, due in a week.{" "}
        <Link to={`/assignments/${assign.data.assignment.id}`}>See who has done it</Link>
      </p>
    );
  return (
    <p className="small">
      <button
        type="button"
        className="btn btn--primary btn--small"
        disabled={assign.isPending || learnerIds.length === 0}
        onClick={() =>
          assign.mutate({
            kind: "practice",
            title,
            steps: personas.map((personaId) => ({ personaId })),
            attemptsAllowed: 3,
            dueAt: Date.now() + WEEK_MS,
            learnerIds,
            skill: skill.name,
          })
        }
      >
        Assign this practice
      </button>{" "}
      <Link to={`/assignments/new?${new URLSearchParams({ personas: personas.join(","), title }).toString()}`}>
        Customise…
      </Link>
      {assign.isError && <ErrorPanel error={assign.error} title="Could not assign it" />}
    </p>
  );
}

/** The criteria a skill is scored by, each in its own rubric's scale. */
export function SkillCriteria({ skill }: { skill: TeamSkill }) {
  return (
    <ul className="team__criteria small" aria-label={`Criteria scoring ${skill.name}`}>
      {skill.criteria.map((criterion) => (
        <li key={`${criterion.rubricId}/${criterion.id}`}>
          {criterion.name} <span className="muted">({criterion.rubricName})</span>: {criterion.mean} of{" "}
          {criterion.scale.max}, pass mark {criterion.passMark}, {criterion.attempts}{" "}
          {criterion.attempts === 1 ? "attempt" : "attempts"}
        </li>
      ))}
    </ul>
  );
}

/** The skills to train next, each with the criteria that score it and the scenarios that practise it. */
export function WeakestSkills({ summary }: { summary: TeamSummary }) {
  const weakest = summary.weakestSkills.flatMap((id) => summary.skills.filter((skill) => skill.id === id));
  return (
    <section
      className="panel panel--warn team__weakest"
      aria-labelledby="team-weakest-title"
      data-testid="team-weakest"
    >
      <h2 id="team-weakest-title" className="panel__title">
        Where the team needs practice
      </h2>
      <p className="small" data-testid="weakest-rule">
        <strong>The rule:</strong> a skill is flagged <em>weakest</em> when the team's average on it is below its pass
        mark, over at least {summary.minAttempts} scored attempts. Scores of different rubrics are compared as a
        percentage of each rubric's scale (its lowest score 0%, its highest 100%); a skill's average and pass mark are
        the means of its criteria's. Every skill that meets this is flagged; none that does not.
      </p>
      {weakest.length === 0 ? (
        <p className="small">No skill meets it now.</p>
      ) : (
        <ol className="team__weakest-list">
          {weakest.map((skill) => (
            <li key={skill.id} data-skill={skill.id}>
              <p>
                <strong>{skill.name}</strong>: team average <strong>{skill.mean}%</strong> over {skill.attempts}{" "}
                attempts (pass mark {skill.passMark}%).
              </p>
              <SkillCriteria skill={skill} />
              {skill.scenarios.length > 0 && (
                <p className="small">
                  Practise it with:{" "}
                  {skill.scenarios.map((scenario, i) => (
                    <span key={scenario.personaId}>
                      {i > 0 && ", "}
                      <Link to={`/practice/${scenario.personaId}`}>{scenario.name}</Link>
                    </span>
                  ))}
                </p>
              )}
              {skill.scenarios.length > 0 && (
                <AssignPath skill={skill} learnerIds={summary.learners.map((learner) => learner.id)} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
