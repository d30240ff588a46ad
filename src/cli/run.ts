/**
 * The batch runner: jobs go out to an executor with bounded concurrency, outcomes come back in
 * any order and leave in input order, one at a time. At most `concurrency` jobs are in flight or
 * waiting for an earlier one to be written, so memory holds only that window however long the
 * list of jobs is: a folder of ten thousand reports is read, extracted and written file by file.
 */
import type { Outcome } from "./extract-file.js";

export interface BatchOptions<J> {
  jobs: AsyncIterable<J> | Iterable<J>;
  execute: (job: J) => Outcome | Promise<Outcome>;
  /** how many jobs may be in flight (or done and waiting for an earlier one) at once */
  concurrency: number;
  /** called for every outcome, in input order, one at a time */
  onOutcome: (outcome: Outcome, index: number) => void | Promise<void>;
}

export async function runBatch<J>(options: BatchOptions<J>): Promise<void> {
  const { execute, onOutcome } = options;
  const limit = Math.max(1, Math.floor(options.concurrency) || 1);
  // in input order; the head is the next outcome to leave
  const window: Promise<Outcome>[] = [];
  let index = 0;

  const start = (job: J): Promise<Outcome> => {
    // a throwing executor rejects its own promise instead of breaking the loop
    const p = new Promise<Outcome>((resolve) => resolve(execute(job)));
    // a rejection is seen when its turn comes; until then it must not count as unhandled
    p.catch(() => undefined);
    return p;
  };
  const emitHead = async () => {
    const outcome = await window.shift()!;
    await onOutcome(outcome, index++);
  };

  for await (const job of options.jobs) {
    window.push(start(job));
    while (window.length >= limit) await emitHead();
  }
  while (window.length > 0) await emitHead();
}
