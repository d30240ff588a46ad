/**
 * Vietnamese amounts: "1.489", "52.500.000đ", "2,5 tỷ", "3 tỷ 200 triệu", "95,5%", "02",
 * "10k đồng", "hai mươi mốt nghìn không trăm mười một", "59/59", "99,3-100%".
 * `scanAmounts` finds every amount in a stretch of text with its offsets; `parseAmount` is the
 * public one-shot form: parseAmount("trên 800 triệu đồng") -> { value: 8e8, unit: "VND", qualifier: "over" }.
 */
import type { Qualifier, Unit } from "../../schema/report.js";
import {
  GLUED_COUNT_NOUNS,
  CHANGE_TO,
  CURRENCY,
  FROM_SOURCE,
  NOT_CURRENCY_AFTER_DONG,
  DIGIT_WORDS,
  MONEY_CUES,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  SCALES,
  SPELLED_SCALES,
  TEN_WORDS,
} from "../../lexicon/numbers.js";
import { isSpaceUnit, LETTER, lowerUnit, unitClass } from "../../lexicon/regex.js";
import { classTable, foldsLikeLower, isLowerWordAt, lowerCase } from "./chars.js";

export interface Amount {
  /** offsets into the scanned string: the number and its unit words */
  start: number;
  end: number;
  value: number;
  unit: Unit;
  /** an explicit currency mark or a money cue made this VND */
  spelled: boolean;
  /** the whole of a ratio ("59/59") */
  denominator: number | null;
  /** this number is the low end of a range whose high end follows ("40-60 triệu") */
  rangeLow: boolean;
  /** the digits as written, e.g. "02", for telling codes from counts */
  digits: string;
  /** a small ratio like "3/10" that reads as a date unless a counted noun follows */
  maybeDate?: boolean;
  hasScale: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// letters and marks: an explicit class, cheap to build (see lexicon/regex.ts)
const L = LETTER;
/**
 * A number as pages write it: "1.489" and "2,5" (the convention), and, on sloppier pages,
 * thousands parted by spaces ("1 250", "12 000": not after a dash, as in "2024-05-20 310") and a
 * dot for the decimal mark before a scale word ("gần 3.5 tỷ").
 */
const NUM = `\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|(?<![-–])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d]|[.,]\\d)|\\d+\\.\\d{1,2}(?=\\s?(?:tỷ|tỉ|triệu|nghìn|ngàn)(?![${L}]))|\\d+(?:,\\d+)?`;
const SCALE = Object.keys(SCALES).sort((a, b) => b.length - a.length).map(escape).join("|");
const CUR = CURRENCY.sort((a, b) => b.length - a.length)
  .map((c) => (c === "đồng" ? `đồng(?!\\s+(?:${NOT_CURRENCY_AFTER_DONG.join("|")})(?![${L}]))` : escape(c)))
  .join("|");

/**
 * One numeric amount: number, optional compound scales ("3 tỷ 200 triệu"), optional currency or
 * percent. The number must not touch other digits, dots or slashes (dates, codes, decimals of
 * other notations are not amounts).
 */
const AMOUNT = new RegExp(
  `(?<![\\d${L}]|[\\d][.,/:]|[.,/:][\\d]|[${L}]-)` +
    `(${NUM})(?:\\/(\\d{1,6})(?![\\d/]|[.,]\\d))?(?![\\d]|[.,/:][\\d])` +
    `(?:(\\s?(?:${SCALE}))((?:\\s+(?:${NUM})\\s?(?:${SCALE})(?![\\d${L}]))*))?` +
    `(?:(\\s?(?:${CUR})(?!\\/c))|(\\s?(?:%|phần trăm)))?` +
    // (a counted noun glued to the number is a slip of typing: "02tập thể")
    `(?:(?![\\d${L}])|(?=(?:${GLUED_COUNT_NOUNS.map(escape).join("|")})(?![${L}])))`,
  "giu",
);

const DOT_DECIMAL = /^\d+\.\d{1,2}$/u;
const SCALE_GROUP = new RegExp(`(${NUM})\\s?(${SCALE})`, "giu");

/** "1.489" -> 1489, "2,5" -> 2.5, "02" -> 2, "1 136" -> 1136 */
export function parseDigits(s: string): number {
  // a whole number of up to 15 digits, dots between its thousands or not: summed digit by digit
  // (exactly, below 2^53), where two replacements built a new string for Number to read
  if (s.length <= 19 && s.indexOf(",") < 0) {
    let value = 0;
    let digits = 0;
    for (let i = 0; i < s.length; i++) {
      const unit = s.charCodeAt(i);
      if (unit === 46 || unit === 32 || unit === 0xa0 || unit === 0x202f) continue; // "." or a space between thousands
      if (unit < 48 || unit > 57 || ++digits > 15) return Number(s.replace(/[. \u00A0\u202F]/gu, ""));
      value = value * 10 + (unit - 48);
    }
    if (digits > 0) return value;
  }
  return Number(s.replace(/[. \u00A0\u202F]/gu, "").replace(",", "."));
}

export const NUMBER_WORDS = [...Object.keys(DIGIT_WORDS), TEN_WORDS.ten, TEN_WORDS.tens, TEN_WORDS.hundred, ...Object.keys(SPELLED_SCALES)].join("|");
// the lookahead is implied by the words after it; it only lets V8 skip ahead by first letters
const SPELLED_WORD = new RegExp(`(?=(?:${NUMBER_WORDS}))(?<![${L}])(?:${NUMBER_WORDS})(?![${L}])`, "giu");
/**
 * SPELLED_WORD without the u flag and without its lookbehind, which numberWords checks itself:
 * the same matches, on text without FOLDS_UNLIKE_LOWER (a test checks each code unit), found
 * three times as fast (a pattern with the u flag and the i flag folds every character it reads).
 */
const SPELLED_WORD_PLAIN = new RegExp(`(?:${NUMBER_WORDS})(?![${L}])`, "gi");
/** LETTER, one flag per code unit. */
const IS_LETTER = classTable(L);

/** The number words of `s`, as SPELLED_WORD finds them (`plain`: `s` holds no character of FOLDS_UNLIKE_LOWER). */
export function numberWords(s: string, plain = foldsLikeLower(s)): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!plain) {
    SPELLED_WORD.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = SPELLED_WORD.exec(s)); ) out.push(m);
    return out;
  }
  SPELLED_WORD_PLAIN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SPELLED_WORD_PLAIN.exec(s)); ) {
    // SPELLED_WORD's lookbehind: no letter before the word (else the search goes on from the next character)
    if (m.index > 0 && IS_LETTER[s.charCodeAt(m.index - 1)] === 1) SPELLED_WORD_PLAIN.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}

/** Words of a spelled-out number -> its value, or null if the words do not form one. */
export function parseSpelled(words: string[]): number | null {
  let total = 0;
  let chunk = 0;
  let pending = 0;
  let any = false;
  let lastScale = Infinity;
  for (const raw of words) {
    const w = lowerCase(raw);
    if (w in DIGIT_WORDS) {
      const d = DIGIT_WORDS[w]!;
      if (d >= 0) pending = d;
      any = true;
    } else if (w === TEN_WORDS.ten) {
      chunk += 10;
      any = true;
    } else if (w === TEN_WORDS.tens) {
      chunk += (pending || 1) * 10;
      pending = 0;
    } else if (w === TEN_WORDS.hundred) {
      chunk += pending * 100;
      pending = 0;
    } else if (w in SPELLED_SCALES) {
      const scale = SPELLED_SCALES[w]!;
      const group = chunk + pending;
      if (scale >= lastScale) total = (total + group) * scale;
      else total += group * scale;
      lastScale = scale;
      chunk = 0;
      pending = 0;
    } else return null;
  }
  return any ? total + chunk + pending : null;
}

/** "ít hơn" must win over "hơn", "không cao hơn" over "cao hơn". */
const QUALIFIERS_LONGEST_FIRST = [...QUALIFIERS_BEFORE].sort((a, b) => b.words.length - a.words.length);
/** The same, by their last letter: only those can end the words before a number. */
const QUALIFIERS_BY_LAST = new Map<string, typeof QUALIFIERS_LONGEST_FIRST>();
for (const q of QUALIFIERS_LONGEST_FIRST) {
  const last = q.words[q.words.length - 1]!;
  QUALIFIERS_BY_LAST.set(last, [...(QUALIFIERS_BY_LAST.get(last) ?? []), q]);
}
/** One letter: a qualifier's words start a word. */
const isLetterUnit = unitClass(new RegExp(`^[${L}]$`, "u"));

/** QUALIFIERS_BY_LAST by the code unit of the last letter. */
const QUALIFIERS_BY_LAST_UNIT = new Map([...QUALIFIERS_BY_LAST].map(([last, list]) => [last.charCodeAt(0), list]));

/** "cấp" before it: "cấp dưới 41 cuộc", "công đoàn cấp trên 12 ...": a level of unions, not a bound. */
const LEVEL_BEFORE = /(?:^|[^\p{L}\p{M}])cấp\s+$/iu;
function namesALevel(s: string, start: number, words: string): boolean {
  return (words === "dưới" || words === "trên") && LEVEL_BEFORE.test(s.slice(Math.max(0, start - 8), start));
}

/** The qualifier standing right before offset `at` in `s`, and where it starts. */
export function qualifierBefore(s: string, at: number): { qualifier: Qualifier; start: number } | null {
  const from = Math.max(0, at - 24);
  // what the lower-cased stretch below gives, read in place character by character, when each
  // character lower-cases to one (no "İ", and no "Σ", whose lower case depends on its neighbours)
  let plain = true;
  for (let i = from; i < at; i++) {
    const unit = s.charCodeAt(i);
    if (lowerUnit(unit) < 0 || unit === 0x3a3) {
      plain = false;
      break;
    }
  }
  if (plain) {
    let end = at;
    while (end > from && isSpaceUnit(s.charCodeAt(end - 1))) end--;
    if (end === at || end === from) return null;
    const candidates = QUALIFIERS_BY_LAST_UNIT.get(lowerUnit(s.charCodeAt(end - 1)));
    if (!candidates) return null;
    for (const q of candidates) {
      const start = end - q.words.length;
      if (start < from || !isLowerWordAt(s, start, q.words)) continue;
      if (start > from && isLetterUnit(lowerUnit(s.charCodeAt(start - 1)))) continue;
      if (namesALevel(s, start, q.words)) return null;
      return { qualifier: q.qualifier, start };
    }
    return null;
  }
  const before = s.slice(from, at).toLowerCase();
  // the qualifier is the words that end where the spaces before the number begin (what
  // /(?:^|[^L])(words)(\s+)$/ finds, with neither a regex nor a scan for each phrase)
  const words = before.trimEnd();
  if (words.length === before.length || words.length === 0) return null;
  const candidates = QUALIFIERS_BY_LAST.get(words[words.length - 1]!);
  if (!candidates) return null;
  for (const q of candidates) {
    if (!words.endsWith(q.words)) continue;
    const start = words.length - q.words.length;
    if (start > 0 && isLetterUnit(words.charCodeAt(start - 1))) continue;
    if (namesALevel(s, from + start, q.words)) return null;
    return { qualifier: q.qualifier, start: from + start };
  }
  return null;
}

/**
 * A bare "từ" before a number that bounds nothing: the old value of a change ("tăng từ 400.000
 * đồng lên 500.000 đồng") or where people come from ("đến từ 25 doanh nghiệp"). `qualifierStart`
 * is where the qualifier found before the number starts, `at` the number, `end` the end of its noun.
 */
export function fromIsNoBound(s: string, qualifierStart: number, at: number, end: number): boolean {
  if (!/^từ\s/iu.test(s.slice(qualifierStart, at))) return false;
  return CHANGE_TO.test(s.slice(end, end + 40)) || FROM_SOURCE.test(s.slice(Math.max(0, qualifierStart - 14), qualifierStart));
}

/** "trở lên"/"trở xuống" after the counted thing, before the clause ends. */
export function qualifierAfter(s: string, at: number): Qualifier | null {
  // only right after the counted noun ("từ 20 lao động trở lên"), not after another number: in
  // the next 30 characters, up to the first separator; compared in lower case character by
  // character, where lower-casing the stretch called into the runtime for every number
  const end = Math.min(s.length, at + 30);
  let cut = end;
  for (let i = at; i < end; i++) {
    if (isClauseBreak(s.charCodeAt(i))) {
      cut = i;
      break;
    }
  }
  for (const q of QUALIFIERS_AFTER) {
    for (let p = at; p + q.words.length <= cut; p++) if (isLowerWordAt(s, p, q.words)) return q.qualifier;
  }
  return null;
}

/** What ends the stretch after a counted noun in which "trở lên" still bounds it: , ; . : ( ) and digits. */
function isClauseBreak(unit: number): boolean {
  return unit === 44 || unit === 59 || unit === 46 || unit === 58 || unit === 40 || unit === 41 || (unit >= 48 && unit <= 57);
}

/** Combine the bound before a number with the one after its noun ("hơn ... trở lên" stays over). */
export function combineQualifiers(before: Qualifier | null, after: Qualifier | null): Qualifier {
  if (before && before !== "at_least") return before;
  if (after) return after;
  return before ?? "exact";
}

/**
 * Every numeric amount in `s` (digits, scales, currency, percent, ratios, ranges), in the order of
 * the text. `plain`: `s` holds no character of FOLDS_UNLIKE_LOWER (when the caller knows it).
 */
export function scanAmounts(s: string, plain = foldsLikeLower(s)): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  // an exec loop: what matchAll finds, without cloning the pattern for every sentence
  for (let m: RegExpExecArray | null; (m = AMOUNT.exec(s)); ) {
    const start = m.index;
    let end = start + m[0].length;
    const digits = m[1]!;
    // "2.5 tỷ": a dot with one or two digits after it, as NUM reads only before a scale word, is a decimal mark
    let value = DOT_DECIMAL.test(digits) ? Number(digits) : parseDigits(digits);
    let hasScale = false;
    let denominator: number | null = null;
    let maybeDate = false;
    if (m[2]) {
      // "59/59 đại hội" is a ratio; "3/10" with a denominator that could be a month is a date
      denominator = Number(m[2]);
      if (value > denominator) continue;
      // "3/10" may be a date; "8/12 CĐCS" is a ratio: the extractor decides by the noun after it
      if (value !== denominator && denominator <= 12) maybeDate = true;
    }
    if (m[3]) {
      // "3 tỷ 200 triệu 500" : each further group adds at its own scale, a bare tail at the next lower
      hasScale = true;
      let scale = SCALES[lowerCase(m[3].trim())]!;
      value *= scale;
      if (m[4]) {
        for (const g of m[4].matchAll(SCALE_GROUP)) {
          const sc = SCALES[lowerCase(g[2]!)]!;
          value += parseDigits(g[1]!) * sc;
          scale = sc;
        }
      }
    }
    let unit: Unit = "count";
    let spelled = false;
    if (m[5]) {
      unit = "VND";
      spelled = true;
    } else if (m[6]) unit = "percent";
    else if (hasScale && MONEY_CUES.test(s.slice(Math.max(0, start - 30), start))) unit = "VND";
    // trim trailing space of the unit group
    while (end > start && s.charCodeAt(end - 1) <= 32) end--;
    // a run of hundreds of digits is no amount (and would be Infinity, which no report may hold)
    if (!(value <= Number.MAX_SAFE_INTEGER)) continue;
    // "10k" without currency is still a thousand-scaled count
    out.push({ start, end, value, unit, spelled, denominator, rangeLow: false, digits, hasScale, maybeDate });
  }
  linkRanges(s, out);
  // the two lists, each in the order of the text, merged in that order (no amount of digits starts where a spelled one does)
  const spelled = scanSpelled(s, plain);
  if (spelled.length === 0) return out;
  if (out.length === 0) return spelled;
  const merged: Amount[] = [];
  let i = 0;
  let j = 0;
  while (i < out.length || j < spelled.length) merged.push(j >= spelled.length || (i < out.length && out[i]!.start < spelled[j]!.start) ? out[i++]! : spelled[j++]!);
  return merged;
}

/** Between the ends of a range: "-", "đến", "tới". */
const RANGE_GAP = /^\s?(?:-|đến|tới)\s?$/u;

/**
 * "40-60 triệu đồng", "99,3-100%": the low end of a range takes the unit of the high end.
 */
function linkRanges(s: string, list: Amount[]) {
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1]!;
    // the tests on the amounts first: most pairs are no range, and the gap need not be cut out
    if (a.unit === "count" && !a.hasScale && b.unit !== "count" && a.value < b.value * (b.hasScale ? 1e9 : 1) && RANGE_GAP.test(s.slice(a.end, b.start))) {
      // the low end borrows the scale and unit of the high end
      if (b.hasScale) {
        const scale = b.value / parseDigits(b.digits);
        a.value *= scale;
        a.hasScale = true;
      }
      a.unit = b.unit;
      a.rangeLow = true;
    }
  }
}

/** Between the words of one spelled-out number. */
const ONLY_SPACE = /^\s+$/;
const SPELLED_UNIT = new RegExp(`^\\s?(?:(${CUR})(?![${L}])|(%|phần trăm))`, "iu");

/** Spelled-out numbers: runs of number words. Single words are kept only when they are unusual enough. */
function scanSpelled(s: string, plain: boolean): Amount[] {
  const out: Amount[] = [];
  SPELLED_WORD.lastIndex = 0;
  let run: { start: number; end: number; words: string[] } | null = null;
  const flush = () => {
    if (!run) return;
    const value = parseSpelled(run.words);
    // ("tỷ tỷ tỷ ..." multiplies without end: past the safe integers it is no amount)
    if (value !== null && value > 0 && value <= Number.MAX_SAFE_INTEGER) {
      const text = s.slice(run.start, run.end);
      const scaleTail = SCALES[lowerCase(run.words[run.words.length - 1]!)] !== undefined;
      const unitMatch = SPELLED_UNIT.exec(s.slice(run.end));
      let end = run.end;
      let unit: Unit = "count";
      if (unitMatch) {
        end += unitMatch[0].length;
        unit = unitMatch[1] ? "VND" : "percent";
      }
      out.push({ start: run.start, end, value, unit, spelled: true, denominator: null, rangeLow: false, digits: text, hasScale: scaleTail });
    }
    run = null;
  };
  for (const m of numberWords(s, plain)) {
    const start = m.index;
    const end = start + m[0].length;
    if (run && ONLY_SPACE.test(s.slice(run.end, start))) {
      run.end = end;
      run.words.push(m[0]);
    } else {
      flush();
      run = { start, end, words: [m[0]] };
    }
  }
  flush();
  return out;
}

export interface ParsedAmount {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
}

/**
 * Parse one amount as written, with its qualifier.
 * parseAmount("trên 800 triệu đồng") -> { value: 800000000, unit: "VND", qualifier: "over" }
 * parseAmount("hai mươi mốt nghìn không trăm mười một") -> { value: 21011, unit: "count", qualifier: "exact" }
 */
export function parseAmount(text: string): ParsedAmount | null {
  const s = text.normalize("NFC").trim();
  const amounts = scanAmounts(s);
  if (amounts.length === 0) return null;
  // the amount that starts first, the longest of those
  amounts.sort((a, b) => a.start - b.start || b.end - a.end);
  const a = amounts[0]!;
  let before = qualifierBefore(s, a.start);
  if (before && fromIsNoBound(s, before.start, a.start, a.end)) before = null;
  const after = qualifierAfter(s, a.end);
  let unit = a.unit;
  if (unit === "count" && a.hasScale && /(?:đồng|tiền|giá)/iu.test(s)) unit = "VND";
  return { value: a.value, unit, qualifier: combineQualifiers(before?.qualifier ?? null, after) };
}
