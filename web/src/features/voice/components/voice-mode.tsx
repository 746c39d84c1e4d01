import { useEffect } from "react";
import type { LiveCallState } from "../../../lib/live-call";
import { useHealth } from "../../../lib/queries/health";
import type { SpokenTurn } from "../../../lib/use-live-call";
import { useCustomerVoice } from "../hooks/use-customer-voice";
import { useVoiceSettings } from "../hooks/use-voice-settings";
import { useVoiceTurns } from "../hooks/use-voice-turns";
import { voiceSupport } from "../utils/voice-support";
import { VoiceControls } from "./voice-controls";

interface VoiceModeProps {
  sessionId: string;
  call: LiveCallState;
  customerName: string;
  /** The persona file's voice: its name and speaking rate (for the browser's own voice). */
  personaVoice: { tts: string; rate: number } | undefined;
  /** The customer's language (BCP-47), for the browser's speech synthesis. */
  language?: string;
  sendSpoken: (turn: SpokenTurn) => Promise<string | null>;
}

const support = voiceSupport();

/** Voice mode in the practice room: speak your turns, hear the customer. Off until the rep turns it on. */
export function VoiceMode({ sessionId, call, customerName, personaVoice, language, sendSpoken }: VoiceModeProps) {
  const [settings, change] = useVoiceSettings();
  const on = support.supported && settings.enabled && !call.ended;
  // What the server can do (GET /api/health): no voice at all, no recogniser, or no speech model.
  const status = useHealth().data?.voice;
  const customer = useCustomerVoice(sessionId, on && !settings.muted, {
    voice: personaVoice?.tts ?? null,
    rate: personaVoice?.rate ?? 1,
    ...(language ? { language } : {}),
    serverSpeech: status?.speech.engine !== "browser",
  });
  const serverProblem =
    status === null
      ? "Voice mode is not set up on this server, so your recordings cannot be sent."
      : status && !status.transcription.available
        ? `Speech recognition is not available on this server${status.transcription.reason ? ` (${status.transcription.reason})` : ""}.`
        : null;
  const turns = useVoiceTurns({
    sessionId,
    settings: { ...settings, enabled: on },
    accepting: serverProblem === null,
    busy: call.busy,
    streaming: call.streaming !== null,
    ended: call.ended,
    customer,
    sendSpoken,
  });

  const last = call.turns.at(-1);
  const lastCustomer = last?.role === "customer" ? last : null;
  useEffect(() => {
    customer.update(call.streaming, lastCustomer && { text: lastCustomer.text, index: lastCustomer.index });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the line's text and index, not each new turn object, say when to update
  }, [call.streaming, lastCustomer?.text, lastCustomer?.index, customer.update]);

  if (call.ended) return null;
  if (!support.supported) {
    return (
      <p className="voice-note muted small" data-testid="voice-unsupported">
        Voice mode is not available in this browser: {support.reason} You can still type your replies.
      </p>
    );
  }
  return (
    <VoiceControls
      settings={settings}
      onChange={change}
      turns={turns}
      customerName={customerName}
      customerSpeaking={customer.speaking}
      customerNote={customer.note}
      busy={call.busy}
      callError={call.error?.code ?? null}
      serverProblem={serverProblem}
    />
  );
}
