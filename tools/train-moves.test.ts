import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("npm run train:moves", () => {
  it("the shipped weights are what training on DEV's tune part gives now (seeded)", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "tools/train-moves.ts", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out).toContain("learned-weights.json is up to date");
  });
});
