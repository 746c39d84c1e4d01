export type VoiceSupport = { supported: true } | { supported: false; reason: string };

/** Voice mode needs a microphone API and a recorder; say which is missing rather than hide the option. */
export function voiceSupport(): VoiceSupport {
  if (typeof window === "undefined") return { supported: false, reason: "Voice mode needs a browser." };
  if (!window.isSecureContext)
    return { supported: false, reason: "This browser only allows the microphone on https:// pages (or localhost)." };
  if (!navigator.mediaDevices?.getUserMedia)
    return { supported: false, reason: "This browser gives pages no access to a microphone." };
  if (typeof MediaRecorder === "undefined")
    return { supported: false, reason: "This browser cannot record audio (no MediaRecorder)." };
  return { supported: true };
}

const PREFERRED = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/mp4"];

/** Opus in WebM where the browser has it; otherwise what it offers (empty: its default). */
export function recordingMimeType(): string {
  return PREFERRED.find((type) => MediaRecorder.isTypeSupported(type)) ?? "";
}

export function recordingFileName(mimeType: string): string {
  if (mimeType.includes("ogg")) return "turn.ogg";
  if (mimeType.includes("mp4")) return "turn.m4a";
  return "turn.webm";
}
