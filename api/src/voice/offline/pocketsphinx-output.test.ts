import { describe, expect, it } from "vitest";
import { parseHypseg } from "./pocketsphinx-output";

describe("pocketsphinx_batch -hypseg output", () => {
  it("turns segments into words with times in seconds, dropping silences and alternates' markers", () => {
    const line =
      "speech S 0 T -29681884 A -26531840 L -3150044 0 -130048 0 <s> 4 -1110016 -357 hi 26 -2401280 -213 dana 69 -385024 -524288 <sil> 86 -1039360 -290 i'm 106 -1228800 -296 really(2) 140 -1833984 -34 sorry 171 -780288 -137 [NOISE] 185 -208896 -524288 </s> 189";
    const { text, words } = parseHypseg(line);
    expect(text).toBe("hi dana i'm really sorry");
    expect(words[0]).toEqual({ word: "hi", start: 0.04, end: 0.26 });
    expect(words[3]).toEqual({ word: "really", start: 1.06, end: 1.4 });
    expect(words[4]).toEqual({ word: "sorry", start: 1.4, end: 1.71 });
  });

  it("reads an empty result as no words", () => {
    expect(parseHypseg("speech S 0 T 0 A 0 L 0 0 0 0 <s> 10 0 0 </s> 20")).toEqual({ text: "", words: [] });
    expect(parseHypseg("")).toEqual({ text: "", words: [] });
  });
});
