import { type ComponentType, useRef } from "react";
import { useNavigate } from "react-router";
import { ChatLog } from "../../../components/call/chat-log";
import { Composer } from "../../../components/call/composer";
import { MoodMeter } from "../../../components/call/mood-meter";
import { EngineBadge } from "../../../components/engine-badge";
import { Badge, DifficultyBadge } from "../../../components/ui/badge";
import { ConfirmButton } from "../../../components/ui/confirm-button";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { moveLabel, ordinal } from "../../../lib/labels";
import type { PersonaView as Persona, RubricView as Rubric } from "../../../lib/queries/library";
import { type SessionDetail, useAbandonSession } from "../../../lib/queries/session";
import type { LiveCallState } from "../../../lib/live-call";
import { type SpokenTurn, useLiveCall } from "../../../lib/use-live-call";
import { useStickToBottom } from "../../../lib/use-stick-to-bottom";
import { useEndSession } from "../api/end-session";
import { CallEnded } from "./call-ended";
import { CoachTip } from "./coach-tip";
import { KnowledgePanel } from "./knowledge-panel";
import "./knowledge.css";

/** What the room hands its voice controls (the voice feature's VoiceMode, passed in by app/). */
export interface VoiceModeProps {
  sessionId: string;
  call: LiveCallState;
  customerName: string;
  personaVoice: { tts: string; rate: number } | undefined;
  /** The customer's language (BCP-47), for the browser's speech synthesis. */
  language?: string;
  sendSpoken: (turn: SpokenTurn) => Promise<string | null>;
}

interface PracticeRoomProps {
  detail: SessionDetail;
  persona: Persona;
  rubric: Rubric;
  /** Passed in from app/, since a feature imports no other feature. */
  voiceMode: ComponentType<VoiceModeProps>;
}

/** The call: chat, streaming replies, mood, coach tips beside their turns, and End call. */
export function PracticeRoom({ detail, persona, rubric, voiceMode: VoiceMode }: PracticeRoomProps) {
  const { session } = detail;
  const navigate = useNavigate();
  const end = useEndSession(session.id);
  const { state, send, sendSpoken } = useLiveCall(session.id, {
    turns: detail.turns,
    mood: detail.state.mood,
    ended: session.status !== "active",
    outcome: session.outcome,
    feedback: detail.feedback,
  });
  const logRef = useRef<HTMLDivElement>(null);

  useStickToBottom(logRef, [state.turns.length, state.streaming, state.feedback, state.ended]);

  const endCall = () => end.mutate(undefined, { onSuccess: () => navigate(`/sessions/${session.id}/scorecard`) });
  const abandon = useAbandonSession();
  const abandonCall = () => abandon.mutate(session.id, { onSuccess: () => navigate("/history") });
  const repTurns = state.turns.filter((turn) => turn.role === "rep").length;
  const coach = session.mode === "coach";

  return (
    <div className="room">
      <header className="room__head">
        <div>
          <p className="eyebrow">
            Practice call · {coach ? "coach mode" : "exam mode"} <DifficultyBadge difficulty={session.difficulty} />
            {session.forkedFrom && session.forkedAtTurn !== null && (
              <Badge tone="info">
                retry from your{" "}
                {ordinal(
                  detail.turns.filter((turn) => turn.role === "rep" && turn.index < (session.forkedAtTurn ?? 0))
                    .length + 1,
                )}{" "}
                reply
              </Badge>
            )}
          </p>
          <h1 className="room__title">{persona.name}</h1>
        </div>
        <div className="room__head-actions">
          <EngineBadge answeredBy={state.answeredBy} />
          {!state.ended && (
            <>
              <ConfirmButton
                className="btn btn--ghost"
                question="Abandon this call? No scorecard; it leaves your history."
                confirmLabel="Abandon call"
                onConfirm={abandonCall}
                disabled={abandon.isPending || state.busy || end.isPending}
              >
                Abandon
              </ConfirmButton>
              <ConfirmButton
                className="btn btn--danger"
                question={repTurns === 0 ? "Nothing to score yet: end anyway?" : "End the call and get your scorecard?"}
                confirmLabel="End call"
                onConfirm={endCall}
                disabled={end.isPending || state.busy || abandon.isPending}
              >
                {end.isPending ? "Scoring…" : "End call"}
              </ConfirmButton>
            </>
          )}
        </div>
      </header>

      <div className="room__body">
        <section className="room__call" aria-label="The call">
          <div className="room__log" ref={logRef}>
            <ChatLog
              turns={state.turns}
              customerName={persona.name}
              streaming={state.streaming}
              aside={(turn) => {
                const feedback = turn.role === "rep" ? state.feedback[turn.index] : undefined;
                return feedback && coach ? <CoachTip feedback={feedback} rubric={rubric} /> : null;
              }}
            />
            {state.busy && state.streaming === "" && (
              <p className="typing-note" role="status">
                {persona.name} is answering…
              </p>
            )}
          </div>
          {state.error && (
            <div className="panel panel--error" role="alert" data-testid="call-error">
              <p className="panel__title">{errorTitle(state.error.code)}</p>
              <p>{state.error.message}</p>
            </div>
          )}
          {end.isError && <ErrorPanel error={end.error} title="The call could not be ended" />}
          {abandon.isError && <ErrorPanel error={abandon.error} title="The call could not be abandoned" />}
          {state.ended ? <CallEnded sessionId={session.id} outcome={state.outcome} /> : null}
          {!state.ended && state.outcome ? (
            <p className="panel" role="status" data-testid="call-closing">
              The customer has said their closing line: answer anything they asked, and close the call.
            </p>
          ) : null}
          <VoiceMode
            sessionId={session.id}
            call={state}
            customerName={persona.name}
            personaVoice={persona.voice}
            language={persona.language}
            sendSpoken={sendSpoken}
          />
          <Composer
            onSend={(text) => void send(text)}
            disabled={state.busy || state.ended}
            disabledReason={state.ended ? "The call has ended." : undefined}
          />
        </section>

        <aside className="room__side" aria-label="Customer state">
          {state.mood !== null && (
            <MoodMeter
              mood={state.mood}
              min={persona.mood.min}
              max={persona.mood.max}
              hangupAt={persona.mood.hangup_at}
              delta={state.moodDelta}
              name={persona.name.split(" ")[0] ?? persona.name}
            />
          )}
          <KnowledgePanel entries={persona.knowledge} />
          <section className="panel panel--flat" aria-labelledby="heard-title">
            <h2 id="heard-title" className="panel__title">
              What they heard last turn
            </h2>
            {state.lastMoves.length === 0 ? (
              <p className="muted small">{heardNothingNote(repTurns, state.answeredBy !== null)}</p>
            ) : (
              <ul className="chips">
                {state.lastMoves.map((move) => (
                  <li key={move} className="chip">
                    {moveLabel(move)}
                  </li>
                ))}
              </ul>
            )}
            {state.degraded && <p className="muted small">Engine note: {state.degraded}</p>}
          </section>
          <section className="panel panel--flat" aria-labelledby="brief-title">
            <h2 id="brief-title" className="panel__title">
              The brief
            </h2>
            <p className="small">{persona.summary}</p>
            <p className="small">
              <strong>Stated goal:</strong> {persona.goals.stated}
            </p>
          </section>
        </aside>
      </div>
    </div>
  );
}

function errorTitle(code: string): string {
  if (code === "session_ended") return "This call has ended";
  if (code.startsWith("model_")) return "No answer from the model playing the customer";
  if (code === "network") return "Connection lost";
  if (code === "turn_in_progress") return "Still answering";
  if (code.startsWith("stt_") || code.startsWith("audio_")) return "Your recording could not be used";
  return "This turn did not go through";
}

/**
 * Why no moves show: the rep has not replied; the last reply had no move the reader recognised; or
 * the page was opened mid-call, and what was heard arrives with the next reply.
 */
function heardNothingNote(repTurns: number, answeredHere: boolean): string {
  if (repTurns === 0) return "Nothing yet. Say something.";
  if (answeredHere) return "No move recognised in your last reply.";
  return "Shown after your next reply.";
}
