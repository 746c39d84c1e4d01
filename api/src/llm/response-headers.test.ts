import { describe, expect, it } from "vitest";
import { ResponseHeaders } from "./response-headers";

/** What a fetch `Headers` answers for the same raw list (the SDK's reference). */
function asHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

describe("ResponseHeaders", () => {
  const lists: string[][] = [
    [],
    ["Content-Type", "application/json", "X-Request-Id", "req_123", "Date", "Mon, 07 Dec 2026 10:00:00 GMT"],
    ["content-type", "text/event-stream", "Connection", "keep-alive", "Transfer-Encoding", "chunked"],
    ["Retry-After", "2", "retry-after-ms", "1500", "X-Should-Retry", "true"],
    ["Vary", "Origin", "vary", "Accept", "Set-Cookie", "b=2", "Set-Cookie", "a=1", "Alpha", "x"],
  ];

  it("answers get, has, entries, keys, values, forEach and iteration as Headers does", () => {
    for (const raw of lists) {
      const mine = new ResponseHeaders(raw);
      const reference = asHeaders(raw);
      for (const name of [
        "content-type",
        "Content-Type",
        "X-REQUEST-ID",
        "retry-after",
        "retry-after-ms",
        "x-should-retry",
        "vary",
        "set-cookie",
        "missing",
      ]) {
        expect(mine.get(name)).toBe(reference.get(name));
        expect(mine.has(name)).toBe(reference.has(name));
      }
      expect([...mine.entries()]).toEqual([...reference.entries()]);
      expect([...mine]).toEqual([...reference]);
      expect([...mine.keys()]).toEqual([...reference.keys()]);
      expect([...mine.values()]).toEqual([...reference.values()]);
      expect(mine.getSetCookie()).toEqual(reference.getSetCookie());
      const seen: string[] = [];
      mine.forEach((value, name) => seen.push(`${name}=${value}`));
      const expected: string[] = [];
      reference.forEach((value, name) => expected.push(`${name}=${value}`));
      expect(seen).toEqual(expected);
    }
  });
});
