/**
 * Issue 7: a progress bar on stderr for batches. On a terminal by default; when stderr is not a
 * terminal only with --progress; never on stdout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProgress, formatDuration, progressLine } from "../../src/cli/progress.js";
import { cli, corpusFolder } from "./helpers.js";

const N = 30;
let dir = "";
let remove = () => {};

beforeAll(async () => {
  ({ dir, remove } = await corpusFolder(N));
});
afterAll(() => remove());

describe("progress from the CLI (stderr is a pipe here, not a terminal)", () => {
  for (const jobs of ["1", "2"]) {
    it(`--jobs ${jobs} --progress: progress lines on stderr, stdout byte-identical to a run without`, () => {
      const plain = cli([dir, "--format", "ndjson", "--jobs", jobs]);
      const shown = cli([dir, "--format", "ndjson", "--jobs", jobs, "--progress"]);
      expect(plain.code).toBe(0);
      expect(shown.code).toBe(0);
      expect(shown.stdout.equals(plain.stdout)).toBe(true);
      const lines = shown.stderr.trimEnd().split("\n");
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const l of lines) expect(l).toMatch(/^report-extract: \d+\/30 files {2}\d+%/);
      // the first tick and the final count
      expect(lines[0]).toMatch(/^report-extract: 1\/30 files {2}3%/);
      // (the rate shows once 0.2 s have passed: a fast run may end sooner)
      expect(lines[lines.length - 1]).toMatch(/^report-extract: 30\/30 files {2}100%(?: {2}[\d.]+\/s)? {2}in \d+s$/);
      // plain lines, no terminal control codes when stderr is not a terminal
      expect(shown.stderr).not.toContain("\x1b[");
      expect(shown.stderr).not.toContain("\r");
    });
  }

  it("without --progress and not on a terminal, a clean run leaves stderr empty", () => {
    const r = cli([dir, "--format", "csv", "--jobs", "2"]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(1000);
    expect(r.stderr).toBe("");
  });

  it("--no-progress wins and failures still reach stderr", () => {
    const r = cli([dir, `${dir}/missing.txt`, "--format", "ndjson", "--no-progress"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/files {2}\d+%/);
    expect(r.stderr).toContain("missing.txt");
  });
});

/** A stream that records what is written, as a terminal or not. */
function fakeStream(isTTY: boolean, columns = 100) {
  const writes: string[] = [];
  const stream = { isTTY, columns, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe("the progress line", () => {
  it("formats durations", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(42.4)).toBe("42s");
    expect(formatDuration(185)).toBe("3m05s");
    expect(formatDuration(3720)).toBe("1h02m");
  });

  it("shows files done, percent, rate, time left and failures", () => {
    expect(progressLine({ done: 250, total: 1000, failed: 3, elapsed: 2.5 }, 10)).toBe("[###-------]  250/1000 files  25%  100/s  8s left  3 failed");
    expect(progressLine({ done: 1000, total: 1000, failed: 0, elapsed: 9.6 }, 0)).toBe("1000/1000 files  100%  104/s  in 10s");
    // nothing to say about the rate before anything is done
    expect(progressLine({ done: 0, total: 10, failed: 0, elapsed: 0 }, 0)).toBe("0/10 files  0%");
  });
});

describe("createProgress", () => {
  it("on a terminal: redraws one line in place, erases it for messages, ends with a newline", async () => {
    const { stream, writes } = fakeStream(true);
    let t = 0;
    const p = await createProgress(4, undefined, { stream, now: () => t });
    p.tick(true);
    t = 50; // too soon to redraw
    p.tick(true);
    t = 500;
    p.tick(false);
    p.clear();
    t = 600;
    p.tick(true);
    p.done();
    expect(writes[0]).toMatch(/^\r\x1b\[2K\[#+-+\] {2}1\/4 files {2}25%/);
    expect(writes.filter((w) => w.includes("2/4 files"))).toHaveLength(0);
    expect(writes[1]).toMatch(/3\/4 files {2}75% .*1 failed$/);
    expect(writes[2]).toBe("\r\x1b[2K");
    expect(writes[3]).toMatch(/4\/4 files {2}100%/);
    expect(writes[writes.length - 1]).toBe("\n");
  });

  it("is silent when asked not to show, for one file, and off a terminal without --progress", async () => {
    for (const [isTTY, flag, total] of [[true, false, 10], [true, undefined, 1], [false, undefined, 10]] as const) {
      const { stream, writes } = fakeStream(isTTY);
      const p = await createProgress(total, flag, { stream });
      p.tick(true);
      p.clear();
      p.done();
      expect(writes).toEqual([]);
    }
  });

  it("with --progress off a terminal: plain lines, at most one a second, and the last one", async () => {
    const { stream, writes } = fakeStream(false);
    let t = 0;
    const p = await createProgress(3, true, { stream, now: () => t });
    p.tick(true);
    t = 400;
    p.tick(true);
    t = 800;
    p.tick(true);
    p.done();
    expect(writes).toHaveLength(2);
    expect(writes[0]).toBe("report-extract: 1/3 files  33%\n");
    expect(writes[1]).toBe("report-extract: 3/3 files  100%  3.8/s  in 1s\n");
  });
});
