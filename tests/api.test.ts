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

describe("library: summarize", () => {
  it("totals the seeds' statistics per organizer, from the package's entry point", async () => {
    const lib = await import("../src/index.js");
    const { readFileSync, readdirSync } = await import("node:fs");
    const dir = "fixtures/seeds";
    const reports = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => lib.extract(readFileSync(`${dir}/${f}`, "utf8"), { path: `${dir}/${f}` }));
    const rows = lib.summarize(reports, "organizer");
    const damRong = rows.filter((r) => r.organizer?.includes("Đam Rông"));
    expect(damRong.find((r) => r.metric === "members.count")?.total).toBe(1489);
    // every gift value of that report, the 52.500.000đ among them, added once
    const values = reports.filter((r) => r.meeting.organizer?.name.includes("Đam Rông")).flatMap((r) => r.statistics.filter((x) => x.metric === "gifts.value" && x.basis !== "unit_price"));
    expect(values.map((x) => x.value)).toContain(52500000);
    expect(damRong.find((r) => r.metric === "gifts.value")?.total).toBe(values.reduce((a, x) => a + x.value, 0));
    expect(lib.GROUP_BY).toContain("organizer-period");
  });
});
