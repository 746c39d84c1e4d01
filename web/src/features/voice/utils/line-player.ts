import type { LineOutcome } from "./line-progress";
import { wordsOf } from "./sentences";

/** One sentence being played: how far it has got (0..1), and how to stop it. */
export interface PlayingLine {
  done: Promise<LineOutcome>;
  fraction(): number;
  stop(): void;
}

export interface BrowserVoiceOptions {
  /** The persona's voice name; used if the browser happens to have a voice by that name. */
  voice: string | null;
  rate: number;
  /** The persona's language (BCP-47): the utterance's `lang`, and a voice in it when the named one is missing. */
  language?: string;
}

/**
 * Plays synthesised audio as it arrives (POST /speech streams it): through MediaSource where the
 * browser can decode that type in pieces, else once the whole sentence has arrived. Resolves
 * `done` when it ends, fails, is refused (autoplay) or is stopped; then the download is cancelled
 * and the element let go.
 */
export function playAudio(body: ReadableStream<Uint8Array<ArrayBuffer>>, contentType: string): PlayingLine {
  const type = contentType.split(";")[0]?.trim() ?? "audio/mpeg";
  const streamable = typeof MediaSource !== "undefined" && MediaSource.isTypeSupported(type);
  const element = new Audio();
  const reader = body.getReader();
  let url = "";
  let stopped = false;
  let finish = (_outcome: LineOutcome) => {};
  const done = new Promise<LineOutcome>((resolve) => {
    finish = (outcome) => {
      if (stopped) return;
      stopped = true;
      void reader.cancel().catch(() => {});
      element.pause();
      element.removeAttribute("src");
      element.load();
      if (url) URL.revokeObjectURL(url);
      resolve(outcome);
    };
  });
  const failed = () => finish("failed");
  element.onended = () => finish("ended");
  element.onerror = failed;
  // Autoplay refused (no click on the page yet): the line was not heard; the next one is tried.
  const start = () =>
    element
      .play()
      .catch((error: unknown) =>
        finish(error instanceof DOMException && error.name === "NotAllowedError" ? "refused" : "failed"),
      );

  if (streamable) {
    const source = new MediaSource();
    url = URL.createObjectURL(source);
    element.src = url;
    source.addEventListener("sourceopen", () => void appendAll(reader, source, type, () => stopped).catch(failed), {
      once: true,
    });
    start();
  } else {
    void readAll(reader, type).then((blob) => {
      if (stopped) return;
      url = URL.createObjectURL(blob);
      element.src = url;
      start();
    }, failed);
  }
  return {
    done,
    fraction: () => {
      const length = Number.isFinite(element.duration)
        ? element.duration
        : element.buffered.length > 0
          ? element.buffered.end(element.buffered.length - 1)
          : 0;
      return length > 0 ? element.currentTime / length : 0;
    },
    stop: () => finish("stopped"),
  };
}

type Reader = ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>;

async function appendAll(reader: Reader, source: MediaSource, type: string, stopped: () => boolean) {
  const buffer = source.addSourceBuffer(type);
  for (;;) {
    const { done, value } = await reader.read();
    if (done || stopped()) break;
    buffer.appendBuffer(value);
    await new Promise((resolve) => buffer.addEventListener("updateend", resolve, { once: true }));
  }
  if (!stopped() && source.readyState === "open") source.endOfStream();
}

async function readAll(reader: Reader, type: string): Promise<Blob> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks, { type });
    chunks.push(value);
  }
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
  let finish = (_outcome: LineOutcome) => {};
  const done = new Promise<LineOutcome>((resolve) => {
    finish = resolve;
  });
  if (!synth) {
    finish("failed");
    return { done, fraction: () => 0, stop: () => {} };
  }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = options.rate;
  const language = options.language ?? "en";
  utterance.lang = language;
  const primary = language.split("-")[0]?.toLowerCase() ?? "en";
  const named = options.voice?.toLowerCase();
  const voices = synth.getVoices();
  const speaks = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().startsWith(primary);
  const voice =
    voices.find((v) => v.name.toLowerCase() === named && speaks(v)) ??
    voices.find((v) => v.lang.toLowerCase() === language.toLowerCase()) ??
    voices.find((v) => speaks(v) && v.default) ??
    voices.find(speaks);
  if (voice) utterance.voice = voice;
  utterance.onboundary = (event) => {
    spokenChars = event.charIndex;
  };
  // Without voices nothing says when it ends: taken as said, as `fraction` estimates by time.
  const guard = setTimeout(() => {
    synth.cancel();
    finish("ended");
  }, expectedMs + 2_000);
  utterance.onend = () => {
    clearTimeout(guard);
    finish("ended");
  };
  utterance.onerror = (event) => {
    clearTimeout(guard);
    finish(
      event.error === "not-allowed"
        ? "refused"
        : event.error === "interrupted" || event.error === "canceled"
          ? "stopped"
          : "failed",
    );
  };
  synth.speak(utterance);
  return {
    done,
    fraction: () =>
      spokenChars >= 0 ? spokenChars / text.length : (performance.now() - startedAt) / Math.max(1, expectedMs),
    stop: () => {
      clearTimeout(guard);
      synth.cancel();
      finish("stopped");
    },
  };
}
