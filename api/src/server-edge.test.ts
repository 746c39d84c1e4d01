import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runServerToExit, type ServerProcess, startServerProcess } from "./testing/server-process";

/** Issue 15, finding 9, at the process edge: a taken port, and uploads refused before they are read. */
let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
}, 60_000);
afterAll(() => server?.stop());

/** Sends `size` bytes of multipart body in 64 KiB pieces as fast as the socket takes them; resolves with the status, or the socket error. */
function upload(path: string, size: number): Promise<{ status: number } | { error: string }> {
  const url = new URL(server.base);
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(size) },
      },
      // The status as soon as it arrives: past the limit the server closes while the client is
      // still writing, so a write error may follow the answer (the first settle wins).
      (response) => {
        resolve({ status: response.statusCode ?? 0 });
        response.resume();
      },
    );
    request.on("error", (error) => resolve({ error: error.message }));
    const piece = Buffer.alloc(64 * 1024, 97);
    let sent = 0;
    const write = () => {
      while (sent < size) {
        const next = piece.subarray(0, Math.min(piece.length, size - sent));
        sent += next.length;
        if (!request.write(next)) return void request.once("drain", write);
      }
      request.end();
    };
    write();
  });
}

describe("the server process", () => {
  it("a taken port stops the server with a clear message and exit 1, not an EADDRINUSE stack", async () => {
    const port = new URL(server.base).port;
    const { code, output } = await runServerToExit({ PORT: port });
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use .*PORT=`));
    expect(output).not.toMatch(/EADDRINUSE|\n\s+at /);
  }, 60_000);

  it("answers uploads it refuses with their 413 or 404, not a reset connection", async () => {
    const call = "/api/sessions/00000000-0000-4000-8000-000000000000";
    // Over the upload limit (read up to it, 413), then under it but refused before being read (404).
    for (const [path, size, status] of [
      ["/api/nope", 60_000_000, 413],
      [`${call}/turns`, 60_000_000, 413],
      [`${call}/turns`, 3_000_000, 404],
      [`${call}/transcribe`, 9_000_000, 404],
    ] as const) {
      // Far past the limit the server answers while the client is still writing, then reads and drops
      // what comes for a moment (a lingering close): the answer arrives before any reset.
      const answer = await upload(path, size);
      expect(answer).toMatchObject({ status });
    }
  }, 60_000);
});
