/** Someone a post may mention: a live member of the thread's team. */
export interface Member {
  id: string;
  name: string;
  email: string | null;
}

/** A member's handle: their email's local part, lower case ("@lee" for lee@example.com); none without an email. */
export const handleOf = (member: Pick<Member, "email">): string | null =>
  member.email === null ? null : (member.email.split("@")[0] ?? "").toLowerCase() || null;

const MENTION = /(?<![\w.@])@([a-z0-9][a-z0-9._-]*)/gi;

/** The handles a text mentions, lower case, each once, in order (a trailing dot is punctuation). */
export function mentionedHandles(text: string): string[] {
  const found = [...text.matchAll(MENTION)].map((match) => (match[1] ?? "").replace(/[.]+$/, "").toLowerCase());
  return [...new Set(found.filter(Boolean))];
}

/**
 * The members a text mentions, never its author. A handle that names no member of the team (an
 * outsider's, or nobody's) is ignored: it notifies no one and says nothing about who exists.
 */
export function mentionedMembers<M extends Member>(text: string, members: M[], authorId: string): M[] {
  const handles = new Set(mentionedHandles(text));
  return members.filter((member) => {
    const handle = handleOf(member);
    return handle !== null && handles.has(handle) && member.id !== authorId;
  });
}
