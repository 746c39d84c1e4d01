import { useHealth } from "../lib/queries/health";

interface EngineBadgeProps {
  /** What actually answered the last turn (from the persona event); overrides /api/health. */
  answeredBy?: { engine: string; model: string | null } | null;
  className?: string;
}

export function engineText(engine: string, model: string | null): string {
  if (engine === "offline") return "Offline engine (scripted)";
  return model ? `Model: ${model}` : "Language model";
}

/** Says who is playing the customer: the offline engine or which model. Never hidden. */
export function EngineBadge({ answeredBy, className = "" }: EngineBadgeProps) {
  const health = useHealth();
  let text = "Checking engine…";
  let tone = "neutral";
  if (answeredBy) {
    text = engineText(answeredBy.engine, answeredBy.model);
    tone = answeredBy.engine;
  } else if (health.data) {
    text = engineText(health.data.engine, health.data.models.persona);
    tone = health.data.engine;
  } else if (health.isError) {
    text = "Server unreachable";
    tone = "down";
  }
  return (
    <p className={`engine-badge engine-badge--${tone} ${className}`} data-testid="engine-badge">
      <span className="engine-badge__label">Customer played by</span> <strong>{text}</strong>
    </p>
  );
}
