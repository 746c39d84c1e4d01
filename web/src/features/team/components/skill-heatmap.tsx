import { Fragment } from "react";
import type { TeamSkill, TeamSummary } from "../api/get-team-summary";

/** Low warm, high green on 0-100%; the number is always printed, so colour is never the only signal. */
const shade = (percent: number) => `hsl(${Math.round(12 + (Math.max(0, Math.min(100, percent)) / 100) * 128)} 70% 86%)`;

/**
 * Skills down the side, learners across: each cell a learner's mean on that skill as a percentage
 * of the rubrics' scales. Under each skill, the criteria that score it (their team mean, own scale).
 */
export function SkillHeatmap({ summary }: { summary: TeamSummary }) {
  const weakest = new Set(summary.weakestSkills);
  return (
    <div
      className="heatmap-wrap"
      tabIndex={0}
      role="region"
      aria-label="Scores per skill and learner (scrolls sideways)"
    >
      <table className="heatmap" data-testid="team-heatmap">
        <caption className="visually-hidden">
          Mean score per skill for each learner, as a percentage of the scale; attempts in brackets; each skill's
          criteria below it
        </caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            {summary.learners.map((learner) => (
              <th key={learner.id} scope="col">
                {learner.name}
              </th>
            ))}
            <th scope="col">Team</th>
          </tr>
        </thead>
        <tbody>
          {summary.skills.map((skill) => (
            <Fragment key={skill.id}>
              <tr
                className={weakest.has(skill.id) ? "heatmap__row--weak" : undefined}
                data-skill={skill.id}
                data-pass-mark={skill.passMark ?? undefined}
              >
                <th scope="row">
                  {skill.name}
                  {weakest.has(skill.id) && <span className="badge badge--bad heatmap__flag">weakest</span>}
                </th>
                {summary.learners.map((learner) => (
                  <Cell key={learner.id} entry={skill.byLearner.find((entry) => entry.learnerId === learner.id)} />
                ))}
                <Cell entry={{ mean: skill.mean, attempts: skill.attempts }} />
              </tr>
              <CriteriaRow skill={skill} span={summary.learners.length + 1} />
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CriteriaRow({ skill, span }: { skill: TeamSkill; span: number }) {
  return (
    <tr className="heatmap__criteria">
      <td colSpan={span + 1}>
        {skill.criteria.map((criterion, i) => (
          <span key={`${criterion.rubricId}/${criterion.id}`}>
            {i > 0 && " · "}
            {criterion.name} <span className="muted">({criterion.rubricName})</span> {criterion.mean}/
            {criterion.scale.max}
          </span>
        ))}
      </td>
    </tr>
  );
}

function Cell({ entry }: { entry: { mean: number | null; attempts: number } | undefined }) {
  if (!entry || entry.mean === null)
    return (
      <td className="heatmap__cell heatmap__cell--none">
        <span aria-label="no attempts">–</span>
      </td>
    );
  return (
    <td className="heatmap__cell" style={{ background: shade(entry.mean) }}>
      <strong>{entry.mean}%</strong> <span className="heatmap__attempts">({entry.attempts})</span>
    </td>
  );
}
