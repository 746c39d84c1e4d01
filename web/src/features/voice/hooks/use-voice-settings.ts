import { useCallback, useState } from "react";

export type VoiceInputMode = "hold" | "hands-free";

export interface VoiceSettings {
  enabled: boolean;
  mode: VoiceInputMode;
  /** Transcribe first and let the rep correct the words before the turn is sent. */
  review: boolean;
  muted: boolean;
}

const KEY = "parley.voice";
const DEFAULTS: VoiceSettings = { enabled: false, mode: "hold", review: false, muted: false };

function load(): VoiceSettings {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "{}") as Partial<VoiceSettings>;
    return {
      enabled: saved.enabled === true,
      mode: saved.mode === "hands-free" ? "hands-free" : "hold",
      review: saved.review === true,
      muted: saved.muted === true,
    };
  } catch {
    // Storage blocked or a value from another version: start from the defaults.
    return DEFAULTS;
  }
}

/** The rep's voice-mode choices, remembered in this browser. */
export function useVoiceSettings() {
  const [settings, setSettings] = useState(load);
  const change = useCallback((patch: Partial<VoiceSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Private mode may refuse storage; the choice still holds for this visit.
      }
      return next;
    });
  }, []);
  return [settings, change] as const;
}
