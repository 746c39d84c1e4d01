import { describe, expect, it } from "vitest";
import type { LibraryItem } from "../../../lib/queries/library";
import { filterOptions, filterScenarios, NO_FILTER } from "./filter-scenarios";

const item = (over: Partial<LibraryItem>): LibraryItem =>
  ({
    id: "x",
    version: 1,
    name: "X",
    summary: "",
    difficulty: "medium",
    rubric: null,
    industry: null,
    situation: null,
    skills: [],
    brief: "",
    knowledge: 0,
    ...over,
  }) as LibraryItem;

const items = [
  item({
    id: "fraud",
    name: "Marcus Bell",
    industry: "Banking",
    situation: "Fraud hold",
    difficulty: "hard",
    skills: ["De-escalation"],
    brief: "Get the card working before the rent is due.",
  }),
  item({
    id: "hotel",
    name: "Priya Nair",
    industry: "Hospitality",
    situation: "Overbooked room",
    difficulty: "medium",
    skills: ["Service recovery", "De-escalation"],
    summary: "Arrives at midnight to find no room.",
  }),
  item({
    id: "it",
    name: "Tom Okafor",
    industry: "Internal IT",
    situation: "Locked out",
    difficulty: "easy",
    skills: ["Discovery"],
  }),
];
const ids = (list: LibraryItem[]) => list.map((entry) => entry.id);

describe("filterScenarios", () => {
  it.each<[string, Partial<typeof NO_FILTER>, string[]]>([
    ["no filter", {}, ["fraud", "hotel", "it"]],
    ["industry", { industry: "Banking" }, ["fraud"]],
    ["skill, case aside", { skill: "de-escalation" }, ["fraud", "hotel"]],
    ["difficulty", { difficulty: "easy" }, ["it"]],
    ["search the name", { query: "priya" }, ["hotel"]],
    ["search the situation", { query: "fraud" }, ["fraud"]],
    ["search the brief, every word", { query: "rent card" }, ["fraud"]],
    ["search the summary", { query: "midnight" }, ["hotel"]],
    ["filters combine", { skill: "De-escalation", difficulty: "hard" }, ["fraud"]],
    ["nothing matches", { query: "insurance" }, []],
  ])("%s", (_label, filter, expected) => {
    expect(ids(filterScenarios(items, { ...NO_FILTER, ...filter }))).toEqual(expected);
  });
});

describe("filterOptions", () => {
  it("lists each industry and skill once, sorted", () => {
    expect(filterOptions(items)).toEqual({
      industries: ["Banking", "Hospitality", "Internal IT"],
      skills: ["De-escalation", "Discovery", "Service recovery"],
    });
  });
});
