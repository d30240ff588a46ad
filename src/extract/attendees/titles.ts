/**
 * Titles as written next to a name: after it ("Lê Thị Hạnh, Phó Chủ tịch Thường trực LĐLĐ
 * tỉnh", "Hoàng Văn Tính - Phó Chủ tịch LĐLĐ quận Tây Hồ", "Đinh Công Sơn- Phó bí
 * thư- CT UBND quận") or before it ("Chủ tịch Liên đoàn Lao động tỉnh Phạm Thu Trang").
 * A title is a run of positions separated by commas or dashes, each starting with a position
 * word, and it ends where a verb begins.
 */
import { canonicalOrgName } from "../meeting/organizer.js";
import { POSITION_START, ROLE_NOUN_START, TITLE_BODY_AND, TITLE_STOP } from "../../lexicon/people.js";
import { isLetterOrMark } from "./chars.js";
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
    const c = s[at] ?? "";
    if (c === c.toLowerCase()) continue;
    const run = capitalizedRun(s, at, 8);
    if (!run || run.syllables.length < 2) continue;
    const name = nameInRun(run, contextBefore(s, at));
    if (name) return name.start - from;
    i += run.end - at;
  }
  return -1;
}

/** The title after a name ending at `at`, or null. */
export function titleAfter(s: string, at: number): TitleMatch | null {
  let pos = at;
  // "(thứ 7 tính từ phải qua)" between name and title
  const paren = /^\s*\([^()]{0,60}\)/u.exec(s.slice(pos));
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
    if (!POSITION_START.test(rest) && !(parts.length === 0 && ROLE_NOUN_START.test(rest))) break;
    // the part runs to the next separator, and is cut where a verb begins
    const partMatch = /^[^,;:.()]*?(?=\s*(?:,|;|:|\.(?:\s|$)|\(|\s-|-\s|$))/u.exec(rest);
    let part = partMatch ? partMatch[0] : rest;
    // "... huyện và hơn 300 đại biểu": "và" before a lower-case word leaves the title
    // (case-sensitive on purpose: under the i flag \p{Ll} matches capitals too)
    const andLower = /\svà\s+(?=\p{Ll}|\d)/u.exec(part);
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
      const cont = /^\s*-\s*(\p{Lu}[^,;:.()-]*)/u.exec(rest.slice(part.length));
      if (!cont || POSITION_START.test(cont[1]!) || /^\p{Lu}[\p{Ll}\p{M}]*\s+(?:Văn|Thị|Đức|Minh|Hữu|Thanh|Quang|Ngọc)\s/u.test(cont[1]!)) break;
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
  const title = s.slice(at, end).replace(/^\s*\([^()]*\)/u, "").replace(/^[\s,:-]+/u, "").replace(/\s+/g, " ").trim();
  return title ? { title, end } : null;
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
    if (i > 0 && isLetterOrMark(clause.charCodeAt(i - 1))) continue;
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
  if (title.split(/\s+/).length > 16) return null;
  return { title, start: clauseStart + best };
}

const LEADING_POSITION = /^(?:(?:tân|nguyên)\s+)?(?:phó\s+)?(?:chủ tịch|bí thư|trưởng ban|trưởng phòng|phó phòng|trưởng|giám đốc|tổng giám đốc|hiệu trưởng|viện trưởng|chủ nhiệm|chánh văn phòng|chánh án|tổng biên tập|ủy viên|uỷ viên|thư ký|bộ trưởng|thứ trưởng|CT|PCT|BT|PBT|GĐ|PGĐ|TGĐ|UV)(?:\s+(?:thường trực|TT|HĐQT|ban chấp hành|BCH|ban thường vụ|BTV))?\s+/iu;

/** The body a title names: "Phó Chủ tịch Thường trực LĐLĐ tỉnh" -> "Liên đoàn Lao động tỉnh". */
export function organizationOf(title: string | null): string | null {
  if (!title) return null;
  // positions are separated by commas, and by dashes only when a position follows
  const parts = title
    .split(/\s*,\s*/u)
    .flatMap((p) => p.split(/\s*-\s*(?=(?:phó\s+)?(?:chủ tịch|bí thư|trưởng|giám đốc|ủy viên|uỷ viên|CT|PCT|BT|PBT|UV|HUV|TUV|GĐ|PGĐ)(?![\p{L}]))/iu))
    .filter(Boolean);
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
