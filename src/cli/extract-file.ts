/**
 * One input to one outcome: the validated report, or the reason it could not be made. Never
 * throws; the batch runner (and its worker threads) rely on that.
 */
import { promises as fs } from "node:fs";
import { extractBytes, type ExtractOptions } from "../pipeline/index.js";
import { InputError } from "../pipeline/read.js";
import { ValidationError } from "../pipeline/validate.js";
import type { Report } from "../schema/report.js";

export interface FileJob {
  /** null for standard input */
  path: string | null;
  /** the bytes, when already read (standard input) */
  bytes?: Uint8Array;
  options: Omit<ExtractOptions, "path"> & { strict?: boolean };
}

export type Outcome =
  | { ok: true; path: string | null; report: Report }
  | { ok: false; path: string | null; code: string; message: string };

/** Inputs larger than this are refused rather than risking the machine's memory. */
export const MAX_BYTES = 256 * 1024 * 1024;

export async function extractFile(job: FileJob): Promise<Outcome> {
  const path = job.path;
  try {
    let bytes = job.bytes;
    if (!bytes) {
      const stat = await fs.stat(path!);
      if (stat.isDirectory()) return { ok: false, path, code: "is-folder", message: "is a folder" };
      if (stat.size > MAX_BYTES) return { ok: false, path, code: "too-large", message: `the file is ${Math.round(stat.size / 1048576)} MB, over the ${MAX_BYTES / 1048576} MB limit` };
      bytes = await fs.readFile(path!);
    }
    return outcomeOf(path, bytes, job.options);
  } catch (err) {
    return failure(path, err);
  }
}

/** The synchronous part, shared with worker threads. */
export function outcomeOf(path: string | null, bytes: Uint8Array, options: FileJob["options"]): Outcome {
  try {
    const report = extractBytes(bytes, { ...options, path: path ?? "-" });
    if (options.strict && report.warnings.length > 0) {
      const w = report.warnings[0]!;
      return { ok: false, path, code: `strict:${w.code}`, message: `warning treated as error (--strict): ${w.message}` };
    }
    return { ok: true, path, report };
  } catch (err) {
    return failure(path, err);
  }
}

function failure(path: string | null, err: unknown): Outcome {
  if (err instanceof InputError) return { ok: false, path, code: err.code, message: err.message };
  if (err instanceof ValidationError) return { ok: false, path, code: "invalid-report", message: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return { ok: false, path, code: "missing", message: "no such file or folder" };
  if (e?.code === "EACCES" || e?.code === "EPERM") return { ok: false, path, code: "unreadable", message: "permission denied: the file cannot be read" };
  if (e?.code === "EISDIR") return { ok: false, path, code: "is-folder", message: "is a folder" };
  return { ok: false, path, code: "internal", message: `internal error: ${e?.message ?? String(err)}` };
}
