import type { LibraryItem } from "../../../lib/queries/library";

export type Difficulty = "easy" | "medium" | "hard";
export const DIFFICULTIES: Difficulty[] = ["easy", "medium", "hard"];

export interface ScenarioFilter {
  query: string;
  industry: string;
  skill: string;
  difficulty: string;
}
export const NO_FILTER: ScenarioFilter = { query: "", industry: "", skill: "", difficulty: "" };

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");

/**
 * The scenarios that pass every chosen filter. The search matches every word typed, anywhere in
 * the name, the situation, the industry, the summary or the stated brief.
 */
export function filterScenarios(items: LibraryItem[], filter: ScenarioFilter): LibraryItem[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filter.industry && item.industry !== filter.industry) return false;
    if (filter.difficulty && item.difficulty !== filter.difficulty) return false;
    if (filter.skill && !item.skills.some((skill) => fold(skill) === fold(filter.skill))) return false;
    const haystack = fold([item.name, item.situation, item.industry, item.summary, item.brief].join(" "));
    return words.every((word) => haystack.includes(word));
  });
}

/** The options a filter offers: every value present in the library, sorted, each once. */
export function filterOptions(items: LibraryItem[]) {
  const sorted = (values: (string | null)[]) =>
    [...new Set(values.filter((value): value is string => Boolean(value)))].sort((a, b) => a.localeCompare(b));
  return {
    industries: sorted(items.map((item) => item.industry)),
    skills: sorted(items.flatMap((item) => item.skills)),
  };
}
