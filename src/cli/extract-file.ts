/**
 * One input to one outcome: the validated report, or the reason it could not be made. Never
 * throws; the batch runner (and its worker threads) rely on that.
 */
import { createReadStream, promises as fs } from "node:fs";
import { extractBytesBlock, type ExtractOptions } from "../pipeline/index.js";
import { InputError } from "../pipeline/read.js";
import { ValidationError } from "../pipeline/validate.js";
import type { Report } from "../schema/report.js";
import { describe, readStdin, TooLargeError } from "./inputs.js";

export interface FileJob {
  /** null for standard input */
  path: string | null;
  /** the bytes, when already read (standard input) */
  bytes?: Uint8Array;
  options: Omit<ExtractOptions, "path"> & { strict?: boolean };
}

export type Failure = { ok: false; path: string | null; code: string; message: string };

export type Outcome =
  /** `json`, when present, is the report's compact JSON (`JSON.stringify(report)`), made once */
  | { ok: true; path: string | null; report: Report; json?: string }
  | Failure;

const NOT_A_REPORT = "not-a-report";

/** Inputs larger than this are refused rather than risking the machine's memory. */
export const MAX_BYTES = 256 * 1024 * 1024;

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

export async function extractFile(job: FileJob): Promise<Outcome> {
  const path = job.path;
  try {
    let bytes = job.bytes;
    if (!bytes) {
      const stat = await fs.stat(path!);
      if (stat.isDirectory()) return { ok: false, path, code: "is-folder", message: "is a folder" };
      if (stat.size > MAX_BYTES) return { ok: false, path, code: "too-large", message: `the file is ${mb(stat.size)}, over the ${mb(MAX_BYTES)} limit` };
      // a pipe or a device (/dev/stdin, <(cmd)) has no size up front: read it with the limit
      bytes = stat.isFile() ? await fs.readFile(path!) : await readCapped(path!, MAX_BYTES);
    }
    return outcomeOf(path, bytes, job.options);
  } catch (err) {
    return failure(path, err);
  }
}

/** Standard input as one outcome (read errors and oversize input included). */
export async function extractStdin(options: FileJob["options"]): Promise<Outcome> {
  let bytes: Buffer;
  try {
    bytes = await readStdin();
  } catch (err) {
    return failure(null, err);
  }
  return extractFile({ path: null, bytes, options });
}

async function readCapped(path: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of createReadStream(path)) {
    total += (c as Buffer).length;
    if (total > limit) throw new TooLargeError(`it is over the ${mb(limit)} limit`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The synchronous part, shared with worker threads. */
export function outcomeOf(path: string | null, bytes: Uint8Array, options: FileJob["options"]): Outcome {
  return outcomesOf([{ path, bytes, options }])[0]!;
}

/** An input already read. */
export interface ReadInput {
  path: string | null;
  bytes: Uint8Array;
  options: FileJob["options"];
}

/**
 * outcomeOf over a block of inputs, extracted together (extractBytesBlock: the pipeline's stages
 * run stage by stage over the block, a third faster per report than one report at a time). Each
 * input gets the outcome outcomeOf gives it; one that fails fails alone.
 */
export function outcomesOf(inputs: readonly ReadInput[]): Outcome[] {
  let results: ReturnType<typeof extractBytesBlock>;
  try {
    results = extractBytesBlock(inputs.map(({ path, bytes, options }) => ({ bytes, options: { ...options, path: path ?? "-" } })));
  } catch (err) {
    return inputs.map(({ path }) => failure(path, err));
  }
  return results.map((result, i) => {
    const { path, options } = inputs[i]!;
    return result.ok ? judged(path, result.report, options) : failure(path, result.error);
  });
}

/** A report as the command sees it: a text that is not a report, or a warning under --strict, fails its file. */
function judged(path: string | null, report: Report, options: FileJob["options"]): Outcome {
  try {
    // a text that is not a report (an English article, a recipe) is a bad input to the command,
    // like an image: named, counted as failed, not written. The library keeps it as a warning.
    if (report.warnings.some((w) => w.code === NOT_A_REPORT)) {
      const forced = options.encoding ? ` when read as ${report.source.encoding}, as --encoding asks (is that the file's encoding?)` : "";
      return { ok: false, path, code: NOT_A_REPORT, message: `this does not read as a trade-union report${forced} (none of the words a union report has: công đoàn, liên đoàn, hội nghị, đại hội, đoàn viên, người lao động, ban chấp hành)` };
    }
    if (options.strict && report.warnings.length > 0) {
      const all = report.warnings.map((w) => `${w.message} [${w.code}]`).join("; ");
      return { ok: false, path, code: `strict:${report.warnings[0]!.code}`, message: `warning treated as error (--strict): ${all}` };
    }
    return { ok: true, path, report };
  } catch (err) {
    return failure(path, err);
  }
}

function failure(path: string | null, err: unknown): Outcome {
  if (err instanceof InputError) return { ok: false, path, code: err.code, message: err.message };
  if (err instanceof ValidationError) return { ok: false, path, code: "invalid-report", message: err.message };
  if (err instanceof TooLargeError) return { ok: false, path, code: "too-large", message: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT" || e?.code === "ENOTDIR") return { ok: false, path, code: "missing", message: describe(e) };
  if (e?.code === "EACCES" || e?.code === "EPERM") return { ok: false, path, code: "unreadable", message: describe(e) };
  if (e?.code === "EISDIR") return { ok: false, path, code: "is-folder", message: "is a folder" };
  if (e?.code === "ELOOP") return { ok: false, path, code: "symlink-loop", message: describe(e) };
  if (e instanceof RangeError && /call stack|Invalid string length|Array buffer allocation/u.test(e.message)) {
    return { ok: false, path, code: "too-complex", message: `the input is too large or too deeply nested to process (${e.message})` };
  }
  if (typeof e?.code === "string" && e.code.startsWith("E")) return { ok: false, path, code: "io", message: describe(e) };
  return { ok: false, path, code: "internal", message: `internal error: ${e?.message ?? String(err)}` };
}
