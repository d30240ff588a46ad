/**
 * Jobs handed out one at a time, run in blocks. The batch runner asks for one file's outcome at a
 * time; the pipeline runs a third faster per report over a block of reports, stage by stage
 * (pipeline/index.ts, analyzeBlock), and a worker thread answers a block for the price of one
 * message. So jobs wait here until `size` of them have come, or until the event loop turns (the
 * runner has started all the jobs it may start and waits for one), and go as one block.
 */
export function inBlocks<J, R>(size: number, run: (jobs: J[]) => Promise<R[]>): (job: J) => Promise<R> {
  let pending: { job: J; resolve: (answer: R) => void; reject: (err: unknown) => void }[] = [];
  let timer: NodeJS.Immediate | null = null;
  const send = () => {
    if (timer) clearImmediate(timer);
    timer = null;
    const block = pending;
    pending = [];
    // a run that throws rejects the block's jobs, as a rejected run does
    Promise.resolve()
      .then(() => run(block.map((p) => p.job)))
      .then(
        (answers) => block.forEach((p, i) => (i < answers.length ? p.resolve(answers[i]!) : p.reject(new Error(`a block of ${block.length} jobs got ${answers.length} answers`)))),
        (err) => block.forEach((p) => p.reject(err)),
      );
  };
  return (job) =>
    new Promise<R>((resolve, reject) => {
      pending.push({ job, resolve, reject });
      if (pending.length >= size) send();
      else timer ??= setImmediate(send);
    });
}
