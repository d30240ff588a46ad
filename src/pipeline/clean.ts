/**
 * Stage 3, clean: mark page furniture (menus, counters, related-article lists, datelines,
 * bylines) as ranges of the view. Nothing is deleted, so spans into the text stay valid; the
 * extractors simply do not look inside these ranges.
 */
import type { Furniture, FurnitureKind, ReportDocument } from "../document.js";
import {
  AUTHOR_LABELS,
  BYLINE_LINES,
  COUNTER_FIELD,
  FURNITURE_INLINE,
  FURNITURE_LINES,
  MENU,
  NAME_ONLY_LINE,
  PUBLICATION_FIELD,
  SECTION_NAMES,
  SECTION_TAIL,
  TAIL_MARKERS,
} from "../lexicon/furniture.js";
import { DATELINE_PIECES } from "../lexicon/dates.js";
import { caseless, vre } from "../lexicon/regex.js";

export interface Line {
  start: number;
  end: number;
  /** start/end without surrounding whitespace */
  textStart: number;
  textEnd: number;
}

/** The line of the view that starts at `start` (up to the next line break or the end). */
export function lineAt(view: string, start: number): Line {
  let end = view.indexOf("\n", start);
  if (end < 0) end = view.length;
  let ts = start;
  let te = end;
  while (ts < te && view.charCodeAt(ts) <= 32) ts++;
  while (te > ts && view.charCodeAt(te - 1) <= 32) te--;
  return { start, end, textStart: ts, textEnd: te };
}

export function splitLines(view: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= view.length; ) {
    const line = lineAt(view, start);
    lines.push(line);
    start = line.end + 1;
  }
  return lines;
}

/** Is this line nothing but a date, a time and a weekday (the article's date line)? */
export function isDateline(line: string): boolean {
  if (line.length > 90 || !/\d/.test(line)) return false;
  let rest = line;
  let found = false;
  for (const p of DATELINE_PIECES.dates) {
    const next = rest.replace(p, " ");
    if (next !== rest) found = true;
    rest = next;
  }
  if (!found) return false;
  for (const p of DATELINE_PIECES.extras) rest = rest.replace(p, " ");
  const words = rest.split(/[^\p{L}\d]+/u).filter(Boolean);
  return words.length <= 3 && !words.some((w) => /\d/.test(w));
}

const words = (s: string) => s.split(/\s+/u).length;
const allShort = (items: string[], max: number) => items.every((x) => words(x) <= max);
const allCapitalised = (items: string[]) => items.every((x) => /^\p{Lu}/u.test(x));
const pieces = (s: string, sep: RegExp) => s.split(sep).map((x) => x.trim()).filter(Boolean);

/** "Tin tức", "Hoạt động công đoàn cấp tỉnh": a section's name, alone or with its tail. */
function isSectionName(item: string): boolean {
  const lower = item.toLowerCase();
  if (SECTION_NAMES.has(lower)) return true;
  for (const name of SECTION_NAMES) {
    if (lower.startsWith(name + " ") && SECTION_TAIL.test(lower.slice(name.length + 1))) return true;
  }
  return false;
}

/**
 * A site's menu, breadcrumb or section name, by its shape: short capitalised items without
 * digits between separators ("Trang chủ | Giới thiệu | Tin tức | Liên hệ", "Trang chủ > Tin tức >
 * Hoạt động Công đoàn", "Tin tức - Sự kiện"). A headline has a verb, a colon, a number or a
 * long stretch of words; a sentence ends with a stop.
 */
export function isMenuLine(s: string): boolean {
  if (s.length > 200 || s.length < 4 || /[\d:;]|[.!?,]$/u.test(s)) return false;
  if (s.includes("|")) {
    const items = pieces(s, MENU.pipe);
    if (items.length >= 3 && allShort(items, MENU.maxItemWords)) return true;
  }
  const crumbs = pieces(s, MENU.breadcrumb);
  if (crumbs.length >= 2 && allShort(crumbs, MENU.maxItemWords + 1) && allCapitalised(crumbs)) return true;
  const spaced = pieces(s, MENU.spaced);
  if (spaced.length >= 3 && allShort(spaced, MENU.maxItemWords) && allCapitalised(spaced)) return true;
  const dashed = pieces(s, MENU.dash);
  if (dashed.length >= 3 && allShort(dashed, MENU.maxItemWords - 1) && allCapitalised(dashed)) return true;
  if (MENU.home.test(s) && words(s) <= 30) return true;
  // section names alone or in a breadcrumb: "Tin hoạt động", "Tin tức - Sự kiện"
  return words(s) <= 8 && [...crumbs.flatMap((c) => pieces(c, MENU.dash))].every(isSectionName);
}

/**
 * A publication line: fields between "|", each a labelled field ("Tác giả: Lê Hồng Vân",
 * "Số lượt xem: 96"), a counter ("1.045 lượt xem") or a piece of a date line ("Thứ Sáu,
 * 05/01/2024 - 10:12"), at least one of them labelled or a counter. "dateline" when a field
 * gives the date ("Ngày đăng: 20/04/2023 | Tác giả: ... | Số lượt xem: 96"), else "furniture"
 * ("Lượt xem: 58 | Người đăng: Admin"); null for any other line.
 */
/** A section's name: one to five words, the first capitalised, no digits or sentence marks. */
const SECTION_FIELD = vre(String.raw`^\p{Lu}[\p{L}\p{M}]*(?:[ -][\p{L}\p{M}]+){0,4}$`, "u");

export function publicationLine(s: string): "dateline" | "furniture" | null {
  if (s.length > 200 || !s.includes("|")) return null;
  const fields = pieces(s, MENU.pipe);
  if (fields.length < 2) return null;
  let labelled = false;
  let dated = false;
  // a section's name among the fields: "Ngày đăng: 16/01/2024 | Tin hoạt động | 205 lượt xem"
  let sections = 0;
  for (const f of fields) {
    if (isDateline(f)) dated = true;
    else if (PUBLICATION_FIELD.test(f) || COUNTER_FIELD.test(f)) labelled = true;
    else if (SECTION_FIELD.test(f)) sections++;
    else return null;
  }
  if (!labelled || (sections > 0 && (!dated || sections > 1))) return null;
  return dated ? "dateline" : "furniture";
}

/** The author named in a publication line's field ("... | Tác giả: Lê Hồng Vân | ..."), if any. */
export function publicationAuthor(s: string): string | null {
  if (!s.includes("|")) return null;
  for (const f of pieces(s, MENU.pipe)) {
    const m = PUBLICATION_FIELD.exec(f);
    if (m && AUTHOR_LABELS.has(m[1]!.toLowerCase())) return m[2]!.trim();
  }
  return null;
}

/**
 * A character that every match of a pattern contains, when its source says so plainly: after a
 * leading lookbehind without groups ("(?<!\\s)", which matches nothing) and leading whitespace
 * (\\s* or \\s+), an escaped punctuation mark ("\\(", "\\[", "\\|") or a plain character, not
 * quantified (and not a letter when the pattern ignores case). Else null.
 */
export function requiredCharacter(re: RegExp): string | null {
  const m = /^(?:\(\?<[!=][^()]*\))?(?:\\s[*+])?(?:\\([^\p{L}\p{N}])|([^\\^$.|?*+()[\]{}]))(?![?*{])/u.exec(re.source);
  if (!m) return null;
  const c = m[1] ?? m[2]!;
  return re.ignoreCase && c.toLowerCase() !== c.toUpperCase() ? null : c;
}

/**
 * One pattern for each set of flags, the alternation of the given patterns: a test of it is a
 * test of each, in one call. Every line of a page is tested against some thirty line patterns;
 * one call that fails at the first character of each alternative costs a fraction of thirty
 * calls into the regexp engine. Patterns keep their flags (an "i" pattern is not made "iu"); the
 * alternation of the "iu" ones is written without its "i" (lexicon/regex.ts, caseless: the same
 * matches, compiled in half the time).
 * No pattern here has the "g" or "y" flag or a backreference (checked); captures do not matter to a test.
 */
export function joinedByFlags(patterns: readonly RegExp[]): RegExp[] {
  const sources = new Map<string, string[]>();
  for (const p of patterns) {
    if (p.global || p.sticky || /\\[1-9]|\\k</u.test(p.source)) throw new Error(`cannot join ${p}`);
    const list = sources.get(p.flags) ?? [];
    list.push(`(?:${p.source})`);
    sources.set(p.flags, list);
  }
  // (an "iu" alternation with its "i" written out: it compiles in half the time, lexicon/regex.ts)
  return [...sources].map(([flags, list]) => caseless(list.join("|"), flags));
}

/** A bulleted headline of a list of other articles ("»" and "«" are '"' in the view). */
const HEADLINE_ITEM = /^(?:["›•·>*+]|[-–]\s)/u;
/** Headlines parted by "|" in one line: "A | B | C". */
const HEADLINES_IN_A_LINE = /\S\s\|\s.*\S\s\|\s\S/u;
/** Other articles' headlines in one line after a list heading: "TIN MỚI: A | B | C". */
const HEADLINE_TICKER = caseless(String.raw`^(?:các )?tin (?:mới(?: nhất| cập nhật)?|nổi bật|tiêu điểm|nóng|vắn|đọc nhiều|xem nhiều)\s*:\s*\S.*\s\|\s.*\S`, "iu");

const anyTest = (patterns: readonly RegExp[], s: string) => {
  for (const p of patterns) if (p.test(s)) return true;
  return false;
};
const FURNITURE_LINE = joinedByFlags(FURNITURE_LINES.map((m) => m.pattern));
const TAIL_MARKER = joinedByFlags(TAIL_MARKERS.map((m) => m.pattern));
const BYLINE_LINE = joinedByFlags(BYLINE_LINES.map((m) => m.pattern));

const INLINE = FURNITURE_INLINE.map((p) => ({ pattern: p.pattern, needs: p.needs ?? requiredCharacter(p.pattern), needsOneOf: p.needsOneOf ?? null }));

export function clean(doc: ReportDocument): ReportDocument {
  const view = doc.view;
  const lines = splitLines(view);
  const marks: Furniture[] = [];
  const mark = (start: number, end: number, kind: FurnitureKind) => {
    if (end > start) marks.push({ start, end, kind });
  };

  const nonEmpty = lines.filter((l) => l.textEnd > l.textStart);
  const bodyChars = nonEmpty.reduce((a, l) => a + (l.textEnd - l.textStart), 0);
  let seen = 0;
  let tailFrom = -1;
  // under a list heading near the top of the page: its bulleted lines are other articles' headlines
  let headlines = false;
  for (const line of nonEmpty) {
    const s = view.slice(line.textStart, line.textEnd);
    const listHeading = anyTest(TAIL_MARKER, s);
    // the related-articles tail: only once some of the article has gone by
    if (seen > Math.min(400, bodyChars * 0.2) && listHeading) {
      tailFrom = line.textStart;
      break;
    }
    seen += s.length;
    // "Tin mới" over "» LĐLĐ tỉnh trao 250 suất quà ..." lines or over "A | B | C", or "TIN MỚI:
    // A | B | C" on one line, above the article: other articles, with their numbers and names
    if (headlines && (HEADLINE_ITEM.test(s) || HEADLINES_IN_A_LINE.test(s))) {
      mark(line.textStart, line.textEnd, "furniture");
      continue;
    }
    headlines = false;
    if (listHeading) {
      mark(line.textStart, line.textEnd, "furniture");
      headlines = true;
      continue;
    }
    if (HEADLINE_TICKER.test(s)) {
      mark(line.textStart, line.textEnd, "furniture");
      continue;
    }
    if (anyTest(FURNITURE_LINE, s) || isMenuLine(s)) {
      mark(line.textStart, line.textEnd, "furniture");
      continue;
    }
    if (isDateline(s)) {
      mark(line.textStart, line.textEnd, "dateline");
      continue;
    }
    const publication = publicationLine(s);
    if (publication) {
      mark(line.textStart, line.textEnd, publication);
      continue;
    }
    const meta = /^date \d{4}-\d{2}(?:-\d{2})?(?:\s+\{title\})?\s*/u.exec(s);
    if (meta) mark(line.textStart, line.textStart + meta[0].length, "dateline");
    if (anyTest(BYLINE_LINE, s)) {
      mark(line.textStart, line.textEnd, "byline");
      continue;
    }
    for (const inline of INLINE) {
      // a line without the character every match needs cannot match: skip the regex scan
      if (inline.needs !== null && !s.includes(inline.needs)) continue;
      if (inline.needsOneOf !== null && !inline.needsOneOf.some((w) => s.includes(w))) continue;
      // an exec loop finds what matchAll finds, without cloning the pattern for every line
      const re = inline.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        mark(line.textStart + m.index, line.textStart + m.index + m[0].length, "furniture");
        if (!re.global) break;
        if (m[0].length === 0) re.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
      }
    }
  }
  if (tailFrom >= 0) mark(tailFrom, view.length, "related");
  markFootBylines(doc, nonEmpty, tailFrom, mark);

  doc.furniture = mergeRanges(marks);
  return doc;
}

/** An initial and a name alone on a line, "N. Hoa" or "T.Minh Anh": a byline. */
const INITIAL_AND_NAME = vre(String.raw`^\p{Lu}\.\s?\p{Lu}[\p{Ll}\p{M}]+(?:\s\p{Lu}[\p{Ll}\p{M}]+)?$`, "u");

/**
 * A name alone on a short line in the last lines of the article ("Văn Cương", "Vũ Dung" over
 * "Văn phòng Liên đoàn Lao động tỉnh", "Nguyễn Tiến Tùng - LĐLĐ huyện Chợ Mới") is the byline.
 */
function markFootBylines(
  doc: ReportDocument,
  lines: Line[],
  tailFrom: number,
  mark: (s: number, e: number, k: FurnitureKind) => void,
) {
  const view = doc.view;
  const body = lines.filter((l) => tailFrom < 0 || l.textStart < tailFrom);
  const last = body.slice(-4);
  for (let i = 0; i < last.length; i++) {
    const l = last[i]!;
    const s = view.slice(l.textStart, l.textEnd);
    if (s.length > 70 || /[.:;!?]$/.test(s) && !/^\p{Lu}\.\p{Lu}/u.test(s)) continue;
    const m = NAME_ONLY_LINE.exec(s);
    if (!m) continue;
    // a name line must not be a sentence fragment: short, and no lowercase word before a dash
    const beforeDash = m[1]!;
    if (beforeDash.split(/\s+/).length > 5) continue;
    mark(l.textStart, l.textEnd, "byline");
    // the unit under the name ("Văn phòng Liên đoàn Lao động tỉnh")
    const next = last[i + 1];
    if (next && view.slice(next.textStart, next.textEnd).length < 70 && i + 1 === last.length - 1) {
      mark(next.textStart, next.textEnd, "byline");
    }
  }
  // initials bylines ("H.Phúc", "M.Chi") anywhere in the last lines
  for (const l of last) {
    const s = view.slice(l.textStart, l.textEnd);
    if (INITIAL_AND_NAME.test(s)) mark(l.textStart, l.textEnd, "byline");
  }
}

function mergeRanges(ranges: Furniture[]): Furniture[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Furniture[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) last.end = r.end;
    } else out.push({ ...r });
  }
  return out;
}
