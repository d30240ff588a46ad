/**
 * Where extraction runs. In this process for small batches, so that one file answers without
 * starting a thread; on worker threads (piscina) when the batch is large enough that running in
 * parallel pays for starting the workers. Both run the same function (worker.ts: path -> outcome),
 * so the output does not depend on where it ran. A worker that fails (an exception, a crash, no
 * memory left) fails its file, never the run; `close` ends every worker so the process can exit.
 */
import type { FileJob, Outcome } from "./extract-file.js";
import { fromWire, TOO_LARGE, type WireOutcome } from "./wire.js";
import type { PathJob } from "./extract-path.js";
import { loadEngine } from "./load-engine.js";
import { planThreads } from "./plan.js";

export interface Executor {
  executor: (job: FileJob) => Promise<Outcome>;
  close: () => Promise<void>;
  /** worker threads in use; 0 when extraction runs in this process */
  threads: number;
}

/** A worker's heap limits, in MB (see the pool's resourceLimits). */
export const WORKER_YOUNG_MB = 4;
export const WORKER_OLD_MB = 32;

/**
 * A full garbage collection every this many reports in the main thread of a run on workers. The
 * reports' JSON texts arrive there and most of them outlive a scavenge: every 1,000 reports, the
 * thread's heap grew to about 48 MB for 7 MB of live data, and a batch of 40,000 peaked at 200 to
 * 202 MB; every 300, at 188 MB, in the same time. Nothing in this thread is worth recompiling
 * (the pipeline does not run here), so frequent collections cost only their few milliseconds.
 */
export const RECEIVER_GC_EVERY = 300;

/**
 * A full garbage collection every this many reports in a run without workers (gc.ts). Each one
 * costs more than its pause: V8 drops optimized code that refers to what it freed and compiles
 * it again (every 1,000 reports, that was 2.5 s of CPU over 10,000 reports, for 10 MB less peak
 * memory). Every 5,000 keeps memory flat over long batches at a fifth of that price.
 */
export const IN_PROCESS_GC_EVERY = 5000;

const noop = () => undefined;

/** A promise settled in the next turn of the event loop, after its I/O and signals. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** piscina's rejection of every task a worker held when its thread ended */
const workerExited = (err: unknown) => /^worker exited with code/u.test((err as Error)?.message ?? "");

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

/** Extraction in this thread, with the same path -> outcome function the workers run. */
export async function inProcessExecutor(): Promise<Executor> {
  const engine = await loadEngine();
  const { periodicCollection } = await import("./gc.js");
  const collect = periodicCollection(IN_PROCESS_GC_EVERY);
  return {
    threads: 0,
    executor: async (job) => {
      collect();
      // A turn of the event loop first. Extraction is synchronous, and the batch runner's own
      // steps are all promises: without this, a batch run in this thread held the loop from its
      // first report to its last, so Ctrl-C waited for the last file, and --out's writes (and
      // their memory) waited too. The runner starts a window of files at once; they all run in
      // the same turn, so this costs a few microseconds per window, not per report.
      await nextTurn();
      if (job.path === null || job.bytes) return engine.extractFile(job);
      return engine.extractPath({ path: job.path, options: job.options });
    },
    close: async () => {},
  };
}

/**
 * A pool of `threads` workers running the module at `filename` (its default export takes a
 * PathJob and returns a WireOutcome). Exported so tests can give it a worker that misbehaves.
 */
export async function workerExecutor(threads: number, filename: string): Promise<Executor> {
  const { Piscina } = await import("piscina");
  // not the engine: this thread only hands out paths and must not load the pipeline
  const { collector, periodicCollection } = await import("./gc.js");
  // the walk of a large folder leaves its garbage here: collect it before the workers start
  collector()?.();
  const pool = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    // the workers live as long as the batch; close() ends them
    idleTimeout: Infinity,
    // a worker finds its next file waiting when it ends one, instead of idling until this
    // thread hears of the end and sends another (a tenth of a worker's time on 2 cores)
    concurrentTasksPerWorker: 4,
    recordTiming: false,
    // A capped heap: each worker keeps a few MB of live data (the pipeline's patterns and
    // lexicons), but left to itself V8 lets the garbage of finished reports pile up to hundreds
    // of MB over a long batch, and a nursery of tens of MB per thread. With these caps it
    // collects as it nears them and memory stays flat (40,000 reports on 2 workers: peak RSS
    // 195 MB). A file too large for such a heap (extract-path.ts, TOO_LARGE), or whose worker
    // ran out of memory all the same, goes to the uncapped worker below.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
  });
  // one worker with an uncapped heap, for large files, started with the first of them: the main
  // thread stays free to hand out files and write the output while it works
  let uncapped: InstanceType<typeof Piscina> | null = null;
  const runUncapped = (task: PathJob) => {
    uncapped ??= new Piscina({ filename, minThreads: 1, maxThreads: 1, idleTimeout: Infinity, concurrentTasksPerWorker: 1, recordTiming: false });
    return uncapped.run({ ...task, uncapped: true }) as Promise<WireOutcome | typeof TOO_LARGE>;
  };
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
  return {
    threads,
    executor: async (job) => {
      collect();
      if (job.path === null || job.bytes) return runHere(job);
      const task: PathJob = { path: job.path, options: job.options };
      const answered = async (answer: WireOutcome | typeof TOO_LARGE): Promise<Outcome> =>
        fromWire(answer === TOO_LARGE ? ((await runUncapped(task)) as WireOutcome) : answer);
      try {
        return await answered((await pool.run(task)) as WireOutcome | typeof TOO_LARGE);
      } catch (err) {
        if (closed) return failed(job.path, err);
        try {
          // out of a capped heap: once more where the heap is not capped
          if ((err as NodeJS.ErrnoException)?.code === "ERR_WORKER_OUT_OF_MEMORY") return fromWire((await runUncapped(task)) as WireOutcome);
          if (!workerExited(err)) return failed(job.path, err);
          // The worker ended and took the files queued on it along. Each gets one more try,
          // one retry at a time, so that the file that ended the worker dies alone and the
          // others come through.
          const retry = retries.then(async () => answered((await pool.run(task)) as WireOutcome | typeof TOO_LARGE));
          retries = retry.then(noop, noop);
          return await retry;
        } catch (again) {
          return failed(job.path, again);
        }
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
