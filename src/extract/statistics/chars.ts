import { isSpaceUnit, lowerUnit, unitClass } from "../../lexicon/regex.js";

/**
 * Characters looked at one by one, for the loops that read every number of a sentence: a table
 * lookup per UTF-16 code unit, where a regexp test or toLowerCase on a short string would call
 * into the engine every time.
 */

/**
 * One flag per UTF-16 code unit: 1 for those in `members`, the inside of a regexp character class
 * written with ranges and \uXXXX escapes (as LETTER and WORD_CHAR in lexicon/regex.ts), else 0.
 */
export function classTable(members: string): Uint8Array {
  const table = new Uint8Array(65536);
  const units: number[] = [];
  for (let i = 0; i < members.length; i++) {
    if (members[i] === "\\" && members[i + 1] === "u") {
      units.push(parseInt(members.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (members[i] === "\\") {
      units.push(members.charCodeAt(i + 1));
      i++;
    } else if (members[i] === "-" && units.length > 0 && i + 1 < members.length) {
      units.push(-1); // a range from the unit before to the unit after
    } else units.push(members.charCodeAt(i));
  }
  for (let k = 0; k < units.length; k++) {
    if (units[k + 1] === -1) {
      for (let u = units[k]!; u <= units[k + 2]!; u++) table[u] = 1;
      k += 2;
    } else table[units[k]!] = 1;
  }
  return table;
}

/**
 * Characters that a case-insensitive pattern with the u flag reads unlike toLowerCase, unlike
 * LETTER as written, or unlike the same pattern without the u flag: the long s (U+017F, "s" to
 * the pattern, which toLowerCase leaves), the Kelvin sign (U+212A, "k" to the pattern), and the
 * letters outside LETTER that such a pattern counts in LETTER by their case (U+2126 Ohm sign,
 * U+212B Angstrom sign, some Cyrillic, Greek and Latin Extended letters). For every other code
 * unit, a pattern with the i flag matches a letter of our words exactly where lowerUnit gives
 * that letter, and LETTER as the table of classTable; tests check this for each code unit.
 * Text holding one of these is left to the patterns as written.
 */
export const FOLDS_UNLIKE_LOWER =
  /[\u017F\u1C80-\u1C87\u1FBE\u1FD3\u1FE3\u2126\u212A\u212B\u2C62\u2C64-\u2C66\u2C6D-\u2C70\u2C7E\u2C7F\uA78D\uA7AA-\uA7AE\uA7B0-\uA7B2\uA7C5\uA7CB\uA7DC]/u;

/** A superset of FOLDS_UNLIKE_LOWER of two ranges and a character, tested far faster: text is rarely in it. */
const MAYBE_FOLDS_UNLIKE_LOWER = /[\u017F\u1C80-\u1C87\u1FBE-\uA7DC]/;

/** Whether a code unit is in the superset of FOLDS_UNLIKE_LOWER (for a look at a few characters). */
export function mayFoldUnlikeLower(unit: number): boolean {
  return unit === 0x17f || (unit >= 0x1c80 && unit <= 0x1c87) || (unit >= 0x1fbe && unit <= 0xa7dc);
}

/** Whether `s` holds no character of FOLDS_UNLIKE_LOWER. */
export function foldsLikeLower(s: string): boolean {
  return !MAYBE_FOLDS_UNLIKE_LOWER.test(s) || !FOLDS_UNLIKE_LOWER.test(s);
}

/** Whether `s` at `at` holds `word` (a lower-case word), case aside; false past the end of `s`. */
export function isLowerWordAt(s: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerUnit(s.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether `text` is a bare year, as /^(?:19|20)\d{2}$/ tells: four digits starting with 19 or 20. */
export function isYear(text: string): boolean {
  if (text.length !== 4) return false;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  const c = text.charCodeAt(2);
  const d = text.charCodeAt(3);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && c >= 48 && c <= 57 && d >= 48 && d <= 57;
}

/**
 * `s` in lower case: `s` itself when each of its characters is its own lower case (most words
 * of a report), where toLowerCase on a string with accented letters calls into the runtime.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (lowerUnit(unit) !== unit) return s.toLowerCase();
  }
  return s;
}

/**
 * The first two letters of each of `words`, in lower case, for mayStartWith: a pattern that
 * reads one of the words after spaces ("^\\s*(?:nhiệm vụ|trọng tâm|...)") is asked only where they are.
 */
export function twoLetterStarts(words: string[]): Set<number> {
  return new Set(words.map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));
}

/**
 * Whether `s` from `at`, past spaces (at least `minSpaces` of them), may start with one of the
 * words `starts` was made from: its next two characters are, in lower case, the first two letters
 * of one, or one of them may fold unlike its lower case (the caller's pattern then decides).
 */
export function mayStartWith(s: string, at: number, starts: Set<number>, minSpaces = 0): boolean {
  let i = at;
  while (i < s.length && isSpaceUnit(s.charCodeAt(i))) i++;
  if (i - at < minSpaces || i + 2 > s.length) return false;
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  if (mayFoldUnlikeLower(a) || mayFoldUnlikeLower(b)) return true;
  return starts.has(lowerUnit(a) * 65536 + lowerUnit(b));
}
