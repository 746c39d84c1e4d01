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

/**
 * Plays synthesised audio as it arrives (POST /speech streams it): through MediaSource where the
 * browser can decode that type in pieces, else once the whole sentence has arrived. Resolves
 * `done` when it ends, fails or is stopped.
 */
export function playAudio(body: ReadableStream<Uint8Array<ArrayBuffer>>, contentType: string): PlayingLine {
  const type = contentType.split(";")[0]?.trim() ?? "audio/mpeg";
  const streamable = typeof MediaSource !== "undefined" && MediaSource.isTypeSupported(type);
  const element = new Audio();
  let url = "";
  let stopped = false;
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = () => {
      stopped = true;
      if (url) URL.revokeObjectURL(url);
      resolve();
    };
  });
  element.onended = finish;
  element.onerror = finish;
  const start = () => element.play().catch(finish);

  if (streamable) {
    const source = new MediaSource();
    url = URL.createObjectURL(source);
    element.src = url;
    source.addEventListener("sourceopen", () => void appendAll(body, source, type, () => stopped).catch(finish), { once: true });
    // Autoplay refused (no click on the page yet): move on to the next line.
    start();
  } else {
    void new Response(body)
      .blob()
      .then((blob) => {
        if (stopped) return;
        url = URL.createObjectURL(blob);
        element.src = url;
        start();
      }, finish);
  }
  return {
    done,
    fraction: () => {
      const length = Number.isFinite(element.duration) ? element.duration : element.buffered.length > 0 ? element.buffered.end(element.buffered.length - 1) : 0;
      return length > 0 ? element.currentTime / length : 0;
    },
    stop: () => {
      element.pause();
      void body.cancel().catch(() => {});
      finish();
    },
  };
}

async function appendAll(body: ReadableStream<Uint8Array<ArrayBuffer>>, source: MediaSource, type: string, stopped: () => boolean) {
  const buffer = source.addSourceBuffer(type);
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done || stopped()) break;
    buffer.appendBuffer(value);
    await new Promise((resolve) => buffer.addEventListener("updateend", resolve, { once: true }));
  }
  if (!stopped() && source.readyState === "open") source.endOfStream();
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
