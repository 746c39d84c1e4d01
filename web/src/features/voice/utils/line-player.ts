import { wordsOf } from "./sentences";

/** One sentence being played: how far it has got (0..1), and how to stop it. */
export interface PlayingLine {
  done: Promise<void>;
  fraction(): number;
  stop(): void;
}

export interface BrowserVoiceOptions {
  /** The persona's voice name; used if the browser happens to have a voice by that name. */
  voice: string | null;
  rate: number;
}

/** Plays synthesised audio (from POST /speech). Resolves `done` when it ends, fails or is stopped. */
export function playAudio(audio: Blob): PlayingLine {
  const url = URL.createObjectURL(audio);
  const element = new Audio(url);
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = () => {
      URL.revokeObjectURL(url);
      resolve();
    };
  });
  element.onended = finish;
  element.onerror = finish;
  // Autoplay refused (no click on the page yet) or undecodable: move on to the next line.
  element.play().catch(finish);
  return {
    done,
    fraction: () => (Number.isFinite(element.duration) && element.duration > 0 ? element.currentTime / element.duration : 0),
    stop: () => {
      element.pause();
      finish();
    },
  };
}

/**
 * Says a line with the browser's own speech synthesis (the server has no speech model). Where the
 * browser has no voices the utterance fails or never ends, so a timer bounds it by its length.
 */
export function speakInBrowser(text: string, options: BrowserVoiceOptions): PlayingLine {
  const synth = typeof speechSynthesis === "undefined" ? null : speechSynthesis;
  const words = wordsOf(text).length;
  const expectedMs = (words / (150 * options.rate)) * 60_000;
  const startedAt = performance.now();
  let spokenChars = -1;
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  if (!synth) {
    finish();
    return { done, fraction: () => 0, stop: () => {} };
  }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = options.rate;
  const named = options.voice?.toLowerCase();
  const voices = synth.getVoices();
  const voice = voices.find((v) => v.name.toLowerCase() === named) ?? voices.find((v) => v.lang.startsWith("en") && v.default) ?? voices.find((v) => v.lang.startsWith("en"));
  if (voice) utterance.voice = voice;
  utterance.onboundary = (event) => {
    spokenChars = event.charIndex;
  };
  const guard = setTimeout(() => {
    synth.cancel();
    finish();
  }, expectedMs + 2_000);
  utterance.onend = utterance.onerror = () => {
    clearTimeout(guard);
    finish();
  };
  synth.speak(utterance);
  return {
    done,
    fraction: () => (spokenChars >= 0 ? spokenChars / text.length : (performance.now() - startedAt) / Math.max(1, expectedMs)),
    stop: () => {
      clearTimeout(guard);
      synth.cancel();
      finish();
    },
  };
}
