/**
 * How many worker threads a batch gets. Its own module, free of the pipeline and of piscina, so
 * that the command's help can name the thresholds without loading what runs the batch (pool.ts).
 */
import { availableParallelism } from "node:os";

/** Batches of up to this many files run in this process: starting workers would cost more. */
export const IN_PROCESS_MAX = 8;

/**
 * On a machine of two cores or fewer, a batch left to the default (no --jobs) runs in this
 * process unless it holds at least this many files.
 *
 * Why: each thread that extracts first spends two to three seconds of CPU on V8's optimizing
 * compiler (the pipeline's larger functions take 30 to 80 ms each to optimize, some of them
 * twice), and its first few hundred reports run several times slower than later ones. One
 * thread already keeps a second core partly busy with that compiler and the garbage collector,
 * so on two cores a second extracting thread must first pay for its own start before it adds
 * anything. Measured on two cores (the machine in the README): 1,000 files took 1.8 to 2.0 s in
 * this process and 2.3 to 2.6 s on two workers, 4,000 files 4.8 to 5.3 s against 4.9 to 6.0 s,
 * 10,000 files 9.9 s against 7.7 to 8.7 s. With more cores each worker has a core of its own
 * and the compiler's threads have the rest, so workers should pay for their start far sooner;
 * that is not measured here, and such machines keep workers for any batch over IN_PROCESS_MAX
 * files, as before. An explicit --jobs N is obeyed for any batch over IN_PROCESS_MAX files.
 */
export const WORKERS_FROM = 5000;

/**
 * How many worker threads a batch gets: 0 (this process) for --jobs 1, for small batches and,
 * by default, for batches too small to pay for the workers' start (WORKERS_FROM); else --jobs
 * (by default the number of cores), but never more than there are files, nor more than twice
 * the cores (extraction is CPU work: more threads than that only cost memory, each one holding
 * its own pipeline). `jobs` undefined is the default.
 */
export function planThreads(jobs: number | undefined, total: number, cores = availableParallelism()): number {
  const chosen = jobs ?? Math.max(1, cores);
  const threads = Math.min(Math.max(1, Math.floor(chosen) || 1), total, Math.max(1, cores) * 2);
  if (threads <= 1 || total <= IN_PROCESS_MAX) return 0;
  if (jobs === undefined && cores <= 2 && total < WORKERS_FROM) return 0;
  return threads;
}
