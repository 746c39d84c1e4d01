import { useRef } from "react";
import type { MicStatus } from "../hooks/use-microphone";
import type { VoiceSettings } from "../hooks/use-voice-settings";
import type { useVoiceTurns } from "../hooks/use-voice-turns";
import { HoldToTalk } from "./hold-to-talk";
import { MicMeter } from "./mic-meter";
import { TranscriptReview } from "./transcript-review";

interface VoiceControlsProps {
  settings: VoiceSettings;
  onChange: (patch: Partial<VoiceSettings>) => void;
  turns: ReturnType<typeof useVoiceTurns>;
  customerName: string;
  customerSpeaking: boolean;
  customerNote: string | null;
  busy: boolean;
  callError: string | null;
  /** Why this server cannot take spoken turns, if it cannot. */
  serverProblem: string | null;
}

const MIC_PROBLEMS: Partial<Record<MicStatus, string>> = {
  denied:
    "Parley may not use your microphone. Allow it in the browser's site settings (the icon by the address), then turn voice mode off and on again.",
  missing: "No microphone was found. Plug one in, then turn voice mode off and on again.",
  failed: "The microphone could not be started. Check that no other app is using it.",
};

/** The voice bar above the reply box: on/off, how to talk, the level and what is happening. */
export function VoiceControls({
  settings,
  onChange,
  turns,
  customerName,
  customerSpeaking,
  customerNote,
  busy,
  callError,
  serverProblem,
}: VoiceControlsProps) {
  const { mic, phase, problem } = turns;
  const micProblem = MIC_PROBLEMS[mic.status];
  const sttDown = problem?.code === "stt_unavailable" || callError === "stt_unavailable";
  const holdButton = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  // The review form goes once its words are sent or discarded; focus returns to where a turn starts.
  const afterReview = () => (holdButton.current ?? section.current)?.focus();

  return (
    <section className="voice" aria-label="Voice mode" ref={section} tabIndex={-1}>
      <div className="voice__options">
        <label className="voice__toggle">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(event) => onChange({ enabled: event.target.checked })}
          />
          Voice mode
        </label>
        {settings.enabled && (
          <>
            <fieldset className="segmented voice__mode">
              <legend className="visually-hidden">How to talk</legend>
              {(["hold", "hands-free"] as const).map((mode) => (
                <label key={mode} className="segmented__option">
                  <input
                    type="radio"
                    name="voice-mode"
                    value={mode}
                    checked={settings.mode === mode}
                    onChange={() => onChange({ mode })}
                  />
                  <span>{mode === "hold" ? "Hold to talk" : "Hands-free"}</span>
                </label>
              ))}
            </fieldset>
            <label className="voice__toggle">
              <input
                type="checkbox"
                checked={settings.review}
                onChange={(event) => onChange({ review: event.target.checked })}
              />
              Review before sending
            </label>
            <label className="voice__toggle">
              <input
                type="checkbox"
                checked={settings.muted}
                onChange={(event) => onChange({ muted: event.target.checked })}
              />
              Mute customer
            </label>
          </>
        )}
      </div>

      {settings.enabled && (
        <>
          {micProblem ? (
            <p className="voice__problem" role="alert">
              {micProblem} You can type your replies meanwhile.
            </p>
          ) : (
            <div className="voice__live">
              <MicMeter level={mic.level} active={phase.name === "hearing"} status={statusText()} />
              {settings.mode === "hold" && (
                <HoldToTalk
                  ref={holdButton}
                  onStart={turns.holdStart}
                  onEnd={turns.holdEnd}
                  holding={phase.name === "hearing"}
                  disabled={mic.status !== "on" || serverProblem !== null}
                  blocked={blockedReason()}
                />
              )}
            </div>
          )}
          {phase.name === "reviewing" && (
            <TranscriptReview
              key={phase.recognised}
              recognised={phase.recognised}
              onSend={(text) => {
                turns.sendReviewed(text);
                afterReview();
              }}
              onDiscard={() => {
                turns.discard();
                afterReview();
              }}
            />
          )}
          {problem && (
            <p className="voice__problem" role="alert">
              {problem.message}
              {sttDown ? " Type your reply below instead." : ""}{" "}
              <button type="button" className="btn btn--ghost btn--small" onClick={turns.dismissProblem}>
                Dismiss
              </button>
            </p>
          )}
          {serverProblem ? (
            <p className="voice__problem" data-testid="voice-server-problem">
              {serverProblem} You will still hear {customerName}; type your replies below.
            </p>
          ) : (
            !problem &&
            sttDown && (
              <p className="voice__problem">
                Speech recognition is not available on this server: type your reply below.
              </p>
            )
          )}
          {settings.mode === "hands-free" && !settings.muted && (
            <p className="muted small">Use headphones hands-free, so the customer's voice is not taken for yours.</p>
          )}
          {customerNote && <p className="muted small">{customerNote}</p>}
        </>
      )}
    </section>
  );

  /** Why the hold button cannot start a turn now (it stays focusable and says so), or null. */
  function blockedReason(): string | null {
    switch (phase.name) {
      case "waiting":
      case "sending":
        return "Your last turn is still being sent.";
      case "transcribing":
        return "Your last recording is being transcribed.";
      case "reviewing":
        return "Send or discard the words you are checking first.";
      case "hearing":
        return null;
      case "ready":
        return busy && !customerSpeaking ? `${customerName} is answering.` : null;
    }
  }

  function statusText(): string {
    if (mic.status === "starting" || mic.status === "off") return "Starting the microphone…";
    if (serverProblem !== null && phase.name === "ready")
      return customerSpeaking ? `${customerName} is speaking` : "Voice replies cannot be sent here";
    switch (phase.name) {
      case "hearing":
        return settings.mode === "hold" ? "Listening… release to send" : "Hearing you…";
      case "waiting":
        return `Heard you — sending when ${customerName} has finished`;
      case "transcribing":
        return "Transcribing…";
      case "reviewing":
        return "Check your words, then send";
      case "sending":
        return "Heard you — sending";
      case "ready":
        if (customerSpeaking) return `${customerName} is speaking — talk to interrupt`;
        if (busy) return `${customerName} is answering…`;
        if (settings.mode === "hold") return "Hold the button (or Space) and speak";
        return turns.calibrating ? "Measuring the room's noise…" : "Listening…";
    }
  }
}
