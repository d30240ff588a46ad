/**
 * What the review outputs (--format html, --explain) highlight in a report's text, and how the
 * highlights nest. Attendees, statistics and tasks carry their spans; meeting fields mostly do
 * not, so they are looked up in the text (the first place their words, or the date's usual
 * written forms, occur). Spans may overlap in any way (a statistic inside a task, two statistics
 * that cross); `nest` turns them into a properly nested tree, splitting a highlight into pieces
 * where it crosses another one's edge.
 */
import { ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import { METRICS, type Metric, type Report, type Span } from "../../schema/report.js";

export type HighlightKind = "meeting" | "attendee" | "statistic" | "task";

export interface Highlight {
  /** unique in a page: `hl-<report>-<kind>-<index or meeting field>` */
  id: string;
  kind: HighlightKind;
  /** the index in the report's array, or the meeting field's name */
  key: number | string;
  start: number;
  end: number;
  /** statistics only */
  metric?: Metric;
  /** a short description: "gifts.value = 52500000 VND" */
  label: string;
}

/** Kinds in the order they nest when two spans coincide: a task outside, a statistic inside. */
const KIND_ORDER: Record<HighlightKind, number> = { task: 0, meeting: 1, attendee: 2, statistic: 3 };

/** One colour per metric (light enough for black text), shared by the page and the terminal. */
export const METRIC_COLORS: Record<Metric, string> = {
  "gifts.count": "#ffd6a5",
  "gifts.value": "#ffb38a",
  "members.count": "#b9f6b0",
  "members.new": "#7fe0a0",
  "unions.count": "#9bf0ff",
  "unions.new": "#7cc8f2",
  "awards.collective": "#ffc6ff",
  "awards.individual": "#dcb4ff",
  participants: "#fdf59a",
  "activities.count": "#ffe08a",
  "funds.value": "#ff9e9e",
  percent: "#c4bcff",
  "other.count": "#d6d6d6",
  "other.value": "#cfcfa8",
};

/** The CSS class of a metric: "gifts.value" -> "m-gifts-value". */
export function metricClass(metric: string): string {
  return "m-" + metric.replace(/[^a-z0-9]+/gi, "-");
}

export { METRICS };

export const isUsableSpan = (text: string, span: Span | null | undefined): span is Span =>
  !!span && Number.isInteger(span[0]) && Number.isInteger(span[1]) && span[0] >= 0 && span[0] < span[1] && span[1] <= text.length;

// ---------------------------------------------------------------------------------------------
// meeting fields

export interface MeetingField {
  field: "name" | "organizer" | "date" | "session" | "term" | "period" | "nextPeriod" | "kind";
  label: string;
  /** the value as shown in a table */
  value: string;
  /** where it was found in the text, or null */
  span: Span | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** a literal phrase whose spaces may be any run of white space */
const phrase = (s: string) => escapeRegExp(s.trim()).replace(/\s+/g, "\\s+");
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

function find(text: string, patterns: string[]): Span | null {
  for (const source of patterns) {
    let re: RegExp;
    try {
      re = new RegExp(source, "iu");
    } catch {
      continue;
    }
    const m = re.exec(text);
    if (m && m[0].length > 0) return [m.index, m.index + m[0].length];
  }
  return null;
}

/** an organizer's name as written: each expanded abbreviation may appear short ("LĐLĐ huyện") */
function organizerPattern(name: string): string {
  let source = phrase(name);
  const longFirst = ABBREVIATIONS.filter((a) => !a.after).sort((a, b) => b.long.length - a.long.length);
  const slots: string[] = [];
  for (const a of longFirst) {
    const long = phrase(a.long);
    source = source.replace(new RegExp(escapeRegExp(long), "giu"), () => {
      slots.push(`(?:${long}|${phrase(a.short)})`);
      return `\u0000${slots.length - 1}\u0000`;
    });
  }
  // eslint-disable-next-line no-control-regex
  return source.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => slots[Number(i)]!);
}

const ROMAN: [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];
function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

function datePatterns(iso: string): string[] {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const D = `0?${d}`;
  const M = `0?${m}`;
  const sep = "\\s*[/.-]\\s*";
  return [
    `(?<![\\d/.-])${D}${sep}${M}${sep}${y}(?!\\d)`,
    `${NOT_WORD_BEFORE}ngày\\s+${D}\\s+tháng\\s+${M}(?:\\s*,?\\s*năm)?\\s+${y}(?!\\d)`,
    `(?<![\\d/.-])${D}\\s+tháng\\s+${M}(?:\\s*,?\\s*năm)?\\s+${y}(?!\\d)`,
    // without the year, only after a day word: "Chiều ngày 10/1", "Sáng 24-12"
    `${NOT_WORD_BEFORE}(?:ngày|sáng|chiều|tối|trưa)\\s+(?:ngày\\s+)?${D}\\s*[/.-]\\s*${M}(?![\\d/]|[.,]\\d)`,
    `${NOT_WORD_BEFORE}ngày\\s+${D}\\s+tháng\\s+${M}${NOT_WORD_AFTER}`,
  ];
}

/** The meeting's fields for a table, each with where it was found in the text. */
export function meetingFields(report: Report, text: string | undefined): MeetingField[] {
  const t = text ?? "";
  const m = report.meeting;
  const out: MeetingField[] = [];
  const add = (field: MeetingField["field"], label: string, value: string | null, patterns: () => string[]) => {
    if (value === null) return;
    out.push({ field, label, value, span: text === undefined ? null : find(t, patterns()) });
  };
  add("kind", "kind", m.kind, () => []);
  add("name", "name", m.name, () => [phrase(m.name!)]);
  add("organizer", "organizer", m.organizer ? m.organizer.name : null, () => [
    organizerPattern(m.organizer!.name),
  ]);
  add("date", "date", m.date, () => datePatterns(m.date!));
  add("session", "session", m.session === null ? null : String(m.session), () => {
    const n = m.session!;
    const num = `(?:0?${n}|${roman(n)})${NOT_WORD_AFTER}`;
    return [`${NOT_WORD_BEFORE}(?:lần|kỳ\\s+họp|phiên\\s+họp|phiên)\\s+thứ\\s+${num}`];
  });
  add("term", "term", m.term ? `${m.term.from}–${m.term.to}` : null, () => {
    const range = `${m.term!.from}\\s*[-–—]\\s*${m.term!.to}(?!\\d)`;
    return [`${NOT_WORD_BEFORE}nhiệm\\s+kỳ\\s+(?:\\(\\s*)?${range}`, `(?<!\\d)${range}`];
  });
  add("period", "period", m.period ? `${m.period.label} (${m.period.from} – ${m.period.to})` : null, () => [
    `${NOT_WORD_BEFORE}${phrase(m.period!.label)}${NOT_WORD_AFTER}`,
  ]);
  add("nextPeriod", "next period", m.nextPeriod ? `${m.nextPeriod.label} (${m.nextPeriod.from} – ${m.nextPeriod.to})` : null, () => [
    `${NOT_WORD_BEFORE}${phrase(m.nextPeriod!.label)}${NOT_WORD_AFTER}`,
  ]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// highlights

const QUALIFIER_SIGNS: Record<string, string> = { exact: "", approx: "≈", over: ">", under: "<", at_least: "≥", at_most: "≤" };
export const qualifierSign = (q: string) => QUALIFIER_SIGNS[q] ?? "";

/** Every highlight of a report whose span lies in the text (meeting fields as located). */
export function highlightsOf(report: Report, text: string, reportIndex: number, fields = meetingFields(report, text)): Highlight[] {
  const out: Highlight[] = [];
  const id = (kind: HighlightKind, key: number | string) => `hl-${reportIndex}-${kind}-${key}`;
  for (const f of fields) {
    if (isUsableSpan(text, f.span)) out.push({ id: id("meeting", f.field), kind: "meeting", key: f.field, start: f.span[0], end: f.span[1], label: `meeting ${f.label}: ${f.value}` });
  }
  report.attendees.forEach((a, i) => {
    if (!isUsableSpan(text, a.span)) return;
    const who = [a.honorific, a.name ?? a.organization].filter(Boolean).join(" ");
    out.push({ id: id("attendee", i), kind: "attendee", key: i, start: a.span[0], end: a.span[1], label: `attendee (${a.role}): ${who || a.text}` });
  });
  report.statistics.forEach((s, i) => {
    if (!isUsableSpan(text, s.span)) return;
    out.push({
      id: id("statistic", i),
      kind: "statistic",
      key: i,
      start: s.span[0],
      end: s.span[1],
      metric: s.metric,
      label: `${s.metric} = ${qualifierSign(s.qualifier)}${s.value} ${s.unit}${s.qualifier === "exact" ? "" : ` (${s.qualifier})`}${s.target ? " target" : ""}`,
    });
  });
  report.tasks.forEach((t, i) => {
    if (!isUsableSpan(text, t.span)) return;
    out.push({ id: id("task", i), kind: "task", key: i, start: t.span[0], end: t.span[1], label: `task ${i + 1}` });
  });
  return out;
}

/** A piece of a highlight: the first piece carries the id, later pieces continue it. */
export interface MarkNode {
  h: Highlight;
  first: boolean;
  children: TextNode[];
}
export type TextNode = string | MarkNode;

/**
 * The text as a tree of properly nested highlights. Highlights are opened outermost first
 * (earlier start, then longer, then task > meeting > attendee > statistic); when an enclosing
 * highlight ends while one opened inside it still runs, the inner one is closed and reopened
 * as a continuation piece after the boundary. Empty or out-of-range spans are ignored.
 */
export function nest(text: string, highlights: Highlight[]): TextNode[] {
  const valid = highlights.filter((h) => isUsableSpan(text, [h.start, h.end]));
  const sorted = valid
    .map((h, i) => ({ h, i }))
    .sort((a, b) => a.h.start - b.h.start || b.h.end - a.h.end || KIND_ORDER[a.h.kind] - KIND_ORDER[b.h.kind] || a.i - b.i)
    .map((x) => x.h);
  const bounds = [...new Set([0, text.length, ...valid.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const root: TextNode[] = [];
  const stack: MarkNode[] = [];
  const current = () => (stack.length ? stack[stack.length - 1]!.children : root);
  const open = (h: Highlight, first: boolean) => {
    const node: MarkNode = { h, first, children: [] };
    current().push(node);
    stack.push(node);
  };
  let pos = 0;
  let next = 0;
  for (const b of bounds) {
    if (b > pos) current().push(text.slice(pos, b));
    pos = b;
    if (stack.some((n) => n.h.end === b)) {
      const reopen: Highlight[] = [];
      while (stack.some((n) => n.h.end === b)) {
        const top = stack.pop()!;
        if (top.h.end !== b) reopen.unshift(top.h);
      }
      for (const h of reopen) open(h, false);
    }
    while (next < sorted.length && sorted[next]!.start === b) open(sorted[next++]!, true);
  }
  return root;
}
