/**
 * Garbage collection on demand for long batches. Its own module so that the main thread of a
 * run on worker threads can use it without loading the pipeline (worker.ts imports it all).
 */
import { runInNewContext } from "node:vm";

/**
 * A function to call once per document that runs a full garbage collection every `every` calls.
 * Over a long batch V8 lets the garbage of finished reports pile up in the old generation (it
 * collects when it likes, not when memory is short): peak memory then grows with the number of
 * files. Frequent collections keep a thread's memory flat. They have a price where the pipeline
 * runs (V8 compiles again what a collection dropped, and the next few hundred reports run slower
 * meanwhile): worker threads get a capped heap instead, and only the main thread of a run on
 * workers, which runs no pipeline, collects this way (pool.ts, RECEIVER_GC_EVERY).
 *
 * The collector exists when the process was started with V8's --expose-gc flag, which the CLI's
 * launcher sets before any thread starts (V8 flags must not change while threads run); a new
 * context then has `gc`. Otherwise (the library in someone else's program) this does nothing.
 */
export function periodicCollection(every: number, gc = collector()): () => void {
  let count = 0;
  return () => {
    if (gc && ++count % every === 0) gc();
  };
}

/** The full garbage collection, or null when the runtime does not expose it. */
export function collector(): (() => void) | null {
  try {
    const fn = runInNewContext("typeof gc === 'function' ? gc : null") as unknown;
    return typeof fn === "function" ? (fn as () => void) : null;
  } catch {
    return null;
  }
}
