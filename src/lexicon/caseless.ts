/**
 * A case-insensitive Unicode pattern (flags "iu") written without the "i": each letter becomes
 * the class of the letters it stands for ("ế" -> "[ếẾ]") and each class gains the other cases of
 * its letters ("[a-c]" -> "[a-cABC]"), from the groups of lexicon/case-groups.ts, which are V8's
 * own. The pattern matches exactly what it matched before. Only for speed: V8 works out the
 * other cases of every letter of an "i" pattern when it compiles it, and the lexicons' patterns
 * are long alternations of Vietnamese words, so an "iu" pattern took about twice as long to
 * compile as the same pattern with the classes written out. Every thread that extracts compiles
 * each pattern once: in a one-file run that was a fifth of the start-up.
 */
import { CASE_GROUPS } from "./case-groups.js";

interface CaseTables {
  /** for each code unit, 1 + the index of its group in `groups`, or 0 when it has no other case */
  groupOf: Uint16Array;
  /** each group's code units as a string */
  groups: string[];
  /** every code unit that is in a group, ascending */
  cased: Uint16Array;
}

let tables: CaseTables | null = null;

function caseTables(): CaseTables {
  if (tables) return tables;
  const groupOf = new Uint16Array(65536);
  const groups = CASE_GROUPS.split(" ");
  const cased: number[] = [];
  groups.forEach((g, i) => {
    for (let k = 0; k < g.length; k++) {
      groupOf[g.charCodeAt(k)] = i + 1;
      cased.push(g.charCodeAt(k));
    }
  });
  return (tables = { groupOf, groups, cased: Uint16Array.from(cased.sort((a, b) => a - b)) });
}

/** A class member or atom read from an escape: a code unit, a set without case (\d \D \s \S), or null for what is not rewritten. */
type Escaped = { unit: number; next: number } | { set: true; next: number } | null;

const CONTROL: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
/** What may follow a backslash to stand for itself in a Unicode pattern (and "-", in a class). */
const SYNTAX = "^$\\.*+?()[]{}|/-";

/** The escape whose backslash is at `at`. */
function readEscape(s: string, at: number): Escaped {
  const c = s[at + 1];
  if (c === undefined) return null;
  let unit = -1;
  let next = at + 2;
  if (c === "u") {
    if (s[at + 2] === "{") {
      const close = s.indexOf("}", at);
      unit = parseInt(s.slice(at + 3, close), 16);
      next = close + 1;
    } else {
      unit = parseInt(s.slice(at + 2, at + 6), 16);
      next = at + 6;
    }
  } else if (c === "x") {
    unit = parseInt(s.slice(at + 2, at + 4), 16);
    next = at + 4;
  } else if (c === "c") {
    unit = s.charCodeAt(at + 2) % 32;
    next = at + 3;
  } else if (c === "0") unit = 0;
  else if (CONTROL[c] !== undefined) unit = CONTROL[c]!;
  else if (c === "d" || c === "D" || c === "s" || c === "S") return { set: true, next };
  else if (SYNTAX.includes(c)) unit = c.charCodeAt(0);
  // \w \W \b \B (their "i" meaning holds "ſ" and the Kelvin sign), \p{...}, backreferences
  else return null;
  // a surrogate or a code point outside the Basic Multilingual Plane: not rewritten
  if (!(unit >= 0 && unit <= 0xffff) || (unit >= 0xd800 && unit <= 0xdfff)) return null;
  return { unit, next };
}

/** The other cases of the code units of a class, by the class's text (patterns repeat classes). */
const CLASS_EXTRAS = new Map<string, string>();

/** The letters of other cases that a class with these ranges ([lo, hi] pairs) lacks. */
function extrasOf(ranges: number[]): string {
  const { groupOf, groups, cased } = caseTables();
  const holds = (u: number) => {
    for (let k = 0; k < ranges.length; k += 2) if (u >= ranges[k]! && u <= ranges[k + 1]!) return true;
    return false;
  };
  const extra = new Set<number>();
  for (let k = 0; k < ranges.length; k += 2) {
    // the first cased code unit at or after the range's start
    let lo = 0;
    let hi = cased.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cased[mid]! < ranges[k]!) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < cased.length && cased[i]! <= ranges[k + 1]!; i++) {
      const g = groups[groupOf[cased[i]!]! - 1]!;
      for (let j = 0; j < g.length; j++) {
        const u = g.charCodeAt(j);
        if (!holds(u)) extra.add(u);
      }
    }
  }
  let out = "";
  for (const u of [...extra].sort((a, b) => a - b)) out += `\\u${u.toString(16).toUpperCase().padStart(4, "0")}`;
  return out;
}

/** The class that opens at `at` ("["), with the other cases of its letters: its text and where it ends, or null. */
function closedClass(s: string, at: number): { text: string; next: number } | null {
  let i = at + 1;
  const negated = s[i] === "^";
  if (negated) i++;
  const start = i;
  const ranges: number[] = [];
  while (i < s.length && s[i] !== "]") {
    let lo: number;
    if (s[i] === "\\") {
      const e = readEscape(s, i);
      if (e === null) return null;
      i = e.next;
      // a set without case (\d \s and their complements) gains nothing
      if ("set" in e) continue;
      lo = e.unit;
    } else {
      lo = s.charCodeAt(i++);
      if (lo >= 0xd800 && lo <= 0xdfff) return null;
    }
    let hi = lo;
    if (s[i] === "-" && s[i + 1] !== "]" && i + 1 < s.length) {
      if (s[i + 1] === "\\") {
        const e = readEscape(s, i + 1);
        if (e === null || "set" in e) return null;
        hi = e.unit;
        i = e.next;
      } else {
        hi = s.charCodeAt(i + 1);
        if (hi >= 0xd800 && hi <= 0xdfff) return null;
        i += 2;
      }
    }
    ranges.push(lo, hi);
  }
  if (i >= s.length) return null;
  const body = s.slice(start, i);
  let extras = CLASS_EXTRAS.get(body);
  if (extras === undefined) CLASS_EXTRAS.set(body, (extras = extrasOf(ranges)));
  // (the extras are escapes: appended after a trailing "-" they would make a range of it)
  const text = extras === "" ? s.slice(at, i + 1) : `[${negated ? "^" : ""}${body.endsWith("-") && !body.endsWith("\\-") ? body.slice(0, -1) + "\\-" : body}${extras}]`;
  return { text, next: i + 1 };
}

/**
 * The source of a pattern that matches without the "i" flag exactly what `source` matches with
 * the flags "iu" (and any others but "v"), or null when `source` holds what is not rewritten here:
 * \w, \W, \b, \B, \p{...}, backreferences, characters outside the Basic Multilingual Plane.
 */
export function caselessSource(source: string): string | null {
  const { groupOf, groups } = caseTables();
  let out = "";
  // the text from `copied` to `i` needs no change
  let copied = 0;
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */) {
      const e = readEscape(source, i);
      if (e === null) return null;
      if (!("set" in e) && groupOf[e.unit]) {
        out += `${source.slice(copied, i)}[${groups[groupOf[e.unit]! - 1]}]`;
        copied = e.next;
      }
      i = e.next;
    } else if (c === 91 /* [ */) {
      const cls = closedClass(source, i);
      if (cls === null) return null;
      out += source.slice(copied, i) + cls.text;
      i = copied = cls.next;
    } else if (c === 40 /* ( */ && source.startsWith("(?<", i) && source[i + 3] !== "=" && source[i + 3] !== "!") {
      // a named group: its name stays as it is
      i = source.indexOf(">", i) + 1;
    } else if (c === 123 /* { */) {
      // a quantifier's bounds
      i = source.indexOf("}", i) + 1;
    } else if (c >= 0xd800 && c <= 0xdfff) return null;
    else {
      const g = groupOf[c]!;
      if (g) {
        out += `${source.slice(copied, i)}[${groups[g - 1]}]`;
        copied = i + 1;
      }
      i++;
    }
  }
  return out + source.slice(copied);
}
