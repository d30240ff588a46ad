/**
 * Issue 5, no catastrophic backtracking and no crash: property-based tests (fast-check) feed
 * random and adversarial text to the whole pipeline. On every input: no throw, the report
 * validates, every span slices the NFC text exactly, and the time stays bounded and linear.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, extractBytes } from "../../src/pipeline/index.js";
import { InputError } from "../../src/pipeline/read.js";
import { ReportSchema, type Report } from "../../src/schema/report.js";
import { encodeCp1258, SEED_000, SEED_003, SEED_004, seedFiles, seedText } from "./helpers.js";

type WithText = Report & { text: string };

/** The invariants every report keeps, whatever the input. */
function checkReport(r: WithText, input: string): void {
  expect(ReportSchema.safeParse(r).success).toBe(true);
  expect(r.text).toBe(input.replace(/^\uFEFF/u, "").normalize("NFC"));
  for (const v of [...r.statistics, ...r.attendees, ...r.tasks]) {
    expect(v.span[0]).toBeLessThanOrEqual(v.span[1]);
    expect(r.text.slice(v.span[0], v.span[1])).toBe(v.text);
  }
}

function timed(input: string, options: { html?: boolean } = {}): { report: WithText; ms: number } {
  const t = performance.now();
  const report = extract(input, { includeText: true, ...options }) as WithText;
  return { report, ms: performance.now() - t };
}

const seeds = seedFiles().map(seedText);

/** Words and pieces real reports and pages are made of, furniture and numbers included. */
const VOCABULARY = [
  "Liên đoàn", "Lao động", "LĐLĐ", "huyện", "tỉnh", "Công đoàn", "CĐCS", "công đoàn cơ sở", "đồng chí", "đ/c", "ông", "bà", "Nguyễn Văn", "Bế Thị Hòa",
  "Chủ tịch", "Phó Chủ tịch", "Ban Chấp hành", "Hội nghị", "Đại hội", "tổng kết", "sơ kết", "năm 2021", "6 tháng đầu năm", "nhiệm kỳ 2023 - 2028",
  "lần thứ", "XII", "ngày", "10/01/2022", "Chiều 12/7", "1.489", "2.000", "52.500.000đ", "800 triệu đồng", "2,5 tỷ", "100%", "59/59", "hơn", "trên", "gần",
  "khoảng", "suất quà", "đoàn viên", "tập thể", "cá nhân", "Bằng khen", "Giấy khen", "tặng", "trao", "được", "có", "với", "gồm:", "các đồng chí:",
  "nhiệm vụ", "phương hướng", "tiếp tục", "Tăng cường", "phấn đấu", "hai mươi", "mười", "một", ",", ".", ";", ":", "-", "–", "(", ")", '"', "“", "”",
  "\n", "\n\n", "\r\n", "\u00a0", "\u200b", "hoà", "thuỷ", "Tin khác", "Có thể bạn quan tâm", "Lượt xem: 194", "Trong tuần: 27.922",
  "Tổng số: 69 | Trang: 1", "Cỡ chữ: A+ A-", "Skip to main content", "In trang", "|", "•", "Ảnh:", "Tin, ảnh:", "<p>", "</p>", "<br>", "&nbsp;",
];

const arbitraryText = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.string({ unit: "grapheme", maxLength: 1500 }),
  fc.string({ unit: "binary", maxLength: 1500 }),
  fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 500 }).map((a) => a.join(" ")),
  fc.array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ maxLength: 4 })), { maxLength: 500 }).map((a) => a.join("")),
  // a seed with a stretch cut out and random text put in
  fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.string({ unit: "grapheme", maxLength: 80 })).map(([s, a, b, insert]) => {
    const i = a % s.length;
    const j = b % s.length;
    return s.slice(0, Math.min(i, j)) + insert + s.slice(Math.max(i, j));
  }),
  // a seed with one kind of character repeated inside it
  fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.constantFrom("1", ".", ",", " ", "\n", "-", "|", "đồng chí ", "Nguyễn ", "1.1."), fc.integer({ min: 1, max: 2000 })).map(
    ([s, a, unit, n]) => s.slice(0, a % s.length) + unit.repeat(n) + s.slice(a % s.length),
  ),
);

describe("random input never breaks the pipeline", () => {
  it("extract(text): no throw, a valid report, spans that slice the text, in bounded time", () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const { report, ms } = timed(text);
        checkReport(report, text);
        // inputs here are at most ~20 KB: typically 10-200 ms; the bound catches blow-ups, not noise
        expect(ms).toBeLessThan(5000);
      }),
      { numRuns: 600 },
    );
  }, 300_000);

  it("the same text read as HTML", () => {
    const markup = fc.array(fc.oneof(fc.constantFrom("<div>", "</div>", "<p>", "</p>", "<br>", "<nav>", "</nav>", "<article>", "</article>", "<h1>", "</h1>", "<script>", "</script>", '<div class="content">', "<!--", "-->", "&amp;", "&#x1F600;", "<"), fc.constantFrom(...VOCABULARY)), { maxLength: 400 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(markup, arbitraryText), (text) => {
        const { report, ms } = timed(text, { html: true });
        expect(ReportSchema.safeParse(report).success).toBe(true);
        for (const v of [...report.statistics, ...report.attendees, ...report.tasks]) expect(report.text.slice(v.span[0], v.span[1])).toBe(v.text);
        expect(ms).toBeLessThan(5000);
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it("extractBytes(bytes): a report or an InputError, never anything else", () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.constantFrom(...seeds).map((s) => new Uint8Array(encodeCp1258(s))),
      fc.tuple(fc.constantFrom(...seeds), fc.uint8Array({ maxLength: 40 }), fc.nat()).map(([s, noise, at]) => {
        const b = Buffer.from(s, "utf8");
        const i = at % b.length;
        return new Uint8Array(Buffer.concat([b.subarray(0, i), noise, b.subarray(i)]));
      }),
    );
    let reports = 0;
    let refused = 0;
    fc.assert(
      fc.property(bytes, (b) => {
        let r: WithText;
        try {
          r = extractBytes(b, { includeText: true }) as WithText;
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect((e as InputError).message.length).toBeGreaterThan(5);
          refused++;
          return;
        }
        reports++;
        expect(ReportSchema.safeParse(r).success).toBe(true);
        for (const v of [...r.statistics, ...r.attendees, ...r.tasks]) expect(r.text.slice(v.span[0], v.span[1])).toBe(v.text);
      }),
      { numRuns: 400 },
    );
    // both outcomes happened: the property exercised the reader's refusals and the pipeline
    expect(reports).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(20);
  }, 300_000);
});

/**
 * Texts that make a careless regular expression or loop explode: long runs of digits, dots,
 * commas, capitalised words, separators, dotted numbers, honorifics; and the shapes that did
 * explode before issue 5 (quadratic or worse): number lists, body names, dates, pages of lines.
 */
const ADVERSARIAL: [string, string][] = [
  ["digits", "1"],
  ["dots", "."],
  ["commas", ","],
  ["capitalised names", "Nguyễn Văn "],
  ["separators", "- "],
  ["pipes", "| "],
  ["dotted numbers", "1.1."],
  ["comma numbers", "1,1,"],
  ["honorifics", "đồng chí "],
  ["honorific lists", "đồng chí Nguyễn Văn An, "],
  ["number lists", "123 456 "],
  ["number ranges", "1-"],
  ["body names", "Liên đoàn Lao động huyện "],
  ["union heads", "Công đoàn "],
  ["dates and years", "tháng 1 năm 2020 "],
  ["day dates", "ngày 1/1 "],
  ["periods", "6 tháng đầu năm "],
  ["awards", "Bằng khen 1 tập thể "],
  ["parentheses", "(1 "],
  ["money", "1.000.000 đồng "],
  ["spelled numbers", "hai mươi "],
  ["one-number lines", "1\n"],
  ["alternating lines", "x\n1\n"],
  ["short lines", "a\n"],
  ["quotes", '"a '],
  ["colons", "gồm: "],
  ["titles", "Phó Chủ tịch LĐLĐ tỉnh "],
  ["spaces", " "],
  ["zero-width spaces", "\u200b"],
  ["CRLF", "\r\n"],
];

const SIZE = 200_000;
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

describe("adversarial text: 200 KB in bounded, linear time", () => {
  it.each(ADVERSARIAL)("%s (%j repeated to 200 KB)", (_name, unit) => {
    const text = repeat(unit, SIZE);
    const { report, ms } = timed(text);
    checkReport(report, text);
    // measured at 0.1-4 s on one core; before issue 5 several of these took minutes
    expect(ms).toBeLessThan(15_000);
  }, 120_000);

  it("time per character does not grow with the size (50 KB vs 200 KB) for the shapes that used to blow up", () => {
    const shapes = ["123 456 ", "1-", "Liên đoàn Lao động huyện ", "Công đoàn ", "tháng 1 năm 2020 ", "(1 ", "x\n1\n", "đồng chí Nguyễn Văn An, "];
    for (const unit of shapes) {
      timed(repeat(unit, 10_000)); // warm up
      const small = timed(repeat(unit, 50_000)).ms;
      const large = timed(repeat(unit, 200_000)).ms;
      // linear gives 4x, quadratic 16x; the slack absorbs timer noise on fast shapes
      expect(large, `${JSON.stringify(unit)}: ${Math.round(small)} ms for 50 KB, ${Math.round(large)} ms for 200 KB`).toBeLessThan(small * 8 + 500);
    }
  }, 300_000);

  it.each(["1", ".", "|", ",", "-", "(", " ", "Ảnh ", "đồng chí ", "Nguyễn ", "1.1.", "tháng "])(
    "a 100 KB run of %j inside a report's sentence: bounded and linear",
    (unit) => {
      const seed = seedText(SEED_003);
      const at = seed.indexOf("Hội nghị đã bàn") + 8;
      const inside = (size: number) => seed.slice(0, at) + repeat(unit, size) + seed.slice(at);
      timed(inside(5_000));
      const small = timed(inside(25_000));
      const large = timed(inside(100_000));
      checkReport(large.report, inside(100_000));
      expect(large.ms).toBeLessThan(15_000);
      expect(large.ms, `${Math.round(small.ms)} ms for 25 KB, ${Math.round(large.ms)} ms for 100 KB`).toBeLessThan(small.ms * 8 + 500);
      // the report around the run is still read
      expect(large.report.meeting.organizer?.name).toBe("Liên đoàn Lao động quận Long Biên");
    },
    120_000,
  );

  it("real reports glued together: time grows linearly with their number", () => {
    const one = `${seedText(SEED_000)}\n\n${seedText(SEED_004).split("Lượt xem")[0]}\n\n`;
    timed(one.repeat(5));
    const t20 = timed(one.repeat(20));
    const t80 = timed(one.repeat(80));
    expect(t80.report.statistics.length).toBe(4 * t20.report.statistics.length);
    expect(t80.ms).toBeLessThan(t20.ms * 8 + 500);
  }, 300_000);
});
