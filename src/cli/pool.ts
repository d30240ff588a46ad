/**
 * Where extraction runs. In this process for a few files, so that one file answers without
 * starting a thread; on worker threads (piscina) for more (plan.ts). Both hand files out in
 * blocks and run the same function on a block (extract-path.ts: paths -> their outcomes), so the
 * output does not depend on where it ran. A worker that fails (an exception, a crash, no
 * memory left) fails its file, never the run; `close` ends every worker so the process can exit.
 */
import type { FileJob, Outcome } from "./extract-file.js";
import { fromWire, TOO_LARGE, type WireOutcome } from "./wire.js";
import type { PathJob } from "./extract-path.js";
import { inBlocks } from "./blocks.js";
import { loadEngine } from "./load-engine.js";
import { planThreads } from "./plan.js";

export interface Executor {
  executor: (job: FileJob) => Promise<Outcome>;
  close: () => Promise<void>;
  /** worker threads in use; 0 when extraction runs in this process */
  threads: number;
  /** how many files the batch runner should keep in flight to keep every thread busy */
  window: number;
}

/**
 * Files extracted together, as one block (blocks.ts): the pipeline runs stage by stage over a
 * block (about 30% less time per report than one report at a time, from about 32 reports on),
 * and a worker gets a block in one message. A block waits no longer than the batch runner takes
 * to start its window of files, so one file, or the last few of a batch, never wait for more.
 */
export const BLOCK_FILES = 32;

/**
 * A worker's heap limits, in MB (see the pool's resourceLimits), by how many workers share the
 * machine's memory. A worker holds about 18 MB that live as long as it does (the pipeline's
 * patterns, lexicons and compiled code), and a block's documents live long enough to reach the
 * old generation. Two workers: with 32 MB of old generation, 40,000 reports peaked at 198 to
 * 202 MB; with 28, at 193 to 196 MB, about as fast; with 24 the collector ran so often that the
 * batch took 24 s instead of 21. One worker alone has room for more, and runs faster with it:
 * 40,000 reports in 26.8 s and 182 MB with 16 and 48 MB, where the command's own thread (no cap)
 * took 28.9 s and 247 MB.
 */
export function workerHeap(threads: number): { youngMb: number; oldMb: number } {
  return threads === 1 ? { youngMb: 16, oldMb: 48 } : { youngMb: 4, oldMb: 28 };
}

/**
 * A full garbage collection every this many reports in the main thread of a run on workers. The
 * reports' JSON texts arrive there and most of them outlive a scavenge: every 1,000 reports, the
 * thread's heap grew to about 48 MB for 7 MB of live data, and a batch of 40,000 peaked at 200 to
 * 202 MB; every 300, at 188 MB, in the same time. Nothing in this thread is worth recompiling
 * (the pipeline does not run here), so frequent collections cost only their few milliseconds.
 */
export const RECEIVER_GC_EVERY = 300;

const noop = () => undefined;

/** A promise settled in the next turn of the event loop, after its I/O and signals. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function createExecutor(jobs: number | undefined, total: number): Promise<Executor> {
  const threads = planThreads(jobs, total);
  // No V8 flag is changed here for a run in this thread, though one would make a small batch
  // answer sooner (--no-regexp-tier-up: each regular expression compiled once, to machine code,
  // not first to bytecode and again on its second use; 40 ms less for one small file). V8 does not
  // support changing its flags once it runs: with that one changed after start, about one run in
  // twenty of a test script crashed inside a regular expression's machine code (a segmentation
  // fault, no output), and worker threads started after the change crashed now and then.
  if (threads === 0) return inProcessExecutor();
  return workerExecutor(threads, new URL("./worker.js", import.meta.url).href);
}

/**
 * Extraction in this thread, with the same block -> outcomes function the workers run: for a
 * few files (planThreads), and standard input. Longer batches go to workers, even to one: a
 * worker's heap is capped, this thread's is not (40,000 reports here peaked at 247 MB).
 */
export async function inProcessExecutor(): Promise<Executor> {
  const engine = await loadEngine();
  const extractBlock = inBlocks(BLOCK_FILES, async (jobs: PathJob[]) => {
    // A turn of the event loop first. Extraction is synchronous, and the batch runner's own
    // steps are all promises: without this, a batch run in this thread held the loop from its
    // first report to its last, so Ctrl-C waited for the last file, and --out's writes (and
    // their memory) waited too.
    await nextTurn();
    return engine.extractPaths(jobs);
  });
  return {
    threads: 0,
    window: 2 * BLOCK_FILES,
    executor: async (job) => {
      if (job.path === null || job.bytes) return engine.extractFile(job);
      return extractBlock({ path: job.path, options: job.options });
    },
    close: async () => {},
  };
}

/**
 * A pool of `threads` workers running the module at `filename` (its default export takes a
 * block of PathJobs and returns their WireOutcomes, in order). Exported so tests can give it a
 * worker that misbehaves.
 */
export async function workerExecutor(threads: number, filename: string): Promise<Executor> {
  const { Piscina } = await import("piscina");
  // not the engine: this thread only hands out paths and must not load the pipeline
  const { collector, periodicCollection } = await import("./gc.js");
  // the walk of a large folder leaves its garbage here: collect it before the workers start
  collector()?.();
  const heap = workerHeap(threads);
  const pool = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    // the workers live as long as the batch; close() ends them
    idleTimeout: Infinity,
    // a worker finds its next block waiting when it ends one, instead of idling until this
    // thread hears of the end and sends another
    concurrentTasksPerWorker: 2,
    recordTiming: false,
    // A capped heap: each worker keeps a few MB of live data (the pipeline's patterns and
    // lexicons), but left to itself V8 lets the garbage of finished reports pile up to hundreds
    // of MB over a long batch, and a nursery of tens of MB per thread. With these caps it
    // collects as it nears them and memory stays flat (40,000 reports on 2 workers: peak RSS
    // 193 to 195 MB). A file too large for such a heap (extract-path.ts, TOO_LARGE), or whose worker
    // ran out of memory all the same, goes to the uncapped worker below.
    resourceLimits: { maxYoungGenerationSizeMb: heap.youngMb, maxOldGenerationSizeMb: heap.oldMb },
  });
  // one worker with an uncapped heap, for large files, started with the first of them: the main
  // thread stays free to hand out files and write the output while it works
  let uncapped: InstanceType<typeof Piscina> | null = null;
  const runUncapped = async (task: PathJob) => {
    uncapped ??= new Piscina({ filename, minThreads: 1, maxThreads: 1, idleTimeout: Infinity, concurrentTasksPerWorker: 1, recordTiming: false });
    return ((await uncapped.run([{ ...task, uncapped: true }])) as (WireOutcome | typeof TOO_LARGE)[])[0]!;
  };
  const runBlock = inBlocks(BLOCK_FILES, async (tasks: PathJob[]) => (await pool.run(tasks)) as (WireOutcome | typeof TOO_LARGE)[]);
  // one file alone: the retries after its block failed
  const runAlone = async (task: PathJob) => ((await pool.run([task])) as (WireOutcome | typeof TOO_LARGE)[])[0]!;
  // a worker that dies is replaced by piscina; a file that fails twice that way fails
  const failed = (path: string | null, err: unknown): Outcome => ({
    ok: false,
    path,
    code: "internal",
    message: `internal error: the worker thread failed: ${(err as Error)?.message ?? String(err)}`,
  });
  let closed = false;
  let retries: Promise<unknown> = Promise.resolve();
  // this thread only receives the outcomes and writes them, but their garbage piles up too
  const collect = periodicCollection(RECEIVER_GC_EVERY);
  // standard input was read in this thread: it is extracted here, the engine loaded then
  let here: Executor | null = null;
  const runHere = async (job: FileJob) => (here ??= await inProcessExecutor()).executor(job);
  /** A file of a failed block, tried on its own; out of a capped heap, once more where it is not capped. */
  const alone = async (task: PathJob, answered: (answer: WireOutcome | typeof TOO_LARGE) => Promise<Outcome>): Promise<Outcome> => {
    try {
      return await answered(await runAlone(task));
    } catch (err) {
      if (closed || (err as NodeJS.ErrnoException)?.code !== "ERR_WORKER_OUT_OF_MEMORY") return failed(task.path, err);
      try {
        return fromWire((await runUncapped(task)) as WireOutcome);
      } catch (again) {
        return failed(task.path, again);
      }
    }
  };
  return {
    threads,
    // each worker has a block running and the next one queued (concurrentTasksPerWorker); one
    // block more in flight made this thread hold more reports' JSON and its heap grow with it
    window: threads * BLOCK_FILES * 2,
    executor: async (job) => {
      collect();
      if (job.path === null || job.bytes) return runHere(job);
      const task: PathJob = { path: job.path, options: job.options };
      const answered = async (answer: WireOutcome | typeof TOO_LARGE): Promise<Outcome> =>
        fromWire(answer === TOO_LARGE ? await runUncapped(task) as WireOutcome : answer);
      try {
        return await answered(await runBlock(task));
      } catch (err) {
        if (closed) return failed(job.path, err);
        // The block failed as a whole: its worker ran out of memory or ended (and took the blocks
        // queued on it along), or the task threw. Each of its files gets one more try on its own,
        // one retry at a time, so that the file that caused it fails alone and the others come
        // through.
        const retry = retries.then(() => alone(task, answered));
        retries = retry.then(noop, noop);
        return await retry;
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.destroy();
      await uncapped?.destroy();
      await here?.close();
    },
  };
}
