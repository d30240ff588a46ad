/**
 * Periods: "năm 2021", "6 tháng đầu năm 2023", "6 tháng cuối năm", "nửa đầu năm", "9 tháng",
 * "quý I", "năm học 2022-2023". Each mention is read as the period a meeting reviews or the
 * period its new tasks are for, from the cue words before it.
 */
import { INTENT_CUES, MONTH_CAMPAIGNS, NEXT_CUES, PLAN_VERBS, REPORTED_SPEECH, RESULT_CUES, REVIEW_CUES, STATUS_BEFORE_PLAN, romanToNumber } from "../../lexicon/meeting.js";
import { allMatches, vre } from "../../lexicon/regex.js";
import type { Period } from "../../schema/report.js";
import { pad2 } from "./dates.js";

export interface PeriodMention {
  start: number;
  end: number;
  label: string;
  /** month range; the year may still be unknown */
  fromMonth: number;
  toMonth: number;
  year: number | null;
  /** school years span two calendar years */
  schoolYear: boolean;
  /** "từ nay đến cuối năm": the rest of the year */
  restOfYear: boolean;
  /** the year of `toMonth` when it is not `year`'s: "từ tháng 9/2023 đến tháng 1/2024" */
  toYear?: number;
  /** a year named by where it stands from the meeting: "năm qua", "năm nay", "năm tới" */
  relative?: "past" | "this" | "next";
  /** the month of a yearly campaign: "Tháng Công nhân năm 2025" */
  campaign?: true;
}

/** "6 tháng", "sáu tháng", "03 tháng": how many months. */
const MONTH_COUNTS: Record<string, number> = { "3": 3, "03": 3, ba: 3, "6": 6, "06": 6, "sáu": 6, "9": 9, "09": 9, "chín": 9 };

const YEAR = "(?:\\s+(?:năm\\s+)?(\\d{4}))?";
// `cue`: a word every match holds (in lower case): a sentence without it skips the pattern
const PERIODS: { cue: string; re: RegExp; from: number; to: number; school?: boolean; rest?: boolean; quarter?: boolean; months?: boolean; relative?: boolean; campaign?: boolean }[] = [
  { cue: "học", re: vre(`\\bnăm học\\s+(?:mới\\s+)?(\\d{4})\\s*-\\s*(\\d{4})`, "giu"), from: 9, to: 8, school: true },
  // "6 tháng đầu năm", "6 tháng cuối năm 2023", "9 tháng đầu năm", "3 tháng cuối năm 2023": the
  // months are read from the number (`months`)
  { cue: "tháng", re: vre(`\\b(3|03|ba|6|06|sáu|9|09|chín)\\s+tháng\\s+(đầu|cuối)\\s+năm${YEAR}`, "giu"), from: 0, to: 0, months: true },
  { cue: "nửa", re: vre(`\\bnửa đầu năm${YEAR}`, "giu"), from: 1, to: 6 },
  { cue: "nửa", re: vre(`\\bnửa cuối năm${YEAR}`, "giu"), from: 7, to: 12 },
  { cue: "tháng", re: vre(`\\b(?:9|09|chín)\\s+tháng${YEAR}`, "giu"), from: 1, to: 9 },
  { cue: "từ nay", re: vre(`\\btừ nay đến cuối năm${YEAR}`, "giu"), from: 7, to: 12, rest: true },
  { cue: "quý", re: vre(`\\bquý\\s+(I{1,3}|IV|[1-4])\\b${YEAR}`, "giu"), from: 0, to: 0, quarter: true },
  // the month a campaign is held in: "phát động Tháng Công nhân năm 2025" plans May
  ...MONTH_CAMPAIGNS.map((c) => ({ cue: c.cue, re: vre(`${c.name}${YEAR}`, "giu"), from: c.month, to: c.month, campaign: true })),
  { cue: "năm", re: vre(`\\bnăm\\s+(\\d{4})\\b(?!\\s*-\\s*\\d)`, "giu"), from: 1, to: 12 },
  // "tổng kết công tác năm qua, bàn nhiệm vụ năm nay": the year from the meeting's
  { cue: "năm", re: vre(`\\bnăm\\s+(qua|nay|tới)\\b`, "giu"), from: 1, to: 12, relative: true },
];
const RELATIVE_YEARS: Record<string, "past" | "this" | "next"> = { qua: "past", nay: "this", "tới": "next" };
/** The "mới" of "năm học mới 2023 - 2024". */
const NEW_SCHOOL_YEAR = /\s+mới(?=\s)/u;

/**
 * "từ tháng 9/2023 đến tháng 1/2024", "từ tháng 2 đến tháng 5/2025", "từ tháng 1 đến tháng 6 năm
 * 2024": months named one by one, the years after them. The range is the precise statement: a
 * period it stands right after ("học kỳ I năm học 2023-2024 (từ tháng 9/2023 ...)") gives way to it.
 */
const MONTH_RANGE = vre(String.raw`\btừ tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?`, "giu");

/**
 * Which cues a sentence holds, in one pass. `includes` on the lower-cased sentence asked the
 * same thing cue by cue, ten string searches a sentence (each one slower on Vietnamese text than
 * a scan of the sentence by one pattern). The cues that hold no other cue are the alternatives
 * of one case-insensitive scan; when no two of them can overlap in a text (no end of one is the
 * start of another) the scan finds every one a sentence holds. The longer cues ("tháng công
 * nhân") are each asked on their own, and only of a sentence that holds the short cue inside them.
 */
export const PERIOD_CUES: readonly string[] = [...new Set(PERIODS.map((p) => p.cue))];
const CUES = PERIOD_CUES;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const SHORT_CUES = CUES.filter((c) => !CUES.some((o) => o !== c && c.includes(o)));
const overlap = (a: string, b: string) => [...Array(Math.min(a.length, b.length) - 1).keys()].some((i) => a.endsWith(b.slice(0, i + 1)));
const SCANNABLE = SHORT_CUES.every((a) => SHORT_CUES.every((b) => a === b || !overlap(a, b)));
const CUE_SCAN = new RegExp(SHORT_CUES.map(escape).join("|"), "giu");
const CUE_TEST = new Map(CUES.map((c) => [c, new RegExp(escape(c), "iu")]));

/** The cues of `PERIOD_CUES` that `s` holds, in any case. */
export function cuesIn(s: string): Set<string> {
  const found = new Set<string>();
  if (SCANNABLE) for (const m of allMatches(CUE_SCAN, s)) found.add(m[0].toLowerCase());
  for (const c of CUES) {
    if (found.has(c) || (SCANNABLE && SHORT_CUES.includes(c))) continue;
    // a longer cue holds a short one: without that one it is not there
    if (SCANNABLE && !SHORT_CUES.some((short) => c.includes(short) && found.has(short))) continue;
    if (CUE_TEST.get(c)!.test(s)) found.add(c);
  }
  return found;
}

/** Every period mentioned in a sentence, years borrowed within the sentence where missing. */
export function findPeriods(s: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  const cues = cuesIn(s);
  if (cues.size === 0) return out;
  for (const p of PERIODS) {
    if (!cues.has(p.cue)) continue;
    // an exec loop finds what matchAll finds, without cloning the pattern for every sentence
    if (!p.re.global) throw new TypeError("a period pattern must have the g flag"); // as matchAll would
    p.re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = p.re.exec(s)); p.re.lastIndex += m[0].length > 0 ? 0 : s.codePointAt(m.index)! > 0xffff ? 2 : 1) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && o.end > start)) continue;
      let from = p.from;
      let to = p.to;
      let year: number | null;
      if (p.school) year = Number(m[1]);
      else if (p.quarter) {
        const q = /^\d$/.test(m[1]!) ? Number(m[1]) : romanToNumber(m[1]!)!;
        from = (q - 1) * 3 + 1;
        to = q * 3;
        year = m[2] ? Number(m[2]) : null;
      } else if (p.months) {
        const n = MONTH_COUNTS[m[1]!.toLowerCase()]!;
        [from, to] = m[2]!.toLowerCase() === "đầu" ? [1, n] : [13 - n, 12];
        year = m[3] ? Number(m[3]) : null;
      } else if (p.relative) year = null;
      else year = m[1] ? Number(m[1]) : null;
      const relative = p.relative ? RELATIVE_YEARS[m[1]!.toLowerCase()] : undefined;
      // ("năm học mới 2023 - 2024" is named "năm học 2023 - 2024" where its tasks are set)
      const label = p.school ? m[0].replace(NEW_SCHOOL_YEAR, "") : m[0];
      out.push({ start, end, label, fromMonth: from, toMonth: to, year, schoolYear: !!p.school, restOfYear: !!p.rest, ...(relative ? { relative } : {}), ...(p.campaign ? { campaign: true as const } : {}) });
    }
  }
  if (cues.has("tháng")) {
    for (const m of allMatches(MONTH_RANGE, s)) {
      const fromMonth = Number(m[1]);
      const toMonth = Number(m[4]);
      if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12) continue;
      const toYear = m[5] ?? m[6];
      const fromYear = m[2] ?? m[3];
      // a year on one end only: the other end's is the same, or the one before or after where the months wrap
      const to = toYear ? Number(toYear) : fromYear ? Number(fromYear) + (toMonth < fromMonth ? 1 : 0) : null;
      const from = fromYear ? Number(fromYear) : to !== null ? to - (toMonth < fromMonth ? 1 : 0) : null;
      const start = m.index!;
      const end = start + m[0].length;
      // what it overlaps gives way ("tháng 5/2024" is no period of its own anyway)
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && out[i]!.end > start) out.splice(i, 1);
      out.push({ start, end, label: m[0], fromMonth, toMonth, year: from, schoolYear: false, restOfYear: false, ...(to !== null && to !== from ? { toYear: to } : {}) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // the period a range stands right after, in parentheses, gives way to it
  for (let i = out.length - 1; i > 0; i--) {
    const p = out[i]!;
    if (p.label.toLowerCase().startsWith("từ tháng") && /^\s*\(\s*$/u.test(s.slice(out[i - 1]!.end, p.start))) out.splice(i - 1, 1);
  }
  // "sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023": the first borrows 2023
  for (const p of out) {
    // (a year named by where it stands from the meeting borrows none)
    if (p.year !== null || p.relative) continue;
    const next = out.find((o) => o.start > p.start && o.year !== null && !o.schoolYear);
    const prev = [...out].reverse().find((o) => o.start < p.start && o.year !== null && !o.schoolYear);
    p.year = next?.year ?? prev?.year ?? null;
  }
  return out;
}

export function toPeriod(p: PeriodMention): Period | null {
  if (p.year === null) return null;
  if (p.schoolYear) return { label: p.label, from: `${p.year}-09`, to: `${p.year + 1}-08` };
  return { label: p.label, from: `${p.year}-${pad2(p.fromMonth)}`, to: `${p.toYear ?? p.year}-${pad2(p.toMonth)}` };
}

export type PeriodRole = "review" | "honour" | "next" | null;

/** "Bước sang" at the head of the sentence, right before the period. */
const MOVING_INTO = /^\s*(?:bước sang|bước vào)\s+$/iu;
/** The last months of a year named: "6 tháng cuối năm", "nửa cuối năm". */
const LAST_MONTHS = /cuối năm/iu;

/** A new clause that plans: ", triển khai", "và bàn giải pháp". */
const PLANNING_CLAUSE = /(?:,|\svà)\s+(?:bàn|triển khai|đề ra|thống nhất)\s/u;

/** "có" right before "nhiệm vụ": the meeting "has the task of" doing something. */
const AGENDA_BEFORE_TASKS = /(?:^|\s)có\s+$/u;

/** A verb of launching right before a campaign's name. */
const LAUNCHED_BEFORE = /(?:phát động|hưởng ứng|ra quân)\s*$/iu;

/** The next-period cues that name a target, which a result verb can say was reached. */
const TARGET_WORD = /^(?:chỉ tiêu|kế hoạch|nhiệm vụ|mục tiêu)$/iu;
const FUTURE = vre(/\b(?:tiếp tục|sẽ|tập trung|phấn đấu|cần|đề ra|định hướng)\b/iu);
const PAST = vre(/\b(?:đã|được|đạt|qua)\b/iu);

/**
 * What a period mention is: the one under review ("tổng kết công tác năm 2021") or the one the
 * new tasks are for ("triển khai nhiệm vụ năm 2022"). The first cue word in the stretch before it
 * decides; a sentence that opens with the period decides by its verbs.
 */
/** Words of honouring among the review cues: "tuyên dương 15 công nhân tiêu biểu năm 2022". */
const HONOUR_CUES = new Set(["biểu dương", "tuyên dương", "tôn vinh", "khen thưởng"]);
/**
 * A period after a word of honouring is the year of those honoured: the year a review reviews
 * at a review (where it is named again anyway), but at a launch or a gift programme no period
 * reviewed ("honour": choosePeriods weighs it by the kind of meeting and where it is said).
 */
const reviewOrHonour = (cue: string): PeriodRole => (HONOUR_CUES.has(cue.toLowerCase()) ? "honour" : "review");

export function periodRole(s: string, p: PeriodMention, previousEnd: number): PeriodRole {
  if (p.restOfYear) return "next";
  let from = Math.max(previousEnd, p.start - 90);
  const windowText = s.slice(from, p.start);
  // a quoted name or a new clause between cue and period breaks the link
  const cut = Math.max(windowText.lastIndexOf('"'), windowText.lastIndexOf(";"), windowText.lastIndexOf(":"));
  if (cut >= 0) from += cut + 1;
  const win = s.slice(from, p.start);
  // "phát động Tháng Công nhân năm 2025", "Lễ phát động Tháng Công nhân": the campaign launched is to come
  if (p.campaign && LAUNCHED_BEFORE.test(win)) return "next";
  REVIEW_CUES.lastIndex = 0;
  NEXT_CUES.lastIndex = 0;
  const review = REVIEW_CUES.exec(win);
  let next = NEXT_CUES.exec(win);
  // "dự án ... đang được triển khai, dự kiến hoàn thành trong năm 2025": a status, not a plan
  while (next && PLAN_VERBS.has(next[0].toLowerCase()) && STATUS_BEFORE_PLAN.test(win.slice(Math.max(0, next.index - 20), next.index))) next = NEXT_CUES.exec(win);
  // "Hội nghị có nhiệm vụ nhìn lại, đánh giá kết quả ... năm học 2021-2022": what the meeting is
  // for, not the tasks of a period
  while (next && AGENDA_BEFORE_TASKS.test(win.slice(Math.max(0, next.index - 4), next.index)) && next[0].toLowerCase() === "nhiệm vụ") next = NEXT_CUES.exec(win);
  if (review && next) {
    // "đánh giá kết quả đạt được, chỉ ra những hạn chế và bàn giải pháp thực hiện nhiệm vụ năm học
    // 2024 – 2025": a clause of planning between the review's word and the period plans it
    if (review.index < next.index && PLANNING_CLAUSE.test(win.slice(review.index, next.index))) return "next";
    return review.index < next.index ? reviewOrHonour(review[0]) : "next";
  }
  if (next) {
    // "hoàn thành vượt 6/6 chỉ tiêu năm 2021": a target reached is the year reviewed (the verb
    // right before the target word: "hoàn thành chương trình, bàn nhiệm vụ năm 2022" plans)
    if (TARGET_WORD.test(next[0])) {
      const before = win.slice(0, next.index);
      const done = RESULT_CUES.exec(before);
      const between = done ? before.slice(done.index) : "";
      if (done && between.length <= 40 && !/[,.]/u.test(between) && !INTENT_CUES.test(before)) return "review";
    }
    return "next";
  }
  if (review) return reviewOrHonour(review[0]);
  // "Năm 2021, ..." / "Trong 6 tháng đầu năm, ..." at the head of a sentence, or after reported
  // speech ("Chủ tịch ... cho biết, trong năm 2025, công đoàn sẽ tiếp tục ...")
  const head = s.slice(0, p.start);
  // "Bước sang quý IV, Công đoàn công ty tập trung ...": the period the work moves into
  if (MOVING_INTO.test(head)) return "next";
  if ((/^\s*(?:trong\s+)?$/iu.test(head) || (head.length <= 160 && REPORTED_SPEECH.test(head))) && /^\s*,/u.test(s.slice(p.end))) {
    const rest = s.slice(p.end, p.end + 120);
    const future = FUTURE.exec(rest);
    const past = PAST.exec(rest);
    // "Năm 2022, Công đoàn ... đã tiếp tục ...": the past tense comes first
    if (past && (!future || past.index <= future.index)) return "review";
    if (future) return "next";
  }
  // "6 tháng cuối năm", "nửa cuối năm", no word deciding: the rest of a year is yet to come
  if (p.toMonth === 12 && p.fromMonth > 1 && LAST_MONTHS.test(p.label)) return "next";
  return null;
}
