/**
 * Titles as written next to a name: after it ("Lê Thị Hạnh, Phó Chủ tịch Thường trực LĐLĐ
 * tỉnh", "Hoàng Văn Tính - Phó Chủ tịch LĐLĐ quận Tây Hồ", "Đinh Công Sơn- Phó bí
 * thư- CT UBND quận") or before it ("Chủ tịch Liên đoàn Lao động tỉnh Phạm Thu Trang").
 * A title is a run of positions separated by commas or dashes, each starting with a position
 * word, and it ends where a verb begins.
 */
import { canonicalOrgName } from "../meeting/organizer.js";
import { mayStartPosition, positionAtStart, POSITION_START, ROLE_NOUN_START, TITLE_BODY_AND, TITLE_STOP } from "../../lexicon/people.js";
import { isLetterOrMark } from "./chars.js";
import { caseless, isSpaceUnit, lowerUnit } from "../../lexicon/regex.js";
import { capitalizedRun, contextBefore, nameInRun } from "./names.js";

export interface TitleMatch {
  title: string;
  /** offset just after the title in the searched string */
  end: number;
}

/** Where, inside the part of a title `part` starting at `from` in `s`, a person's name begins ("Bí thư Huyện ủy Y Thơng Niê"), or -1. */
function nameInside(s: string, from: number, part: string): number {
  for (let i = part.indexOf(" "); i >= 0; i = part.indexOf(" ", i + 1)) {
    const at = from + i + 1;
    // (a letter that lower case leaves as it is starts no name)
    if (at >= s.length || lowerUnit(s.charCodeAt(at)) === s.charCodeAt(at)) continue;
    const run = capitalizedRun(s, at, 8);
    if (!run || run.syllables.length < 2) continue;
    const name = nameInRun(run, contextBefore(s, at));
    if (name) return name.start - from;
    i += run.end - at;
  }
  return -1;
}

/** "và" before a lower-case word or a digit. */
const AND_LOWER = /\svà\s+(?=\p{Ll}|\d)/u;

/**
 * Where the part of a title that starts at `from` ends: before the first comma, semicolon,
 * colon, "(", sentence end ("." before a space or the end) or dash with a space on either side,
 * and before the spaces ahead of it; at the end of `s` when a ")" or a "." inside a word comes
 * first. What /^[^,;:.()]*?(?=\s*(?:,|;|:|\.(?:\s|$)|\(|\s-|-\s|$))/u read from `from` (no
 * match: the rest), in one pass instead of the lookahead tried at every character.
 */
export function partEnd(s: string, from: number): number {
  const n = s.length;
  for (let k = from; ; k++) {
    let w = k;
    while (w < n && isSpaceUnit(s.charCodeAt(w))) w++;
    if (w === n) return k;
    const c = s.charCodeAt(w);
    // , ; : (   . before a space or the end   - after a space or before one
    if (c === 44 || c === 59 || c === 58 || c === 40) return k;
    if (c === 46 && (w + 1 === n || isSpaceUnit(s.charCodeAt(w + 1)))) return k;
    if (c === 45 && (w > k || (w + 1 < n && isSpaceUnit(s.charCodeAt(w + 1))))) return k;
    const d = s.charCodeAt(k);
    if (d === 44 || d === 59 || d === 58 || d === 46 || d === 40 || d === 41) return n;
  }
}

/** Where the spaces (\s) from `at` end: the character a pattern starting "^\s*" reads next. */
function afterSpaces(s: string, at: number): number {
  while (at < s.length && isSpaceUnit(s.charCodeAt(at))) at++;
  return at;
}

/** Two spaces in a row, or a space other than " ": where replacing /\s+/g with " " changes anything. */
const OTHER_SPACING = /\s\s|[^\S ]/;

/** The title after a name ending at `at`, or null. */
export function titleAfter(s: string, at: number): TitleMatch | null {
  let pos = at;
  // "(thứ 7 tính từ phải qua)" between name and title
  const paren = s.charCodeAt(afterSpaces(s, pos)) === 40 ? /^\s*\([^()]{0,60}\)/u.exec(s.slice(pos)) : null;
  if (paren) pos += paren[0].length;
  const parts: string[] = [];
  let end = at;
  for (;;) {
    // positions are separated by commas, dashes, a colon, or (rarely) a bare space
    const sep = /^(?:\s*,)+\s*|^\s*-\s*|^\s*:\s*|^\s+/u.exec(s.slice(pos));
    if (!sep) break;
    const from = pos + sep[0].length;
    const rest = s.slice(from);
    // a position, or right after the name a role noun ("Lý Seo Chảo, giáo viên nhà trường")
    if (!(positionAtStart(s, from, s.length) ?? POSITION_START.test(rest)) && !(parts.length === 0 && ROLE_NOUN_START.test(rest))) break;
    // the part runs to the next separator, and is cut where a verb begins
    let part = s.slice(from, partEnd(s, from));
    // "... huyện và hơn 300 đại biểu": "và" before a lower-case word leaves the title
    // (case-sensitive on purpose: under the i flag \p{Ll} matches capitals too)
    const andLower = part.includes("và") ? AND_LOWER.exec(part) : null;
    if (andLower) part = part.slice(0, andLower.index);
    const stop = TITLE_STOP.exec(part) ?? (andLower ? { index: part.length } : null);
    if (stop && stop.index === 0) break;
    if (stop) part = part.slice(0, stop.index);
    part = part.trimEnd();
    if (!part) break;
    // "A, Trưởng Ban Dân vận Tỉnh ủy, Phó Chủ tịch UBND tỉnh B": the last position is B's
    const inside = nameInside(s, from, part);
    if (inside > 0) break;
    // "Phòng Lao động - Thương binh và Xã hội", "Ban Tuyên giáo - Nữ công": a dash inside a name
    for (;;) {
      if (stop) break;
      const cont = s.charCodeAt(afterSpaces(s, from + part.length)) === 45 ? /^\s*-\s*(\p{Lu}[^,;:.()-]*)/u.exec(rest.slice(part.length)) : null;
      if (!cont || (mayStartPosition(cont[1]!, 0, cont[1]!.length) && POSITION_START.test(cont[1]!)) || /^\p{Lu}[\p{Ll}\p{M}]*\s+(?:Văn|Thị|Đức|Minh|Hữu|Thanh|Quang|Ngọc)\s/u.test(cont[1]!)) break;
      const tail = cont[1]!.replace(/\s+$/u, "");
      const tailStop = TITLE_STOP.exec(tail);
      part = rest.slice(0, part.length + cont[0].length - cont[1]!.length) + (tailStop ? tail.slice(0, tailStop.index).trimEnd() : tail);
      if (tailStop) break;
    }
    parts.push(part);
    end = from + part.length;
    pos = end;
    if (stop) break;
  }
  if (parts.length === 0) return null; // (a title that is another person's leaves this one without)
  const written = s.slice(at, end);
  const bare = (s.charCodeAt(afterSpaces(s, at)) === 40 ? written.replace(/^\s*\([^()]*\)/u, "") : written).replace(/^[\s,:-]+/u, "");
  // (spaces are made single only where a run of them or another space than " " is: mostly none)
  const title = (OTHER_SPACING.test(bare) ? bare.replace(/\s+/g, " ") : bare).trim();
  return title ? { title, end } : null;
}

/** Are there more than `n` runs of spaces in `s` (split(/\s+/) would give more than n + 1 parts)? */
function spaceRunsOver(s: string, n: number): boolean {
  let runs = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceUnit(s.charCodeAt(i))) continue;
    if (++runs > n) return true;
    while (i + 1 < s.length && isSpaceUnit(s.charCodeAt(i + 1))) i++;
  }
  return false;
}

/** The title standing right before a name that starts at `at` (same clause). */
export function titleBefore(s: string, at: number): { title: string; start: number } | null {
  const clauseStart = Math.max(s.lastIndexOf(",", at - 1), s.lastIndexOf(";", at - 1), s.lastIndexOf(":", at - 1), s.lastIndexOf("(", at - 1), s.lastIndexOf("\n", at - 1)) + 1;
  const clause = s.slice(clauseStart, at);
  // the last position word of the clause starts the title, unless it ends a longer one
  // ("Hiệu trưởng": the position starts at "Hiệu", not at "trưởng")
  let best = -1;
  let coveredTo = -1;
  for (let i = 0; i < clause.length; i++) {
    if ((i > 0 && isLetterOrMark(clause.charCodeAt(i - 1))) || !mayStartPosition(clause, i, clause.length)) continue;
    const m = POSITION_START.exec(clause.slice(i));
    if (!m) continue;
    if (i >= coveredTo) best = i;
    coveredTo = Math.max(coveredTo, i + m[0].length);
  }
  if (best < 0) return null;
  // "Phó Chủ tịch": the position starts at "Phó", not at "Chủ tịch"
  for (;;) {
    const m = /(?:^|\s)((?:phó|tân|nguyên)\s+)$/iu.exec(clause.slice(0, best));
    if (!m) break;
    best -= m[1]!.length;
  }
  let title = clause.slice(best).trim();
  // a stop verb between title and name means they do not belong together ("và các" joining two bodies does not stop it)
  if (TITLE_STOP.test(title.includes("và các") ? title.replace(TITLE_BODY_AND, " ") : title)) return null;
  title = title.replace(/^(?:tân|các|nguyên)\s+/iu, "");
  if (spaceRunsOver(title, 15)) return null; // more than 16 words
  return { title, start: clauseStart + best };
}

const LEADING_POSITION = caseless(/^(?:(?:tân|nguyên)\s+)?(?:phó\s+)?(?:chủ tịch|bí thư|trưởng ban|trưởng phòng|phó phòng|trưởng|giám đốc|tổng giám đốc|hiệu trưởng|viện trưởng|chủ nhiệm|chánh văn phòng|chánh án|tổng biên tập|ủy viên|uỷ viên|thư ký|bộ trưởng|thứ trưởng|CT|PCT|BT|PBT|GĐ|PGĐ|TGĐ|UV)(?:\s+(?:thường trực|TT|HĐQT|ban chấp hành|BCH|ban thường vụ|BTV))?\s+/iu);

/** A position right after a dash in a title: "Phó Bí thư- CT UBND" (read at a place, sticky). */
const POSITION_AFTER_DASH = /(?:phó\s+)?(?:chủ tịch|bí thư|trưởng|giám đốc|ủy viên|uỷ viên|CT|PCT|BT|PBT|UV|HUV|TUV|GĐ|PGĐ)(?![\p{L}])/iuy;

/**
 * The positions of a title, none empty: it is cut at commas, and at dashes only when a position
 * follows; the spaces around a cut are dropped. This is what splitting at commas with the spaces
 * around them, then at dashes before a position (POSITION_AFTER_DASH) gave, without split's test
 * of a pattern at every character of the title.
 */
export function positionsOf(title: string): string[] {
  const out: string[] = [];
  const pieces = title.split(",");
  for (let k = 0; k < pieces.length; k++) {
    let piece = pieces[k]!;
    if (k > 0) piece = piece.trimStart();
    if (k < pieces.length - 1) piece = piece.trimEnd();
    let from = 0;
    for (let dash = piece.indexOf("-"); dash >= 0; dash = piece.indexOf("-", dash + 1)) {
      let cut = dash;
      while (cut > from && isSpaceUnit(piece.charCodeAt(cut - 1))) cut--;
      let next = dash + 1;
      while (next < piece.length && isSpaceUnit(piece.charCodeAt(next))) next++;
      POSITION_AFTER_DASH.lastIndex = next;
      if (!POSITION_AFTER_DASH.test(piece)) continue;
      if (cut > from) out.push(piece.slice(from, cut));
      from = next;
    }
    if (from < piece.length) out.push(piece.slice(from));
  }
  return out;
}

/** The body a title names: "Phó Chủ tịch Thường trực LĐLĐ tỉnh" -> "Liên đoàn Lao động tỉnh". */
export function organizationOf(title: string | null): string | null {
  if (!title) return null;
  const parts = positionsOf(title);
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = LEADING_POSITION.exec(parts[i]!);
    if (!m) continue;
    let org = parts[i]!.slice(m[0].length).trim();
    // "Trưởng Ban Tổ chức LĐLĐ thành phố": the department is part of the body
    if (/ban\s+$/iu.test(m[0]) && /^\p{Lu}/u.test(org)) org = `Ban ${org}`;
    if (/phòng\s+$/iu.test(m[0]) && /^\p{Lu}/u.test(org)) org = `Phòng ${org}`;
    if (org && /^\p{Lu}|^(?:tỉnh|huyện|quận|thành phố|thị xã|xã|phường)\b/u.test(org)) return canonicalOrgName(org);
  }
  return null;
}
