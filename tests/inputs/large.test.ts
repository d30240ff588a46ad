/**
 * Issue 5, a very large input: a 50 MB report completes through the CLI (read, decode, extract,
 * write), in time linear in its size (compared with 10 MB of the same text); its statistics stop
 * at MAX_STATISTICS with a "too-many-statistics" warning.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_STATISTICS } from "../../src/extract/statistics/index.js";
import { runCliAsync, seedFiles, seedText, tempDir } from "./helpers.js";

/** The seeds' body paragraphs (no furniture, no related-article tails), as one block. */
function block(): string {
  const paragraphs = seedFiles().flatMap((f) => seedText(f).split("\n").map((l) => l.trim()).filter((l) => l.length > 200));
  return `${paragraphs.join("\n\n")}\n\n`;
}

/** The reports table row of a run, as column -> value. */
function reportRow(csv: string): Record<string, string> {
  const [header, row] = csv.trim().split("\n");
  const cells = row!.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/gu)!.map((c) => c.replace(/,$/u, "").replace(/^"|"$/gu, ""));
  return Object.fromEntries(header!.split(",").map((h, i) => [h, cells[i]!]));
}

describe("a 50 MB report", () => {
  it("completes in time linear in its size and loses nothing (10 MB vs 50 MB)", async () => {
    const t = tempDir();
    try {
      const unit = block();
      const copies = Math.ceil(10_000_000 / Buffer.byteLength(unit));
      const small = path.join(t.dir, "ten.txt");
      const large = path.join(t.dir, "fifty.txt");
      writeFileSync(small, unit.repeat(copies));
      writeFileSync(large, unit.repeat(copies * 5));

      const run = async (file: string) => {
        const out = `${file}.csv`;
        const start = performance.now();
        const r = await runCliAsync([file, "--format", "csv", "--table", "reports", "--out", out]);
        const ms = performance.now() - start;
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        return { ms, row: reportRow(readFileSync(out, "utf8")) };
      };
      const ten = await run(small);
      const fifty = await run(large);
      const mb = (f: string) => statSync(f).size / 1e6;
      const perMbSmall = ten.ms / mb(small);
      const perMbLarge = fifty.ms / mb(large);
      // linear: the same time per MB (about 1 s/MB on one core); quadratic would be five times more
      expect(perMbLarge, `${Math.round(perMbSmall)} ms/MB at 10 MB, ${Math.round(perMbLarge)} ms/MB at 50 MB`).toBeLessThan(perMbSmall * 2);
      // the statistics stop at the cap, and the report says so (the text holds far more)
      expect(Number(ten.row.statistics)).toBe(MAX_STATISTICS);
      expect(Number(fifty.row.statistics)).toBe(MAX_STATISTICS);
      expect(ten.row.warnings).toContain("too-many-statistics");
      expect(fifty.row.warnings).toContain("too-many-statistics");
      expect(fifty.row.encoding).toBe("utf-8");
      expect(fifty.row.sha256).toMatch(/^[0-9a-f]{64}$/u);
    } finally {
      t.cleanup();
    }
  }, 600_000);
});
