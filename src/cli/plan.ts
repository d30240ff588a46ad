/**
 * How many worker threads a batch gets. Its own module, free of the pipeline and of piscina, so
 * that the command's help can name the thresholds without loading what runs the batch (pool.ts).
 */
import { availableParallelism } from "node:os";

/** Batches of up to this many files run in this process: starting a worker would cost more. */
export const IN_PROCESS_MAX = 8;

/**
 * On a machine of two cores or fewer, a batch left to the default (no --jobs) runs on one worker
 * thread unless it holds at least this many files; from this many on, on a worker per core.
 *
 * Why: each thread that extracts first spends one to two seconds of CPU on V8's optimizing
 * compiler (the pipeline's larger functions take 30 to 80 ms each to optimize, some of them
 * twice), and its first few thousand reports run slower than later ones. One thread already keeps
 * a second core partly busy with that compiler and the garbage collector, so on two cores a second
 * extracting thread must first pay for its own start before it adds anything. Measured on two
 * cores (the machine in the README), reports extracted in blocks: 4,000 files took 3.5 to 3.7 s
 * on one thread and on two, 10,000 files 6.5 s on one and 6.1 s on two. With more cores each
 * worker has a core of its own and the compiler's threads have the rest, so workers should pay
 * for their start far sooner; that is not measured here, and such machines use a worker per core
 * for any batch over IN_PROCESS_MAX files. An explicit --jobs N is obeyed for any batch over
 * IN_PROCESS_MAX files.
 *
 * One worker rather than the command's own thread: a worker's heap is capped, so memory stays flat
 * however many files (pool.ts, workerHeap); the command's own thread took 247 MB for 40,000.
 */
export const WORKERS_FROM = 5000;

/**
 * How many worker threads a batch gets: 0 (this process) for a few files (IN_PROCESS_MAX); one,
 * by default, for batches too small to pay for more workers' start (WORKERS_FROM); else --jobs
 * (by default the number of cores), but never more than there are files, nor more than twice
 * the cores (extraction is CPU work: more threads than that only cost memory, each one holding
 * its own pipeline). `jobs` undefined is the default.
 */
export function planThreads(jobs: number | undefined, total: number, cores = availableParallelism()): number {
  const chosen = jobs ?? Math.max(1, cores);
  const threads = Math.min(Math.max(1, Math.floor(chosen) || 1), total, Math.max(1, cores) * 2);
  if (total <= IN_PROCESS_MAX) return 0;
  if (jobs === undefined && cores <= 2 && total < WORKERS_FROM) return 1;
  return threads;
}
