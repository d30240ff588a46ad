/**
 * The shape of a Vietnamese name: two to five capitalised syllables. After an honorific any
 * such run is a name (ethnic-minority names included: "Ka Dơng K'Brơi", "Thào A Sình"); without
 * one, the run must read as a name: a surname (common Kinh or minority: "Tẩn", "Cầm", "Ksor"),
 * a middle name ("Văn", "Thị", Hmong "A", "Mí", Ede "Y"), or a syllable with an apostrophe
 * ("H'Bia"); and a place or institution name standing before it in a title ("Chủ tịch UBND
 * huyện Krông Bông Nguyễn Văn Hưng", "Hiệu trưởng Trường THCS Kim Đồng Lò Thị Hoa") is split off.
 */
import {
  AMBIGUOUS_SURNAMES,
  INSTITUTION_BEFORE,
  MIDDLE_NAMES,
  NAME_PREFIX_SYLLABLE,
  NAME_PREFIXES,
  NAMES_OF_PLACES,
  NOT_NAME_ENDING,
  NOT_NAME_SYLLABLES,
  PERSON_MIDDLE_NAMES,
  PERSON_SURNAMES,
  PLACE_FREE_SURNAMES,
  positionAtStart,
  POSITION_START,
  STRONG_MIDDLE_NAMES,
  SURNAMES,
} from "../../lexicon/people.js";
import { isLetterMarkOrDigit, isLower, isLowerOrMark, isUpper } from "./chars.js";

/**
 * One capitalised syllable: "Nguyễn", "Thị", "A", "K'Lim", and the hyphenated given names of
 * foreign guests written in lower case after the hyphen ("Ji-hoon" of "Park Ji-hoon"; a capital
 * after a hyphen, "Rịa-Vũng", is a place), and a name's prefix typed apart from the name, "H'"
 * of "H' Lan". (The pattern as written; syllableEnd reads it.)
 */
export const SYLLABLE = /^\p{Lu}(?:'(?= \p{Lu})|(?:[\p{Ll}\p{M}]+(?:'\p{Lu}[\p{Ll}\p{M}]+|-\p{Ll}[\p{Ll}\p{M}]+)?|'\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\d]))/u;

/** The code point at `i` of `s` read up to `end` (a pair that `end` cuts is a lone surrogate), or -1 at `end`. */
function codePointAt(s: string, i: number, end: number): number {
  if (i >= end) return -1;
  const unit = s.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return unit;
}
const width = (cp: number): number => (cp >= 0x10000 ? 2 : 1);

/** Where the run of [\p{Ll}\p{M}] from `i` ends. */
function lowersEnd(s: string, i: number, end: number): number {
  for (let cp = codePointAt(s, i, end); cp >= 0 && isLowerOrMark(cp); cp = codePointAt(s, i, end)) i += width(cp);
  return i;
}
/** Where "\p{Lu}[\p{Ll}\p{M}]+" (capital: true) or "\p{Ll}[\p{Ll}\p{M}]+" at `i` ends, or -1. */
function letterThenLowers(s: string, i: number, end: number, capital: boolean): number {
  const cp = codePointAt(s, i, end);
  if (cp < 0 || !(capital ? isUpper(cp) : isLower(cp))) return -1;
  const next = codePointAt(s, i + width(cp), end);
  return next >= 0 && isLowerOrMark(next) ? lowersEnd(s, i + width(cp), end) : -1;
}
/** Is there a letter, a mark or a digit at `i` (before `end`)? */
function wordCharAt(s: string, i: number, end: number): boolean {
  const cp = codePointAt(s, i, end);
  return cp >= 0 && isLetterMarkOrDigit(cp);
}

/**
 * Where SYLLABLE matched on s.slice(at, end) would end, or -1 when it does not match: the same
 * reading, with the pattern's backtracking worked out (a tail after an apostrophe or a hyphen
 * that a letter follows is left off, the syllable then ends before the apostrophe or hyphen),
 * without a slice and a call into the regexp engine for every syllable of a sentence.
 */
export function syllableEnd(s: string, at: number, end: number): number {
  const first = codePointAt(s, at, end);
  if (first < 0 || !isUpper(first)) return -1;
  const i = at + width(first);
  const next = codePointAt(s, i, end);
  if (next === 39) {
    // "K'Lim"; "H' Lan", the prefix typed apart from the name, is a syllable of its own
    const tail = letterThenLowers(s, i + 1, end, true);
    if (tail < 0 && i + 2 < end && s.charCodeAt(i + 1) === 32 && isUpper(codePointAt(s, i + 2, end))) return i + 1;
    return tail >= 0 && !wordCharAt(s, tail, end) ? tail : i;
  }
  if (next < 0 || !isLowerOrMark(next)) return next >= 0 && isLetterMarkOrDigit(next) ? -1 : i;
  const j = lowersEnd(s, i, end);
  const after = j < end ? s.charCodeAt(j) : -1;
  if (after === 39 || after === 45) {
    // "H'Bia" of "Ma'Ra", "Ji-hoon"
    const tail = letterThenLowers(s, j + 1, end, after === 39);
    if (tail >= 0 && !wordCharAt(s, tail, end)) return tail;
  }
  return wordCharAt(s, j, end) ? -1 : j;
}

export interface NameRun {
  /** offsets in the searched string */
  start: number;
  end: number;
  syllables: string[];
}

/** Does a position start at `at` ("Phó Chủ tịch", "Bí thư"), in the 30 characters from it? */
function positionAt(s: string, at: number): boolean {
  const end = Math.min(s.length, at + 30);
  return positionAtStart(s, at, end) ?? POSITION_START.test(s.slice(at, end));
}

/** The run of capitalised syllables starting at `at` (separated by single spaces). */
export function capitalizedRun(s: string, at: number, max = 6): NameRun | null {
  const syllables: string[] = [];
  let pos = at;
  let end = at;
  while (syllables.length < max) {
    const syllableAt = syllableEnd(s, pos, Math.min(s.length, pos + 20));
    if (syllableAt < 0) break;
    const syllable = s.slice(pos, syllableAt);
    // a position word is not part of a name ("đồng chí Phó Chủ tịch ..."), unless a middle name ("Thị")
    if ((syllables.length === 0 || !MIDDLE_NAMES.has(syllable)) && positionAt(s, pos)) break;
    syllables.push(syllable);
    end = syllableAt;
    // a given name of two syllables joined by a hyphen ("Wei-Ming", "Ji-Hoon"): the capitalised
    // syllable after the hyphen belongs to the last one, unless it starts a position ("...-Chủ tịch")
    if (s.charCodeAt(end) === 45) {
      const joinedAt = syllableEnd(s, end + 1, Math.min(s.length, end + 21));
      if (joinedAt > end + 1 && !positionAt(s, end + 1)) {
        syllables[syllables.length - 1] = s.slice(pos, joinedAt);
        end = joinedAt;
      }
    }
    if (s.charCodeAt(end) !== 32) break;
    pos = end + 1;
  }
  return syllables.length ? { start: at, end, syllables } : null;
}

/** A name right after an honorific: any 2-5 capitalised syllables. */
export function nameAfterHonorific(s: string, at: number): NameRun | null {
  const run = capitalizedRun(s, at, 5);
  if (!run || run.syllables.length < 2 || notAPersonName(run.syllables)) return null;
  return run;
}

/** Is this run of syllables a body's or a place's name rather than a person's ("Ban Thường", "Hồ Chí Minh")? */
export function notAPersonName(syllables: string[]): boolean {
  const name = syllables.join(" ");
  // (NOT_NAME_ENDING ends with "Việt Nam" or "VN")
  return syllables.some((w) => NOT_NAME_SYLLABLES.has(w)) || ((name.endsWith("Nam") || name.endsWith("VN")) && NOT_NAME_ENDING.test(name)) || NAMES_OF_PLACES.has(name);
}

/**
 * What stands right before a run without an honorific: a place word ("tỉnh", "huyện", "Huyện
 * ủy"), after which the run starts with the place's name unless it reads clearly as a person's;
 * an institution type ("Trường THCS", "Công ty TNHH"), after which it always starts with the
 * institution's own name; or neither.
 */
export type RunContext = "none" | "place" | "unit" | "institution";

/** A place word right before: "tỉnh", "huyện", "Huyện ủy", ... ("tỉnh Bà Rịa", "Tỉnh ủy Lào Cai"). */
export const PLACE_BEFORE = /(?:tỉnh|huyện|quận|thị xã|thành phố|TP\.?|xã|phường|thị trấn|Việt Nam|VN|[Ủủ]y|[Uu]ỷ)\s+$/u;

/**
 * An administrative unit's word right before ("huyện", "xã", "thành phố"): the run after it is
 * most often that unit's name, some of which end as no person's name does ("huyện Tân Phước
 * Tây"). ("Huyện ủy", "Tỉnh ủy" are bodies: the names after them are told apart as after a place.)
 */
const UNIT_BEFORE = /(?:^|[^\p{L}\p{M}])(?:tỉnh|huyện|quận|thị xã|thành phố|TP\.?|xã|phường|thị trấn)\s+$/u;

/** The last syllable of a place's name, never of a person's: a quarter of a district ("Tây", "Bắc") or a letter ("A", "B"). */
const PLACE_LAST_SYLLABLE = /^(?:Tây|Bắc|[A-D])$/u;

/** What stands before a run without an honorific at `at` in `s`: a place word (an administrative unit's, or another), an institution type, or neither. */
export function contextBefore(s: string, at: number): RunContext {
  const before = s.slice(Math.max(0, at - 20), at);
  if (PLACE_BEFORE.test(before)) return UNIT_BEFORE.test(before) ? "unit" : "place";
  // the last one or two words before the run: "THCS", "Tiểu học" (the last two parts of split(" "))
  const trimmed = before.trimEnd();
  const space = trimmed.lastIndexOf(" ");
  const last = trimmed.slice(space + 1);
  if (INSTITUTION_BEFORE.has(last)) return "institution";
  const previous = space < 0 ? "" : trimmed.slice(trimmed.lastIndexOf(" ", space - 1) + 1, space);
  return INSTITUTION_BEFORE.has(`${previous} ${last}`) ? "institution" : "none";
}

/**
 * How much `syl` (the run with `skip` leading syllables dropped) reads as a person's name
 * without an honorific, or null if it does not.
 */
function nameScore(syl: string[], skip: number, context: RunContext): number | null {
  const n = syl.length;
  if (n < 2 || n > 5) return null;
  if (skip === 0 && context === "institution") return null;
  const [first, second] = [syl[0]!, syl[1]!];
  const marked = NAME_PREFIX_SYLLABLE.test(first) || NAME_PREFIX_SYLLABLE.test(second);
  // two syllables are a place ("Hà Nội", "Quảng Trị", "Ea H'Leo") unless the name is unmistakable ("H'Bia Mlô")
  if (n === 2 && !NAME_PREFIX_SYLLABLE.test(first)) return null;
  if (notAPersonName(syl)) return null;
  const surname = PERSON_SURNAMES.has(first) || NAME_PREFIX_SYLLABLE.test(first);
  const strong = STRONG_MIDDLE_NAMES.has(second);
  const middle = strong || PERSON_MIDDLE_NAMES.has(second) || NAME_PREFIX_SYLLABLE.test(second) || (n > 2 && SURNAMES.has(second)) || (n > 2 && NAME_PREFIXES.has(first));
  let ok: boolean;
  if (skip === 0 && context === "place") {
    // right after "Huyện ủy", "Việt Nam", ... the run is a place unless it reads as a name
    ok = n >= 3 && surname && (middle || (n === 3 && PLACE_FREE_SURNAMES.has(first)));
  } else if (skip === 0 && context === "unit") {
    // right after "tỉnh", "huyện", ... the run is the place ("thị xã Thái Hòa") unless it reads as
    // a name ("UBND tỉnh Ksor Y Bliêng"); a last syllable no given name is, a quarter ("huyện Tân
    // Phước Tây") or a letter ("huyện Long Hòa A"), makes it the place
    ok = n >= 3 && surname && (middle || (n === 3 && PLACE_FREE_SURNAMES.has(first))) && !PLACE_LAST_SYLLABLE.test(syl[n - 1]!);
  } else {
    // a common surname starts a name of three ("Ngọ Duy Khiêm"); a minority surname that also starts
    // place names ("Sơn", "Kim", "Quảng") needs a middle name; "Văn", "Thị", "A" make any run a name
    ok = (surname && middle) || (SURNAMES.has(first) && n >= 3) || (strong && n >= 3) || marked;
    if (ok && AMBIGUOUS_SURNAMES.has(first) && !middle && !marked) ok = false;
  }
  if (!ok) return null;
  // a place's or institution's name before the person is most often two syllables ("huyện Cao Lộc
  // Hoàng Minh Tú", "Trường THCS Kim Đồng Lò Minh Hoa"); elsewhere the fewer skipped the better
  const expectedSkip = context === "none" ? 0 : 2;
  return (surname ? 2 : 0) + (strong ? 3 : middle ? 2 : 0) + (n <= 4 ? 1 : -1) - 0.6 * Math.abs(skip - expectedSkip);
}

/**
 * A name without an honorific, inside a capitalised run that may start with a place or an
 * institution's name: tries dropping leading syllables and keeps the most name-like remainder.
 */
export function nameInRun(run: NameRun, context: RunContext): NameRun | null {
  let best: { run: NameRun; score: number } | null = null;
  for (let k = 0; k <= run.syllables.length - 2; k++) {
    const syl = run.syllables.slice(k);
    const score = nameScore(syl, k, context);
    if (score === null || (best && score <= best.score)) continue;
    const skipped = run.syllables.slice(0, k).join(" ");
    const start = run.start + (k ? skipped.length + 1 : 0);
    best = { run: { start, end: run.end, syllables: syl }, score };
  }
  return best && best.score >= 1 ? best.run : null;
}

/**
 * Does a run in a list of people, after a comma and without an honorific, read as a name: a
 * surname first ("Tẩn Văn Chỉn", "Ksor H'Bla"), a syllable with an apostrophe, or "Văn"/"Thị" second?
 */
export function looksLikeName(syllables: string[]): boolean {
  const [first, second] = [syllables[0] ?? "", syllables[1] ?? ""];
  return (PERSON_SURNAMES.has(first) || NAME_PREFIX_SYLLABLE.test(first) || STRONG_MIDDLE_NAMES.has(second)) && !notAPersonName(syllables);
}

/**
 * Folded key for merging mentions: "Trần Đinh Long" and "Trần Đình Long" are one person. The
 * name without its marks (decomposed, marks U+0300-U+036F dropped), "đ" as "d", in lower case,
 * every run of other characters than a-z and 0-9 one space, trimmed (nameKeyOf, the reference).
 * Each character folds on its own (the letters a decomposition reorders are marks: dropped or
 * spaces either way), so the fold of each is remembered, not worked out again for each name.
 */
export function nameKey(name: string): string {
  let key = "";
  let space = false;
  for (let i = 0; i < name.length; i++) {
    const folded = foldedUnit(name.charCodeAt(i));
    for (let j = 0; j < folded.length; j++) {
      const c = folded.charCodeAt(j);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (space && key) key += " ";
        key += folded[j];
        space = false;
      } else space = true;
    }
  }
  return key;
}

/** The reference fold of nameKey, of a whole name. */
export function nameKeyOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Each code unit folded as nameKeyOf folds it in a name ("ễ" -> "e", "Đ" -> "d", "-" -> " "; a half of a pair, any character outside a-z and 0-9 -> " "). */
const FOLDED_UNITS: (string | undefined)[] = [];
function foldedUnit(unit: number): string {
  let f = FOLDED_UNITS[unit];
  if (f === undefined) {
    f = unit >= 0xd800 && unit <= 0xdfff ? " " : String.fromCharCode(unit).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
    FOLDED_UNITS[unit] = f;
  }
  return f;
}
