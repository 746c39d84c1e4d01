// The parts of an xAPI 1.0.3 statement Parley writes (a subset of the specification's data model).

export type LanguageMap = Record<string, string>;

export type Actor =
  | { objectType: "Agent"; name?: string; mbox: string }
  | { objectType: "Agent"; name?: string; account: { homePage: string; name: string } };

export interface Activity {
  objectType: "Activity";
  id: string;
  definition?: { name?: LanguageMap; description?: LanguageMap; type?: string };
}

export interface Score {
  scaled: number;
  raw: number;
  min: number;
  max: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  /** ISO 8601 duration, e.g. PT4M12.5S. */
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface Context {
  registration: string;
  platform: string;
  language: string;
  revision?: string;
  contextActivities?: { parent?: Activity[]; grouping?: Activity[]; category?: Activity[]; other?: Activity[] };
  extensions?: Record<string, unknown>;
}

export interface Statement {
  id: string;
  actor: Actor;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context: Context;
  /** ISO 8601 date-time with a time zone (always UTC here). */
  timestamp: string;
  version: string;
}

/** What `GET /api/xapi/statements` returns, as an LRS's statements resource does. */
export interface StatementResult {
  statements: Statement[];
  /** A relative URL for the next page; "" when there is none. */
  more: string;
}
