/**
 * The command runs a bundle of the pipeline (dist/bundle, esbuild); the library runs dist/ as
 * tsc wrote it. Both must give the same record for the same bytes. They once did not: the bundler
 * renamed a chrono-node parser class that refers to itself ("_VICasualTimeParser"), the filter
 * by class name missed it, and "Sáng thứ Sáu, 13/01, ..." lost its date in the command only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parserName } from "../../src/extract/meeting/dates.js";
import { extractBytes } from "../../src/pipeline/index.js";
import { ROOT, runCli } from "../helpers.js";

const FIELDS = ["meeting", "attendees", "statistics", "tasks", "title", "published", "author"] as const;

describe("the command and the library give the same record", () => {
  it("for every probe report and seed", () => {
    for (const dir of [path.join(ROOT, "fixtures", "probes"), path.join(ROOT, "fixtures", "seeds")]) {
      const r = runCli([dir, "--format", "ndjson"]);
      expect(r.code).toBe(0);
      const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
      expect(records.length).toBeGreaterThan(4);
      for (const rec of records) {
        const lib = extractBytes(readFileSync(rec.source.path), { path: rec.source.path }) as unknown as Record<string, unknown>;
        for (const f of FIELDS) expect([rec.source.path, f, rec[f]]).toEqual([rec.source.path, f, lib[f]]);
      }
    }
  }, 60_000);

  it("for a day after a weekday and a part of the day", () => {
    const text = "Cập nhật lúc 08:27 - 17/01/2023\nSáng thứ Sáu, 13/01, Hội nghị tổng kết hoạt động Công đoàn năm 2022 của Liên đoàn Lao động huyện Tân Yên đã diễn ra tại Hội trường Trung tâm Văn hóa huyện.\n";
    const r = runCli(["-", "--format", "json"], { input: text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).meeting.date).toBe("2023-01-13");
    expect(extractBytes(Buffer.from(text)).meeting.date).toBe("2023-01-13");
  });

  it("names parser classes as chrono-node does, whatever a bundler calls them", () => {
    class _VICasualTimeParser {}
    class VIYearParser2 {}
    expect(parserName(new _VICasualTimeParser())).toBe("VICasualTimeParser");
    expect(parserName(new VIYearParser2())).toBe("VIYearParser");
  });
});
