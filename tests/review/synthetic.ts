/**
 * A hand-made report whose text is hostile to naive HTML (markup, quotes, ampersands) and whose
 * spans overlap in every way: a statistic inside a statistic, a statistic inside a task, one
 * crossing a task's end, a task and a statistic on the same words, and a span outside the text.
 */
import { ReportSchema, type Report } from "../../src/schema/report.js";

export const SYNTHETIC_TEXT =
  `Ngày 05/3/2024, LĐLĐ huyện Chi Lăng tổ chức hội nghị <script>alert("x")</script> & 'quotes'.\n` +
  `Đã trao 10 suất quà mỗi suất trị giá 300.000đ.\n` +
  `Nhiệm vụ: Tổ chức 50 cuộc kiểm tra <b>năm 2024</b>.`;

export function spanOf(text: string, words: string, from = 0): [number, number] {
  const i = text.indexOf(words, from);
  if (i < 0) throw new Error(`not in the text: ${words}`);
  return [i, i + words.length];
}

const stat = (metric: Report["statistics"][number]["metric"], value: number, unit: "count" | "VND" | "percent", words: string, extra: Partial<Report["statistics"][number]> = {}) => ({
  metric,
  value,
  unit,
  qualifier: "exact" as const,
  subject: null,
  award: null,
  grantor: null,
  text: words,
  span: spanOf(SYNTHETIC_TEXT, words),
  basis: "stated" as const,
  denominator: null,
  target: false,
  ...extra,
});

export function syntheticReport(path = "fixtures/synthetic <&>.txt"): Report & { text: string } {
  const t = SYNTHETIC_TEXT;
  const report = {
    schemaVersion: 1,
    source: { path, sha256: "0".repeat(64), bytes: Buffer.byteLength(t), encoding: "utf-8", format: "text" },
    title: `Tiêu đề <i>"nguy hiểm"</i> & more`,
    published: null,
    author: null,
    meeting: {
      kind: "other",
      name: null,
      date: "2024-03-05",
      organizer: { name: "Liên đoàn Lao động huyện Chi Lăng", level: "district", place: "huyện Chi Lăng" },
      session: null,
      term: null,
      period: null,
      nextPeriod: null,
    },
    attendees: [
      { name: `<script>alert("x")</script>`, honorific: null, title: null, organization: null, role: "guest", text: `<script>alert("x")</script>`, span: spanOf(t, `<script>alert("x")</script>`), mentions: 1 },
      { name: "Nobody", honorific: "ông", title: null, organization: null, role: "other", text: "Nobody", span: [9990, 9996], mentions: 1 },
    ],
    statistics: [
      stat("gifts.count", 10, "count", "10 suất quà"),
      stat("gifts.value", 300000, "VND", "300.000đ", { basis: "unit_price" }),
      stat("gifts.value", 3000000, "VND", "10 suất quà mỗi suất trị giá 300.000đ", { basis: "derived" }),
      stat("activities.count", 50, "count", "50 cuộc"),
      stat("other.count", 2024, "count", "2024</b>."),
      stat("other.count", 1, "count", "'quotes'"),
    ],
    tasks: [
      { text: "Tổ chức 50 cuộc kiểm tra <b>năm 2024</b>", span: spanOf(t, "Tổ chức 50 cuộc kiểm tra <b>năm 2024</b>") },
      { text: "'quotes'", span: spanOf(t, "'quotes'") },
    ],
    warnings: [{ code: "test<warning>", message: `a "warning" & <b>markup</b>` }],
    text: t,
  };
  return ReportSchema.parse(report) as Report & { text: string };
}
