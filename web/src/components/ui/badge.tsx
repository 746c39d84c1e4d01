import type { ReactNode } from "react";

export type BadgeTone = "good" | "bad" | "warn" | "info" | "neutral";

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

const DIFFICULTY_TONE: Record<string, BadgeTone> = { easy: "good", medium: "warn", hard: "bad" };

export function DifficultyBadge({ difficulty }: { difficulty: string | null }) {
  if (!difficulty) return null;
  return <Badge tone={DIFFICULTY_TONE[difficulty] ?? "neutral"}>{difficulty}</Badge>;
}

export function PassBadge({ passed }: { passed: boolean | null }) {
  if (passed === null) return <Badge tone="warn">Undecided</Badge>;
  return passed ? <Badge tone="good">Pass</Badge> : <Badge tone="bad">Not yet</Badge>;
}
