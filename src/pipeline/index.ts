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
  const [result] = analyzeBlock([doc]);
  if (!result!.ok) throw result!.error;
  return result!.report;
}

/** A document's report, or what it threw. */
export type BlockResult = { ok: true; report: Report } | { ok: false; error: unknown };

/**
 * Stages 3-5 over a block of documents, stage by stage: each stage runs over every document of
 * the block before the next one starts. Each document gets exactly what analyze() gives it (the
 * stages read and write only their own document; the few caches they share remember answers
 * that do not depend on the order of the documents). Why: a stage's code and patterns then stay
 * in the processor's caches across the block instead of being pushed out by the other stages'
 * after every document: per report about 30% less time over blocks of 32 or more (README,
 * Performance). A document that throws fails alone: its later stages are skipped and what it
 * threw takes the place of its report.
 */
export function analyzeBlock(docs: readonly ReportDocument[]): BlockResult[] {
  const n = docs.length;
  const failure: (BlockResult & { ok: false } | undefined)[] = new Array(n);
  const stage = <T>(run: (doc: ReportDocument, i: number) => T): T[] => {
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) {
      if (failure[i]) continue;
      try {
        out[i] = run(docs[i]!, i);
      } catch (error) {
        failure[i] = { ok: false, error };
      }
    }
    return out;
  };
  stage(clean);
  stage(segment);
  const facts = stage((doc) => extractMeeting(doc));
  const attendees = stage((doc, i) => extractAttendees(doc, facts[i]!));
  const statistics = stage((doc) => extractStatistics(doc));
  const tasks = stage((doc, i) => extractTasks(doc, facts[i]!));
  const reports = stage((doc, i) => assemble(doc, facts[i]!, attendees[i]!, statistics[i]!, tasks[i]!));
  return docs.map((_, i) => failure[i] ?? { ok: true, report: reports[i]! });
}

/** The report of a document whose extractors have run: its warnings completed, validated. */
function assemble(
  doc: ReportDocument,
  facts: ReturnType<typeof extractMeeting>,
  attendees: ReturnType<typeof extractAttendees>,
  statistics: ReturnType<typeof extractStatistics>,
  tasks: ReturnType<typeof extractTasks>,
): Report {
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
  const [result] = extractBytesBlock([{ bytes, options }]);
  if (!result!.ok) throw result!.error;
  return result!.report;
}

/**
 * extractBytes over a block of inputs, analysed stage by stage (analyzeBlock): each input gets
 * the report extractBytes gives it, or what extractBytes would have thrown.
 */
export function extractBytesBlock(inputs: readonly { bytes: Uint8Array; options?: ExtractOptions }[]): BlockResult[] {
  const results = new Array<BlockResult>(inputs.length);
  const docs: ReportDocument[] = [];
  const at: number[] = [];
  inputs.forEach(({ bytes, options = {} }, i) => {
    try {
      const decoded = decodeBytes(bytes, options);
      const doc = documentFromText(decoded.text, { path: options.path ?? null, bytes: decoded.bytes, sha256: decoded.sha256, encoding: decoded.encoding }, options);
      for (const n of decoded.notes) doc.warn(n.code, n.message);
      docs.push(doc);
      at.push(i);
    } catch (error) {
      results[i] = { ok: false, error };
    }
  });
  analyzeBlock(docs).forEach((result, k) => {
    const i = at[k]!;
    results[i] = result.ok && inputs[i]!.options?.includeText ? { ok: true, report: { ...result.report, text: docs[k]!.text } } : result;
  });
  return results;
}

export { ReportDocument };
