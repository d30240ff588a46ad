/**
 * Issue 5, the same report written differently: old-style tone placement ("hoà", "thuỷ"),
 * Windows line endings, non-breaking and zero-width spaces, typographic quotes and dashes. The
 * values come out the same; every span still slices the report's own text exactly.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/index.js";
import type { Report } from "../../src/schema/report.js";
import { expectSpansSlice, foldView, oldTonePlacement, SEED_001, SEED_002, SEED_003, SEED_004, seedFiles, seedText, values } from "./helpers.js";

type WithText = Report & { text: string };
const run = (text: string): WithText => extract(text, { includeText: true }) as WithText;

const VARIANTS: Record<string, (s: string) => string> = {
  "old-style tone placement": oldTonePlacement,
  "Windows line endings": (s) => s.replace(/\n/gu, "\r\n"),
  "non-breaking spaces": (s) => s.replace(/ /gu, (_, i: number) => (i % 3 === 0 ? "\u00a0" : " ")),
  "zero-width spaces": (s) => s.replace(/(\p{L}) (\p{L})/gu, "$1\u200b $2").replace(/(\d)/u, "\u200b$1"),
  "typographic quotes swapped with straight ones": (s) =>
    s.replace(/[\u201c\u201d]/gu, '"').replace(/"([^"\n]{1,80})"/gu, "\u201c$1\u201d").replace(/'/gu, "\u2019"),
  "en dashes for hyphens between spaces": (s) => s.replace(/ - /gu, " \u2013 "),
  "all of these at once": (s) => oldTonePlacement(s).replace(/ /gu, (_, i: number) => (i % 5 === 0 ? "\u00a0" : " ")).replace(/\n/gu, "\r\n"),
};

describe.each(seedFiles())("seed %s written differently", (file) => {
  const original = seedText(file);
  const base = run(original);

  it.each(Object.keys(VARIANTS))("%s: the same values, spans slicing the variant's text", (name) => {
    const variant = VARIANTS[name]!(original);
    const r = run(variant);
    expect(r.text).toBe(variant.normalize("NFC"));
    expectSpansSlice(r, variant.normalize("NFC"));
    expect(values(r, foldView)).toEqual(values(base, foldView));
  });
});

describe("variants that matter: the text really differs, the values do not", () => {
  it("old-style placement changes the seeds' text (the test is not vacuous)", () => {
    expect(oldTonePlacement("Bế Thị Hòa, Nguyễn Thị Thu Thủy, Ủy ban, khỏe, hoàn thành, quý")).toBe(
      "Bế Thị Hoà, Nguyễn Thị Thu Thuỷ, Uỷ ban, khoẻ, hoàn thành, quý",
    );
    expect(oldTonePlacement(seedText(SEED_002))).toContain("Bế Thị Hoà");
    expect(oldTonePlacement(seedText(SEED_001))).toContain("Nguyễn Thị Thu Thuỷ");
    expect(oldTonePlacement(seedText(SEED_003))).toContain("Thoả ước");
  });

  it("'Bế Thị Hoà' and 'Bế Thị Hòa' are one attendee with one name; the organizer is unchanged", () => {
    const text = seedText(SEED_002);
    const modern = run(text);
    const old = run(oldTonePlacement(text));
    const names = (r: Report) => r.attendees.map((a) => a.name);
    expect(names(modern)).toContain("Bế Thị Hòa");
    expect(names(old)).toEqual(names(modern));
    expect(old.meeting.organizer).toEqual(modern.meeting.organizer);
    // the mention keeps the old spelling: it is a slice of the text as written
    const hoa = old.attendees.find((a) => a.name === "Bế Thị Hòa")!;
    expect(hoa.text).toContain("Hoà");
    expect(old.text.slice(hoa.span[0], hoa.span[1])).toBe(hoa.text);
  });

  it("an apostrophe written any way gives the same name, exactly (not only when folded)", () => {
    const text = seedText(SEED_004);
    expect(text).toContain("K\u2019Lim");
    const base = run(text).attendees;
    expect(base.map((a) => a.name)).toContain("Kon Sơ K\u2019Lim");
    for (const mark of ["'", "\u2018", "`", "\u02bc"]) {
      const variant = text.replaceAll("K\u2019Lim", `K${mark}Lim`);
      const r = run(variant);
      expect(r.attendees.map((a) => [a.name, a.honorific, a.title, a.organization, a.role])).toEqual(base.map((a) => [a.name, a.honorific, a.title, a.organization, a.role]));
      const klim = r.attendees.find((a) => a.name === "Kon Sơ K\u2019Lim")!;
      expect(klim.text).toContain(`K${mark}Lim`);
      expect(r.text.slice(klim.span[0], klim.span[1])).toBe(klim.text);
    }
  });

  it("'Thu Thuỷ' is found as 'Thu Thủy' with the old placement", () => {
    const text = seedText(SEED_001);
    const modern = run(text);
    const old = run(oldTonePlacement(text));
    expect(modern.attendees.map((a) => a.name)).toContain("Nguyễn Thị Thu Thủy");
    expect(old.attendees.map((a) => a.name)).toEqual(modern.attendees.map((a) => a.name));
  });

  it("a task written with NBSP and zero-width spaces keeps them verbatim in its text", () => {
    const text = seedText(SEED_003).replace("Tập trung xây dựng báo cáo", "Tập\u00a0trung xây\u200b dựng báo cáo");
    const r = run(text);
    const task = r.tasks.find((t) => t.text.startsWith("Tập"))!;
    expect(task.text.startsWith("Tập\u00a0trung xây\u200b dựng báo cáo")).toBe(true);
    expect(r.text.slice(task.span[0], task.span[1])).toBe(task.text);
  });

  it("with CRLF line endings no value holds a carriage return and spans skip none", () => {
    const r = run(seedText(SEED_002).replace(/\n/gu, "\r\n"));
    for (const v of [...r.statistics, ...r.attendees, ...r.tasks]) expect(v.text).not.toMatch(/\r/u);
    expect(r.statistics.length).toBeGreaterThan(3);
  });
});
