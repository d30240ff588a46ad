/**
 * The four tables a report becomes in spreadsheets (csv, tsv, xlsx): one row per statistic,
 * per report, per attendee, per task. Column names are snake_case and documented in the README;
 * every row repeats the report's file, organizer and meeting date so a table stands on its own.
 */
import type { Report } from "../schema/report.js";

export type Cell = string | number | boolean | null;
export type TableName = "statistics" | "reports" | "attendees" | "tasks";
export const TABLES: TableName[] = ["reports", "statistics", "attendees", "tasks"];

export interface Column {
  name: string;
  /** how spreadsheets should type the cell */
  type: "string" | "number" | "date" | "boolean";
  description: string;
  get: (r: Report, i: number) => Cell;
}

const file = (r: Report) => r.source.path ?? "-";
const organizer = (r: Report) => r.meeting.organizer?.name ?? null;

const common = {
  file: { name: "file", type: "string", description: "the input file (\"-\" for standard input)", get: (r: Report) => file(r) },
  organizer: { name: "organizer", type: "string", description: "the body that held the meeting", get: (r: Report) => organizer(r) },
  meetingDate: { name: "meeting_date", type: "date", description: "the day the meeting was held (YYYY-MM-DD)", get: (r: Report) => r.meeting.date },
  kind: { name: "meeting_kind", type: "string", description: "annual_review, midyear_review, executive_committee, congress or other", get: (r: Report) => r.meeting.kind },
} satisfies Record<string, Column>;

export const COLUMNS: Record<TableName, Column[]> = {
  statistics: [
    common.file,
    common.organizer,
    common.meetingDate,
    common.kind,
    { name: "metric", type: "string", description: "the contract's metric, e.g. gifts.count", get: (r, i) => r.statistics[i]!.metric },
    { name: "value", type: "number", description: "the number as a plain number (VND for money)", get: (r, i) => r.statistics[i]!.value },
    { name: "unit", type: "string", description: "count, VND or percent", get: (r, i) => r.statistics[i]!.unit },
    { name: "qualifier", type: "string", description: "exact, approx, over, under, at_least or at_most", get: (r, i) => r.statistics[i]!.qualifier },
    { name: "subject", type: "string", description: "what is counted (suất quà, đoàn viên, ...)", get: (r, i) => r.statistics[i]!.subject },
    { name: "award", type: "string", description: "the award of an awards statistic", get: (r, i) => r.statistics[i]!.award },
    { name: "grantor", type: "string", description: "who gave the award", get: (r, i) => r.statistics[i]!.grantor },
    { name: "basis", type: "string", description: "stated, unit_price or derived", get: (r, i) => r.statistics[i]!.basis },
    { name: "target", type: "boolean", description: "a goal for a coming period rather than a result", get: (r, i) => r.statistics[i]!.target },
    { name: "text", type: "string", description: "the words the value was read from", get: (r, i) => r.statistics[i]!.text },
    { name: "span_start", type: "number", description: "start offset of text in the normalized input", get: (r, i) => r.statistics[i]!.span[0] },
    { name: "span_end", type: "number", description: "end offset (exclusive)", get: (r, i) => r.statistics[i]!.span[1] },
  ],
  reports: [
    common.file,
    { name: "title", type: "string", description: "the article's headline", get: (r) => r.title },
    { name: "published_date", type: "date", description: "the article's own date line", get: (r) => r.published?.date ?? null },
    { name: "published_time", type: "string", description: "its time (HH:MM)", get: (r) => r.published?.time ?? null },
    { name: "author", type: "string", description: "the byline", get: (r) => r.author },
    common.kind,
    { name: "meeting_name", type: "string", description: "the meeting as named", get: (r) => r.meeting.name },
    common.meetingDate,
    common.organizer,
    { name: "organizer_level", type: "string", description: "national, province, district, grassroots or sector", get: (r) => r.meeting.organizer?.level ?? null },
    { name: "organizer_place", type: "string", description: "the locality in the organizer's name", get: (r) => r.meeting.organizer?.place ?? null },
    { name: "session", type: "number", description: "the session number (lần thứ 9 -> 9)", get: (r) => r.meeting.session },
    { name: "term_from", type: "number", description: "first year of the term (nhiệm kỳ)", get: (r) => r.meeting.term?.from ?? null },
    { name: "term_to", type: "number", description: "last year of the term", get: (r) => r.meeting.term?.to ?? null },
    { name: "period_from", type: "string", description: "first month of the reviewed period (YYYY-MM)", get: (r) => r.meeting.period?.from ?? null },
    { name: "period_to", type: "string", description: "last month of the reviewed period", get: (r) => r.meeting.period?.to ?? null },
    { name: "next_period_from", type: "string", description: "first month of the period the new tasks are for", get: (r) => r.meeting.nextPeriod?.from ?? null },
    { name: "next_period_to", type: "string", description: "last month of that period", get: (r) => r.meeting.nextPeriod?.to ?? null },
    { name: "attendees", type: "number", description: "number of attendees", get: (r) => r.attendees.length },
    { name: "statistics", type: "number", description: "number of statistics", get: (r) => r.statistics.length },
    { name: "tasks", type: "number", description: "number of tasks", get: (r) => r.tasks.length },
    { name: "warnings", type: "string", description: "warning codes, separated by \"; \"", get: (r) => r.warnings.map((w) => w.code).join("; ") || null },
    { name: "encoding", type: "string", description: "the input's detected encoding", get: (r) => r.source.encoding },
    { name: "sha256", type: "string", description: "SHA-256 of the input bytes", get: (r) => r.source.sha256 },
  ],
  attendees: [
    common.file,
    common.organizer,
    common.meetingDate,
    { name: "name", type: "string", description: "the person's name (empty for a body attending without a named person)", get: (r, i) => r.attendees[i]!.name },
    { name: "honorific", type: "string", description: "đồng chí, ông, bà, ...", get: (r, i) => r.attendees[i]!.honorific },
    { name: "title", type: "string", description: "the position as written", get: (r, i) => r.attendees[i]!.title },
    { name: "organization", type: "string", description: "the body the title names", get: (r, i) => r.attendees[i]!.organization },
    { name: "role", type: "string", description: "guest, chair, presenter, speaker, elected, awardee or other", get: (r, i) => r.attendees[i]!.role },
    { name: "mentions", type: "number", description: "times the person is named", get: (r, i) => r.attendees[i]!.mentions },
    { name: "text", type: "string", description: "the words of the first mention", get: (r, i) => r.attendees[i]!.text },
    { name: "span_start", type: "number", description: "start offset of text in the normalized input", get: (r, i) => r.attendees[i]!.span[0] },
    { name: "span_end", type: "number", description: "end offset (exclusive)", get: (r, i) => r.attendees[i]!.span[1] },
  ],
  tasks: [
    common.file,
    common.organizer,
    common.meetingDate,
    { name: "next_period_from", type: "string", description: "first month of the period the tasks are for", get: (r) => r.meeting.nextPeriod?.from ?? null },
    { name: "next_period_to", type: "string", description: "last month of that period", get: (r) => r.meeting.nextPeriod?.to ?? null },
    { name: "index", type: "number", description: "1-based position of the task in the report", get: (_r, i) => i + 1 },
    { name: "text", type: "string", description: "the task, verbatim", get: (r, i) => r.tasks[i]!.text },
    { name: "span_start", type: "number", description: "start offset of text in the normalized input", get: (r, i) => r.tasks[i]!.span[0] },
    { name: "span_end", type: "number", description: "end offset (exclusive)", get: (r, i) => r.tasks[i]!.span[1] },
  ],
};

/** The rows one report contributes to a table. */
export function rowsOf(table: TableName, report: Report): Cell[][] {
  const cols = COLUMNS[table];
  const n = table === "reports" ? 1 : table === "statistics" ? report.statistics.length : table === "attendees" ? report.attendees.length : report.tasks.length;
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) rows.push(cols.map((c) => c.get(report, i)));
  return rows;
}

export function headerOf(table: TableName): string[] {
  return COLUMNS[table].map((c) => c.name);
}
