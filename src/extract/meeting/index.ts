/**
 * The meeting record and the article's own facts: headline, date line, byline, and for the
 * meeting its kind, name, date, organizer, session, term, period and next period.
 */
import type { ReportDocument, Segment } from "../../document.js";
import { HOLD_VERB, MEETING_NOUN, NOT_THE_MEETING_BEFORE as NOT_THE_MEETING, ORDINAL_WORDS, SCHOOL_YEAR, romanToNumber } from "../../lexicon/meeting.js";
import type { Meeting, MeetingKind, Period, Report } from "../../schema/report.js";
import { lineAt, publicationAuthor, type Line } from "../../pipeline/clean.js";
import { DATELINE_PIECES, PART_OF_DAY_SOURCE } from "../../lexicon/dates.js";
import { vre } from "../../lexicon/regex.js";
import { findDates, isoDate, pad2, type DateMention } from "./dates.js";
import { collapseSpaces, hasAsciiLower, isDigit } from "./chars.js";
import { meetingKind } from "./kind.js";
import { canonicalOrgName, fixCapitals, makeOrganizer, organizerCandidates, readOrgName, withDefinedAbbreviations, type OrgCandidate } from "./organizer.js";
import { findPeriods, periodRole, toPeriod, type PeriodMention } from "./period.js";

export interface ArticleFacts {
  title: string | null;
  published: Report["published"];
  author: string | null;
  meeting: Meeting;
  /** view range of the headline, so other extractors can treat it as such */
  titleRange: { start: number; end: number } | null;
}

/** Text of a view range with its furniture blanked out. */
function bodyText(doc: ReportDocument, start: number, end: number): string {
  let out = "";
  let at = start;
  for (let i = doc.furnitureFrom(start); i < doc.furniture.length; i++) {
    const f = doc.furniture[i]!;
    if (f.end <= at) continue;
    if (f.start >= end) break;
    if (f.start > at) out += doc.view.slice(at, f.start);
    out += " ".repeat(Math.min(end, f.end) - Math.max(at, f.start));
    at = Math.min(end, f.end);
  }
  if (at < end) out += doc.view.slice(at, end);
  return out;
}

/** A line that opens with its date ("Chiều ngày 23/3/2023 ...") is the lead sentence. */
const OPENS_WITH_DATE = new RegExp(`^(?:${PART_OF_DAY_SOURCE}\\s+)?(?:ngày\\s+)?\\d{1,2}[/.-]\\d{1,2}`, "iu");
/** The date patterns of a date line, without "g": exec from the start of each line. */
const DATELINE_DATES = DATELINE_PIECES.dates.map((p) => new RegExp(p.source, p.flags.replace("g", "")));

/**
 * Lines that are not a headline although short: photo captions (a credit, a table bar "|", a
 * final period), a lead sentence that opens with its date ("Chiều ngày 23/3/2023 ...").
 */
function notAHeadline(doc: ReportDocument, line: { textStart: number; textEnd: number }, text: string): boolean {
  const raw = doc.view.slice(line.textStart, line.textEnd).trim();
  if (raw.startsWith("|") || raw.endsWith("|")) return true;
  if (doc.furniture.some((f) => f.kind === "furniture" && f.start > line.textStart && f.start < line.textEnd && /ảnh\s*:/iu.test(doc.view.slice(f.start, f.end)))) return true;
  // ends in ".", "!" or ";", not in "..." or "…"
  const last = text.charCodeAt(text.length - 1);
  if ((last === 46 || last === 33 || last === 59) && !text.endsWith("...") && !text.endsWith("…")) return true;
  if (mayOpenWithDate(text) && OPENS_WITH_DATE.test(text)) return true;
  return false;
}

/** Whether the text's last character before any white space is a digit 0-9. */
function endsInDigit(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last >= 48 && last <= 57;
}

/**
 * Whether OPENS_WITH_DATE can match: its match starts with a digit, a part of the day or "ngày",
 * in any case (the first letters s, t, c, đ, n; "ſ" is an "s" to a case-insensitive pattern).
 */
function mayOpenWithDate(text: string): boolean {
  const c = text.charCodeAt(0);
  return isDigit(c) || "stcđnSTCĐNſ".includes(text.charAt(0));
}

/** A view counter's line: "Lượt xem: 3.875", "97 lượt xem", "Lượt xem:". */
const COUNTER = /\d|lượt|xem|truy cập/iu;

const isCapitals = (s: string) => {
  // a lowercase a-z is a letter that upper case changes: not in capitals (the common case, fast)
  if (hasAsciiLower(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length > 8 && letters === letters.toUpperCase();
};

/**
 * The non-empty lines of splitLines(view) (each read by the same lineAt), made only as far as they are
 * asked for: the headline is among the first few.
 */
class NonEmptyLines {
  private readonly lines: Line[] = [];
  /** where the next line starts; past the end when every line is read */
  private next = 0;
  constructor(private readonly view: string) {}

  /** The k-th non-empty line, if there is one. */
  at(k: number): Line | undefined {
    const view = this.view;
    while (this.lines.length <= k && this.next <= view.length) {
      const line = lineAt(view, this.next);
      this.next = line.end + 1;
      if (line.textEnd > line.textStart) this.lines.push(line);
    }
    return this.lines[k];
  }
}

/** The headline: a short line above the body that is not furniture, a banner or a caption. */
function findTitle(doc: ReportDocument): { text: string; start: number; end: number } | null {
  const lines = new NonEmptyLines(doc.view);
  const candidates: { text: string; start: number }[] = [];
  let looked = 0;
  for (let i = 0; lines.at(i) && looked < 6; i++) {
    const l = lines.at(i)!;
    const f = doc.furnitureAt(l.textStart);
    if (f && f.end >= l.textEnd) continue;
    looked++;
    // the page's date line after a headline is not part of it ("... lần thứ I 24/12/2025 16:55")
    // (only a line ending in a digit, spaces aside, can end in such a date)
    const lineText = bodyText(doc, l.textStart, l.textEnd);
    const text = (endsInDigit(lineText) ? lineText.replace(/\s+\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2})?\s*$/u, "") : lineText).trim();
    if (text.length < 12) continue;
    if (text.length > 250) {
      // a long slogan above the page's date line is a banner; a long line elsewhere is the body
      const next = lines.at(i + 1);
      if (next && doc.furnitureAt(next.textStart)?.kind === "dateline") continue;
      break;
    }
    const next = lines.at(i + 1);
    const nextFurniture = next && doc.furnitureAt(next.textStart);
    // a slogan banner sits above the page menu (a view counter sits under the headline)
    if (nextFurniture && nextFurniture.kind === "furniture" && nextFurniture.end >= next!.textEnd && looked === 1 && lines.at(i + 2) !== undefined && !COUNTER.test(doc.view.slice(next!.textStart, next!.textEnd))) {
      let after: Line | undefined;
      for (let k = i + 1; k < i + 5 && !after; k++) {
        const x = lines.at(k);
        if (!x) break;
        if (!doc.furnitureAt(x.textStart)) after = x;
      }
      if (after && after.textEnd - after.textStart < 250) continue;
    }
    // a caption or the lead sentence: the article has begun, and it had no headline above
    if (notAHeadline(doc, l, text)) break;
    const start = l.textStart + (doc.view.slice(l.textStart, l.textEnd).length - doc.view.slice(l.textStart, l.textEnd).trimStart().length);
    candidates.push({ text: collapseSpaces(text), start });
  }
  // a section name in capitals above the real headline ("CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC")
  const chosen = candidates.find((c) => !isCapitals(c.text)) ?? candidates[0];
  return chosen ? { text: chosen.text, start: chosen.start, end: chosen.start + chosen.text.length } : null;
}

interface Dateline {
  start: number;
  date: string | null;
  time: string | null;
  /** year and month even when no day is given ("date 2024-03") */
  year: number;
  month: number;
  day: number | null;
}

function datelines(doc: ReportDocument): Dateline[] {
  const out: Dateline[] = [];
  for (const f of doc.furniture) {
    if (f.kind !== "dateline") continue;
    const s = doc.view.slice(f.start, f.end);
    const ym = s.includes("date ") ? /date (\d{4})-(\d{2})(?:-(\d{2}))?/u.exec(s) : null;
    if (ym) {
      const day = ym[3] ? Number(ym[3]) : null;
      out.push({ start: f.start, year: Number(ym[1]), month: Number(ym[2]), day, date: day ? `${ym[1]}-${ym[2]}-${ym[3]}` : null, time: null });
      continue;
    }
    // chrono reads only the date itself: a clock time or "(GMT +07:00)" beside it is not part of it
    // the first pattern that matches (each tried only if the ones before it did not)
    let piece: RegExpExecArray | null = null;
    for (const p of DATELINE_DATES) if ((piece = p.exec(s))) break;
    const d = piece ? findDates(piece[0]).find((x) => x.year !== null) : undefined;
    if (!d) continue;
    // (a clock time holds a ":")
    const clock = s.includes(":") ? (/(\d{1,2}):(\d{2})(?::\d{2})?\s*(SA|CH|AM|PM)?/iu.exec(s.slice(d.start)) ?? /(\d{1,2}):(\d{2})/u.exec(s)) : null;
    let time: string | null = null;
    if (clock) {
      let h = Number(clock[1]);
      // the afternoon marks (the group is one of four two-letter marks, in any case)
      const mark = (clock[3] ?? "").toLowerCase();
      if ((mark === "ch" || mark === "pm") && h < 12) h += 12;
      if (h < 24) time = `${pad2(h)}:${clock[2]}`;
    }
    out.push({ start: f.start, year: d.year!, month: d.month, day: d.day, date: isoDate(d.year!, d.month, d.day), time });
  }
  return out;
}

/** The byline's name: "Tin, ảnh: Đỗ Thị Gấm" -> "Đỗ Thị Gấm", "Nguyễn Tiến Tùng - LĐLĐ huyện" -> "Nguyễn Tiến Tùng". */
function findAuthor(doc: ReportDocument): string | null {
  for (const f of doc.furniture) {
    if (f.kind !== "byline") continue;
    let s = doc.view.slice(f.start, f.end).trim();
    const opening = s.slice(0, 5).toLowerCase();
    if ((opening.startsWith("nguồn") || opening.startsWith("theo")) && /^(?:nguồn|theo)\b/iu.test(s)) continue;
    // (a label of 1 to 20 characters, at most 40 code units, before the first ":")
    const colon = s.indexOf(":");
    if (colon >= 1 && colon <= 40) s = s.replace(/^[^:]{1,20}:\s*/u, "");
    // (a separator holds a "-" or is a line break)
    if (s.includes("-") || s.includes("\n")) s = s.split(/\s+-\s+|\n/u)[0]!;
    s = s.trim();
    if (s) return s;
  }
  // "Ngày đăng: 20/04/2023 | Tác giả: Lê Hồng Vân | Lượt xem: 96"
  for (const f of doc.furniture) {
    if (f.kind !== "dateline" && f.kind !== "furniture") continue;
    const a = publicationAuthor(doc.view.slice(f.start, f.end));
    if (a) return a;
  }
  return null;
}

const DOC_REFERENCE = /(?:(?:số|Số)\s+[\p{L}\d/.-]+\s*(?:của\s+[^,.;]{0,60})?|(?:Nghị quyết|Quyết định|Kế hoạch|Hướng dẫn|Chỉ thị|Công văn|Thông báo|Kết luận|Nghị định|Thông tư)[^,.;]{0,50})\s*(?:ban hành\s+)?(?:ngày\s+)?$/u;
/**
 * Words before a date that make it no day of the meeting: a deadline, a plan, a founding, a
 * birth, and a day celebrated ("chào mừng ngày 8/3", "kỷ niệm ngày 20/10", "nhân ngày 28/7").
 */
const NOT_MEETING_DAY = /(?:(?:trước|đến|tới|kể từ)(?:\s+ngày)?|hạn|thời hạn|dự kiến[^.;]{0,40}|sẽ[^.;]{0,30}|thành lập[^.;]{0,30}|sinh ngày|ngày sinh|(?:chào mừng|kỷ niệm|nhân dịp|nhân|hưởng ứng|mừng)\s+ngày)\s*$/iu;

const FUTURE_AFTER = vre(/^[^.;]{0,60}\b(?:sẽ|dự kiến)\b/u);

interface DateCandidate {
  d: DateMention;
  score: number;
  at: number;
}

/** The highest score of a date after the first three body sentences (1, +3, +2, +0.2 as scored below). */
const LATER_MAX_SCORE = 1 + 3 + 2 + 0.2;

/** A day word before the parentheses that give its date: "ngày (", "Sáng nay (", "Hôm qua (", "Sáng thứ Năm (". */
const DAY_IN_PARENTHESES = /(?:ngày|nay|(?:hôm|sáng|trưa|chiều|tối|đêm)\s+qua|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật)\s*\(\s*$/iu;

/** A review in a headline: "... tổng kết công tác công đoàn năm 2024". */
const REVIEW_WORD = /tổng kết|sơ kết/iu;
/** A review meeting held: "tổ chức Hội nghị tổng kết ...". */
const REVIEW_MEETING = /(?:tổ chức|khai mạc|tiến hành|diễn ra)\s+(?:thành công\s+)?hội nghị\s+(?:tổng kết|sơ kết)/iu;
/**
 * What holding the review a headline names adds to a date's score in the first sentences: more
 * than being among the first three (+1) and giving the hour (+0.2), so that of two meetings the
 * lead tells of, the one reported wins.
 */
const REVIEW_HELD_SCORE = 1.5;
/** How many body sentences that holds for. */
const REVIEW_HELD_SENTENCES = 6;

/**
 * The meeting date: the date of the highest score, the earliest of equal scores. `sentences` are
 * the body sentences with their text; `titleText` the headline, whose review names which of two
 * meetings a lead tells of is the one reported ("Chiều 13/1, Ban Chấp hành họp ... Sáng 14/1, ... tổ chức Hội
 * nghị tổng kết" under "... tổng kết công tác năm 2024").
 */
function bestMeetingDate(sentences: { seg: Segment; text: string }[], titleText: string | null): DateCandidate | null {
  const reviewTitle = titleText !== null && REVIEW_WORD.test(titleText);
  let best: DateCandidate | null = null;
  let bodyIndex = 0;
  for (let i = 0; i < sentences.length; i++) {
    const { seg: sent, text: s } = sentences[i]!;
    bodyIndex++;
    // a date further on scores at most LATER_MAX_SCORE and stands after the best: it cannot beat
    // a best of that score (dates are costly to find, chrono reads each sentence that may hold one)
    if (bodyIndex > (reviewTitle ? REVIEW_HELD_SENTENCES : 3) && best && best.score >= LATER_MAX_SCORE && allStartAfter(sentences, i, best.at)) break;
    // (per sentence: whether it holds a holding verb or a meeting noun)
    let meetingWords: boolean | undefined;
    const holdsMeetingWords = () => {
      if (meetingWords === undefined) {
        meetingWords = HOLD_VERB.test(s) || MEETING_NOUN.test(s);
        MEETING_NOUN.lastIndex = 0;
      }
      return meetingWords;
    };
    if (best) {
      // the highest score a date of this sentence can have, added up as below: below the best,
      // or equal and after it, its dates need not be read
      let most = 1;
      if (holdsMeetingWords()) most += 3;
      most += 2;
      if (bodyIndex <= 3) most += 1;
      most += 0.2;
      if (reviewTitle && bodyIndex <= REVIEW_HELD_SENTENCES) most += REVIEW_HELD_SCORE;
      if (most < best.score || (most === best.score && sent.start > best.at)) continue;
    }
    for (const d of findDates(s)) {
      const before = s.slice(Math.max(0, d.start - 80), d.start);
      const after = s.slice(d.end, d.end + 12);
      if (DOC_REFERENCE.test(before) || NOT_MEETING_DAY.test(before)) continue;
      // a dash then a digit after it, a digit then a dash before it (/^\s*-\s*\d/, /\d\s*-\s*$/)
      const afterDash = after.trimStart();
      if (afterDash.startsWith("-") && isDigit(afterDash.slice(1).trimStart().charCodeAt(0))) continue;
      const beforeDash = before.trimEnd();
      if (beforeDash.endsWith("-")) {
        const rest = beforeDash.slice(0, -1).trimEnd();
        if (isDigit(rest.charCodeAt(rest.length - 1))) continue;
      }
      // a date in parentheses is a reference, unless the parentheses give the day: "Trong 2 ngày
      // (15 - 16/6/2023)", "Sáng nay (19/1)", "Hôm qua (20/5)"
      if (beforeDash.endsWith("(") && !DAY_IN_PARENTHESES.test(before)) continue;
      let score = 1;
      if (holdsMeetingWords()) score += 3;
      // the words before the date, a parenthesised credit at the start left out (no "(": only
      // the white space is)
      const opening = s.slice(0, d.start).trimStart();
      const head = opening.startsWith("(") ? s.slice(0, d.start).replace(/^\s*(?:\([^)]{1,20}\)\s*-?\s*)?/u, "") : opening;
      // at most 20 letters and spaces (20 code points are at most 40 code units)
      if (head === "" || (head.length <= 40 && /^[\p{L}\s]{0,20}$/u.test(head))) score += 2;
      if (bodyIndex <= 3) score += 1;
      if (d.hour !== null) score += 0.2;
      if (reviewTitle && bodyIndex <= REVIEW_HELD_SENTENCES && REVIEW_MEETING.test(s)) score += REVIEW_HELD_SCORE;
      // "Ngày 3/12, Đại hội sẽ nghe ...": a day still to come
      // (both patterns need "sẽ" or "dự kiến")
      const rest = s.slice(d.end);
      if (((rest.includes("sẽ") || rest.includes("dự kiến")) && FUTURE_AFTER.test(rest)) || ((before.includes("sẽ") || before.includes("dự kiến")) && /(?:sẽ|dự kiến)[^.;]{0,30}$/u.test(before))) score -= 4;
      const at = sent.start + d.start;
      // the order of a sort by score, then by place (the first of exact ties, as a stable sort keeps it)
      if (!best || score > best.score || (score === best.score && at < best.at)) best = { d, score, at };
    }
  }
  return best;
}

/** Whether the sentences from `from` on all start after view offset `at`. */
function allStartAfter(sentences: { seg: Segment }[], from: number, at: number): boolean {
  for (let i = from; i < sentences.length; i++) if (sentences[i]!.seg.start <= at) return false;
  return true;
}

/** How many months before its end a period may be reviewed. */
function reviewSlack(p: Period): number {
  const school = p.from.endsWith(`-${pad2(SCHOOL_YEAR.fromMonth)}`) && p.to.endsWith(`-${pad2(SCHOOL_YEAR.toMonth)}`);
  return school ? (SCHOOL_YEAR.toMonth - SCHOOL_YEAR.reviewedFromMonth) : 2;
}

/** Whole months from the month of an ISO date ("2024-07-19") to a "YYYY-MM" month. */
function monthsBetween(date: string, month: string): number {
  const [y1, m1] = yearAndMonth(date);
  const [y2, m2] = yearAndMonth(month);
  return (y2 - y1) * 12 + (m2 - m1);
}

/** The first two numbers of "2024-07-19" or "2024-07" (as split("-").map(Number) reads them). */
function yearAndMonth(s: string): [number, number] {
  const a = s.indexOf("-");
  if (a < 0) return [Number(s), NaN];
  const b = s.indexOf("-", a + 1);
  return [Number(s.slice(0, a)), Number(b < 0 ? s.slice(a + 1) : s.slice(a + 1, b))];
}

function resolveYear(
  d: DateMention,
  ref: Dateline | null,
  kind: MeetingKind | null,
  period: Period | null,
  /** the lead and the start of the body, read only for a congress or another meeting */
  leadText: () => string,
): number | null {
  if (d.year !== null) return d.year;
  if (ref) {
    let year = ref.year;
    const candidate = Date.UTC(year, d.month - 1, d.day);
    const refTime = Date.UTC(ref.year, ref.month - 1, ref.day ?? 28);
    if (candidate - refTime > 7 * 864e5) year -= 1;
    return year;
  }
  // a school's meeting of its school year ("Hội nghị viên chức ... năm học 2024-2025", reviewing
  // 2023-2024) is held in the year the reviewed school year ends, as a review of it is
  if (kind === "other" && period && period.from.endsWith("-09")) return Number(period.to.slice(0, 4));
  if ((kind === "annual_review" || kind === "midyear_review") && period) {
    const [py, pm] = period.from.split("-").map(Number) as [number, number];
    const [ty] = period.to.split("-").map(Number) as [number];
    if (pm === 9) return ty; // a school year ends in the year it is reviewed
    if (kind === "midyear_review") return py;
    return d.month <= 4 ? py + 1 : py;
  }
  const lead = kind === "congress" || kind === "other" ? leadText() : "";
  if (kind === "congress" || kind === "other") {
    const term = /nhiệm kỳ\s+(\d{4})\s*-\s*\d{4}/iu.exec(lead);
    if (term) return Number(term[1]);
  }
  if (kind === "other") {
    const years = [...lead.matchAll(/năm\s+(\d{4})(?!\s*-)/giu)].map((m) => Number(m[1]));
    if (years.length) return Math.max(...years);
  }
  return null;
}

/**
 * "Hội nghị Ban Chấp hành lần thứ 9", "kỳ họp thứ XXII", "Hội nghị lần thứ ba Ban Chấp hành";
 * a word ordinal only after "lần" ("vào thứ Ba" is a weekday).
 */
const SESSION = vre(
  `(?:hội nghị|đại h[ộôo]i|kỳ họp|kì họp|phiên họp)(?:(?!đại h[ộôo]i|hội nghị)[^.;])*?(?:(?:lần\\s+)?thứ\\s+([\\dIVXLC]+)|lần\\s+thứ\\s+(${Object.keys(ORDINAL_WORDS).join("|")}))(?![\\p{L}\\d])`,
  "iu",
);
/** "Đại hội XII": the congress's number, when no session is named. */
const CONGRESS_NUMBER = vre(String.raw`đại h[ộôo]i\s+([IVXLC]+)(?![\p{L}])`, "iu");

function meetingName(s: string): string | null {
  // the meeting held: the object of "tổ chức", else the first meeting noun
  const m =
    /(?:tổ chức|khai mạc|diễn ra|tiến hành)\s+((?:Hội nghị|hội nghị|Đại h[ộô]i|đại h[ộô]i|Kỳ họp|kỳ họp|Lễ|lễ)\s[^,;.()]{3,140})/u.exec(s) ??
    /((?:Hội nghị|hội nghị|Đại h[ộô]i|đại h[ộô]i|Kỳ họp|kỳ họp|Lễ|lễ)\s[^,;.()]{3,140})/u.exec(s);
  if (!m) return null;
  let name = m[1]!.replace(/\s+(?:nhằm|để|tại|với sự|vào lúc|vào|cho|do|đã|sẽ|vừa|đang|được|có|là|diễn ra|tập trung|khai mạc|tiến tới|hướng tới|chào mừng|thông qua|đề ra)\s.*$/u, "").trim();
  name = name.replace(/\s+(?:In trang)$/u, "");
  // a noun alone ("Hội nghị") names nothing
  if (/^(?:Hội nghị|hội nghị|Đại h[ộô]i|đại h[ộô]i|Kỳ họp|kỳ họp|Lễ|lễ)$/u.test(name)) return null;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function extractMeeting(doc: ReportDocument): ArticleFacts {
  const title = findTitle(doc);
  const titleRange = title ? { start: title.start, end: title.end } : null;
  const lines = datelines(doc);
  const afterTitle = title ? lines.find((l) => l.start > title.start && l.start - title.end < 200) : undefined;
  const dateline = afterTitle ?? lines.find((l) => l.date) ?? lines[0] ?? null;
  const published = dateline?.date ? { date: dateline.date, time: dateline.time } : null;

  const bodySentences = doc.bodySentences();
  const sentenceTexts = bodySentences.map((s) => ({ seg: s, text: bodyText(doc, s.start, s.end) }));
  // the meeting day read right after the date line: chrono's code, run for both, is then still
  // in the processor's caches (the two calls cost about twice as much apart)
  const best = bestMeetingDate(sentenceTexts, title?.text ?? null);
  const leadSentences = sentenceTexts.filter((x) => !titleRange || x.seg.start < titleRange.start || x.seg.start >= titleRange.end).slice(0, 4);
  const lead = [title?.text ?? "", ...leadSentences.map((x) => x.text)].join("\n");
  // the whole body's text, made only when read (most reports need only the lead)
  let bodyJoined: string | undefined;
  const body = () => (bodyJoined ??= sentenceTexts.map((x) => x.text).join("\n"));

  const kind = meetingKind(lead, body);
  // no meeting, no one who held it (a feature story names companies and unions all the same)
  const organizer = kind === null ? null : chooseOrganizer(doc, title, sentenceTexts, leadSentences.map((x) => x.seg), kind === "congress");
  // a congress reports no period (and its date's year is not read from one)
  const chosen = kind === "congress" ? NO_PERIODS : choosePeriods(title?.text ?? null, sentenceTexts, kind, leadSentences.map((x) => x.seg));

  let date: string | null = null;
  if (best) {
    const year = resolveYear(best.d, dateline, kind, chosen.period, () => lead + "\n" + body().slice(0, 1500));
    if (year !== null) date = isoDate(year, best.d.month, best.d.day);
  }
  const { period, nextPeriod } = yearFromDate(chosen, date, dateline);
  // a meeting cannot review a period that ends months after it: "tuyên dương ... tiêu biểu năm
  // 2024" on 19/7/2024 honours people of a year still running, it does not review that year; a
  // school year is reviewed from May of its second year ("26/5/2025 ... năm học 2024 - 2025")
  const reviewed = period && date && monthsBetween(date, period.to) > reviewSlack(period) ? null : period;
  // nor plan a period that is over by the end of its month: "hoàn thành các chỉ tiêu năm 2023"
  // asked on 20/12/2023 finishes the year under way, it sets no next period
  const planned = nextPeriod && date && nextPeriod.to <= date.slice(0, 7) ? null : nextPeriod;

  // session and term belong to the meeting named in the headline or the lead sentence
  const meetingSentences = [title?.text ?? "", ...leadSentences.filter((x) => HOLD_VERB.test(x.text) && MEETING_NOUN.test(x.text)).map((x) => x.text)];
  MEETING_NOUN.lastIndex = 0;
  let session: number | null = null;
  let term: Meeting["term"] = null;
  for (const text of meetingSentences) {
    // what every match of SESSION and of the term's pattern holds, in lower case ("thứ", "nhiệm kỳ")
    const lower = text.toLowerCase();
    const sm =
      (lower.includes("thứ") ? SESSION.exec(text) : null) ??
      CONGRESS_NUMBER.exec(text);
    if (session === null && sm && !NOT_THE_MEETING.test(text.slice(Math.max(0, sm.index - 40), sm.index))) {
      const n = sm[1] ?? sm[2]!;
      session = /^\d+$/.test(n) ? Number(n) : (ORDINAL_WORDS[n.toLowerCase()] ?? romanToNumber(n));
    }
    const tm = lower.includes("nhiệm kỳ") ? /(?:hội nghị|đại h[ộôo]i|kỳ họp|ban chấp hành|BCH)[^.;]{0,100}?nhiệm kỳ\s+(\d{4})\s*-\s*(\d{4})/iu.exec(text) : null;
    if (term === null && tm && !NOT_THE_MEETING.test(text.slice(Math.max(0, tm.index - 40), tm.index)) && Number(tm[1]) <= Number(tm[2])) {
      term = { from: Number(tm[1]), to: Number(tm[2]) };
    }
  }

  // (the first lead sentence that holds a meeting is the first of meetingSentences after the
  // headline: the same tests, each from the pattern's start until one passes)
  const nameSource =
    (meetingSentences.length > 1 ? meetingSentences[1] : undefined) ??
    leadSentences.find((x) => /(?:tổ chức|diễn ra|khai mạc)/iu.test(x.text))?.text ??
    title?.text ??
    lead;
  MEETING_NOUN.lastIndex = 0;
  return {
    title: title?.text ?? null,
    titleRange,
    published,
    author: findAuthor(doc),
    meeting: {
      kind,
      name: meetingName(nameSource) ?? (title ? meetingName(fixCapitals(title.text)) : null),
      date,
      organizer,
      session: session && session > 0 && session < 200 ? session : null,
      term,
      period: kind === "congress" ? null : reviewed,
      nextPeriod: kind === "congress" ? null : planned,
    },
  };
}

function chooseOrganizer(
  doc: ReportDocument,
  title: { text: string; start: number } | null,
  sentences: { seg: Segment; text: string }[],
  lead: Segment[],
  congress: boolean,
): Meeting["organizer"] {
  const candidates: OrgCandidate[] = [];
  const inLead = new Set<OrgCandidate>();
  const add = (list: OrgCandidate[], lead: boolean) => {
    for (const c of list) {
      candidates.push(c);
      if (lead) inLead.add(c);
    }
  };
  if (title) add(organizerCandidates(title.text, title.start, true, congress), true);
  for (const x of sentences) {
    if (title && x.seg.start >= title.start && x.seg.start < title.start + title.text.length) continue;
    const isLead = lead.includes(x.seg);
    add(organizerCandidates(x.text, x.seg.start, isLead, congress), isLead);
  }
  if (candidates.length === 0) return null;
  // a body named in several places is more likely the organizer
  const counts = new Map<string, number>();
  const keys = candidates.map((c) => c.name.toLowerCase());
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  // the first of the highest weights (score, and a fifth for each other mention), earliest first
  let best = candidates[0]!;
  let bestWeight = -Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const weight = c.score + (counts.get(keys[i]!)! - 1) * 0.2;
    if (weight > bestWeight || (weight === bestWeight && c.at < best.at)) {
      best = c;
      bestWeight = weight;
    }
  }
  let name = canonicalOrgName(best.recased ? respell(best.name, candidates) : best.name);
  // the same body named in full elsewhere: "Liên đoàn Lao động huyện" in the lead, "Liên đoàn Lao
  // động huyện Lâm Bình" in the headline; "Công đoàn Công ty" in the headline, "Công đoàn Công ty
  // TNHH Thực phẩm ..." holding the meeting in the lead (other bodies of that kind in the body may be others)
  const placeEnd = /(?:tỉnh|huyện|quận|thị xã|thành phố|phường|xã)$/u.test(name);
  // (compared as kin names: "Công đoàn tỉnh" is how a headline calls the "Liên đoàn Lao động tỉnh
  // X" of the lead, "Công đoàn Công ty" the "Công đoàn cơ sở Công ty Y")
  const prefix = name.toLowerCase() + " ";
  const kinPrefix = kinName(name) + " ";
  let fuller: OrgCandidate | null = null;
  let fullerName = "";
  for (const c of candidates) {
    // a body named in the lead near as likely (a headline in capitals cannot tell a name from a
    // description: "CÔNG ĐOÀN CÔNG TY SƠ KẾT ...", so its weight says less)
    const near = inLead.has(c) && (c.score >= best.score - 1.5 || best.recased === true);
    if (!placeEnd && !near) continue;
    if (fuller && c.score <= fuller.score) continue;
    const n = canonicalOrgName(c.name);
    // the rest of the fuller name, after the words the two share
    const kin = kinName(n);
    // (kin only in the lead, where the meeting is held: further down "Công đoàn tỉnh X" may be another body)
    const rest = n.toLowerCase().startsWith(prefix) ? n.length - prefix.length : near && kin.startsWith(kinPrefix) ? kin.length - kinPrefix.length : -1;
    if (rest > 0 && /^\s\p{Lu}/u.test(n.slice(n.length - rest - 1))) {
      fuller = c;
      fullerName = n;
      // a place named: the first fuller name says which
      if (placeEnd) break;
    }
  }
  if (fuller) name = fullerName;
  // "Công đoàn ngành Giao thông (GT) ...": an abbreviation the report itself defines, written out
  name = withDefinedAbbreviations(name, doc.text);
  void readOrgName;
  return makeOrganizer(name);
}

/**
 * A body's name as its kin names compare: lower case, "Liên đoàn Lao động" before a place word
 * as "công đoàn" (the province's union federation is its "Công đoàn tỉnh"), "Công đoàn cơ sở" as
 * "công đoàn" (a company's grassroots union is its "Công đoàn Công ty").
 */
function kinName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^liên đoàn lao động (?=tỉnh|huyện|quận|thị xã|thành phố)/u, "công đoàn ")
    .replace(/^công đoàn cơ sở (?=\S)/u, "công đoàn ");
}

/**
 * A name read from a headline in capitals, spelt as the body spells it, or the part of it the
 * body names ("Công đoàn Tổng Công ty May X" from the headline, "Tổng công ty May X" in the body).
 */
function respell(name: string, candidates: OrgCandidate[]): string {
  const lower = name.toLowerCase();
  let out = name;
  let longest = 0;
  for (const c of candidates) {
    if (c.recased || c.name.length <= longest) continue;
    const at = lower.indexOf(c.name.toLowerCase());
    // a whole-word part of the name
    if (at < 0 || (at > 0 && name[at - 1] !== " ") || (at + c.name.length < name.length && name[at + c.name.length] !== " ")) continue;
    out = name.slice(0, at) + c.name + name.slice(at + c.name.length);
    longest = c.name.length;
  }
  return out;
}

interface ChosenPeriods {
  period: Period | null;
  nextPeriod: Period | null;
  /** a period named without its year ("sơ kết 6 tháng đầu năm"), for each role left without one */
  yearless: { review: PeriodMention | null; next: PeriodMention | null };
}

/**
 * "Ngày 8/7/2022, ... sơ kết hoạt động nửa năm, bàn nhiệm vụ 6 tháng cuối năm.":
 * a period named without its year is of the year the meeting was held (else the article's date
 * line); a reviewed period cannot begin after the meeting, nor a coming one end before it
 * ("quý I" planned in December is next year's).
 */
function yearFromDate(chosen: ChosenPeriods, date: string | null, dateline: Dateline | null): { period: Period | null; nextPeriod: Period | null } {
  let { period, nextPeriod } = chosen;
  const ref = date ? { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) } : dateline ? { year: dateline.year, month: dateline.month } : null;
  if (!ref) return { period, nextPeriod };
  const { review, next } = chosen.yearless;
  if (!period && review) period = toPeriod({ ...review, year: review.relative ? relativeYear(review.relative, ref) : ref.year - (review.fromMonth > ref.month ? 1 : 0) });
  if (!nextPeriod && next) nextPeriod = toPeriod({ ...next, year: next.relative ? relativeYear(next.relative, ref) : ref.year + (next.toMonth < ref.month ? 1 : 0) });
  return { period, nextPeriod };
}

/**
 * "năm qua" at a meeting held from October on is the year ending, before that the year before;
 * "năm tới" from July on is the next year, before that this one; "năm nay" is the meeting's.
 */
function relativeYear(relative: "past" | "this" | "next", ref: { year: number; month: number }): number {
  if (relative === "past") return ref.month >= 10 ? ref.year : ref.year - 1;
  if (relative === "next") return ref.month >= 7 ? ref.year + 1 : ref.year;
  return ref.year;
}

const NO_PERIODS: ChosenPeriods = { period: null, nextPeriod: null, yearless: { review: null, next: null } };

/**
 * The reviewed period and the next one: of each role, the first with a year in the headline or
 * the lead sentences, else the first with a year; `yearless` the first named without one (read
 * only when its role has no period with a year).
 */
function choosePeriods(
  titleText: string | null,
  sentences: { seg: Segment; text: string }[],
  kind: MeetingKind | null,
  lead: Segment[],
): ChosenPeriods {
  const found: { role: "review" | "next"; p: PeriodMention; inLead: boolean; order: number }[] = [];
  // "from now to the end of the year" names the next period only of a half-year review
  const counts = (role: "review" | "next", p: PeriodMention) => role !== "next" || !p.restOfYear || kind === "midyear_review";
  // of each role: a period with a year found in the lead, and one found anywhere
  const withYearInLead = { review: false, next: false };
  const withYear = { review: false, next: false };
  const scan = (s: string, inLead: boolean) => {
    const mentions = findPeriods(s);
    let prevEnd = 0;
    for (const p of mentions) {
      const said = periodRole(s, p, prevEnd);
      // the year of those honoured is the year reviewed at a meeting that reviews, or one held
      // to honour them (said in the lead: "Hội nghị tuyên dương ... tiêu biểu năm 2021"); not
      // at a launch that honours some workers on the side
      const role = said === "honour" ? (kind === "other" && !inLead ? null : "review") : said;
      prevEnd = p.end;
      if (role) {
        found.push({ role, p, inLead, order: found.length });
        if (p.year !== null && counts(role, p)) {
          withYear[role] = true;
          if (inLead) withYearInLead[role] = true;
        }
      }
    }
  };
  if (titleText) scan(titleText, true);
  let leadLeft = lead.length;
  for (const x of sentences) {
    const inLead = lead.includes(x.seg);
    scan(x.text, inLead);
    if (inLead) leadLeft--;
    // both periods are settled once each role has one with a year in the lead, or, the lead
    // read, one anywhere: sentences further on change neither (nor are the yearless read then)
    const settled = (role: "review" | "next") => withYearInLead[role] || (leadLeft === 0 && withYear[role]);
    if (settled("review") && settled("next")) break;
  }
  const candidates = (role: "review" | "next") => found.filter((f) => f.role === role && counts(role, f.p));
  const pick = (role: "review" | "next") => {
    const list = candidates(role);
    const chosen = list.find((f) => f.inLead && f.p.year !== null) ?? list.find((f) => f.p.year !== null);
    return chosen ? toPeriod(chosen.p) : null;
  };
  const yearless = (role: "review" | "next") => {
    const list = candidates(role).filter((f) => f.p.year === null && !f.p.schoolYear);
    return (list.find((f) => f.inLead) ?? list[0])?.p ?? null;
  };
  return { period: pick("review"), nextPeriod: pick("next"), yearless: { review: yearless("review"), next: yearless("next") } };
}
