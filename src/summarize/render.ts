/**
 * The totals as a terminal table, csv, json or an xlsx workbook.
 */
import { stringify } from "csv-stringify/sync";
import { neutralizeFormula } from "../emit/delimited.js";
import type { Sink } from "../emit/emitter.js";
import type { Cell, Column } from "../emit/tables.js";
import { boundMarker, SKIP_REASONS, type GroupBy, type SkipReason, type TotalRow } from "./totals.js";

export interface SummaryColumn {
  name: string;
  type: Column["type"];
  description: string;
  get: (row: TotalRow) => Cell;
}

/** The columns of the csv and xlsx summary; organizer and period only when grouped by them. */
export function summaryColumns(by: GroupBy): SummaryColumn[] {
  const cols: SummaryColumn[] = [];
  if (by !== "period") cols.push({ name: "organizer", type: "string", description: "the body that held the meetings", get: (r) => r.organizer ?? null });
  if (by !== "organizer") cols.push({ name: "period", type: "string", description: 'the reviewed period, "YYYY-MM..YYYY-MM" or "(no period)"', get: (r) => r.period ?? null });
  cols.push(
    { name: "metric", type: "string", description: "the contract's metric", get: (r) => r.metric },
    { name: "unit", type: "string", description: "count or VND", get: (r) => r.unit },
    { name: "total", type: "number", description: "the sum of the statistics added", get: (r) => r.total },
    { name: "statistics", type: "number", description: "how many statistics were added", get: (r) => r.statistics },
    { name: "reports", type: "number", description: "how many reports they came from", get: (r) => r.reports },
    { name: "includes_bounds", type: "boolean", description: "true when a statistic added was not exact (over, under, at_least, at_most, approx)", get: (r) => r.includes_bounds },
    { name: "qualifiers", type: "string", description: 'those qualifiers, separated by "; "', get: (r) => r.qualifiers.join("; ") || null },
  );
  return cols;
}

export interface SummaryMeta {
  by: GroupBy;
  inputs: number;
  reports: number;
  failed: number;
  counted: number;
  skipped: Record<SkipReason, number>;
}

export function renderJson(rows: TotalRow[], meta: SummaryMeta): string {
  return JSON.stringify({ ...meta, totals: rows }, null, 2) + "\n";
}

export function renderCsv(rows: TotalRow[], by: GroupBy, options: { bom?: boolean; escapeFormulas?: boolean }): string {
  const cols = summaryColumns(by);
  const text = (c: Cell): string => {
    const cell = options.escapeFormulas === false ? c : neutralizeFormula(c);
    return cell === null ? "" : typeof cell === "boolean" ? (cell ? "true" : "false") : String(cell);
  };
  const body = stringify([cols.map((c) => c.name), ...rows.map((r) => cols.map((c) => text(c.get(r))))], { record_delimiter: "\n" });
  return (options.bom ? "\uFEFF" : "") + body;
}

export async function writeXlsx(sink: Sink, rows: TotalRow[], by: GroupBy): Promise<void> {
  const { streamWorkbook } = await import("../emit/xlsx.js");
  const cols = summaryColumns(by);
  const book = streamWorkbook(sink, [{ name: "summary", columns: cols.map((c) => ({ name: c.name, type: c.type })) }]);
  for (const r of rows) await book.addRow("summary", cols.map((c) => c.get(r)));
  await book.end();
}

const grouping = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** 52500000 -> "52,500,000" */
export function formatNumber(n: number): string {
  return grouping.format(n);
}

/** Characters a terminal shows: combining marks take no column. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.normalize("NFC")) if (!/\p{M}/u.test(ch)) w++;
  return w;
}

const pad = (s: string, width: number, right: boolean) => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
};

const LEGEND: Record<"≥" | "≤" | "~", string> = {
  "≥": "≥  at least: includes figures stated as a lower bound (trên, hơn, ít nhất)",
  "≤": "≤  at most: includes figures stated as an upper bound (dưới, không quá, tối đa)",
  "~": "~  approximate: includes approximate figures (gần, khoảng) or bounds both ways",
};

const REASON_TEXT: Record<SkipReason, [string, string]> = {
  percent: ["percentage", "percentages"],
  target: ["target", "targets"],
  unit_price: ["unit price", "unit prices"],
  breakdown: ["part of a breakdown", "parts of a breakdown"],
  derived_covered: ["derived total a stated total covers", "derived totals a stated total covers"],
};

/** An aligned table for people: group cells shown once per group, numbers with thousands separators. */
export function renderTable(rows: TotalRow[], meta: SummaryMeta): string {
  const groupCols: ("organizer" | "period")[] = meta.by === "organizer" ? ["organizer"] : meta.by === "period" ? ["period"] : ["organizer", "period"];
  const header = [...groupCols, "metric", "total", "stats", "reports"];
  const right = [...groupCols.map(() => false), false, true, true, true];
  const markers = new Set<"≥" | "≤" | "~">();
  const body: string[][] = [];
  let previous: string[] = [];
  for (const r of rows) {
    const group = groupCols.map((g) => r[g] ?? "");
    // show a group's organizer (and period) on its first line only
    const shown = group.map((g, i) => (group.slice(0, i + 1).every((v, j) => v === previous[j]) ? "" : g));
    previous = group;
    const marker = boundMarker(r.qualifiers);
    if (marker) markers.add(marker);
    const unit = r.unit === "VND" ? " đ" : "";
    body.push([...shown, r.metric, `${marker ? marker + " " : ""}${formatNumber(r.total)}${unit}`, String(r.statistics), String(r.reports)]);
  }
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, right[i]!)).join("  ").trimEnd();
  const out: string[] = [];
  if (rows.length === 0) out.push("no statistics to total");
  else {
    out.push(line(header));
    out.push(widths.map((w) => "─".repeat(w)).join("  "));
    for (const b of body) out.push(line(b));
  }
  if (markers.size > 0) {
    out.push("");
    for (const m of ["≥", "≤", "~"] as const) if (markers.has(m)) out.push(LEGEND[m]);
  }
  const skipped = SKIP_REASONS.filter((r) => meta.skipped[r] > 0).map((r) => `${meta.skipped[r]} ${REASON_TEXT[r][meta.skipped[r] === 1 ? 0 : 1]}`);
  out.push("");
  out.push(
    `${meta.reports} report${meta.reports === 1 ? "" : "s"}, ${meta.counted} statistic${meta.counted === 1 ? "" : "s"} added` +
      (skipped.length ? `; not added: ${skipped.join(", ")}` : "") +
      (meta.failed ? `; ${meta.failed} input${meta.failed === 1 ? "" : "s"} failed` : ""),
  );
  return out.join("\n") + "\n";
}
