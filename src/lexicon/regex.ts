/**
 * JavaScript's \b only knows ASCII letters, so "\bthứ tư\b" never matches after "ư". The
 * lexicons write \b anyway for readability; `vre` rewrites each \b into a Unicode-aware
 * boundary: a word start where a word, a class or a group follows it, a word end elsewhere.
 */
import { caselessSource } from "./caseless.js";
import { PROPERTY_RANGES } from "./letter-classes.js";

/**
 * LETTER, the letters of a word in the text we read: letters of the Latin script (Vietnamese with
 * all its tones, Latin-1 and Latin Extended), Greek and Cyrillic, and combining marks; WORD_CHAR
 * adds the digits. Not `[\p{L}\p{M}]` and `[\p{L}\p{M}\p{N}]`: V8 builds such a class from the
 * Unicode tables for each pattern that holds it, about 1.3 ms per pattern; with a word boundary
 * in a hundred patterns, that was most of the time a one-file run took to start, and again in
 * every worker thread. Letters of other
 * scripts do not occur inside the words of a Vietnamese report.
 */
export const LETTER = "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF";
/** LETTER and the digits (with the superscripts and fractions Unicode counts as numbers). */
export const WORD_CHAR = `0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE${LETTER}`;
const START = `(?<![${WORD_CHAR}])`;
const END = `(?![${WORD_CHAR}])`;

export function unicodeBoundaries(source: string, lookahead = true): string {
  // from escape to escape, copying the stretches between them whole (a copy character by
  // character made each of the lexicons' long patterns a string of thousands of pieces, a tenth
  // of the command's start-up)
  let out = "";
  let copied = 0;
  for (let i = source.indexOf("\\"); i >= 0; i = source.indexOf("\\", i)) {
    if (source[i + 1] === "b") {
      out += source.slice(copied, i) + (isStart(source, i + 2) ? (lookahead ? impliedLookahead(source, i + 2) : "") + START : END);
      copied = i + 2;
    }
    // an escape and the character it escapes (an escaped backslash is no escape of the next one)
    i += 2;
  }
  return out + source.slice(copied);
}

/**
 * A \b is a word start when a letter or digit follows it, or when it opens the pattern or a
 * group or alternative ("(\b", "|\b", "(?:\b"); anywhere else it closes a word.
 */
export function isStart(source: string, at: number): boolean {
  const next = source[at];
  const prev = at >= 3 ? source[at - 3] : undefined;
  if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) return true;
  if (next === "(") {
    // a group: lookarounds sit after a word; a group of words starts one
    if (/^\(\?(?:=|!|<=|<!)/.test(source.slice(at, at + 4))) return false;
    const inner = source.slice(at).replace(/^\((?:\?:)?/, "");
    if (inner.startsWith("\\")) return /^\\[dpw]/.test(inner);
    return /^[\p{L}\p{N}[]/u.test(inner);
  }
  if (next === "\\" && /[dpw]/.test(source[at + 1] ?? "")) return prev === undefined || "(|:^".includes(prev) || !/[\p{L}\p{N})\]}?*+]/u.test(prev);
  return prev === undefined || "(|:^".includes(prev);
}

/**
 * Speed, not meaning: a word start before a literal word or a group of words also gets a
 * lookahead of that word or group, as in `(?=(?:tổng kết|sơ kết))(?<![\p{L}\p{M}\p{N}])(?:tổng
 * kết|sơ kết)`. The lookahead is implied by the match (the same text at the same place), so
 * what matches is unchanged; but V8 can then skip positions by their first characters instead of
 * testing the lookbehind at every position of the text, several times faster on long text.
 */
export function impliedLookahead(source: string, at: number): string {
  const c = source[at] ?? "";
  if (c === "(") {
    const bodyAt = source[at + 1] === "?" ? (source[at + 2] === ":" ? at + 3 : -1) : at + 1;
    if (bodyAt < 0 || !/^\p{L}$/u.test(source[bodyAt] ?? "")) return "";
    const end = groupEnd(source, at);
    // an optional group is not implied; backreferences would change meaning in a copy
    if (end < 0 || /^[?*{]/.test(source.slice(end + 1)) || /\\(?:[1-9]|k<)/.test(source.slice(at, end + 1))) return "";
    return `(?=${unicodeBoundaries(withoutCaptures(source.slice(at, end + 1)), false)})`;
  }
  if (!/^\p{L}$/u.test(c)) return "";
  let j = at;
  while (j < source.length && /^[\p{L}\p{M}\p{N} ]$/u.test(source[j]!)) j++;
  // a quantifier after the run applies to its last character only
  if (/^[?*{]/.test(source.slice(j))) j--;
  return j > at ? `(?=${source.slice(at, j)})` : "";
}

/** Index of the ")" that closes the group opening at `at`, or -1. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The same pattern with every capturing group made non-capturing. */
function withoutCaptures(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (c === "[") {
      let j = i + 1;
      for (; j < source.length && source[j] !== "]"; j++) if (source[j] === "\\") j++;
      out += source.slice(i, j + 1);
      i = j;
    } else if (c === "(" && source[i + 1] !== "?") out += "(?:";
    else if (c === "(" && source[i + 1] === "?" && source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
      out += "(?:";
      i = source.indexOf(">", i);
    } else out += c;
  }
  return out;
}

/**
 * The pattern with each \p{L}, \p{Lu}, \p{Ll}, \p{M} and \p{N} written as explicit ranges of the
 * characters of WORD_CHAR that have the property (lexicon/letter-classes.ts): inside a class its
 * ranges, elsewhere a class of them. Only for speed: V8 builds a property class from the Unicode
 * tables each time a pattern holds one. Other escapes, \P{...} included, are left as they are.
 */
export function explicitProperties(source: string): string {
  if (!source.includes("\\p{")) return source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const m = /^\\p\{(L|Lu|Ll|M|N)\}/u.exec(source.slice(i, i + 6));
      if (m) {
        const ranges = PROPERTY_RANGES[m[1] as keyof typeof PROPERTY_RANGES];
        out += inClass ? ranges : `[${ranges}]`;
        i += m[0].length - 1;
      } else {
        // an escape and the character it escapes
        out += c + (source[i + 1] ?? "");
        i++;
      }
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * What vre and caseless made of each pattern they were given, by kind, flags and source:
 * [source, flags]. The build saves them beside the bundled engine (scripts/engine-cache.mjs), and
 * the engine's loader hands them back (src/cli/load-engine.ts) under the global symbol
 * GIVEN_PATTERNS_KEY before the engine's modules run: then a thread compiles the patterns without
 * rewriting them first (the rewriting took a twentieth of a one-file run's start-up). The same
 * functions made them, so they are the same patterns (tested); one missing is made here as ever.
 */
const MADE_PATTERNS = new Map<string, readonly [string, string]>();
export const GIVEN_PATTERNS_KEY = Symbol.for("report-extract.vre-patterns");
let givenPatterns = (globalThis as { [GIVEN_PATTERNS_KEY]?: Record<string, readonly [string, string]> })[GIVEN_PATTERNS_KEY];
/** Whether this thread keeps what it makes: only where none were given, the build's run, which saves them. */
const KEEPS_MADE = givenPatterns === undefined;

/** Every pattern vre and caseless have made in this thread, to save with the build. */
export function madePatterns(): Record<string, readonly [string, string]> {
  return Object.fromEntries(MADE_PATTERNS);
}

/**
 * Let go of the given patterns once the engine's modules have made theirs (the loader calls it):
 * their keys, the sources as written, would stay in the heap of every thread for nothing.
 */
export function releaseGivenPatterns(): void {
  givenPatterns = undefined;
}

/** The pattern `make` makes of a source and flags, or the one the build made of them. */
function remembered(kind: string, given: string, givenFlags: string, make: () => readonly [string, string]): RegExp {
  const key = `${kind}${givenFlags}/${given}`;
  let made = givenPatterns?.[key];
  if (made === undefined) {
    made = make();
    if (KEEPS_MADE) MADE_PATTERNS.set(key, made);
  }
  return new RegExp(made[0], made[1]);
}

/** The flags without "i", when `source` (with the flags) could be written without it. */
function withoutI(source: string, flags: Set<string>): readonly [string, string] {
  const caseless = flags.has("i") && flags.has("u") ? caselessSource(source) : null;
  if (caseless === null) return [source, [...flags].join("")];
  flags.delete("i");
  return [caseless, [...flags].join("")];
}

/**
 * A RegExp with Unicode-aware \b and explicit letter classes (explicitProperties); the "u" flag
 * is always on, and an "i" is written out as classes of letters (lexicon/caseless.ts), which
 * match the same. A pattern that holds \p{...} is best given as a string (String.raw`...`): V8
 * builds the property classes of a literal from the Unicode tables when it creates it, up to
 * 1.6 ms for a pattern that is only read for its source here.
 */
export function vre(pattern: RegExp | string, flags?: string): RegExp {
  const given = typeof pattern === "string" ? pattern : pattern.source;
  const givenFlags = flags ?? (typeof pattern === "string" ? "" : pattern.flags);
  return remembered("vre ", given, givenFlags, () => withoutI(explicitProperties(unicodeBoundaries(given)), new Set(givenFlags + "u")));
}

/**
 * The same pattern with its "i" written out as classes of letters (lexicon/caseless.ts): it
 * matches exactly what it matched, and compiles in about half the time. Only a Unicode pattern
 * ("u") is rewritten; one that does not ignore case, or holds what caselessSource does not
 * rewrite, keeps its source and flags.
 */
export function caseless(pattern: RegExp | string, flags?: string): RegExp {
  const given = typeof pattern === "string" ? pattern : pattern.source;
  const givenFlags = flags ?? (typeof pattern === "string" ? "" : pattern.flags);
  if (!givenFlags.includes("i") || !givenFlags.includes("u")) return typeof pattern !== "string" && flags === undefined ? pattern : new RegExp(given, givenFlags);
  return remembered("caseless ", given, givenFlags, () => withoutI(given, new Set(givenFlags)));
}

export const WORD_START = START;
export const WORD_END = END;

/**
 * Every match of a global pattern, like `s.matchAll(re)` but without the copy of the pattern
 * that matchAll makes on each call: for a long pattern run on every sentence that copy costs
 * more than the matching itself.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/**
 * A character class asked of single characters, many times a sentence: each UTF-16 code unit is
 * tested against the pattern once per process and the answer remembered, where a pattern test
 * on a one-character string costs a call into the regexp engine every time. The answer is the
 * pattern's own for that code unit alone (a lone surrogate is no letter).
 */
export function unitClass(pattern: RegExp): (unit: number) => boolean {
  // 0: not yet known, 1: no, 2: yes
  const known = new Uint8Array(65536);
  return (unit: number): boolean => {
    let k = known[unit]!;
    if (k === 0) known[unit] = k = pattern.test(String.fromCharCode(unit)) ? 2 : 1;
    return k === 2;
  };
}

/** The lower case of each code unit: -2 not yet known, -1 more than one unit ("İ"). */
const LOWER = new Int32Array(65536).fill(-2);

/**
 * The lower case of one UTF-16 code unit, or -1 when it is longer than one unit. Remembered per
 * code unit: toLowerCase of a character outside ASCII is a call into the runtime.
 */
export function lowerUnit(unit: number): number {
  let l = LOWER[unit]!;
  if (l === -2) {
    const s = String.fromCharCode(unit).toLowerCase();
    LOWER[unit] = l = s.length === 1 ? s.charCodeAt(0) : -1;
  }
  return l;
}

/** \s of a pattern, for one code unit: the stages skip and trim spaces this way. */
export const isSpaceUnit = unitClass(/^\s$/u);
/** \p{Lu} of a pattern, for one code unit: a capital. */
export const isUpperUnit = unitClass(/^\p{Lu}$/u);
