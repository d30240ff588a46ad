/**
 * The pipeline, stage by stage:
 *   read (bytes -> text) -> html (markup -> article text, for HTML inputs) -> normalize (NFC and
 *   the matching view) -> clean (furniture) -> segment (paragraphs, sentences) -> extract
 *   (meeting, attendees, statistics, tasks) -> validate (zod).
 * Each stage is a function of the one document object; nothing travels beside it.
 */
import { ReportDocument } from "../document.js";
import { extractAttendees } from "../extract/attendees/index.js";
import { extractMeeting } from "../extract/meeting/index.js";
import { extractStatistics } from "../extract/statistics/index.js";
import { extractTasks } from "../extract/tasks/index.js";
import { REPORT_WORDS } from "../lexicon/vietnamese.js";
import { SCHEMA_VERSION, type Report } from "../schema/report.js";
import { clean } from "./clean.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { createDocument } from "./normalize.js";
import { decodeBytes, sha256, type ReadOptions } from "./read.js";
import { segment } from "./segment.js";
import { validate } from "./validate.js";

export interface ExtractOptions extends ReadOptions {
  /** the input's path, recorded in source.path (and used to find the gold record when scoring) */
  path?: string | null;
  /** treat the input as HTML (default: by extension or content) */
  html?: boolean;
  /** put the normalized text into the report */
  includeText?: boolean;
}

/** Stages 3-5 on a document that has its text. */
export function analyze(doc: ReportDocument): Report {
  clean(doc);
  segment(doc);
  const facts = extractMeeting(doc);
  const attendees = extractAttendees(doc, facts);
  const statistics = extractStatistics(doc);
  const tasks = extractTasks(doc, facts);
  if (!REPORT_WORDS.test(doc.view)) {
    doc.warn("not-a-report", "the text does not read as a trade-union report (no union or meeting words)");
  }
  return validate({
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: doc.source.path,
      sha256: doc.source.sha256,
      bytes: doc.source.bytes,
      encoding: doc.source.encoding,
      format: doc.source.format,
    },
    title: facts.title,
    published: facts.published,
    author: facts.author,
    meeting: facts.meeting,
    attendees,
    statistics,
    tasks,
    warnings: doc.messages.map((m) => ({ code: m.code, message: m.message })),
  });
}

/** Build the document from decoded text, HTML reduced to its article text first. */
export function documentFromText(
  text: string,
  source: { path: string | null; bytes: number; sha256: string; encoding: string },
  options: ExtractOptions = {},
): ReportDocument {
  const html = options.html ?? looksLikeHtml(text, source.path);
  const articleText = html ? htmlToText(text) : text;
  return createDocument(articleText, { ...source, format: html ? "html" : "text" });
}

/** The library entry point: extract a report from text already in memory. */
export function extract(text: string, options: ExtractOptions = {}): Report {
  const bytes = Buffer.byteLength(text, "utf8");
  const doc = documentFromText(text.replace(/^\uFEFF/, ""), { path: options.path ?? null, bytes, sha256: sha256(Buffer.from(text, "utf8")), encoding: "utf-8" }, options);
  const report = analyze(doc);
  return options.includeText ? { ...report, text: doc.text } : report;
}

/** Extract a report from a file's bytes (encoding detected, HTML reduced). */
export function extractBytes(bytes: Uint8Array, options: ExtractOptions = {}): Report {
  const decoded = decodeBytes(bytes, options);
  const doc = documentFromText(decoded.text, { path: options.path ?? null, bytes: decoded.bytes, sha256: decoded.sha256, encoding: decoded.encoding }, options);
  for (const n of decoded.notes) doc.warn(n.code, n.message);
  const report = analyze(doc);
  return options.includeText ? { ...report, text: doc.text } : report;
}

export { ReportDocument };
