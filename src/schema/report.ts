/**
 * The report contract (../shared/CONTRACT.md, version 1) as one zod schema.
 * Every type the package uses for a report is inferred from here; `report-extract schema`
 * prints it through z.toJSONSchema. Fields beyond the contract are additions, never renames.
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1 as const;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected YYYY-MM-DD");
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM");

/** [start, end) UTF-16 offsets into the decoded, NFC-normalized input text. */
export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => end >= start, "span end must not precede its start")
  .describe("[start, end) UTF-16 offsets into the normalized input; input.slice(start, end) === text");

export const LevelSchema = z.enum(["national", "province", "district", "grassroots", "sector"]);

export const PeriodSchema = z
  .object({
    label: z.string().describe('the words that name the period, e.g. "6 tháng đầu năm 2023"'),
    from: yearMonth,
    to: yearMonth,
  })
  .refine((p) => p.from <= p.to, "period must not end before it starts");

export const MeetingKindSchema = z.enum(["annual_review", "midyear_review", "executive_committee", "congress", "other"]);

export const OrganizerSchema = z.object({
  name: z.string().min(1).describe('the body that held the meeting, abbreviations expanded: "Liên đoàn Lao động huyện Tân Lạc"'),
  level: LevelSchema.nullable(),
  place: z.string().nullable().describe('the locality in the name: "huyện Tân Lạc"'),
});

export const MeetingSchema = z.object({
  kind: MeetingKindSchema.nullable(),
  name: z.string().nullable().describe('"Hội nghị tổng kết công tác công đoàn năm 2021"'),
  date: isoDate.nullable().describe("the day the meeting was held; null when the text does not state it"),
  organizer: OrganizerSchema.nullable(),
  session: z.number().int().positive().nullable().describe('"lần thứ 9" -> 9, "kỳ họp thứ XXII" -> 22'),
  term: z
    .object({ from: z.number().int(), to: z.number().int() })
    .refine((t) => t.from <= t.to, "term must not end before it starts")
    .nullable(),
  period: PeriodSchema.nullable().describe("what the meeting reviews"),
  nextPeriod: PeriodSchema.nullable().describe("what the new tasks are for"),
});

export const AttendeeRoleSchema = z.enum(["guest", "chair", "presenter", "speaker", "elected", "awardee", "other"]);

export const AttendeeSchema = z.object({
  name: z.string().nullable().describe("the person's name without honorific; null for a body attending without a named person"),
  honorific: z.string().nullable(),
  title: z.string().nullable().describe("the position as written next to the name"),
  organization: z.string().nullable(),
  role: AttendeeRoleSchema,
  text: z.string(),
  span: SpanSchema,
  mentions: z.number().int().positive().describe("how many times the person is named in the text"),
});

export const METRICS = [
  "gifts.count",
  "gifts.value",
  "members.count",
  "members.new",
  "unions.count",
  "unions.new",
  "awards.collective",
  "awards.individual",
  "participants",
  "activities.count",
  "funds.value",
  "percent",
  "other.count",
  "other.value",
] as const;
export const MetricSchema = z.enum(METRICS);
export const UnitSchema = z.enum(["count", "VND", "percent"]);
export const QualifierSchema = z.enum(["exact", "approx", "over", "under", "at_least", "at_most"]);
export const BasisSchema = z.enum(["stated", "unit_price", "derived"]);

export const StatisticSchema = z.object({
  metric: MetricSchema,
  value: z.number().finite(),
  unit: UnitSchema,
  qualifier: QualifierSchema,
  subject: z.string().nullable().describe('what is counted: "suất quà", "đoàn viên", "tập thể"'),
  award: z.string().nullable().describe('"Bằng khen", "Giấy khen", "Cờ thi đua", ...'),
  grantor: z.string().nullable().describe('who gave the award: "LĐLĐ tỉnh", "UBND huyện"'),
  text: z.string(),
  span: SpanSchema,
  basis: BasisSchema.describe("stated in the text, a price per unit, or a total derived from count x unit price"),
  denominator: z.number().nullable().describe('the whole of a ratio: "59/59 đại hội" -> 59'),
  target: z.boolean().describe("a goal for a coming period (chỉ tiêu, phấn đấu), not a result"),
});

export const TaskSchema = z.object({
  text: z.string().min(1),
  span: SpanSchema,
});

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
});

export const SourceSchema = z.object({
  path: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string(),
  format: z.enum(["text", "html"]).describe("what the input was before it became text"),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  title: z.string().nullable(),
  published: z.object({ date: isoDate, time: clock.nullable() }).nullable(),
  author: z.string().nullable(),
  meeting: MeetingSchema,
  attendees: z.array(AttendeeSchema),
  statistics: z.array(StatisticSchema),
  tasks: z.array(TaskSchema),
  warnings: z.array(WarningSchema),
  text: z.string().optional().describe("the normalized input text, present with --include-text"),
});

export type Span = z.infer<typeof SpanSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type MeetingKind = z.infer<typeof MeetingKindSchema>;
export type Organizer = z.infer<typeof OrganizerSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type AttendeeRole = z.infer<typeof AttendeeRoleSchema>;
export type Attendee = z.infer<typeof AttendeeSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Statistic = z.infer<typeof StatisticSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Report = z.infer<typeof ReportSchema>;

/** The JSON Schema printed by `report-extract schema`. */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(ReportSchema, { target: "draft-2020-12", unrepresentable: "any" });
}
