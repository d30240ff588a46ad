/** Totals of every metric per organizer and per period: see totals.ts for what is added. */
export {
  summarize,
  Totals,
  boundMarker,
  organizerKey,
  periodKey,
  skipReason,
  GROUP_BY,
  NO_ORGANIZER,
  NO_PERIOD,
  SKIP_REASONS,
  type GroupBy,
  type SkipReason,
  type TotalRow,
} from "./totals.js";
export { renderCsv, renderJson, renderTable, summaryColumns, writeXlsx, formatNumber, displayWidth, type SummaryMeta, type SummaryColumn } from "./render.js";
