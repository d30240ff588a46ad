/**
 * Blocks of files to their outcomes: the task a worker thread runs (`runTasks`: piscina calls
 * worker.ts with the paths and the options, and gets the outcomes back in their wire form), and
 * what the in-process executor runs (`extractPaths`), so the two give the same bytes.
 *
 * A small regular file is opened, checked and read with synchronous calls (far cheaper than the
 * promise API for a few kilobytes), and the block's small files are extracted together with
 * `outcomesOf` (the pipeline stage by stage over them). Anything else (a folder, a file over the
 * size limit, a file that cannot be opened or read) goes through `extractFile`, which owns the
 * wording of every such failure. Never throws.
 */
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { extractFile, MAX_BYTES, outcomesOf, type FileJob, type Outcome, type ReadInput } from "./extract-file.js";
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

/**
 * A block's files are extracted together (outcomesOf) in groups of at most this many bytes, so
 * that a block of large files holds no more at once than a few of them would: extraction holds
 * about six times its input at its peak, and a worker's heap is capped (pool.ts).
 */
export const BLOCK_BYTES = 512 * 1024;

/**
 * The outcomes of a block of files, in order: each read, the small regular files extracted
 * together in groups of at most BLOCK_BYTES, anything else by extractFile. `read` says which files
 * are read here: the bytes, a size (too large: `tooLarge` answers for it), or null (extractFile
 * decides). Never throws: a file whose extraction threw gets `broken`'s answer.
 */
async function blockOutcomes<T>(
  jobs: readonly PathJob[],
  read: (job: PathJob) => Buffer | number | null,
  answer: (outcome: Outcome) => T,
  tooLarge: (job: PathJob, size: number) => T | null,
  broken: (job: PathJob, err: unknown) => T,
): Promise<T[]> {
  const answers = new Array<T>(jobs.length);
  let group: (ReadInput & { at: number })[] = [];
  let groupBytes = 0;
  const flush = () => {
    const outcomes = outcomesOf(group);
    group.forEach((input, k) => {
      try {
        answers[input.at] = answer(outcomes[k]!);
      } catch (err) {
        answers[input.at] = broken(jobs[input.at]!, err);
      }
    });
    group = [];
    groupBytes = 0;
  };
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    try {
      const bytes = read(job);
      const large = typeof bytes === "number" ? tooLarge(job, bytes) : null;
      if (large !== null) answers[i] = large;
      else if (bytes === null || typeof bytes === "number") answers[i] = answer(await extractFile({ path: job.path, options: job.options }));
      else {
        if (group.length > 0 && groupBytes + bytes.length > BLOCK_BYTES) flush();
        group.push({ path: job.path, bytes, options: job.options, at: i });
        groupBytes += bytes.length;
      }
    } catch (err) {
      answers[i] = broken(job, err);
    }
  }
  if (group.length > 0) flush();
  return answers;
}

const internalError = (job: PathJob, err: unknown): WireOutcome & Outcome => ({
  ok: false,
  path: job.path,
  code: "internal",
  message: `internal error: ${(err as Error)?.message ?? String(err)}`,
});

/** A block of files in this thread: the outcome of each, in order. */
export function extractPaths(jobs: readonly PathJob[]): Promise<Outcome[]> {
  return blockOutcomes(jobs, (job) => readSmall(job.path, MAX_BYTES), (outcome) => outcome, () => null, internalError);
}

/**
 * The piscina task: a block of files, and for each the outcome in its wire form (the report as
 * JSON text), or TOO_LARGE for a file too large for a capped worker's heap (files over MAX_BYTES
 * stay: extractFile refuses them).
 *
 * No forced garbage collection in a worker: a full collection on demand made the next few
 * hundred reports run a tenth slower (V8 drops compiled code and type feedback with it), and
 * the worker's capped heap already keeps its memory flat: V8 collects as it nears the cap.
 */
export function runTasks(jobs: readonly PathJob[]): Promise<(WireOutcome | typeof TOO_LARGE)[]> {
  return blockOutcomes<WireOutcome | typeof TOO_LARGE>(
    jobs,
    (job) => readSmall(job.path, job.uncapped ? MAX_BYTES : WORKER_MAX_BYTES),
    toWire,
    (_job, size) => (size <= MAX_BYTES ? TOO_LARGE : null),
    internalError,
  );
}

/** One file as a task of its own. */
export async function runTask(job: PathJob): Promise<WireOutcome | typeof TOO_LARGE> {
  return (await runTasks([job]))[0]!;
}
