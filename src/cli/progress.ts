/**
 * Progress on stderr for batches: files done, rate, time left, failures. Shown on a terminal,
 * or when asked with --progress; never on stdout, which carries only the output.
 */
export interface Progress {
  tick(ok: boolean): void;
  /** erase the bar before another line goes to stderr */
  clear(): void;
  done(): void;
}

const silent: Progress = { tick() {}, clear() {}, done() {} };

export async function createProgress(total: number, flag: boolean | undefined): Promise<Progress> {
  const show = flag === true || (flag !== false && process.stderr.isTTY === true && total > 1);
  if (!show) return silent;
  const started = Date.now();
  let done = 0;
  let failed = 0;
  let last = 0;
  const render = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    const elapsed = (now - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = rate > 0 ? (total - done) / rate : 0;
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const bar = "#".repeat(filled) + "-".repeat(width - filled);
    const line = `[${bar}] ${done}/${total} files  ${rate.toFixed(0)}/s  ${left > 0 ? `${Math.ceil(left)}s left` : ""}${failed ? `  ${failed} failed` : ""}`;
    process.stderr.write(process.stderr.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  return {
    tick(ok) {
      done++;
      if (!ok) failed++;
      render(done === total);
    },
    clear() {
      if (process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
    },
    done() {
      render(true);
      if (process.stderr.isTTY) process.stderr.write("\n");
    },
  };
}
