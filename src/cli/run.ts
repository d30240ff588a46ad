/**
 * The batch runner: jobs go out to an executor with bounded concurrency, outcomes come back in
 * any order and leave in input order, one at a time, so memory holds only the window in flight.
 */
import type { Outcome } from "./extract-file.js";

export interface BatchOptions<J> {
  jobs: AsyncIterable<J> | Iterable<J>;
  execute: (job: J) => Promise<Outcome>;
  /** how many jobs may be in flight at once */
  concurrency: number;
  /** called for every outcome, in input order */
  onOutcome: (outcome: Outcome, index: number) => void | Promise<void>;
}

export async function runBatch<J>(options: BatchOptions<J>): Promise<void> {
  const { execute, onOutcome } = options;
  const limit = Math.max(1, options.concurrency);
  const done = new Map<number, Outcome>();
  let next = 0;
  let issued = 0;
  const inFlight = new Set<Promise<void>>();
  let flushing: Promise<void> = Promise.resolve();

  const flush = async () => {
    while (done.has(next)) {
      const outcome = done.get(next)!;
      done.delete(next);
      await onOutcome(outcome, next);
      next++;
    }
  };

  for await (const job of options.jobs) {
    const index = issued++;
    const p: Promise<void> = execute(job).then((outcome) => {
      done.set(index, outcome);
      inFlight.delete(p);
      flushing = flushing.then(flush);
    });
    inFlight.add(p);
    // keep the window bounded: both in flight and waiting to be written in order
    while (inFlight.size > 0 && (inFlight.size >= limit || done.size >= limit * 4)) {
      await Promise.race(inFlight);
      await flushing;
    }
  }
  await Promise.all(inFlight);
  await flushing;
  await flush();
}
