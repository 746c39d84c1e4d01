import { Fragment } from "react";
import type { TeamSkill, TeamSummary } from "../api/get-team-summary";
import { ScoreCell } from "./score-cell";

/** A skill's mean is a percentage of its rubrics' scales. */
const PERCENT = { min: 0, max: 100 };

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
                  <ScoreCell
                    key={learner.id}
                    scale={PERCENT}
                    unit="%"
                    entry={skill.byLearner.find((entry) => entry.learnerId === learner.id)}
                  />
                ))}
                <ScoreCell scale={PERCENT} unit="%" entry={{ mean: skill.mean, attempts: skill.attempts }} />
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
