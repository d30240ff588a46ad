/**
 * Tasks: the tasks and directions set for the next period, one item each, verbatim, with spans.
 * A list is found by its opening ("... gồm:", "xác định những việc trọng tâm:", "phấn đấu:",
 * "sẽ tiếp tục", "trong đó tập trung", "Theo định hướng,", "Hội nghị triển khai nhiệm vụ ...,")
 * in a sentence tied to the coming period (its label, with or without the year, or other words
 * for the same months: "quý IV" for "3 tháng cuối năm 2024"; without a next period, a year after
 * the one reviewed; "thời gian tới"; a congress's term; a month after the meeting); a target set
 * ("đặt mục tiêu ...") is the first item; items are split where the text separates them
 * (";", "…", sentence ends, bullets and numbering) and the list runs on through the paragraph
 * while the next sentence starts with a task verb, or on in bulleted or numbered lines. A
 * sentence that only announces a list ("... cần tập trung vào những nhiệm vụ chính.") is
 * no task: its items are the sentences or lines after it ("Một là, ...", "Trước hết, ...",
 * "Cùng với đó, ..."). Results of the past are not tasks.
 */
import type { ReportDocument, Segment } from "../../document.js";
import {
  AGENDA,
  COUNTED_OUT,
  MEETING_HAS_TASK,
  COLON_AIM,
  COLON_FORWARD,
  COLON_INTRO,
  DEPLOY_INTRO,
  DIRECTIVE,
  DIRECTIVE_CUE,
  DROPPED_LEAD,
  FUTURE_ANCHOR,
  FUTURE_ANCHOR_CUE,
  HEADING,
  NEAR_FUTURE,
  INLINE_MARKER,
  ITEM_MARKER,
  LAUNCH,
  MONTH_OF_YEAR,
  NOT_AN_ITEM,
  OPENER_DIRECTIVE,
  OPENER_END,
  OPENER_PAST,
  COLON_REACHED,
  COLON_RESULT,
  COLON_SET_HEAD,
  ATTENDANCE,
  TERM_PAST,
  PLAN_INTRO,
  SEQUENCE_LEAD,
  TASK_VERB,
} from "../../lexicon/tasks.js";
import { allMatches, isSpaceUnit, unitClass, vre } from "../../lexicon/regex.js";
import type { Task } from "../../schema/report.js";
import type { ArticleFacts } from "../meeting/index.js";
import { findPeriods } from "../meeting/period.js";

interface Start {
  /** view offset where the first item begins */
  at: number;
  /** continue through every later sentence of the paragraph, not only task-verb ones */
  wholeParagraph: boolean;
  /** the sentence only announces the list: its items are the following sentences or lines */
  announced?: boolean;
}

/** What a document says about the periods, prepared once per document. */
interface Periods {
  /** the next period's label as written by the meeting extractor ("quý II năm 2024") */
  label: string | null;
  /** the label folded */
  next: string | null;
  /** the label in lower case without its trailing year ("quý ii"): a colon's clause holding it is forward */
  nextWords: string | null;
  /** the label without its year ("quý II", "6 tháng cuối năm"), folded; null when only "năm" is left */
  nextNoYear: string | null;
  /** the reviewed period's label folded ("năm 2023") */
  past: string | null;
  /** the congress's term, when the meeting is a congress: the term its targets are for */
  term: { from: number; to: number } | null;
  /** the meeting's month as year * 12 + month, when the day is known */
  month: number | null;
  /** the next period's months as year * 12 + month, to compare periods worded otherwise ("quý IV" for "3 tháng cuối năm 2024") */
  nextRange: { from: number; to: number; year: number } | null;
  /** words one of which a period of the next period's length holds ("quý", "3 tháng"): a sentence without any is not searched */
  rangeCues: readonly string[];
  /** without a next period: a period with its year that begins after this month is a coming one (year * 12 + month) */
  comingAfter: number | null;
}

/** A period's words for comparison: lower case, "06" as " 6" (the same length). */
const foldPeriod = (s: string): string => {
  const lower = s.toLowerCase();
  // every sentence is folded, few hold a zero: the replace is skipped for the rest
  return lower.includes("0") ? lower.replace(/(?<!\d)0(\d)(?!\d)/g, " $1") : lower;
};
/** A label's trailing year: "năm 2024", "2023-2024". */
const TRAILING_YEAR = /\s*(?:năm\s+)?\d{4}(?:\s*-\s*\d{4})?$/u;
/** What may not follow a label written without its year: a letter or digit (quý II -> quý III), or a year. */
const AFTER_NO_YEAR = vre(String.raw`^(?:[\p{L}\d]|\s*(?:năm\s+)?\d)`, "u");
/** "nhiệm kỳ 2023 - 2028" */
const TERM_PHRASE = /nhiệm kỳ\s+(\d{4})\s*-\s*(\d{4})/giu;
/** A sentence opening with the term: "Nhiệm kỳ 2023 - 2028, ...", "Trong nhiệm kỳ 2023-2028, ..." */
const TERM_OPENING = /^(?:trong\s+|giai đoạn\s+)?nhiệm kỳ\s+(\d{4})\s*-\s*(\d{4})\s*,/iu;

function periodsOf(facts: ArticleFacts): Periods {
  const m = facts.meeting;
  const label = m.nextPeriod?.label ?? null;
  const next = label ? foldPeriod(label) : null;
  let nextNoYear = next ? next.replace(TRAILING_YEAR, "").trim() : null;
  if (nextNoYear !== null && (nextNoYear.length < 4 || /^(?:năm|năm học|trong năm)$/u.test(nextNoYear))) nextNoYear = null;
  const past = m.period?.label ? foldPeriod(m.period.label) : null;
  const term = m.kind === "congress" && m.term ? { from: m.term.from, to: m.term.to } : null;
  const month = m.date ? Number(m.date.slice(0, 4)) * 12 + Number(m.date.slice(5, 7)) : null;
  const ym = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  const np = m.nextPeriod;
  const nextRange = np ? { from: ym(np.from), to: ym(np.to), year: Number(np.from.slice(0, 4)) } : null;
  const rangeCues = nextRange ? (PERIOD_CUES_BY_LENGTH[nextRange.to - nextRange.from + 1] ?? []) : [];
  // "Chủ tịch ... cho biết, trong năm 2025, công đoàn sẽ ...": a year after the one reviewed
  // (or, with no period reviewed, one that begins by the meeting's quarter) is the coming one
  const comingAfter = nextRange || m.kind === "congress" ? null : m.period ? ym(m.period.to) : month !== null ? month - 3 : null;
  const nextWords = label?.toLowerCase().replace(TRAILING_YEAR, "") ?? null;
  return { label, next, nextWords, nextNoYear, past, term, month, nextRange, rangeCues, comingAfter };
}

/** Words a period of so many months is named with ("quý IV", "3 tháng cuối năm", "nửa cuối năm", "từ nay đến cuối năm"). */
const PERIOD_CUES_BY_LENGTH: Record<number, readonly string[]> = {
  1: ["tháng"],
  3: ["quý", "3 tháng", "ba tháng"],
  6: ["6 tháng", "sáu tháng", "nửa", "từ nay"],
  9: ["9 tháng", "chín tháng"],
};
/** A year written out ("2025"): a label holding one names its year. */
const YEAR_DIGITS = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
/** "năm 2025" (also ending "quý I năm 2025", "6 tháng đầu năm 2025"), in any case. */
const YEAR_NAMED = /(?<![\p{L}\p{M}])năm\s+((?:19|20)\d\d)(?!\d)/giu;

/**
 * Where a period of the same months as the next one ends in a folded sentence, or -1: "Trong
 * quý IV, ..." for "3 tháng cuối năm 2024", "nửa cuối năm" for "6 tháng cuối năm". A period
 * without its year is of the next period's year; school years are compared by their label.
 */
function sameRangeEnd(folded: string, p: Periods): number {
  if (!p.nextRange || !p.rangeCues.some((c) => folded.includes(c))) return -1;
  for (const m of findPeriods(folded)) {
    if (m.schoolYear) continue;
    const y = YEAR_DIGITS.test(m.label) ? m.year! : p.nextRange.year;
    if (y * 12 + m.fromMonth === p.nextRange.from && y * 12 + m.toMonth === p.nextRange.to) return m.end;
  }
  return -1;
}

/**
 * Without a next period: where a year after the one reviewed is named ("Chủ tịch ... cho
 * biết, trong năm 2025, công đoàn sẽ ..."), or -1.
 */
function comingYearEnd(s: string, p: Periods): number {
  if (p.comingAfter === null) return -1;
  YEAR_NAMED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR_NAMED.exec(s)); ) if (Number(m[1]) * 12 + 1 > p.comingAfter) return m.index + m[0].length;
  return -1;
}

/** Where a mention of the next period ends in a folded sentence, or -1. */
function nextMentionEnd(folded: string, p: Periods): number {
  if (p.next) {
    const i = folded.indexOf(p.next);
    if (i >= 0) return i + p.next.length;
  }
  if (p.nextNoYear) {
    // "Sang quý II, ..." for "quý II năm 2026", but not "quý III" nor "quý II năm 2025"
    for (let i = folded.indexOf(p.nextNoYear); i >= 0; i = folded.indexOf(p.nextNoYear, i + 1)) {
      const end = i + p.nextNoYear.length;
      if ((i === 0 || !/[\p{L}\d]/u.test(folded[i - 1]!)) && !AFTER_NO_YEAR.test(folded.slice(end, end + 12))) return end;
    }
  }
  return sameRangeEnd(folded, p);
}

/** Whether a text names the congress's term ("nhiệm kỳ 2023 - 2028"). */
function namesTerm(s: string, term: Periods["term"]): boolean {
  if (!term || (!s.includes("nhiệm kỳ") && !s.includes("Nhiệm kỳ"))) return false;
  TERM_PHRASE.lastIndex = 0;
  for (const m of allMatches(TERM_PHRASE, s)) if (Number(m[1]) === term.from && Number(m[2]) === term.to) return true;
  return false;
}

/**
 * Whether a sentence ends by announcing a list (OPENER_END). The announcement is its last
 * words, so only the end of a long sentence is searched.
 */
function announces(s: string): boolean {
  const tail = s.length > 200 ? s.slice(-200) : s;
  return LIST_NOUN.test(tail) && OPENER_END.test(tail);
}
/** The nouns an announcement ends with (lower case mid-sentence); a cheap test before OPENER_END. */
const LIST_NOUN = /nhiệm vụ|giải pháp|nội dung|mục tiêu|chỉ tiêu|công việc|định hướng/;

/**
 * Whether a sentence ties its paragraph to the coming period: it names the next period (or,
 * without one, a coming year) or opens with the congress's new term. Later colon lists of the
 * paragraph that name what is set ("Ba khâu đột phá gồm: ...") are then that period's tasks.
 */
function tiesToComing(s: string, periods: Periods): boolean {
  if (periods.term) {
    const t = TERM_OPENING.exec(s);
    if (t && Number(t[1]) === periods.term.from && Number(t[2]) === periods.term.to) return true;
  }
  if (OPENER_PAST.test(s) || (periods.past !== null && foldPeriod(s).includes(periods.past))) return false;
  return (periods.next ? nextMentionEnd(foldPeriod(s), periods) : comingYearEnd(s, periods)) >= 0;
}

/**
 * Where the tasks of a sentence begin, if the sentence opens a list of tasks. `tied`: an
 * earlier sentence of its paragraph tied the paragraph to the coming period (tiesToComing).
 */
function listStart(s: string, base: number, periods: Periods, alone: boolean, tied = false): Start | null {
  let foldedText: string | null = null;
  const fold = (): string => (foldedText ??= foldPeriod(s));
  const mentionsNextAt = (): number => (periods.next ? nextMentionEnd(fold(), periods) : comingYearEnd(s, periods));
  const colon = s.includes(":") ? COLON_INTRO.exec(s) : null;
  const beforeColon = colon ? s.slice(0, colon.index + colon[0].length) : "";
  const nextWords = periods.nextWords;
  let forward =
    colon &&
    // "Nhiệm vụ quý II: ...", "Phương hướng năm 2024: ...": a heading of its own
    ((colon.index === 0 && /^(?:nhiệm vụ|phương hướng|giải pháp|chỉ tiêu|mục tiêu)/iu.test(colon[0]) && !/\slà\s/u.test(colon[0])) ||
      COLON_FORWARD.test(beforeColon) ||
      (nextWords !== null && nextWords.length > 3 && beforeColon.toLowerCase().includes(nextWords)));
  if (colon && !forward) {
    // only the colon's own clause counts: in "Năm 2026, ... phấn đấu A; ... các nội dung: B; C" the aim is another clause's
    const from = beforeColon.lastIndexOf(";") + 1;
    const clause = beforeColon.slice(from);
    const head = fold().slice(from, beforeColon.length);
    const namesPast = periods.past !== null && head.includes(periods.past);
    const namesNext = (periods.next ? nextMentionEnd(head, periods) : comingYearEnd(head, periods)) >= 0;
    // "Năm 2026, Công đoàn ngành xác định những việc trọng tâm:", "nghiệp đoàn phấn đấu: ..."
    const result = COLON_RESULT.test(clause);
    if (COLON_AIM.test(clause) && (namesNext || !namesPast) && !result) forward = true;
    // "Trong năm 2026, công đoàn cơ sở với 3 nhóm nhiệm vụ:"
    else if (namesNext && !result && !COLON_REACHED.test(clause)) forward = true;
    // "Đại hội đã thông qua các chỉ tiêu nhiệm kỳ 2025 - 2030:": the new term has no results yet
    else if (namesTerm(clause, periods.term) && !TERM_PAST.test(clause)) forward = true;
    // "Nhiệm kỳ 2025 - 2030, Đại hội xác định ... Ba khâu đột phá gồm: ...": the paragraph's period
    else if (tied && COLON_SET_HEAD.test(clause) && !result && !COLON_REACHED.test(clause)) forward = true;
  }
  // "Dự hội nghị bàn nhiệm vụ năm 2026 có các đồng chí: ...": the guests
  if (colon && forward && !/(?:kết quả|tồn tại|hạn chế|nội dung, văn bản)/iu.test(colon[0]) && !ATTENDANCE.test(beforeColon)) {
    return { at: base + colon.index + colon[0].length, wholeParagraph: true };
  }
  // a heading of its own line, "Phương hướng, nhiệm vụ năm 2026", and the tasks in the lines below it
  if (alone && HEADING.test(s)) {
    const namesNext = mentionsNextAt() >= 0;
    if (namesNext || (FUTURE_ANCHOR_CUE.test(s) && FUTURE_ANCHOR.test(s) && !(periods.past !== null && fold().includes(periods.past)))) {
      return { at: base + s.length, wholeParagraph: false, announced: true };
    }
  }
  // "... cần tập trung vào những nhiệm vụ chính." and the tasks follow one a sentence
  if (announces(s)) {
    // "Hội nghị đã thống nhất đề ra bốn nhiệm vụ chính năm 2026.": the meeting's decision
    const coming = mentionsNextAt() >= 0 || NEAR_FUTURE.test(s);
    // "Năm 2025, công đoàn ngành đã tập trung vào hai nhóm nhiệm vụ.": what was done
    if (!coming && (OPENER_PAST.test(s) || (periods.past !== null && fold().includes(periods.past)))) return null;
    // an announcement is never a task itself; without a directive ("cần", "thống nhất") it opens nothing
    if (!coming && !OPENER_DIRECTIVE.test(s)) return null;
    return { at: base + s.length, wholeParagraph: false, announced: true };
  }
  // (it starts with "Theo" or "Định", in either case)
  const first = s.charCodeAt(0);
  const plan = first === 84 || first === 116 || first === 0x110 || first === 0x111 ? PLAN_INTRO.exec(s) : null;
  if (plan) {
    // "Theo kế hoạch, trong tháng 5, LĐLĐ quận sẽ:" over lines of tasks: the sentence only
    // announces them, and the tasks start after its colon
    const colonAt = s.lastIndexOf(":");
    if (colonAt >= plan[0].length && s.slice(colonAt + 1).trim() === "") return { at: base + colonAt + 1, wholeParagraph: true };
    return { at: base + plan[0].length, wholeParagraph: true };
  }
  // "Năm 2025, Công đoàn ngành xác định một là, ...; hai là, ...": tasks counted out, for the coming period
  const counted = s.includes(" là,") ? COUNTED_OUT.exec(s) : null;
  if (counted && /(?:hai là|thứ hai)\s*,/iu.test(s.slice(counted.index)) && mentionsNextAt() >= 0 && !OPENER_PAST.test(s)) {
    return { at: base + counted.index + (counted[0].length - counted[0].trimStart().length), wholeParagraph: false };
  }
  const deploy = s.includes("triển khai") ? DEPLOY_INTRO.exec(s) : null;
  if (deploy && TASK_VERB.test(s.slice(deploy[0].length))) return { at: base + deploy[0].length, wholeParagraph: false };

  // a future anchor (the next period, "phương hướng", "thời gian tới") then a directive word;
  // most sentences have no directive word at all, and are done before the anchors are looked for
  const directives = directivesOf(s);
  const launch = s.includes("phát động") ? LAUNCH.exec(s) : null;
  if (directives.length === 0 && !launch) return null;
  let anchorEnd = -1;
  const anchor = FUTURE_ANCHOR_CUE.test(s) ? FUTURE_ANCHOR.exec(s) : null;
  if (anchor) anchorEnd = anchor.index + anchor[0].length;
  // "06 tháng cuối năm 2023" is the same period as "6 tháng cuối năm 2023"; "Sang quý II, ..." as "quý II năm 2026"
  const i = mentionsNextAt();
  if (i >= 0 && (anchorEnd < 0 || i < anchorEnd)) anchorEnd = i;
  // "Nhiệm kỳ 2023 - 2028, Công đoàn ... sẽ ...": a congress's term
  if (anchorEnd < 0 && periods.term) {
    const t = TERM_OPENING.exec(s);
    if (t && Number(t[1]) === periods.term.from && Number(t[2]) === periods.term.to) anchorEnd = t[0].length;
  }
  // "Trong tháng 8/2026, ..." in a report of a meeting in June 2026: a coming month
  if (anchorEnd < 0 && periods.month !== null && s.includes("tháng")) {
    MONTH_OF_YEAR.lastIndex = 0;
    for (const m of allMatches(MONTH_OF_YEAR, fold())) {
      const month = Number(m[2]) * 12 + Number(m[1]);
      if (Number(m[1]) >= 1 && Number(m[1]) <= 12 && month > periods.month) {
        anchorEnd = m.index! + m[0].length;
        break;
      }
    }
  }
  if (anchorEnd < 0) return null;
  const quoted = s.includes('"') ? quotedRanges(s) : [];
  const markers = directives.filter((m) => m.index >= anchorEnd - 40 && !quoted.some(([a, b]) => m.index > a && m.index < b));
  if (launch && launch.index >= anchorEnd - 40 && (s.slice(launch.index).match(/;/g)?.length ?? 0) >= 2) {
    markers.push(launch);
    markers.sort((a, b) => a.index! - b.index!);
  }
  if (markers.length === 0) return null;
  let chosen = markers[0]!;
  // "đề nghị năm 2020, Công đoàn huyện tiếp tục ...": a later marker after a period and a body name
  for (const m of markers.slice(1)) {
    const between = s.slice(chosen.index! + chosen[0].length, m.index!);
    if (between.length < 70 && !/[;:]/.test(between) && /^\s*(?:(?:trong\s+)?(?:năm|6 tháng|thời gian|nhiệm kỳ)[^,;]{0,30},\s*)?(?:[^,;]{0,60}?\s+)?$/u.test(between)) chosen = m;
  }
  // "Đại hội sẽ bầu ...", "Đại hội có nhiệm vụ ..., xác định mục tiêu ...": the meeting's agenda
  if (AGENDA.test(s.slice(Math.max(0, chosen.index! - 30), chosen.index! + chosen[0].length))) return null;
  if (s.includes("có nhiệm vụ") || s.includes("là dịp")) {
    const agenda = MEETING_HAS_TASK.exec(s);
    if (agenda && agenda.index < chosen.index!) return null;
  }
  // the past is not a plan: "đã tiếp tục ..." reports results
  if (/(?:^|\s)đã\s+$/u.test(s.slice(Math.max(0, chosen.index! - 4), chosen.index!))) return null;
  // "cần thực hiện tốt những nội dung: A; B", "sẽ tập trung: A; B": the tasks follow the colon
  const colonAt = s.indexOf(":", chosen.index!);
  if (colonAt > 0 && colonAt - chosen.index! <= 100) {
    const head = s.slice(chosen.index!, colonAt);
    if (!head.includes(";") && (announces(head) || ANNOUNCING_ONLY.test(head))) return { at: base + colonAt + 1, wholeParagraph: false };
  }
  return { at: base + chosen.index!, wholeParagraph: false };
}

/**
 * The DIRECTIVE matches of a sentence, found from its first directive word on: every match
 * starts with its directive word (DIRECTIVE_CUE), except "đặt / đề ra / xác định (ra) mục
 * tiêu", which starts before "mục tiêu" with words that hold none; so no match starts before the
 * first directive word unless that word is "mục tiêu" (then the search starts at the beginning).
 */
const AIM_WORDS = /^mục tiêu$/iu;
export function directivesOf(s: string): RegExpExecArray[] {
  const cue = DIRECTIVE_CUE.exec(s);
  if (!cue) return [];
  const from = AIM_WORDS.test(cue[0]) ? 0 : cue.index;
  const out: RegExpExecArray[] = [];
  DIRECTIVE.lastIndex = from;
  for (let m: RegExpExecArray | null; (m = DIRECTIVE.exec(s)); ) out.push(m);
  return out;
}

/** Directive words and nothing else before a colon: "tập trung:", "sẽ tập trung vào:". */
const ANNOUNCING_ONLY = vre(/^(?:(?:sẽ|cần|phải|tiếp tục|tập trung|vào|thực hiện|tốt)\s*)+$/iu);

function quotedRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/** Split a stretch of text into items at ";", "…", "..." and sentence ends (not inside quotes). */
function splitItems(view: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let quote = false;
  let itemStart = from;
  // numbered items inside a sentence: "(1) ..., (2) ...", "Một là, ...; Hai là, ..."; their places, in order
  const stretch = view.slice(from, to);
  const markers: number[] = [];
  if (mayHoldInlineMarker(stretch)) {
    for (const m of allMatches(INLINE_MARKER, stretch)) if (m.index > 0) markers.push(from + m.index);
  }
  let nextMarker = 0;
  for (let i = from; i < to; i++) {
    const c = view.charCodeAt(i);
    // (a marker inside a "..." that was passed over is not one)
    while (nextMarker < markers.length && markers[nextMarker]! < i) nextMarker++;
    if (markers[nextMarker] === i) {
      if (!quote && i > itemStart) {
        out.push({ start: itemStart, end: i });
        itemStart = i;
      }
    }
    if (c === 34) quote = !quote; // '"'
    if (quote) continue;
    let cut = 0;
    if (c === 59 || c === 0x2026) cut = 1; // ";", "…"
    else if (c === 46) {
      // "...", or a "." before a space or the end
      if (view.charCodeAt(i + 1) === 46) {
        let j = i;
        while (view.charCodeAt(j) === 46) j++;
        cut = j - i;
      } else if (i + 1 >= to || isSpaceUnit(view.charCodeAt(i + 1))) cut = 1;
    }
    if (cut) {
      out.push({ start: itemStart, end: i });
      i += cut - 1;
      itemStart = i + 1;
    }
  }
  if (itemStart < to) out.push({ start: itemStart, end: to });
  return out;
}

/**
 * Can `t` hold an INLINE_MARKER? Every marker holds ")", or "là" and a comma after it (spaces
 * between), or "hứ" of "thứ", spaces, an ordinal of four letters at most, and a comma (spaces
 * between). "là" alone is a common word: most stretches are spared the pattern, whose
 * lookbehind it tries at every character.
 */
export function mayHoldInlineMarker(t: string): boolean {
  if (t.includes(")")) return true;
  for (let i = t.indexOf("là"); i >= 0; i = t.indexOf("là", i + 2)) {
    let j = i + 2;
    while (j < t.length && isSpaceUnit(t.charCodeAt(j))) j++;
    if (t.charCodeAt(j) === 44) return true;
  }
  for (let i = t.indexOf("hứ"); i >= 0; i = t.indexOf("hứ", i + 2)) {
    let j = i + 2;
    if (j >= t.length || !isSpaceUnit(t.charCodeAt(j))) continue;
    while (j < t.length && isSpaceUnit(t.charCodeAt(j))) j++;
    const word = j;
    while (j < t.length && j - word < 4 && !isSpaceUnit(t.charCodeAt(j)) && t.charCodeAt(j) !== 44) j++;
    while (j < t.length && isSpaceUnit(t.charCodeAt(j))) j++;
    if (t.charCodeAt(j) === 44) return true;
  }
  return false;
}

/** What an item is trimmed of at either end: spaces and [,.;:…]. */
const isItemTrim = unitClass(/^[\s,.;:…]$/u);

/** Does `text` hold fewer than three words (text.split(/\s+/) fewer than three parts, one more than the runs of spaces)? */
export function underThreeWords(text: string): boolean {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceUnit(text.charCodeAt(i))) continue;
    if (++runs >= 2) return false;
    while (i + 1 < text.length && isSpaceUnit(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

function trimItem(view: string, r: { start: number; end: number }, first: boolean): { start: number; end: number } | null {
  let { start, end } = r;
  while (start < end && isItemTrim(view.charCodeAt(start))) start++;
  while (end > start && isItemTrim(view.charCodeAt(end - 1))) end--;
  const marker = ITEM_MARKER.exec(view.slice(start, end));
  if (marker) start += marker[0].length;
  const lead = SEQUENCE_LEAD.exec(view.slice(start, end));
  if (lead) start += lead[0].length;
  // a list heading inside the list: "...; (3) ... . Một số chỉ tiêu chủ yếu: hằng năm ..." starts after its colon
  // (its first colon is within the first 81 characters: 161 code units at most)
  const colonAt = view.indexOf(":", start);
  const heading = colonAt >= 0 && colonAt < Math.min(end, start + 161) ? LIST_HEADING.exec(view.slice(start, end)) : null;
  if (heading && COLON_INTRO.test(heading[0])) start += heading[0].length;
  if (first) {
    const dropped = DROPPED_LEAD.exec(view.slice(start, end));
    if (dropped) start += dropped[0].length;
  }
  const text = view.slice(start, end);
  if (underThreeWords(text) || NOT_AN_ITEM.test(text)) return null;
  return { start, end };
}

/** A short heading ending in a colon at the start of an item: "Một số chỉ tiêu chủ yếu: " */
const LIST_HEADING = /^[^:;.!?"]{3,80}:\s*/u;

/** A sentence or line that is the next item of an announced list: "Hai là, ...", "Cùng với đó, đẩy mạnh ...", "- ...". */
function announcedItem(text: string): boolean {
  if (ITEM_MARKER.test(text) || TASK_VERB.test(text)) return true;
  const lead = SEQUENCE_LEAD.exec(text);
  return lead !== null && TASK_VERB.test(text.slice(lead[0].length));
}

/** An unmarked paragraph that is the next item of an announced list: one sentence, no ";" list of its own. */
function announcedLine(sentences: Segment[], text: string): boolean {
  return sentences.length === 1 && !text.includes(";") && announcedItem(text);
}

export function extractTasks(doc: ReportDocument, facts: ArticleFacts): Task[] {
  const out: Task[] = [];
  const seen = new Set<number>();
  const periods = periodsOf(facts);
  const view = doc.view;
  const paragraphs: Segment[][] = [];
  for (const s of doc.bodySentences()) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else paragraphs.push([s]);
  }
  const emit = (from: number, to: number, first: boolean) => {
    for (const item of splitItems(view, from, to)) {
      const t = trimItem(view, item, first);
      first = false;
      if (!t || seen.has(t.start) || doc.touchesFurniture(t.start, t.end)) continue;
      seen.add(t.start);
      out.push(doc.excerpt(t.start, t.end));
    }
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const sentences = paragraphs[p]!;
    let tied = false;
    // the last colon of the paragraph after its first sentence: is there one after a sentence?
    // (searched in the paragraph alone: a search back through the whole text for each paragraph grew with its square)
    const second = sentences.length > 1 ? sentences[1]!.start : -1;
    const colonAfterFirst = second < 0 ? -1 : view.slice(second, sentences[sentences.length - 1]!.end).lastIndexOf(":");
    const lastColon = colonAfterFirst < 0 ? -1 : second + colonAfterFirst;
    for (let k = 0; k < sentences.length; k++) {
      const sent = sentences[k]!;
      const text = view.slice(sent.start, sent.end);
      const start = listStart(text, sent.start, periods, sentences.length === 1, tied);
      // only a colon in a later sentence needs to know: the test is skipped in paragraphs without one
      if (!tied && k + 1 < sentences.length && lastColon >= sentences[k + 1]!.start) tied = tiesToComing(text, periods);
      if (!start) continue;
      // the list: the rest of this sentence, then following sentences while they continue it
      let end = sent.end;
      let j = k + 1;
      for (; j < sentences.length; j++) {
        const next = view.slice(sentences[j]!.start, sentences[j]!.end);
        if (start.announced) {
          if (!announcedItem(next)) break;
        } else if (!start.wholeParagraph && !TASK_VERB.test(next) && !ITEM_MARKER.test(next)) break;
        if (start.wholeParagraph && STOP_SENTENCE.test(next)) break;
        end = sentences[j]!.end;
      }
      emit(start.at, end, true);
      k = j - 1;
      // a list that runs to the end of its paragraph may go on in bulleted or numbered lines
      // (an announced list told in sentences does not go on in lines)
      const introOnly = view.slice(start.at, end).trim().length === 0;
      const openEnded =
        j === sentences.length &&
        (start.wholeParagraph || (start.announced === true && introOnly) || /:\s*$/u.test(view.slice(start.at - 3, start.at + 1)));
      if (!openEnded) continue;
      // the lines of one list share their kind of marker: "3. Hội nghị đã ..." after "- ..." lines
      // is the next section of the report, "2. Nhiệm vụ trọng tâm" the next heading
      let kind: string | null = null;
      while (p + 1 < paragraphs.length) {
        const next = paragraphs[p + 1]!;
        const text = view.slice(next[0]!.start, next[next.length - 1]!.end);
        // a sub-heading of the plan ("1. Mục tiêu", "2. Nhiệm vụ trọng tâm"): no task, its lines go on
        if (next.length === 1 && HEADING.test(text)) {
          kind = null;
          p++;
          continue;
        }
        if (!ITEM_MARKER.test(text) && !(introOnly && (start.announced ? announcedLine(next, text) : TASK_VERB.test(text)))) break;
        const k = markerKind(text);
        if (kind !== null && k !== kind) break;
        kind ??= k;
        emit(next[0]!.start, next[next.length - 1]!.end, false);
        p++;
      }
      break;
    }
  }
  return out;
}

/** The kind of marker a line starts with: a bullet, a number ("2.", "3)"), a letter ("a)"), none. */
function markerKind(text: string): string {
  if (/^[-+•*–]/u.test(text)) return "bullet";
  if (/^\(?\d{1,2}[.)]/u.test(text)) return "number";
  if (/^\(?[a-zđ]\)/u.test(text)) return "letter";
  return "none";
}

/** Sentences that leave the list and go back to the report. */
const STOP_SENTENCE = /^(?:Dịp này|Tại hội nghị|Tại đại hội|Hội nghị|Đại hội|Bên cạnh|Cũng tại|Nhân dịp)/u;
