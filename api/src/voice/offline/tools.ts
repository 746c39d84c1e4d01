import { spawn, spawnSync } from "node:child_process";

/** The Debian tools voice mode can use. None is required: each use says what is missing. */
export const TOOLS = {
  pocketsphinx: "pocketsphinx_batch",
  sox: "sox",
  ffmpeg: "ffmpeg",
  espeak: "espeak-ng",
} as const;
export type Tool = keyof typeof TOOLS;

const found = new Map<string, boolean>();

/** Whether a command is on the PATH (looked up once per process). */
export function hasCommand(command: string): boolean {
  let known = found.get(command);
  if (known === undefined) {
    const result = spawnSync("sh", ["-c", 'command -v "$0"', command], { stdio: "ignore", timeout: 5000 });
    known = result.status === 0;
    found.set(command, known);
  }
  return known;
}

export const hasTool = (tool: Tool) => hasCommand(TOOLS[tool]);

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export class ToolError extends Error {
  constructor(
    readonly tool: string,
    message: string,
    readonly result?: RunResult,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Runs a tool to completion (no shell); rejects with ToolError on a non-zero exit or a timeout. */
export function runTool(
  command: string,
  args: string[],
  /** `onStdout`: the output is handed over as it comes instead of being collected (`stdout` is then ""). */
  options: { timeoutMs: number; input?: Uint8Array; onStdout?: (chunk: Buffer) => void },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [options.input ? "pipe" : "ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => (options.onStdout ? options.onStdout(chunk) : out.push(chunk)));
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new ToolError(command, `${command} could not start: ${error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const result = { stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), code };
      if (timedOut) reject(new ToolError(command, `${command} took longer than ${options.timeoutMs} ms`, result));
      else if (code !== 0)
        reject(new ToolError(command, `${command} failed (exit ${code}): ${lastLine(result.stderr)}`, result));
      else resolve(result);
    });
    if (options.input && child.stdin) {
      child.stdin.on("error", () => {}); // the tool may exit before reading everything
      child.stdin.end(options.input);
    }
  });
}

const lastLine = (text: string) => text.trim().split("\n").at(-1)?.slice(0, 300) ?? "";
