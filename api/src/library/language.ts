import { z } from "zod";

/**
 * The languages the offline engine can play and grade: its move reader, question topics, signals
 * and speech recogniser are English rules and English models. Anything else needs a model engine.
 */
export const OFFLINE_LANGUAGES: readonly string[] = ["en"];

/** A BCP-47 language tag ("en", "es", "de-DE"), canonicalised ("es-mx" becomes "es-MX"). */
export const languageTag = z
  .string({ error: "must be a BCP-47 language tag such as en, es or de-DE" })
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "must be a BCP-47 language tag such as en, es or de-DE")
  .transform((tag, ctx) => {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      ctx.addIssue({ code: "custom", message: `"${tag}" is not a valid BCP-47 language tag (e.g. en, es, de-DE)` });
      return z.NEVER;
    }
  });

/** The primary language of a tag: "es-MX" → "es". Persona and rubric must share it. */
export const primaryLanguage = (tag: string) => tag.split("-")[0]?.toLowerCase() ?? tag;

/** "es" → "Spanish", "de-DE" → "German (Germany)"; the tag itself when the runtime has no name for it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const isEnglish = (tag: string) => primaryLanguage(tag) === "en";

/** Whether the offline engine can play or grade in this language. */
export const offlineSupports = (tag: string) => OFFLINE_LANGUAGES.includes(primaryLanguage(tag));

/** Why a persona and a rubric cannot be used together, or null when their languages agree. */
export function languageMismatch(persona: { id: string; language: string }, rubric: { id: string; language: string }) {
  if (primaryLanguage(persona.language) === primaryLanguage(rubric.language)) return null;
  return `Persona "${persona.id}" speaks ${languageName(persona.language)} (${persona.language}) but rubric "${rubric.id}" judges in ${languageName(rubric.language)} (${rubric.language}): a persona and its rubric must share a language.`;
}

/** Why the offline engine refuses this language, or null when it supports it. */
export function offlineRefusal(what: string, tag: string) {
  if (offlineSupports(tag)) return null;
  return `${what} is in ${languageName(tag)} (${tag}); the offline engine supports ${OFFLINE_LANGUAGES.map(languageName).join(", ")} only. Run it with a model engine (PARLEY_ENGINE=model).`;
}
