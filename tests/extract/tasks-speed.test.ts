/**
 * The task search's shortcuts must find what the patterns they spare found: each is compared with
 * its pattern on random texts over the words and characters that matter, and on the sentences of
 * the seed reports.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { directivesOf, mayHoldInlineMarker, underThreeWords } from "../../src/extract/tasks/index.js";
import { DIRECTIVE, DIRECTIVE_CUE, FUTURE_ANCHOR, FUTURE_ANCHOR_CUE, INLINE_MARKER } from "../../src/lexicon/tasks.js";
import { allMatches } from "../../src/lexicon/regex.js";
import { SEEDS } from "../helpers.js";

const text = (pieces: string[], maxLength = 10) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(""));
/** The seed reports' lines, as sentences of every length and shape. */
const seedLines = (): string[] =>
  readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(path.join(SEEDS, f), "utf8").normalize("NFC").split("\n"));
const places = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

describe("directivesOf finds the DIRECTIVE matches from the first directive word on", () => {
  const reference = (s: string) => (DIRECTIVE_CUE.test(s) ? allMatches(DIRECTIVE, s) : []);
  it("on random texts of directive words, aims and spaces in any case", () => {
    const pieces = ["sẽ", "Sẽ", "SẼ", " ", "tiếp tục", "mục tiêu", "MỤC TIÊU", "Mục Tiêu", "đặt", "đề ra", "xác định", "ra", "  ", "cần", "phải", "x", "trong đó", "đề nghị", "Đặt", "\t", "tập trung", "phấn đấu", "yêu cầu"];
    fc.assert(
      fc.property(text(pieces), (s) => {
        expect(places(directivesOf(s))).toEqual(places(reference(s)));
      }),
      { numRuns: 30000 },
    );
  });
  it("on the seed reports", () => {
    for (const line of seedLines()) expect(places(directivesOf(line))).toEqual(places(reference(line)));
  });
});

describe("mayHoldInlineMarker is true wherever INLINE_MARKER matches", () => {
  it("on random texts of markers and near-markers", () => {
    const pieces = ["là", " ", ",", "thứ", "Thứ", "hứ", "nhất", "mười", "tư", "  ", "\t", "Một", "Hai", ")", "x", "(", "1", "12", ";", ".", "a)", "(b)"];
    fc.assert(
      fc.property(text(pieces, 12), (s) => {
        if (allMatches(INLINE_MARKER, s).length > 0) expect(mayHoldInlineMarker(s)).toBe(true);
      }),
      { numRuns: 30000 },
    );
  });
  it("on the seed reports", () => {
    for (const line of seedLines()) if (allMatches(INLINE_MARKER, line).length > 0) expect(mayHoldInlineMarker(line)).toBe(true);
  });
});

describe("underThreeWords", () => {
  it("is split(/\\s+/) giving fewer than three parts", () => {
    const pieces = ["a", "bc", " ", "  ", "\t", "\u00a0", "\n", "đ"];
    fc.assert(
      fc.property(text(pieces, 8), (s) => {
        expect(underThreeWords(s)).toBe(s.split(/\s+/).length < 3);
      }),
      { numRuns: 20000 },
    );
  });
});

describe("FUTURE_ANCHOR_CUE is in every FUTURE_ANCHOR match", () => {
  it("on random texts of the anchors' words in any case", () => {
    const pieces = ["thời gian", "tới", "TỚI", "Tới", "năm", "đây", "từ nay", "Từ Nay", "đến", "cuối năm", "phương", "hướng", "HƯỚNG", "nhiệm vụ", "trọng tâm", "nhiệm kỳ", "mới", "giai đoạn", "để", "thực hiện", "theo", "định", " ", "x"];
    fc.assert(
      fc.property(text(pieces, 8), (s) => {
        for (const m of allMatches(new RegExp(FUTURE_ANCHOR.source, "giu"), s)) expect(FUTURE_ANCHOR_CUE.test(m[0])).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
  it("on the seed reports", () => {
    for (const line of seedLines()) if (FUTURE_ANCHOR.test(line)) expect(FUTURE_ANCHOR_CUE.test(line)).toBe(true);
  });
});
