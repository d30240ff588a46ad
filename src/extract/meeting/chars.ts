/**
 * Character tests that stand in for small patterns run on every report. In a whole run each
 * pattern's own code is cold by the time the next report asks it (the run goes through several
 * hundred patterns a report), so a pattern costs far more there than in a loop of its own; these
 * loops share one piece of hot code. Each says which pattern it answers for.
 */
import { isSpaceUnit } from "../../lexicon/regex.js";

/** Whether `s` holds a letter a-z (what /[a-z]/ tests). */
export function hasAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** A code unit 0-9 (\d). */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether `s` holds a digit 0-9 (what /\d/ tests). */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}

/** How many times `c` occurs in `s` before `end` (what s.slice(0, end).match(/c/g)?.length ?? 0 counts). */
export function countBefore(s: string, c: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0 && i < end; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** `s.replace(/\s+/g, " ")`, without the pattern when `s` has no white space but single plain spaces. */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceUnit(c) && (c !== 32 || isSpaceUnit(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, " ");
  }
  return s;
}
