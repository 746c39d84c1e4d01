import type { FakeReply } from "../../testing/fake-openai-server";

/**
 * The fake server's verbose transcription of "Um, I can cancel that today." (2.4 s, word timings in
 * seconds). `text` is the transcript as the speech model returns it, e.g. with stray spaces.
 */
export function timedTranscription(text = "Um, I can cancel that today."): FakeReply {
  return {
    kind: "json",
    value: {
      text,
      duration: 2.4,
      words: [
        { word: "Um", start: 0.2, end: 0.4 },
        { word: "I", start: 0.5, end: 0.6 },
        { word: "can", start: 0.6, end: 0.8 },
        { word: "cancel", start: 0.8, end: 1.2 },
        { word: "that", start: 1.2, end: 1.4 },
        { word: "today", start: 1.4, end: 1.9 },
      ],
    },
  };
}
