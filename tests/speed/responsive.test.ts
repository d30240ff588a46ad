/**
 * A batch on one worker thread (the default for batches of up to a few thousand files on two
 * cores, and --jobs 1) still hears the outside world between reports: Ctrl-C stops it mid-way
 * instead of after the last file. (The command's own thread extracts only a few files at a time,
 * a block, and gives the event loop a turn before each: pool.ts.)
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers.js";
import { corpusFolder } from "./helpers.js";

const N = 400;
let dir = "";
let remove = () => {};

beforeAll(async () => {
  ({ dir, remove } = await corpusFolder(N));
});
afterAll(() => remove());

describe("a batch on one worker", () => {
  it("stops at Ctrl-C mid-way, leaving no output and no temporary file", async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), "re-responsive-"));
    try {
      const target = path.join(outDir, "out.ndjson");
      const child = spawn(process.execPath, [BIN, dir, "--format", "ndjson", "--jobs", "1", "--progress", "--out", target], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      let signalled = false;
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString("utf8");
        // the first progress line: the batch has begun extracting
        if (!signalled && /\d+\/400 files/u.test(stderr)) {
          signalled = true;
          child.kill("SIGINT");
        }
      });
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
      expect(signalled).toBe(true);
      expect(signal ?? code).toBe("SIGINT");
      // it did not go on to the last file before hearing the signal
      expect(stderr).not.toContain(`${N}/${N} files`);
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(outDir)).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
