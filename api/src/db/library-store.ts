import { createHash } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { DomainError } from "../errors";
import { type Library, parsePersona, parseRubric } from "../library/load-library";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import type { FileIssue, FileParseResult } from "../library/yaml-file";
import { type Db, exec } from "./database";

export type LibraryKind = "persona" | "rubric";

export interface Versioned<T> {
  id: string;
  version: number;
  value: T;
  source: string;
  origin: string;
  createdAt: number;
}

type Parsed = { persona: Persona; rubric: Rubric };

export const parseSource = {
  persona: (source: string, file: string) => parsePersona(source, file),
  rubric: (source: string, file: string) => parseRubric(source, file),
} satisfies { [K in LibraryKind]: (source: string, file: string) => FileParseResult<Parsed[K]> };

const hash = (source: string) => createHash("sha256").update(source).digest("hex");

/**
 * Versioned personas and rubrics. A version is immutable; saving changed content adds the next
 * version. Parsed values are cached by content hash, which is safe because versions never change.
 */
export function createLibraryStore(db: Db) {
  const { orm } = db;
  const { personaVersions, rubricVersions } = db.tables;
  const tables = { persona: personaVersions, rubric: rubricVersions } as const;
  const idColumn = { persona: personaVersions.personaId, rubric: rubricVersions.rubricId } as const;
  const cache = new Map<string, unknown>();

  function toVersioned<K extends LibraryKind>(kind: K, row: VersionRow): Versioned<Parsed[K]> {
    const key = `${kind}:${row.contentHash}`;
    let value = cache.get(key) as Parsed[K] | undefined;
    if (!value) {
      const parsed = parseSource[kind](row.source, `${kind}s/${row.id}.yaml`);
      if (!parsed.ok)
        throw new Error(`stored ${kind} ${row.id} v${row.version} no longer parses: ${parsed.issues[0]?.message}`);
      value = parsed.value as Parsed[K];
      cache.set(key, value);
    }
    return {
      id: row.id,
      version: row.version,
      value,
      source: row.source,
      origin: row.origin,
      createdAt: row.createdAt,
    };
  }

  function rows(kind: LibraryKind, id?: string): Promise<VersionRow[]> {
    const table = tables[kind];
    return orm
      .select({
        id: idColumn[kind],
        version: table.version,
        source: table.source,
        contentHash: table.contentHash,
        origin: table.origin,
        createdAt: table.createdAt,
      })
      .from(table)
      .where(id === undefined ? undefined : eq(idColumn[kind], id))
      .orderBy(idColumn[kind], desc(table.version))
      .execute();
  }

  /** The lookup every turn makes (persona and rubric), prepared once per kind and form. */
  const prepareGet = (kind: LibraryKind, byVersion: boolean) => {
    const table = tables[kind];
    const id = eq(idColumn[kind], sql.placeholder("id"));
    return orm
      .select({
        id: idColumn[kind],
        version: table.version,
        source: table.source,
        contentHash: table.contentHash,
        origin: table.origin,
        createdAt: table.createdAt,
      })
      .from(table)
      .where(byVersion ? and(id, eq(table.version, sql.placeholder("version"))) : id)
      .orderBy(desc(table.version))
      .limit(1)
      .prepare(`library_${kind}_${byVersion ? "version" : "latest"}`);
  };
  const getQueries = new Map<string, ReturnType<typeof prepareGet>>();

  // A version never changes once written, so a turn's lookups of its call's persona and rubric
  // version (two or three per turn) are answered from memory after the first.
  const versions = new Map<string, Versioned<unknown>>();

  async function get<K extends LibraryKind>(kind: K, id: string, version?: number): Promise<Versioned<Parsed[K]>> {
    if (version === undefined) return lookUp(kind, id);
    const key = `${kind}:${id}:${version}`;
    let found = versions.get(key) as Versioned<Parsed[K]> | undefined;
    if (!found) {
      found = await lookUp(kind, id, version);
      versions.set(key, found);
    }
    return found;
  }

  async function lookUp<K extends LibraryKind>(kind: K, id: string, version?: number): Promise<Versioned<Parsed[K]>> {
    const key = `${kind}:${version === undefined ? "latest" : "version"}`;
    let query = getQueries.get(key);
    if (!query) {
      query = prepareGet(kind, version !== undefined);
      getQueries.set(key, query);
    }
    const [row] = await query.execute(version === undefined ? { id } : { id, version });
    if (!row) {
      const which = version === undefined ? `"${id}"` : `"${id}" version ${version}`;
      throw new DomainError(`${kind}_not_found`, `No ${kind} ${which}.`);
    }
    return toVersioned(kind, row);
  }

  /** Stores `source` as the next version unless it equals the latest one. */
  async function save<K extends LibraryKind>(
    kind: K,
    id: string,
    source: string,
    origin: string,
    file: string,
  ): Promise<{ version: number; created: boolean }> {
    const parsed = parseSource[kind](source, file);
    if (!parsed.ok) throw invalidFile(kind, parsed.issues);
    if (parsed.value.id !== id) {
      throw new DomainError("id_mismatch", `The file's id "${parsed.value.id}" does not match "${id}" in the URL.`);
    }
    const contentHash = hash(source);
    const table: (typeof tables)[LibraryKind] = tables[kind];
    return db.transaction(function* (tx) {
      const [latest] = yield* exec(
        tx
          .select({ version: table.version, contentHash: table.contentHash })
          .from(table)
          .where(eq(idColumn[kind], id))
          .orderBy(desc(table.version))
          .limit(1),
      );
      if (latest?.contentHash === contentHash) return { version: latest.version, created: false };
      const version = (latest?.version ?? 0) + 1;
      const row = { version, source, contentHash, origin, createdAt: Date.now() };
      if (kind === "persona") yield* exec(tx.insert(personaVersions).values({ personaId: id, ...row }));
      else yield* exec(tx.insert(rubricVersions).values({ rubricId: id, ...row }));
      return { version, created: true };
    });
  }

  return {
    get,
    save,
    /** The latest version of every persona or rubric. */
    async latest<K extends LibraryKind>(kind: K): Promise<Versioned<Parsed[K]>[]> {
      const seen = new Set<string>();
      return (await rows(kind))
        .filter((row) => !seen.has(row.id) && seen.add(row.id))
        .map((row) => toVersioned(kind, row));
    },
    async versions(kind: LibraryKind, id: string) {
      return (await rows(kind, id)).map(({ version, origin, createdAt }) => ({ version, origin, createdAt }));
    },
    /**
     * Brings the files on disk into the store. A file that changed since it was last brought in
     * becomes a new, live version; an unchanged file changes nothing, so a version published in
     * the web editor since then stays live until the file itself changes again (issue 17).
     */
    async sync(library: Library): Promise<void> {
      const bringIn = async (kind: LibraryKind, entry: { value: { id: string }; source: string; file: string }) => {
        const lastFromFile = (await rows(kind, entry.value.id)).find((row) => row.origin.startsWith("file:"));
        if (lastFromFile?.contentHash === hash(entry.source)) return;
        await save(kind, entry.value.id, entry.source, `file:${entry.file}`, entry.file);
      };
      for (const entry of library.personas) await bringIn("persona", entry);
      for (const entry of library.rubrics) await bringIn("rubric", entry);
    },
  };
}

export type LibraryStore = ReturnType<typeof createLibraryStore>;

interface VersionRow {
  id: string;
  version: number;
  source: string;
  contentHash: string;
  origin: string;
  createdAt: number;
}

export function invalidFile(kind: LibraryKind, issues: FileIssue[]) {
  return new DomainError(
    `invalid_${kind}`,
    `The ${kind} file has ${issues.length} problem(s): ${issues[0]?.message ?? ""}`,
    {
      issues,
    },
  );
}
