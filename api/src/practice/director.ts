import type { Difficulty } from "../library/common-schema";
import type { RepMove } from "../conversation/moves";
import { HANG_UP, type MoodBand, type Persona } from "../library/persona-schema";
import { DIFFICULTY_PROFILES, PATIENCE_WARNING } from "./difficulty";

export interface RepPromise {
  turn: number;
  quote: string;
}

/** What the customer carries from turn to turn. Stored with each customer turn. */
export interface PersonaState {
  mood: number;
  /** Every move the rep has made so far in the call. */
  movesSoFar: RepMove[];
  repTurns: number;
  /** Rep turns that did not improve the mood; the customer hangs up when patience runs out. */
  unproductiveTurns: number;
  /** Consecutive rep turns that left the customer at hang-up mood. */
  turnsAtLimit: number;
  /** What the rep committed to or offered, in their words; the customer holds them to it. */
  promises: RepPromise[];
  /** The customer has already said they are running out of patience. */
  warnedPatience: boolean;
  outcome: string | null;
  /** The customer has asked again what the rep's close left unanswered (once per call). */
  reasked?: boolean;
}

/** What was read from one rep turn: the moves, the words behind each, and its length. */
export interface RepTurnReading {
  moves: readonly RepMove[];
  quotes?: Partial<Record<RepMove, string>>;
  words?: number;
  /** The rep turn's index in the call (for promises). */
  turn?: number;
  /** The customer's last question, when this rep turn took none of it up (questionLeftOpen). */
  leftOpen?: string | null;
}

export interface AppliedReaction {
  move: RepMove;
  mood: number;
}

export interface TurnChange {
  moves: RepMove[];
  quotes: Partial<Record<RepMove, string>>;
  reactions: AppliedReaction[];
  moodBefore: number;
  moodDelta: number;
  patienceLeft: number;
  /** The customer talked over a rep turn this long; they heard this many words first. */
  interrupted: boolean;
  heardWords: number | null;
  /** This turn the customer first says they are running out of patience (asks for a supervisor). */
  losingPatience: boolean;
  outcome: string | null;
  /**
   * The rep's closing turn after the customer's closing line: the customer says goodbye and the
   * call ends. (A call that reaches an outcome other than a hang-up leaves the rep one turn to
   * answer the customer's last words and close.) Absent on turns stored before it existed.
   */
  farewell?: boolean;
  /**
   * The rep's close left the customer's closing question unanswered: the customer asks it again
   * instead of saying goodbye, and the call waits for the rep's answer (once per call).
   */
  reasks?: string;
}

const PROMISE_MOVES: RepMove[] = ["commits_to_action", "offers_remedy", "escalates"];

export function initialState(persona: Persona): PersonaState {
  return {
    mood: persona.mood.start,
    movesSoFar: [],
    repTurns: 0,
    unproductiveTurns: 0,
    turnsAtLimit: 0,
    promises: [],
    warnedPatience: false,
    outcome: null,
  };
}

/**
 * Applies one rep turn to the customer's state: the persona's `reacts` rules move the mood
 * (scaled by difficulty, bounded per turn), patience drains on turns that do not help, and
 * `ends_when` rules or a hang-up end the call. A customer at hang-up mood stays on the line for a
 * difficulty-set number of turns (the first is an ultimatum) before hanging up; one running out of
 * patience says so first; one faced with a speech talks over it. Once an outcome other than a
 * hang-up is reached, the next rep turn is the close: it still moves the mood, and ends the call,
 * unless it left the customer's closing question unanswered: then the customer asks it again and
 * the turn after is the close.
 */
export function advance(
  persona: Persona,
  difficulty: Difficulty,
  state: PersonaState,
  reading: RepTurnReading,
): { state: PersonaState; change: TurnChange } {
  const profile = DIFFICULTY_PROFILES[difficulty];
  const moves = [...new Set(reading.moves)];
  const quotes = reading.quotes ?? {};
  const thisTurn = new Set(moves);
  const happened = new Set<RepMove>([...state.movesSoFar, ...moves]);

  const reactions = persona.reacts
    .filter(
      (rule) =>
        thisTurn.has(rule.to) &&
        (rule.before ?? []).every((move) => !happened.has(move)) &&
        (rule.after ?? []).every((move) => happened.has(move)),
    )
    .map((rule) => ({ move: rule.to, mood: rule.mood }));

  const raw = reactions.reduce((sum, reaction) => sum + reaction.mood, 0);
  const scaled = Math.round(raw > 0 ? raw * profile.escalate : raw * profile.soothe);
  const moodDelta = clamp(scaled, -profile.maxFallPerTurn, profile.maxRisePerTurn);
  const mood = clamp(state.mood + moodDelta, persona.mood.min, persona.mood.max);
  const actualDelta = mood - state.mood;
  const unproductiveTurns = state.unproductiveTurns + (actualDelta < 0 ? 0 : 1);
  const patienceLeft = Math.max(0, profile.patience - unproductiveTurns);

  const promises = [
    ...state.promises,
    ...PROMISE_MOVES.flatMap((move) => {
      const quote = quotes[move];
      return thisTurn.has(move) && quote && reading.turn !== undefined ? [{ turn: reading.turn, quote }] : [];
    }),
  ].filter((promise, i, all) => all.findIndex((other) => other.quote === promise.quote) === i);

  const next: PersonaState = {
    mood,
    movesSoFar: [...happened],
    repTurns: state.repTurns + 1,
    unproductiveTurns,
    turnsAtLimit: mood >= persona.mood.hangup_at ? state.turnsAtLimit + 1 : 0,
    promises,
    warnedPatience: state.warnedPatience,
    outcome: null,
  };
  const reasks =
    state.outcome !== null && state.outcome !== HANG_UP && !state.reasked && reading.leftOpen
      ? reading.leftOpen
      : undefined;
  const farewell = state.outcome !== null && reasks === undefined;
  next.outcome = state.outcome ?? endOutcome(persona, difficulty, next, thisTurn);
  if (reasks !== undefined || state.reasked) next.reasked = true;
  const losingPatience =
    next.outcome === null && !farewell && !state.warnedPatience && patienceLeft <= PATIENCE_WARNING;
  next.warnedPatience = state.warnedPatience || losingPatience;
  const interrupted = (reading.words ?? 0) > profile.interruptAfterWords;
  return {
    state: next,
    change: {
      moves,
      quotes,
      reactions,
      moodBefore: state.mood,
      moodDelta: actualDelta,
      patienceLeft,
      interrupted,
      heardWords: interrupted ? profile.interruptAfterWords : null,
      losingPatience,
      outcome: next.outcome,
      farewell,
      ...(reasks === undefined ? {} : { reasks }),
    },
  };
}

/** The call ends after this customer line: a hang-up at once, any other outcome after the rep's close. */
export function callEnds(state: PersonaState, change: TurnChange): boolean {
  return state.outcome === HANG_UP || change.farewell === true;
}

function endOutcome(persona: Persona, difficulty: Difficulty, state: PersonaState, thisTurn: Set<RepMove>) {
  const profile = DIFFICULTY_PROFILES[difficulty];
  const happened = new Set(state.movesSoFar);
  const rule = persona.ends_when.find(
    (candidate) =>
      thisTurn.has(candidate.on) &&
      (candidate.after ?? []).every((move) => happened.has(move)) &&
      (candidate.mood_at_most === undefined || state.mood <= candidate.mood_at_most + profile.concessionSlack),
  );
  if (rule) return rule.outcome;
  if (state.turnsAtLimit >= profile.turnsAtLimit) return HANG_UP;
  if (state.unproductiveTurns >= profile.patience) return HANG_UP;
  return null;
}

/** Thirds of the persona's mood range: scripted lines are chosen by band. */
export function moodBand(persona: Persona, mood: number): MoodBand {
  const span = persona.mood.max - persona.mood.min;
  const position = (mood - persona.mood.min) / span;
  if (position >= 2 / 3) return "high";
  if (position <= 1 / 3) return "low";
  return "mid";
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
