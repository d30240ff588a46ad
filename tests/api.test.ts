import { describe, expect, it } from "vitest";
import { extract, parseAmount, ReportSchema, type Report } from "../src/index.js";
import { normalized, seedIds, seedText } from "./helpers.js";

describe("library API", () => {
  it("extract(text, { path }) returns a report that the schema accepts", () => {
    const report: Report = extract(seedText("000_535c95fd56643c6a"), { path: "r/000.txt" });
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.source.path).toBe("r/000.txt");
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.meeting.organizer?.name).toBe("Liên đoàn Lao động huyện Đình Lập");
  });

  it("parseAmount reads a bounded Vietnamese amount", () => {
    expect(parseAmount("trên 800 triệu đồng")).toEqual({ value: 800000000, unit: "VND", qualifier: "over" });
    expect(parseAmount("gần 2.000 suất quà")).toEqual({ value: 2000, unit: "count", qualifier: "approx" });
    expect(parseAmount("không có số")).toBeNull();
  });

  it("every span of every seed slices the normalized input to exactly its text", () => {
    for (const id of seedIds()) {
      const text = seedText(id);
      const report = extract(text);
      const input = normalized(text);
      const values = [...report.statistics, ...report.attendees, ...report.tasks];
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(input.slice(v.span[0], v.span[1])).toBe(v.text);
    }
  });

  it("--include-text puts the normalized text into the report", () => {
    const report = extract(seedText("004_26480470671b356b"), { includeText: true });
    expect(report.text).toBe(normalized(seedText("004_26480470671b356b")));
  });
});
