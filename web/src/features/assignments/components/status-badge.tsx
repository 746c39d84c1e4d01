import { Badge, type BadgeTone } from "../../../components/ui/badge";

const LOOK: Record<string, { tone: BadgeTone; label: string }> = {
  not_started: { tone: "neutral", label: "Not started" },
  in_progress: { tone: "info", label: "In progress" },
  passed: { tone: "good", label: "Passed" },
  overdue: { tone: "warn", label: "Overdue" },
  failed: { tone: "bad", label: "Attempts used up" },
};

export function StatusBadge({ status, late = false }: { status: string; late?: boolean }) {
  const look = LOOK[status] ?? { tone: "neutral" as const, label: status };
  return (
    <Badge tone={look.tone}>
      {look.label}
      {late ? " (late)" : ""}
    </Badge>
  );
}

export const dueDate = (at: number) =>
  new Date(at).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
