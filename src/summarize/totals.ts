/**
 * Totals of every metric per organizer, per period, or per both, over a set of reports.
 *
 * What is added up is what the reports state as results, each fact once:
 *  - percentages are not added (a sum of shares means nothing);
 *  - targets (chỉ tiêu, phấn đấu: goals for a coming period) are not results;
 *  - unit prices ("mỗi suất 300.000đ") are not amounts given;
 *  - the parts of a breakdown ("59 CĐCS (... 26 CĐCS; ... 32 CĐCS; ... 01 CĐCS)") are already
 *    in the figure they break down;
 *  - a derived total (count x unit price, basis "derived") is added only when no stated total
 *    of the same metric covers it: none overlaps it or follows it in the same sentence, and no
 *    stated figure of the same metric repeats its value.
 * A total that includes a bound or an approximation (qualifier over, under, at_least, at_most,
 * approx) is marked: the sum is then itself a bound or an estimate, not an exact figure.
 */
import { METRICS, type Metric, type Qualifier, type Report, type Statistic, type Unit } from "../schema/report.js";

export type GroupBy = "organizer" | "period" | "organizer-period";
export const GROUP_BY: GroupBy[] = ["organizer", "period", "organizer-period"];

export const NO_ORGANIZER = "(no organizer)";
export const NO_PERIOD = "(no period)";

/** Why a statistic was left out of the totals. */
export type SkipReason = "percent" | "target" | "unit_price" | "breakdown" | "derived_covered";
export const SKIP_REASONS: SkipReason[] = ["percent", "target", "unit_price", "breakdown", "derived_covered"];

export interface TotalRow {
  /** absent when grouping by period only */
  organizer?: string;
  /** "2022-01..2022-12", or "(no period)"; absent when grouping by organizer only */
  period?: string;
  metric: Metric;
  unit: Unit;
  total: number;
  /** how many statistics were added */
  statistics: number;
  /** how many reports they came from */
  reports: number;
  /** some statistic added was a bound or an approximation, not an exact value */
  includes_bounds: boolean;
  /** the qualifiers other than exact among the statistics added, sorted */
  qualifiers: Exclude<Qualifier, "exact">[];
}

/** The organizer a report is grouped under. */
export function organizerKey(report: Report): string {
  return report.meeting.organizer?.name?.trim() || NO_ORGANIZER;
}

/** The period a report is grouped under: its reviewed period as a month range. */
export function periodKey(report: Report): string {
  const p = report.meeting.period;
  return p ? `${p.from}..${p.to}` : NO_PERIOD;
}

const SENTENCE_BREAK = /[.!?…]\s|\n/u;

/** "(" opened right after `parent` and not closed before `part`: part lies inside parent's breakdown. */
function insideBreakdownOf(text: string, parent: Statistic, part: Statistic): boolean {
  if (parent.span[1] > part.span[0]) return false;
  const between = text.slice(parent.span[1], part.span[0]);
  return /^\s*\([^()]*$/u.test(between);
}

function isBreakdownPart(report: Report, s: Statistic): boolean {
  const text = report.text;
  if (text !== undefined) {
    return report.statistics.some((p) => p !== s && p.metric === s.metric && p.unit === s.unit && insideBreakdownOf(text, p, s));
  }
  // without the text, the subject the extractor gives a part: "CĐCS (Khối giáo dục)"
  return / \([^()]+\)$/u.test(s.subject ?? "") && report.statistics.some((p) => p !== s && p.metric === s.metric && p.unit === s.unit && p.span[1] <= s.span[0] && s.subject!.startsWith(`${p.subject ?? ""} (`));
}

function sameSentence(text: string | undefined, a: number, b: number): boolean {
  if (b - a > 160) return false;
  if (text === undefined) return true;
  return !SENTENCE_BREAK.test(text.slice(a, b));
}

function isCoveredDerived(report: Report, d: Statistic): boolean {
  return report.statistics.some((s) => {
    if (s === d || s.basis !== "stated" || s.target || s.metric !== d.metric || s.unit !== d.unit) return false;
    if (s.span[0] < d.span[1] && s.span[1] > d.span[0]) return true; // inside or overlapping
    if (s.span[0] >= d.span[1] && sameSentence(report.text, d.span[1], s.span[0])) return true; // "..., tổng trị giá 3.000.000đ"
    return Math.abs(s.value - d.value) <= Math.abs(d.value) * 1e-9; // the same figure stated elsewhere
  });
}

/** Why the statistic is not added, or null when it is. */
export function skipReason(report: Report, s: Statistic): SkipReason | null {
  if (s.unit === "percent" || s.metric === "percent") return "percent";
  if (s.target) return "target";
  if (s.basis === "unit_price") return "unit_price";
  if (s.basis === "derived") return isCoveredDerived(report, s) ? "derived_covered" : null;
  if (isBreakdownPart(report, s)) return "breakdown";
  return null;
}

/** A row while reports are added: the reports and qualifiers as sets, counted and sorted at the end. */
interface Acc extends Omit<TotalRow, "reports" | "includes_bounds" | "qualifiers"> {
  reports: Set<number>;
  qualifiers: Set<Exclude<Qualifier, "exact">>;
}

const METRIC_ORDER = new Map<string, number>(METRICS.map((m, i) => [m, i]));
const collator = new Intl.Collator("vi");

function compareKey(a: string | undefined, b: string | undefined, none: string): number {
  if (a === b) return 0;
  if (a === undefined || a === none) return 1;
  if (b === undefined || b === none) return -1;
  return collator.compare(a, b);
}

/** Adds reports one at a time; holds only the running totals. */
export class Totals {
  readonly by: GroupBy;
  /** reports added */
  reports = 0;
  /** statistics added to a total */
  counted = 0;
  readonly skipped: Record<SkipReason, number> = { percent: 0, target: 0, unit_price: 0, breakdown: 0, derived_covered: 0 };
  private readonly groups = new Map<string, Acc>();

  constructor(by: GroupBy = "organizer-period") {
    if (!GROUP_BY.includes(by)) throw new Error(`cannot group by ${String(by)}: use ${GROUP_BY.join(", ")}`);
    this.by = by;
  }

  add(report: Report): void {
    const index = this.reports++;
    const organizer = this.by === "period" ? undefined : organizerKey(report);
    const period = this.by === "organizer" ? undefined : periodKey(report);
    for (const s of report.statistics) {
      const reason = skipReason(report, s);
      if (reason) {
        this.skipped[reason]++;
        continue;
      }
      const key = JSON.stringify([organizer ?? null, period ?? null, s.metric, s.unit]);
      let acc = this.groups.get(key);
      if (!acc) {
        acc = { organizer, period, metric: s.metric, unit: s.unit, total: 0, statistics: 0, reports: new Set(), qualifiers: new Set() };
        this.groups.set(key, acc);
      }
      acc.total += s.value;
      acc.statistics++;
      acc.reports.add(index);
      if (s.qualifier !== "exact") acc.qualifiers.add(s.qualifier);
      this.counted++;
    }
  }

  /** The totals, by organizer, then period, then metric in the contract's order. */
  rows(): TotalRow[] {
    const rows = [...this.groups.values()].map((a): TotalRow => {
      const row: TotalRow = {
        metric: a.metric,
        unit: a.unit,
        // sums of money in đồng are whole; keep float noise out of decimals
        total: Math.round(a.total * 1e6) / 1e6,
        statistics: a.statistics,
        reports: a.reports.size,
        includes_bounds: a.qualifiers.size > 0,
        qualifiers: [...a.qualifiers].sort(),
      };
      return {
        ...(a.organizer !== undefined ? { organizer: a.organizer } : {}),
        ...(a.period !== undefined ? { period: a.period } : {}),
        ...row,
      };
    });
    return rows.sort(
      (x, y) =>
        compareKey(x.organizer, y.organizer, NO_ORGANIZER) ||
        compareKey(x.period, y.period, NO_PERIOD) ||
        (METRIC_ORDER.get(x.metric)! - METRIC_ORDER.get(y.metric)!) ||
        (x.unit < y.unit ? -1 : x.unit > y.unit ? 1 : 0),
    );
  }
}

/** Totals of a set of reports in one call (the library's entry point). */
export function summarize(reports: Iterable<Report>, by: GroupBy = "organizer-period"): TotalRow[] {
  const t = new Totals(by);
  for (const r of reports) t.add(r);
  return t.rows();
}

/**
 * How a marked total relates to the truth: "≥" when every bound in it is a lower bound (over,
 * at_least), "≤" when every one is an upper bound (under, at_most), "~" for approximations or a
 * mix; "" for an exact total.
 */
export function boundMarker(qualifiers: readonly Qualifier[]): "" | "≥" | "≤" | "~" {
  const q = qualifiers.filter((x) => x !== "exact");
  if (q.length === 0) return "";
  if (q.every((x) => x === "over" || x === "at_least")) return "≥";
  if (q.every((x) => x === "under" || x === "at_most")) return "≤";
  return "~";
}
