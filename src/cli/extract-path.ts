/**
 * One file to one outcome, synchronously where it can be: the task a worker thread runs
 * (`runTask`: piscina calls worker.ts with the path and the options, and gets the outcome back
 * in its wire form), and what the in-process executor runs too, so the two give the same bytes.
 *
 * A small regular file is opened, checked and read with synchronous calls (far cheaper than the
 * promise API for a few kilobytes) and extracted with `outcomeOf`. Anything else (a folder, a
 * file over the size limit, a file that cannot be opened or read) goes through `extractFile`,
 * which owns the wording of every such failure. Never throws.
 */
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { extractFile, MAX_BYTES, outcomeOf, type FileJob, type Outcome } from "./extract-file.js";
import { TOO_LARGE, toWire, type WireOutcome } from "./wire.js";

/**
 * Files larger than this are too large for a worker with a capped heap (pool.ts): extraction
 * holds about six times the input's size at its peak. The pool gives them to a worker whose
 * heap is not capped.
 */
export const WORKER_MAX_BYTES = 1024 * 1024;

/** What a worker is sent: the path and the options, nothing else. */
export interface PathJob {
  path: string;
  options: FileJob["options"];
  /** the worker's heap is not capped: any size up to MAX_BYTES */
  uncapped?: boolean;
}

/**
 * The bytes of a regular file of at most `limit` bytes; its size when it is a larger regular
 * file; null when the general path must decide (not a file, cannot be opened or read).
 */
function readSmall(path: string, limit: number): Buffer | number | null {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return null;
    return stat.size > limit ? stat.size : readFileSync(fd);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

export function extractPath(job: PathJob): Outcome | Promise<Outcome> {
  const bytes = readSmall(job.path, MAX_BYTES);
  if (bytes === null || typeof bytes === "number") return extractFile({ path: job.path, options: job.options });
  return outcomeOf(job.path, bytes, job.options);
}

/**
 * The piscina task: the outcome in its wire form (the report as JSON text), or TOO_LARGE for a
 * file too large for a capped worker's heap (files over MAX_BYTES stay: extractFile refuses them).
 *
 * No forced garbage collection in a worker: a full collection on demand made the next few
 * hundred reports run a tenth slower (V8 drops compiled code and type feedback with it), and
 * the worker's capped heap already keeps its memory flat: V8 collects as it nears the cap.
 */
export async function runTask(job: PathJob): Promise<WireOutcome | typeof TOO_LARGE> {
  try {
    const bytes = readSmall(job.path, job.uncapped ? MAX_BYTES : WORKER_MAX_BYTES);
    if (typeof bytes === "number" && bytes <= MAX_BYTES) return TOO_LARGE;
    const outcome = bytes === null || typeof bytes === "number" ? await extractFile({ path: job.path, options: job.options }) : outcomeOf(job.path, bytes, job.options);
    return toWire(outcome);
  } catch (err) {
    return { ok: false, path: job.path, code: "internal", message: `internal error: ${(err as Error)?.message ?? String(err)}` };
  }
}
