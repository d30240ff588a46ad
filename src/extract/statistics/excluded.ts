/**
 * Stretches of a sentence whose digits are dates, codes, ordinals and the like: every match of
 * the patterns of lexicon/exclusions.ts. A pattern is only run on a sentence where one of its
 * numbers is there to be found: each exclusion says what every match of it holds around one of
 * its numbers ("ngày" before it, "năm" after it, four digits ...), and those words and digits
 * are read around the sentence's numbers, a few characters each, where scanning the sentence
 * with two dozen patterns was most of the time the statistics took. Where a pattern runs, it
 * finds what its scan of the whole sentence finds: it scans it, or, when every match of it
 * starts at a number or at the word before one, it is tried there (matchAtStarts).
 * Text that case folding reads unlike toLowerCase (chars.ts) is scanned by every pattern.
 */
import { EXCLUSIONS } from "../../lexicon/exclusions.js";
import { isSpaceUnit, lowerUnit, unitClass, WORD_CHAR } from "../../lexicon/regex.js";
import { classTable, foldsLikeLower, isLowerWordAt, isYear } from "./chars.js";

export interface ExcludedRange {
  start: number;
  end: number;
  /** the stretch is a bare year ("2021") */
  yearOnly: boolean;
}

/** Letters and digits, what a word boundary of the patterns (lexicon/regex.ts) tells apart. */
const IS_WORD_CHAR = classTable(WORD_CHAR);
/** The characters of a document code ("02-NQ/TW") of a case-insensitive pattern. */
const isCodeChar = unitClass(/^[\dA-Za-zĐđ./-]$/iu);
/** A Latin letter that digits are glued to ("A80"). */
const isGlueLetter = unitClass(/^[A-Za-zĐđ]$/u);

/** How the digits of a number must look (NumberCue.digits), as a number: compared, not read from a string. */
const enum Digits {
  Any,
  Short,
  Four,
  Year,
  Phone,
}
const enum Token {
  Number,
  Roman,
  Code,
  Glued,
}
const enum Starts {
  Anywhere,
  Number,
  Word,
}
const DIGITS = { short: Digits.Short, four: Digits.Four, year: Digits.Year, phone: Digits.Phone } as const;
const TOKENS = { roman: Token.Roman, code: Token.Code, glued: Token.Glued } as const;

/** An exclusion with its cues in one shape for all (the checks below read the same fields of every one). */
interface Compiled {
  pattern: RegExp;
  text: string | null;
  hasNumber: boolean;
  token: Token;
  digits: Digits;
  before: string[] | null;
  beforeInWord: boolean;
  between: string[] | null;
  after: string[] | null;
  /** the first letters of `after`, the last letters of `before` and of `between`: compared before the words */
  afterFirst: number[];
  beforeLast: number[];
  betweenLast: number[];
  /** `before` by the last letter of each */
  beforeByLast: Map<number, string[]>;
  /** where every match starts (NumberCue.starts), and the pattern to try there */
  starts: Starts;
  sticky: RegExp;
  /** this exclusion's bit in the masks of NumberAt */
  bit: number;
}

const NONE: string[] = [];

const firstUnits = (words: string[] | undefined) => [...new Set((words ?? []).map((w) => w.charCodeAt(0)))];
const lastUnits = (words: string[] | undefined) => [...new Set((words ?? []).map((w) => w.charCodeAt(w.length - 1)))];

const COMPILED: Compiled[] = EXCLUSIONS.map((e, i) => ({
  pattern: e.pattern,
  text: e.cue ?? null,
  hasNumber: e.number !== undefined,
  token: e.number?.token ? TOKENS[e.number.token] : Token.Number,
  digits: e.number?.digits ? DIGITS[e.number.digits] : Digits.Any,
  before: e.number?.before ?? null,
  beforeInWord: e.number?.beforeInWord === true,
  between: e.number?.between ?? null,
  after: e.number?.after ?? null,
  afterFirst: firstUnits(e.number?.after),
  beforeLast: lastUnits(e.number?.before),
  betweenLast: lastUnits(e.number?.between),
  beforeByLast: byLastUnit(e.number?.before ?? []),
  starts: e.number?.starts === "number" ? Starts.Number : e.number?.starts === "word" ? Starts.Word : Starts.Anywhere,
  sticky: new RegExp(e.pattern.source, e.pattern.flags.replace("g", "") + "y"),
  bit: 1 << i,
}));
if (COMPILED.length > 31) throw new Error("more exclusions than bits of a mask");

/**
 * The exclusions whose cue a number may meet, by what is quickly read around it (holdsAt reads
 * the rest): the cues of codes and glued digits ("02-NQ/TW", "A80"), always; the others only
 * for numbers that start a word, by their digits, by the first letter after them and by the last
 * letter of the word before them.
 */
const maskOf = (test: (e: Compiled) => boolean) => COMPILED.reduce((mask, e) => (test(e) ? mask | e.bit : mask), 0);
const SPECIAL_MASK = maskOf((e) => e.token === Token.Code || e.token === Token.Glued);
const DIGITS_MASK = {
  any: maskOf((e) => e.digits === Digits.Any),
  short: maskOf((e) => e.digits === Digits.Short),
  four: maskOf((e) => e.digits === Digits.Four),
  year: maskOf((e) => e.digits === Digits.Year),
  phone: maskOf((e) => e.digits === Digits.Phone),
};
const ALL_MASK = maskOf(() => true);
/** Exclusions run whatever the numbers: those with no number cue, and the ordinals, whose cue a Roman numeral may meet. */
const UNMASKED = maskOf((e) => !e.hasNumber || e.token === Token.Roman);
const NO_AFTER_MASK = maskOf((e) => e.after === null);
const NO_BEFORE_MASK = maskOf((e) => e.before === null);
const AFTER_FIRST_MASK = new Map<number, number>();
const BEFORE_LAST_MASK = new Map<number, number>();
for (const e of COMPILED) {
  for (const u of e.afterFirst) AFTER_FIRST_MASK.set(u, (AFTER_FIRST_MASK.get(u) ?? 0) | e.bit);
  for (const u of [...e.beforeLast, ...e.betweenLast]) BEFORE_LAST_MASK.set(u, (BEFORE_LAST_MASK.get(u) ?? 0) | e.bit);
}

/** The mask of the exclusions whose cue the number may meet. */
function numberMask(s: string, x: Omit<NumberAt, "mask">): number {
  if (!x.startsWord) return SPECIAL_MASK;
  const length = x.end - x.start;
  let digits = DIGITS_MASK.any;
  if (length <= 2) digits |= DIGITS_MASK.short;
  if (length === 4) {
    digits |= DIGITS_MASK.four;
    if (s.startsWith("19", x.start) || s.startsWith("20", x.start)) digits |= DIGITS_MASK.year;
  }
  if (length >= 3 && s.charCodeAt(x.start) === 48) digits |= DIGITS_MASK.phone;
  const after = NO_AFTER_MASK | (AFTER_FIRST_MASK.get(x.afterFirst) ?? 0);
  const before = NO_BEFORE_MASK | (BEFORE_LAST_MASK.get(x.wordLast) ?? 0);
  return SPECIAL_MASK | (digits & after & before);
}

function byLastUnit(words: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) out.set(w.charCodeAt(w.length - 1), [...(out.get(w.charCodeAt(w.length - 1)) ?? []), w]);
  return out;
}

/** A run of digits of the sentence, and what is read around it. */
interface NumberAt {
  start: number;
  end: number;
  /** no letter or digit right before it */
  startsWord: boolean;
  /** where the text after it starts, past spaces, and its first character in lower case (-1 at the end) */
  afterAt: number;
  afterFirst: number;
  /** the word before it, apart by spaces: [start, end), or -1, -1 when spaces do not come before it */
  wordStart: number;
  wordEnd: number;
  /** the last character of that word in lower case, or -1 */
  wordLast: number;
  /** the exclusions whose cue it may meet (numberMask) */
  mask: number;
}

/**
 * Every match of every exclusion pattern in `s`, in no particular order. `plain`: `s` holds no
 * character of FOLDS_UNLIKE_LOWER (when the caller knows it already).
 */
export function excludedRanges(s: string, plain = foldsLikeLower(s)): ExcludedRange[] {
  const out: ExcludedRange[] = [];
  // a pattern that reads a letter unlike toLowerCase: every pattern scans the sentence
  const readAll = !plain;
  const numbers = readAll ? [] : numbersOf(s);
  // the exclusions whose cue some number may meet
  let mask = readAll ? ALL_MASK : UNMASKED;
  for (let k = 0; k < numbers.length; k++) mask |= numbers[k]!.mask;
  // each exclusion of the mask, by its bit, lowest first
  for (let todo = mask; todo !== 0; todo &= todo - 1) {
    const e = COMPILED[31 - Math.clz32(todo & -todo)]!;
    if (e.text !== null && !s.includes(e.text)) continue;
    if (!readAll && e.starts !== Starts.Anywhere) {
      matchAtStarts(s, e, numbers, out);
      continue;
    }
    if (!readAll && e.hasNumber && !cueHolds(s, e, numbers)) continue;
    // an exec loop: what matchAll finds, without cloning the pattern for every sentence
    const re = e.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      out.push({ start: m.index, end: m.index + m[0].length, yearOnly: isYear(m[0]) });
      if (!re.global) break;
      if (m[0].length === 0) re.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  return out;
}

/**
 * The matches of a pattern whose matches all start at a number that meets its cue, or at the
 * word before one: the pattern is tried, sticky, at each of those places in turn, past the end
 * of the last match, which is what its scan of the whole sentence would find (the scan finds
 * the first place from its last match on where the pattern matches, and it matches nowhere else).
 */
function matchAtStarts(s: string, e: Compiled, numbers: NumberAt[], out: ExcludedRange[]) {
  let starts: number[] | null = null;
  for (let k = 0; k < numbers.length; k++) {
    const x = numbers[k]!;
    if ((x.mask & e.bit) === 0 || !holdsAt(s, e, x)) continue;
    starts ??= [];
    if (e.starts === Starts.Number) starts.push(x.start);
    else wordStarts(s, e, x, starts);
  }
  if (starts === null) return;
  if (starts.length > 1) starts.sort((a, b) => a - b);
  const re = e.sticky;
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) continue;
    out.push({ start: at, end: at + m[0].length, yearOnly: isYear(m[0]) });
    from = m[0].length > 0 ? at + m[0].length : at + 1;
  }
}

/** Where the word before the number `x` starts, when it is one of the cue's words; or the word before the word between. */
function wordStarts(s: string, e: Compiled, x: NumberAt, out: number[]) {
  const length = x.wordEnd - x.wordStart;
  if (isOneOf(s, x.wordStart, length, e.before!)) out.push(x.wordStart);
  if (e.between !== null && isOneOf(s, x.wordStart, length, e.between)) {
    const end = spacesBefore(s, x.wordStart);
    if (end < 0) return;
    const start = wordStartBefore(s, end);
    if (isOneOf(s, start, end - start, e.before!)) out.push(start);
  }
}

/** A run of digits. */
const DIGIT_RUN = /\d+/g;

/**
 * A Roman numeral after spaces ("khóa IX", "Quận IIb"): a word of Roman numeral characters and
 * digits, with one Latin letter at most after them (what the ordinal pattern reads there, with
 * the space before it). Those that start with a digit are runs of digits, read as such.
 */
const ROMAN_WORD = new RegExp(`\\s[IVXLCivxlc][0-9IVXLCivxlc]*[A-Za-z]?(?![${WORD_CHAR}])`, "g");
// (written without the i and u flags, it reads three times as fast and finds the places the
// ordinal pattern's own would find, and a few more: on text without FOLDS_UNLIKE_LOWER, a Roman
// numeral's letters and [a-z] read alike case aside, and a word character it would see after
// them is one in WORD_CHAR or its case partner; the places found are only where to look)

/** The runs of digits of `s`, with what is around them. */
function numbersOf(s: string): NumberAt[] {
  const out: NumberAt[] = [];
  const n = s.length;
  DIGIT_RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DIGIT_RUN.exec(s)); ) {
    const start = m.index;
    const end = start + m[0].length;
    let afterAt = end;
    while (afterAt < n && isSpaceUnit(s.charCodeAt(afterAt))) afterAt++;
    const wordEnd = spacesBefore(s, start);
    const wordStart = wordEnd < 0 ? -1 : wordStartBefore(s, wordEnd);
    const x: NumberAt = {
      start,
      end,
      startsWord: start === 0 || IS_WORD_CHAR[s.charCodeAt(start - 1)] === 0,
      afterAt,
      afterFirst: afterAt < n ? lowerUnit(s.charCodeAt(afterAt)) : -1,
      wordStart,
      wordEnd,
      wordLast: wordEnd > wordStart ? lowerUnit(s.charCodeAt(wordEnd - 1)) : -1,
      mask: 0,
    };
    x.mask = numberMask(s, x);
    out.push(x);
  }
  return out;
}

/** Where the spaces right before `at` start, or -1 when no space is right before it. */
function spacesBefore(s: string, at: number): number {
  if (at === 0 || !isSpaceUnit(s.charCodeAt(at - 1))) return -1;
  let from = at - 1;
  while (from > 0 && isSpaceUnit(s.charCodeAt(from - 1))) from--;
  return from;
}

/** Where the run of letters and digits that ends at `end` starts. */
function wordStartBefore(s: string, end: number): number {
  let from = end;
  while (from > 0 && IS_WORD_CHAR[s.charCodeAt(from - 1)] === 1) from--;
  return from;
}

/** Whether some number of the sentence meets every condition of the exclusion's cue. */
function cueHolds(s: string, e: Compiled, numbers: NumberAt[]): boolean {
  for (let k = 0; k < numbers.length; k++) if ((numbers[k]!.mask & e.bit) !== 0 && holdsAt(s, e, numbers[k]!)) return true;
  return e.token === Token.Roman && romanHolds(s, e);
}

/** Whether the number `x` meets every condition of the exclusion's cue. */
function holdsAt(s: string, e: Compiled, x: NumberAt): boolean {
  switch (e.token) {
    case Token.Glued: {
      // "A80", "COVID-19": a letter, or a letter and a hyphen, right before the digits
      const before = s.charCodeAt(x.start - 1);
      return x.start > 0 && (isGlueLetter(before) || (before === 45 && x.start > 1 && isGlueLetter(s.charCodeAt(x.start - 2))));
    }
    case Token.Code: {
      // the code the digits are part of starts after spaces
      let from = x.start;
      while (from > 0 && isCodeChar(s.charCodeAt(from - 1))) from--;
      const wordEnd = spacesBefore(s, from);
      return wordEnd >= 0 && wordBefore(s, e, wordStartBefore(s, wordEnd), wordEnd, true);
    }
  }
  // the other numbers start a word: after spaces, or at a word boundary of the pattern
  if (!x.startsWord) return false;
  const length = x.end - x.start;
  switch (e.digits) {
    case Digits.Short:
      if (length > 2) return false;
      break;
    case Digits.Four:
      if (length !== 4) return false;
      break;
    case Digits.Year:
      if (length !== 4 || !(s.startsWith("19", x.start) || s.startsWith("20", x.start))) return false;
      break;
    case Digits.Phone:
      if (length < 3 || s.charCodeAt(x.start) !== 48) return false;
      break;
  }
  if (e.after !== null && (!e.afterFirst.includes(x.afterFirst) || !startsWithOne(s, x.afterAt, e.after))) return false;
  if (e.before !== null) {
    if (x.wordLast < 0 || !(e.beforeLast.includes(x.wordLast) || e.betweenLast.includes(x.wordLast))) return false;
    if (!wordBefore(s, e, x.wordStart, x.wordEnd, true)) return false;
  }
  return true;
}

/** Whether `s` at `at` holds one of `words` (lower-case), case aside. */
function startsWithOne(s: string, at: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (isLowerWordAt(s, at, words[k]!)) return true;
  return false;
}

/** Whether a Roman numeral of the sentence follows one of the cue's words. */
function romanHolds(s: string, e: Compiled): boolean {
  ROMAN_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ROMAN_WORD.exec(s)); ) {
    const wordEnd = spacesBefore(s, m.index + 1);
    if (wordBefore(s, e, wordStartBefore(s, wordEnd), wordEnd, true)) return true;
  }
  return false;
}

/**
 * Whether the word s[wordStart, wordEnd) is one of the cue's words before (or, when they may end
 * a longer word, ends with one), or is one of its words between, apart by spaces from one before.
 */
function wordBefore(s: string, e: Compiled, wordStart: number, wordEnd: number, between: boolean): boolean {
  const length = wordEnd - wordStart;
  if (length === 0) return false;
  const before = e.beforeByLast.get(lowerUnit(s.charCodeAt(wordEnd - 1))) ?? NONE;
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!;
    if (e.beforeInWord ? w.length <= length && isLowerWordAt(s, wordEnd - w.length, w) : w.length === length && isLowerWordAt(s, wordStart, w)) return true;
  }
  if (between && e.between !== null && isOneOf(s, wordStart, length, e.between)) {
    const end = spacesBefore(s, wordStart);
    return end >= 0 && wordBefore(s, e, wordStartBefore(s, end), end, false);
  }
  return false;
}

/** Whether s[at, at + length) is one of `words` (lower-case), case aside. */
function isOneOf(s: string, at: number, length: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (words[k]!.length === length && isLowerWordAt(s, at, words[k]!)) return true;
  return false;
}
