/**
 * The shape of a Vietnamese name: two to five capitalised syllables. After an honorific any
 * such run is a name (ethnic-minority names included: "Kon Sơ K'Lim", "Dương Sà Kha"); without
 * one, the run must start with a common surname, and a place name standing before it in a title
 * ("Chủ tịch UBND huyện Kbang Nguyễn Văn Dũng") is split off.
 */
import { MIDDLE_NAMES, POSITION_START, SURNAMES } from "../../lexicon/people.js";

/** One capitalised syllable: "Nguyễn", "Thị", "A", "K'Lim". */
const SYLLABLE = /^\p{Lu}(?:[\p{Ll}\p{M}]+(?:'\p{Lu}[\p{Ll}\p{M}]+)?|'\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\d])/u;

export interface NameRun {
  /** offsets in the searched string */
  start: number;
  end: number;
  syllables: string[];
}

/** The run of capitalised syllables starting at `at` (separated by single spaces). */
export function capitalizedRun(s: string, at: number, max = 6): NameRun | null {
  const syllables: string[] = [];
  let pos = at;
  let end = at;
  while (syllables.length < max) {
    const m = SYLLABLE.exec(s.slice(pos, pos + 20));
    if (!m) break;
    // a position word is not part of a name ("đồng chí Phó Chủ tịch ...")
    if (syllables.length === 0 && POSITION_START.test(s.slice(pos, pos + 30))) break;
    if (syllables.length > 0 && POSITION_START.test(s.slice(pos, pos + 30)) && !MIDDLE_NAMES.has(m[0])) break;
    syllables.push(m[0]);
    end = pos + m[0].length;
    if (s[end] !== " ") break;
    pos = end + 1;
  }
  return syllables.length ? { start: at, end, syllables } : null;
}

/** A name right after an honorific: any 2-5 capitalised syllables. */
export function nameAfterHonorific(s: string, at: number): NameRun | null {
  const run = capitalizedRun(s, at, 5);
  if (!run || run.syllables.length < 2) return null;
  return run;
}

/**
 * A name without an honorific, inside a capitalised run that may start with a place name:
 * tries dropping up to two leading syllables and keeps the most name-like remainder.
 */
export function nameInRun(run: NameRun, afterPlaceWord: boolean): NameRun | null {
  let best: { run: NameRun; score: number } | null = null;
  const maxSkip = 2;
  for (let k = 0; k <= Math.min(maxSkip, run.syllables.length - 2); k++) {
    const syl = run.syllables.slice(k);
    if (syl.length < 2 || syl.length > 5 || !SURNAMES.has(syl[0]!)) continue;
    // right after "tỉnh", "huyện", ... a run is the place ("thị xã Thái Hòa") unless it reads as a name
    if (afterPlaceWord && k === 0 && (syl.length < 3 || (!MIDDLE_NAMES.has(syl[1]!) && !SURNAMES.has(syl[1]!)))) continue;
    let score = syl.length >= 3 && syl.length <= 4 ? 2 : syl.length === 2 ? 1 : 0;
    if (MIDDLE_NAMES.has(syl[1]!) || (syl.length > 2 && SURNAMES.has(syl[1]!))) score += 2;
    score -= k * 0.5;
    const skipped = run.syllables.slice(0, k).join(" ");
    const start = run.start + (k ? skipped.length + 1 : 0);
    const candidate: NameRun = { start, end: run.end, syllables: syl };
    if (!best || score > best.score) best = { run: candidate, score };
  }
  return best && best.score >= 1 ? best.run : null;
}

/** Folded key for merging mentions: "Nguyễn Đinh Khang" and "Nguyễn Đình Khang" are one person. */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
