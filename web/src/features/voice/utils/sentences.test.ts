import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitting a streamed reply into sentences", () => {
  it("keeps an unfinished sentence until more text arrives", () => {
    const text = "I've had three outages. I want to cancel tod";
    expect(splitSentences(text, false)).toEqual({ sentences: ["I've had three outages."], consumed: 23 });
    expect(splitSentences(text.slice(23), true).sentences).toEqual(["I want to cancel tod"]);
  });

  it("needs white space after the stop, so numbers and the end of a stream wait", () => {
    expect(splitSentences("It went up by 3.5 percent.", false)).toEqual({ sentences: [], consumed: 0 });
    expect(splitSentences("It went up by 3.5 percent. ", false).sentences).toEqual(["It went up by 3.5 percent."]);
  });

  it("ends sentences at ! ? … closing quotes and line breaks, not after a title", () => {
    const { sentences } = splitSentences('Really?! "No way." Ask Mr. Lee… He knows\nOkay then', true);
    expect(sentences).toEqual(["Really?!", '"No way."', "Ask Mr. Lee…", "He knows", "Okay then"]);
  });

  it("drops stage directions and pieces with nothing to say", () => {
    const { sentences } = splitSentences("*sighs* Fine. (laughs) ... [pause] What now? ", false);
    expect(sentences).toEqual(["Fine.", "What now?"]);
  });
});
