import { forwardRef, useImperativeHandle, useRef } from "react";
import type { FileIssue } from "../api/library-kind";

export interface SourceEditorHandle {
  /** Focuses the editor and selects line `line` (1-based), scrolled into view. */
  goToLine: (line: number) => void;
  /** Scrolls line `line` into view without moving focus. */
  revealLine: (line: number) => void;
}

interface SourceEditorProps {
  value: string;
  onChange: (value: string) => void;
  issues: FileIssue[];
  label: string;
  describedBy?: string;
}

const LINE_HEIGHT_PX = 21;

/**
 * A YAML editor: a plain textarea (so keyboard, screen readers, undo and paste all work as usual)
 * over a backdrop that marks lines with problems and prints each problem at the end of its line.
 */
export const SourceEditor = forwardRef<SourceEditorHandle, SourceEditorProps>(function SourceEditor(
  { value, onChange, issues, label, describedBy },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = value.split("\n");
  const byLine = new Map<number, FileIssue[]>();
  for (const issue of issues) byLine.set(issue.line, [...(byLine.get(issue.line) ?? []), issue]);

  useImperativeHandle(ref, () => ({
    goToLine(line: number) {
      const textarea = area.current;
      if (!textarea) return;
      const starts = lines.slice(0, Math.max(0, line - 1)).reduce((sum, text) => sum + text.length + 1, 0);
      const end = starts + (lines[line - 1]?.length ?? 0);
      textarea.focus();
      textarea.setSelectionRange(starts, end);
      reveal(line);
    },
    revealLine: reveal,
  }));

  function reveal(line: number) {
    const textarea = area.current;
    if (!textarea) return;
    textarea.scrollTop = Math.max(0, (line - 1) * LINE_HEIGHT_PX - textarea.clientHeight / 3);
    textarea.scrollLeft = 0;
    syncScroll();
  }

  function syncScroll() {
    const textarea = area.current;
    if (!textarea) return;
    const { scrollTop, scrollLeft } = textarea;
    if (backdrop.current) backdrop.current.style.transform = `translate(${-scrollLeft}px, ${-scrollTop}px)`;
    if (gutter.current) gutter.current.style.transform = `translateY(${-scrollTop}px)`;
  }

  return (
    <div className={`code${issues.length > 0 ? " code--invalid" : ""}`}>
      <div className="code__gutter" aria-hidden="true">
        <div ref={gutter}>
          {lines.map((_, i) => (
            <div key={i} className={`code__ln${byLine.has(i + 1) ? " is-error" : ""}`}>
              {i + 1}
            </div>
          ))}
        </div>
      </div>
      <div className="code__area">
        <div className="code__backdrop" aria-hidden="true">
          <div ref={backdrop}>
            {lines.map((line, i) => {
              const problems = byLine.get(i + 1);
              return (
                <div key={i} className={`code__line${problems ? " is-error" : ""}`} data-line={i + 1}>
                  <span className="code__text">{line}</span>
                  {problems && (
                    <span className="code__issue" data-testid="inline-issue">
                      {"  ◀ "}
                      {problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join(" · ")}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <textarea
          ref={area}
          className="code__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onScroll={syncScroll}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-label={label}
          aria-invalid={issues.length > 0}
          aria-describedby={describedBy}
        />
      </div>
    </div>
  );
});
