import { HANG_UP, type Persona } from "../library/persona-schema";
import { moodBand } from "../practice/director";
import type { PersonaEngine, PersonaTurnInput } from "../practice/persona-engine";
import { latestRepText } from "../conversation/transcript";
import { readLatestByRules } from "../conversation/call-answers";
import type { RepMove } from "../conversation/moves";
import { readTurn } from "../conversation/read-turn";
import { streamWords } from "./stream-words";
import { backedByRep, namesUnofferedDeal, withoutUnsaidEcho } from "./backed-lines";
import { detailsGiven, withoutAnsweredQuestions, withoutQuestions } from "./given-details";
import {
  DEFAULT_AGREEMENT,
  DEFAULT_NOTHING_ELSE,
  DEFAULT_CONSENT,
  DEFAULT_CONTACT,
  DEFAULT_FAREWELL,
  DEFAULT_GO_AHEAD,
  DEFAULT_UNKNOWN,
  REASK_LEAD_IN,
  questionTopic,
} from "./question-topics";
import { answersFor, linesFor, pickFresh, usable } from "./scripted-lines";

const FALLBACK_ENDINGS: Record<string, string> = {
  [HANG_UP]: "I'm done with this. Goodbye.",
};
const FALLBACK_ENDING = "Alright. That's all I needed. Bye.";

/** Scripted customer: reads moves with rules and answers from the persona file's lines. */
export function createOfflinePersonaEngine(): PersonaEngine {
  return {
    engine: "offline",
    model: null,
    async readMoves({ transcript }) {
      return { ...readLatestByRules(transcript), degraded: null };
    },
    speak(input) {
      return streamWords(chooseLine(input));
    },
  };
}

const DEFAULT_INTERRUPTION = "Look, I don't need the whole speech.";
const DEFAULT_LOSING_PATIENCE = "This is going nowhere. Can I speak to a supervisor?";
/** A move that lands this hard is answered before the rep's question is ("Don't tell me to calm down."). */
const STRONG_REACTION = 2;

/**
 * The customer's reply. A question is answered from the persona's `answers` by its topic (or, when
 * it has none, the customer says they do not know); otherwise the line is for the move that moved
 * them most (or for no move). Said over the rep when they ran on, with a warning when patience runs
 * low; never asking again for a detail the rep already gave (a day, who pays). Lines are not
 * repeated while alternatives remain, and may quote the rep ({quote}) or a promise ({promise}).
 * Once the call has its outcome: the closing line, then (after the rep's close) a goodbye, or, when the
 * close left the closing line's question unanswered, that question again.
 */
export function chooseLine({ persona, state, change, transcript }: PersonaTurnInput): string {
  const previous = transcript.filter((turn) => turn.role === "customer").map((turn) => turn.text);
  const repTexts = transcript.filter((turn) => turn.role === "rep").map((turn) => turn.text);
  const given = detailsGiven(repTexts);
  const band = moodBand(persona, state.mood);
  const promise = state.promises.at(-1)?.quote;
  const volunteers = heldBack(persona, transcript, state.outcome);
  const repSaid = latestRepText(transcript);
  const pick = (lines: string[], quote?: string) => {
    const fitting = usable(lines, quote, promise).flatMap((line) => {
      const asked = withoutAnsweredQuestions(line.text, given);
      const text = asked === null ? null : withoutUnsaidEcho(asked, repSaid);
      // A line left with nothing but the rep's words in quotes says nothing of the customer's own.
      const own = text?.replace(/"[^"]*"/g, "").match(/\p{L}/u);
      return text === null || !own || volunteers(text) ? [] : [{ ...line, text }];
    });
    const backed = fitting.filter((line) => !namesUnofferedDeal(line.text, repTexts));
    return pickFresh(backed.length > 0 ? backed : fitting, previous);
  };
  const { topic: asked, moves: inQuestion } = askedTopic(persona, repSaid);
  const answer = () => (asked ? pick(answerLines(persona, asked, band)) : undefined);

  if (change.reasks) {
    // "And update my number, yeah?" is asked again without its "And".
    const again = change.reasks.replace(/^(?:and|so|also|oh)[,\s]+(\p{L})/iu, (_, c: string) => c.toUpperCase());
    return `${REASK_LEAD_IN[band ?? "mid"]} ${again}`;
  }
  if (change.farewell) {
    const goodbye = pick(linesFor(persona, "farewell", band)) ?? pick(linesFor(persona, "farewell", null));
    const last = withoutQuestions(goodbye ?? "") ?? pick(DEFAULT_FAREWELL) ?? FALLBACK_ENDING;
    const reply = asked && asked !== "unknown" && asked !== "go_ahead" ? answer() : undefined;
    return [reply && withoutQuestions(reply), last].filter(Boolean).join(" ");
  }
  if (state.outcome) {
    const endings = persona.endings[state.outcome] ?? [FALLBACK_ENDINGS[state.outcome] ?? FALLBACK_ENDING];
    // A closing line names only what this rep said: a whole line that does, else one without the
    // sentences that name a day, amount or offer the rep never gave, else the rep's own promise.
    const checked = usable(endings, undefined, promise).flatMap((line) => {
      const asked = withoutAnsweredQuestions(line.text, given);
      const backed = asked === null ? null : backedByRep(asked, repTexts, persona);
      return backed ? [{ ...line, ...backed }] : [];
    });
    const whole = checked.filter((line) => line.full);
    const ending =
      pickFresh(whole.length > 0 ? whole : checked, previous) ??
      (promise ? `Okay. I'm holding you to that: "${promise.trim()}" Thank you.` : FALLBACK_ENDING);
    // A hang-up is the last word in the call: it asks nothing the rep could not answer.
    return state.outcome === HANG_UP ? (withoutQuestions(ending) ?? FALLBACK_ENDINGS[HANG_UP]!) : ending;
  }

  const weight = (move: RepMove) =>
    Math.abs(change.reactions.filter((r) => r.move === move).reduce((sum, r) => sum + r.mood, 0));
  // A greeting is answered only when nothing else was said: "Hello, let me explain" is an explanation.
  // Sympathy before substance ("That's a rough week. Here's how a dispute works: …") is answered by
  // the substance: the customer replies to where the turn went, not to how it opened.
  const substance = change.moves.some((move) => SUBSTANCE_MOVES.has(move) && weight(move) > 0);
  const rank = (move: RepMove) => (substance && SOFT_MOVES.has(move) ? 0 : weight(move));
  const ranked = [...change.moves]
    .filter((move) => !(asked && move === "asks_question"))
    .sort((a, b) => rank(b) - rank(a) || Number(a === "greets") - Number(b === "greets"));
  // A line not yet said, for the move that landed hardest; only when every move's lines are used
  // does the customer repeat one ("Thank you. That matters." twice in three turns sounds canned).
  const byMove = (moves: RepMove[]) => {
    const lines = moves.map((move) => pick(linesFor(persona, move, band), change.quotes[move]));
    return (
      lines.find((line) => line !== undefined && !previous.some((said) => said.includes(line))) ?? lines.find(Boolean)
    );
  };

  let reply: string | undefined;
  if (asked) {
    // A question on no topic the customer knows (an offer put as a question, "does that help?") is
    // answered by its move; only a bare question gets "I don't know".
    // Leave to apply a pitch or an offer is a question about that offer: answered as its move.
    const leaveForOffer = asked === "consent" && change.moves.some((move) => OFFER_MOVES.has(move));
    // "Have you seen we have partner gyms in Denver?" pitches: its "Denver" asks nothing about the move.
    const pitchedAsQuestion = inQuestion.has("retention_pitch") || inQuestion.has("superiority_pitch");
    reply = asked === "unknown" || leaveForOffer || pitchedAsQuestion ? undefined : answer();
    const strongest = ranked[0];
    const landed = strongest && weight(strongest) >= STRONG_REACTION && !QUESTION_MOVES.has(strongest);
    if (reply && landed) reply = [byMove([strongest]), reply].filter(Boolean).join(" ");
    // "Would a month's credit help, or would you rather just cancel?" asks about its own move: that is answered first.
    const asksAbout = ranked.filter((move) => inQuestion.has(move) && !QUESTION_MOVES.has(move));
    reply ??= byMove(asksAbout);
    // "Does that all make sense?" after a booking asks about the booking: its substance is answered
    // first. A question with a story to tell ("how has this affected you?") keeps its own line.
    const checkOnly = (move: RepMove) => move === "checks_understanding" || move === "asks_question";
    const substanceFirst = [...ranked.filter((move) => !checkOnly(move)), ...ranked.filter(checkOnly)];
    reply ??= byMove(substanceFirst.filter((move) => move !== "greets" || ranked.length === 1));
    reply ??= pick(answerLines(persona, "unknown", band));
  }
  // "Hi, I'm Sam. I can cancel that for you today.": an undertaking no move names is let go ahead,
  // not answered with the customer's greeting or a repeat of what they asked for.
  if (!asked && ranked.every((move) => move === "greets") && UNDERTAKES.test(repSaid))
    reply ??= pick(answerLines(persona, "go_ahead", band));
  reply ??= byMove(ranked);
  reply ??= pick(linesFor(persona, "nothing", band)) ?? pick(linesFor(persona, "nothing", null)) ?? FALLBACK_ENDING;

  const parts = [reply];
  if (change.interrupted) parts.unshift(pick(linesFor(persona, "interrupts", band)) ?? DEFAULT_INTERRUPTION);
  if (change.losingPatience) parts.push(pick(linesFor(persona, "losing_patience", null)) ?? DEFAULT_LOSING_PATIENCE);
  return parts.join(" ");
}

/**
 * Whether a line says a `holds_back` phrase the rep has not said yet: such a line is passed over for
 * another (the character check would refuse it). Once the call has its outcome, the terms may be said.
 */
function heldBack(persona: Persona, transcript: PersonaTurnInput["transcript"], outcome: string | null) {
  const repSaid = transcript
    .filter((turn) => turn.role === "rep")
    .map((turn) => turn.text.toLowerCase())
    .join("\n");
  const unsaid = outcome
    ? []
    : persona.holds_back.map((phrase) => phrase.toLowerCase()).filter((p) => !repSaid.includes(p));
  return (line: string) => unsaid.some((phrase) => line.toLowerCase().includes(phrase));
}

/** The rep taking something on: "I can cancel that for you", "I'll sort it now" (not "I can hear that"). */
const UNDERTAKES =
  /\bI(?:'ll| will| can)(?: definitely| certainly| absolutely)? (?:do|cancel|close|sort|fix|process|arrange|book|get|help|look into|take care of|deal with|set up|stop|end)\b/i;

const SOFT_MOVES = new Set<RepMove>(["greets", "apologises", "acknowledges_impact", "generic_empathy"]);
const SUBSTANCE_MOVES = new Set<RepMove>(["explains", "offers_remedy", "commits_to_action", "escalates"]);

const OFFER_MOVES = new Set<RepMove>(["retention_pitch", "superiority_pitch", "offers_remedy"]);

/** Moves that are the question itself: answering it is the reaction. */
const QUESTION_MOVES = new Set<RepMove>([
  "asks_question",
  "asks_about_impact",
  "interrogates_reason",
  "checks_understanding",
]);

/**
 * What the rep's turn asks the customer: the topic of its last question, "unknown" for a question
 * on no topic the customer recognises, "go_ahead" when it ends announcing an explanation it has not
 * given yet ("Let me explain what happened."), or null when it asks nothing; with the moves of that
 * question's own sentence.
 */
function askedTopic(persona: Persona, repText: string): { topic: string | null; moves: Set<RepMove> } {
  const sentences = readTurn(repText).sentences;
  const question = sentences.findLast((sentence) => sentence.question !== null);
  if (question) return { topic: questionTopic(persona, question.text) ?? "unknown", moves: new Set(question.moves) };
  const last = sentences.at(-1);
  if (last && last.text.split(/\s+/).length <= 10 && questionTopic(persona, last.text) === "go_ahead")
    return { topic: "go_ahead", moves: new Set() };
  return { topic: null, moves: new Set() };
}

/** Lines answering a topic: the persona's, else for an unrecognised question its asks_question lines, else defaults. */
function answerLines(persona: Persona, topic: string, band: ReturnType<typeof moodBand>): string[] {
  const own = answersFor(persona, topic, band);
  if (own.length > 0) return own;
  if (topic === "go_ahead") return DEFAULT_GO_AHEAD;
  if (topic === "consent") return DEFAULT_CONSENT;
  if (topic === "contact") return DEFAULT_CONTACT;
  if (topic === "agreement") return band === "high" ? [] : DEFAULT_AGREEMENT[band];
  if (topic === "anything_else") return DEFAULT_NOTHING_ELSE[band ?? "mid"];
  if (topic === "unknown") {
    const asks = linesFor(persona, "asks_question", band);
    return asks.length > 0 ? asks : DEFAULT_UNKNOWN;
  }
  return [];
}
