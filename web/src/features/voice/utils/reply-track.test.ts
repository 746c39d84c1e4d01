import { describe, expect, it } from "vitest";
import { dropped, initialTrack, interrupted, playedAll, type ReplyTrack, stored, streamed } from "./reply-track";

const OPENER = "Hi. I want to cancel.";

/** The track after the voice came on with the opener already in the call and spoken. */
const afterOpener = (): ReplyTrack => playedAll(stored(initialTrack, OPENER, 0).track);

describe("which customer words are said", () => {
  it("says the opening line when the voice comes on, but not a later line already in the call", () => {
    expect(stored(initialTrack, OPENER, 0).sentences).toEqual(["Hi.", "I want to cancel."]);
    const later = stored(initialTrack, "That was before.", 4);
    expect(later.sentences).toEqual([]);
    expect(later.track.known).toBe(4);
  });

  it("says sentences as they stream, then the rest once the line is stored, and that line only once", () => {
    let track = afterOpener();
    const first = streamed(track, "I lost a client. And ");
    expect(first.sentences).toEqual(["I lost a client."]);
    track = first.track;
    const end = stored(track, "I lost a client. And I'm done.", 2);
    expect(end).toMatchObject({ restart: false, sentences: ["And I'm done."] });
    expect(stored(end.track, "I lost a client. And I'm done.", 2).sentences).toEqual([]);
  });

  it("says a line that arrived whole, with no streamed text ever seen", () => {
    expect(stored(afterOpener(), "Fine. Go on.", 2).sentences).toEqual(["Fine.", "Go on."]);
  });

  it("starts again when the server takes back streamed text (a regenerated reply)", () => {
    const track = streamed(afterOpener(), "*sighs* As an AI. ").track;
    const again = streamed(track, "Look. ");
    expect(again).toMatchObject({ restart: true, sentences: ["Look."] });
  });

  it("lets a new line replace one still being spoken", () => {
    const speaking = stored(afterOpener(), "One. Two. Three.", 2).track;
    expect(stored(speaking, "Four.", 4)).toMatchObject({ restart: true, sentences: ["Four."] });
    expect(streamed(speaking, "Fo")).toMatchObject({ restart: true, sentences: [] });
  });

  it("says nothing more of a reply the rep cut into, and is ready for the next", () => {
    const cut = interrupted(streamed(afterOpener(), "I lost a client. And ").track);
    expect(cut.phase).toBe("silenced");
    expect(streamed(cut, "I lost a client. And I'm done. ").sentences).toEqual([]);
    const storedCut = stored(cut, "I lost a client. And I'm done.", 2);
    expect(storedCut.sentences).toEqual([]);
    expect(stored(storedCut.track, "Hello?", 4).sentences).toEqual(["Hello?"]);
  });

  it("is idle once a stored line has been said, not while more is streaming", () => {
    const streaming = streamed(afterOpener(), "One. ").track;
    expect(playedAll(streaming)).toBe(streaming);
    expect(playedAll(stored(streaming, "One. Two.", 2).track).phase).toBe("idle");
  });

  it("stops a streamed reply that was never stored (the turn failed), and says the next line", () => {
    const streaming = streamed(afterOpener(), "I lost a client. And ").track;
    const gone = dropped(streaming);
    expect(gone).toMatchObject({ restart: true, sentences: [] });
    expect(gone.track.phase).toBe("idle");
    expect(streamed(gone.track, "Hello? ").sentences).toEqual(["Hello?"]);
    // A stored line still being said is not touched.
    const storedLine = stored(afterOpener(), "One. Two.", 2).track;
    expect(dropped(storedLine)).toMatchObject({ track: storedLine, restart: false });
  });
});
