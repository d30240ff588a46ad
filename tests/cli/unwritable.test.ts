/**
 * Issue 5: a record that cannot be written (a report too large to serialise: JSON.stringify
 * throws "Invalid string length") fails its own file, names it and the cause, and every other
 * input's record is still written.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("../../src/emit/emitter.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/emit/emitter.js")>();
  return {
    ...real,
    jsonEmitter: (sink: Parameters<typeof real.jsonEmitter>[0], options: Parameters<typeof real.jsonEmitter>[1]) => {
      const inner = real.jsonEmitter(sink, options);
      return {
        ...inner,
        write(report: { source: { path: string | null } }) {
          if (report.source.path?.includes("too-large")) throw new RangeError("Invalid string length");
          return inner.write(report as never);
        },
      };
    },
  };
});

const { main } = await import("../../src/cli/main.js");
const dir = mkdtempSync(path.join(tmpdir(), "re-unwritable-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a record that cannot be written", () => {
  it("fails its file with exit code 1; the other reports are all written", async () => {
    copyFileSync("fixtures/seeds/002_a50bae05b9ac2406.txt", path.join(dir, "a.txt"));
    copyFileSync("fixtures/seeds/004_26480470671b356b.txt", path.join(dir, "b-too-large.txt"));
    copyFileSync("fixtures/seeds/004_26480470671b356b.txt", path.join(dir, "c.txt"));
    const out: string[] = [];
    const err: string[] = [];
    const so = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => (out.push(String(c)), true));
    const se = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => (err.push(String(c)), true));
    let code: number;
    try {
      code = await main(["node", "report-extract", dir, "--format", "json", "--jobs", "1"]);
    } finally {
      so.mockRestore();
      se.mockRestore();
    }
    expect(code).toBe(1);
    const reports = JSON.parse(out.join(""));
    expect(reports.map((r: any) => path.basename(r.source.path))).toEqual(["a.txt", "c.txt"]);
    expect(reports[1].statistics.find((s: any) => s.metric === "members.count").value).toBe(1489);
    const stderr = err.join("");
    expect(stderr).toContain(`${path.join(dir, "b-too-large.txt")}: its record cannot be written: Invalid string length`);
    expect(stderr).toContain("1 of 3 inputs failed");
  });
});
