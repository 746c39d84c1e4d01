/**
 * The JSON object in a model's answer, leniently: the whole text, else a fenced ```json block, else
 * the first balanced `{...}` in it (models that ignore the response format wrap JSON in prose).
 * Undefined when there is none.
 */
export function parseJsonAnswer(text: string): unknown {
  const whole = tryParse(text.trim());
  if (whole !== undefined) return whole;
  const fenced = /```(?:json)?\s*\n?([\s\S]*?)```/i.exec(text)?.[1];
  if (fenced !== undefined) {
    const parsed = tryParse(fenced.trim());
    if (parsed !== undefined) return parsed;
  }
  for (let start = text.indexOf("{"); start >= 0; start = text.indexOf("{", start + 1)) {
    const end = balancedEnd(text, start);
    if (end < 0) continue;
    const parsed = tryParse(text.slice(start, end + 1));
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The index of the `}` closing the object that opens at `start`, minding strings; -1 if it never closes. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return i;
  }
  return -1;
}
