/**
 * report-extract as a library.
 *
 *   import { extract, parseAmount } from "report-extract";
 *   const report = extract(text, { path: "r001.txt" });
 */
export { extract, extractBytes, extractBytesBlock, analyze, analyzeBlock, documentFromText, type BlockResult, type ExtractOptions } from "./pipeline/index.js";
export { parseAmount, type ParsedAmount } from "./extract/statistics/numbers.js";
export { decodeBytes, InputError } from "./pipeline/read.js";
export { ValidationError } from "./pipeline/validate.js";
export { ReportDocument } from "./document.js";
export { summarize, Totals, boundMarker, GROUP_BY, type GroupBy, type TotalRow } from "./summarize/totals.js";
export * from "./schema/report.js";
