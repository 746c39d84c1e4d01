const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Removes the emails and names (full names, and each part of three letters or more) of the given
 * people from a reviewer's note: `[email]`, `[name]`. For exported reasons, where a reviewer may
 * have named the rep; transcripts are not scrubbed (they are the data).
 */
export function scrubPeople(people: { name: string; email: string | null }[]): (text: string) => string {
  const names = new Set<string>();
  for (const { name, email } of people) {
    names.add(name.trim());
    for (const part of name.split(/\s+/)) if (part.length >= 3) names.add(part);
    if (email) names.add(email);
  }
  const sorted = [...names].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = sorted.length === 0 ? null : new RegExp(`\\b(?:${sorted.map(escape).join("|")})\\b`, "gi");
  return (text) => {
    const withoutEmails = text.replace(EMAIL, "[email]");
    return pattern ? withoutEmails.replace(pattern, "[name]") : withoutEmails;
  };
}
