/**
 * --explain: a report's text with every extracted value highlighted, then a compact list of
 * what was extracted. In colour (chalk) on a terminal; plain when NO_COLOR is set or standard
 * output is not a terminal, where a highlight reads `[[1.489 đoàn viên]]{members.count}`
 * (`{attendee}`, `{task}`, `{meeting.date}` for the other kinds), so the output stays useful in
 * a pipe or a log. Overlapping values nest: `[[[[10 suất quà]]{gifts.count} mỗi suất ...]]{gifts.value}`.
 */
import chalk, { Chalk, type ChalkInstance } from "chalk";
import type { Metric, Report } from "../schema/report.js";
import {
  METRICS,
  METRIC_COLORS,
  highlightsOf,
  meetingFields,
  nest,
  type Highlight,
  type TextNode,
} from "../emit/review/highlights.js";

export interface ExplainOptions {
  /** colour with ANSI escapes; default: when chalk detects colour for stdout and NO_COLOR is not set */
  color?: boolean;
}

/** NO_COLOR (https://no-color.org): present and not empty turns colour off. */
export function colorByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return chalk.level > 0;
}

/** 16-colour backgrounds for terminals without 256 colours, in METRICS order. */
const BASIC_BACKGROUNDS = [
  "bgYellow", "bgRed", "bgGreen", "bgGreenBright", "bgCyan", "bgCyanBright", "bgMagenta",
  "bgMagentaBright", "bgYellowBright", "bgYellow", "bgRed", "bgBlue", "bgWhite", "bgWhite",
] as const;

interface Painter {
  mark(h: Highlight, inner: string): string;
  metric(metric: Metric, s: string): string;
  heading(s: string): string;
  dim(s: string): string;
}

function plainPainter(): Painter {
  const tag = (h: Highlight) =>
    h.kind === "statistic" ? h.metric! : h.kind === "meeting" ? `meeting.${h.key}` : h.kind;
  return {
    mark: (h, inner) => `[[${inner}]]{${tag(h)}}`,
    metric: (_m, s) => s,
    heading: (s) => s,
    dim: (s) => s,
  };
}

function colorPainter(c: ChalkInstance): Painter {
  const metricStyle = (m: Metric) => {
    if (c.level >= 2) return c.bgHex(METRIC_COLORS[m]).black;
    return c[BASIC_BACKGROUNDS[METRICS.indexOf(m)] ?? "bgWhite"].black;
  };
  const kindStyle = {
    meeting: c.level >= 2 ? c.bgHex("#fff0c4").black.underline : c.bgYellowBright.black.underline,
    attendee: c.level >= 2 ? c.bgHex("#ffd0e6").black : c.bgMagentaBright.black,
    task: c.blue.underline,
  };
  return {
    mark: (h, inner) => (h.kind === "statistic" ? metricStyle(h.metric!) : kindStyle[h.kind])(inner),
    metric: (m, s) => metricStyle(m)(s),
    heading: (s) => c.bold(s),
    dim: (s) => c.dim(s),
  };
}

function render(nodes: TextNode[], p: Painter): string {
  let out = "";
  for (const n of nodes) out += typeof n === "string" ? n : p.mark(n.h, render(n.children, p));
  return out;
}

const oneLine = (s: string, max = 100) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
};

/** The text with highlights and the list of what was extracted, ending with a newline. */
export function explainReport(report: Report & { text: string }, options: ExplainOptions = {}): string {
  const color = options.color ?? colorByDefault();
  const p = color ? colorPainter(new Chalk({ level: chalk.level > 0 ? chalk.level : 1 })) : plainPainter();
  const text = report.text ?? "";
  const fields = meetingFields(report, report.text);
  const lines: string[] = [];
  const rule = "─".repeat(8);

  lines.push(p.heading(`${rule} ${report.source.path ?? "<stdin>"} ${rule}`));
  lines.push(report.text === undefined ? p.dim("(the text is not in this report)") : render(nest(text, highlightsOf(report, text, 0, fields)), p));
  lines.push("");
  lines.push(p.heading(`${rule} extracted ${rule}`));

  lines.push(p.heading("meeting"));
  if (fields.length === 0) lines.push("  (nothing found)");
  const width = Math.max(0, ...fields.map((f) => f.label.length));
  const org = report.meeting.organizer;
  for (const f of fields) {
    const where = f.field === "kind" ? "" : f.span ? p.dim(`  [${f.span[0]}, ${f.span[1]}]`) : p.dim("  (not found in the text)");
    lines.push(`  ${f.label.padEnd(width)}  ${f.value}${where}`);
    // the organizer's level and place, under its name
    if (f.field === "organizer" && org && (org.level || org.place)) {
      lines.push(p.dim(`  ${"".padEnd(width)}  ${[org.level && `level ${org.level}`, org.place && `place ${org.place}`].filter(Boolean).join(", ")}`));
    }
  }

  lines.push(p.heading(`attendees (${report.attendees.length})`));
  report.attendees.forEach((a, i) => {
    const who = [a.honorific, a.name].filter(Boolean).join(" ");
    const what = [a.title, a.organization].filter(Boolean).join(", ");
    const line = [who, what].filter(Boolean).join(" — ") || oneLine(a.text);
    lines.push(`  ${String(i + 1).padStart(2)}. ${line} [${a.role}${a.mentions > 1 ? `, ×${a.mentions}` : ""}]`);
  });

  lines.push(p.heading(`statistics (${report.statistics.length})`));
  const mw = Math.max(0, ...report.statistics.map((s) => s.metric.length));
  const vw = Math.max(0, ...report.statistics.map((s) => `${s.value} ${s.unit}`.length));
  report.statistics.forEach((s, i) => {
    const extras = [
      s.target ? "target" : "",
      s.basis !== "stated" ? s.basis : "",
      s.denominator !== null ? `of ${s.denominator}` : "",
      s.subject ? `subject: ${s.subject}` : "",
      s.award ? `award: ${s.award}${s.grantor ? ` (${s.grantor})` : ""}` : "",
    ].filter(Boolean);
    lines.push(
      `  ${String(i + 1).padStart(2)}. ${p.metric(s.metric, s.metric.padEnd(mw))}  ${`${s.value} ${s.unit}`.padEnd(vw)}  ${s.qualifier.padEnd(8)}  «${oneLine(s.text, 60)}»` +
        (extras.length ? p.dim(`  ${extras.join("; ")}`) : ""),
    );
  });

  lines.push(p.heading(`tasks (${report.tasks.length})`));
  report.tasks.forEach((t, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${oneLine(t.text)}`));

  if (report.warnings.length) {
    lines.push(p.heading(`warnings (${report.warnings.length})`));
    for (const w of report.warnings) lines.push(`  ${w.code}: ${w.message}`);
  }
  return lines.join("\n") + "\n\n";
}
