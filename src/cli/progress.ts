/**
 * Progress on stderr for batches: a bar with files done, rate, time left and failures. Shown on
 * a terminal (when the output does not go to that same terminal), or wherever stderr goes with
 * --progress (then as plain lines, at most one a second, and a last one at the end); never with
 * --no-progress. Only ever stderr: stdout carries the output and nothing else.
 */
export interface Progress {
  tick(ok: boolean): void;
  /** erase the bar before another line goes to stderr */
  clear(): void;
  done(): void;
}

export interface ProgressOptions {
  /** the output is written to stdout while the batch runs (a bar would tear it on a terminal) */
  interleaved?: boolean;
  /** where to write; process.stderr by default */
  stream?: NodeJS.WriteStream;
  /** the clock, for tests */
  now?: () => number;
}

const silent: Progress = { tick() {}, clear() {}, done() {} };

/** "42s", "3m05s", "1h02m" */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** The text of one progress line (without the bar when `barWidth` is 0). */
export function progressLine(state: { done: number; total: number; failed: number; elapsed: number }, barWidth: number): string {
  const { done, total, failed, elapsed } = state;
  const rate = elapsed > 0 ? done / elapsed : 0;
  const parts: string[] = [];
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  if (barWidth > 0) {
    const filled = Math.round(fraction * barWidth);
    parts.push(`[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]`);
  }
  parts.push(`${done}/${total} files`, `${Math.floor(fraction * 100)}%`);
  if (elapsed >= 0.2 && done > 0) parts.push(`${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`);
  if (done < total && rate > 0 && elapsed >= 0.5) parts.push(`${formatDuration((total - done) / rate)} left`);
  if (done >= total) parts.push(`in ${formatDuration(elapsed)}`);
  if (failed > 0) parts.push(`${failed} failed`);
  return parts.join("  ");
}

export async function createProgress(total: number, flag: boolean | undefined, options: ProgressOptions = {}): Promise<Progress> {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const auto = tty && total > 1 && !(options.interleaved && process.stdout.isTTY === true);
  const show = flag === true || (flag !== false && auto);
  if (!show || total === 0) return silent;

  const now = options.now ?? Date.now;
  const started = now();
  const every = tty ? 100 : 1000;
  let done = 0;
  let failed = 0;
  let last = -Infinity;
  let onScreen = false;

  const render = (force: boolean) => {
    const t = now();
    if (!force && t - last < every) return;
    last = t;
    const state = { done, total, failed, elapsed: (t - started) / 1000 };
    if (tty) {
      const columns = stream.columns || 80;
      const barWidth = Math.max(0, Math.min(30, columns - 60));
      const line = progressLine(state, barWidth).slice(0, columns - 1);
      stream.write(`\r\x1b[2K${line}`);
      onScreen = true;
    } else stream.write(`report-extract: ${progressLine(state, 0)}\n`);
  };

  return {
    tick(ok) {
      done++;
      if (!ok) failed++;
      render(false);
    },
    clear() {
      if (tty && onScreen) {
        stream.write("\r\x1b[2K");
        onScreen = false;
        // draw again at the next tick, under whatever line is printed now
        last = -Infinity;
      }
    },
    done() {
      render(true);
      if (tty) {
        stream.write("\n");
        onScreen = false;
      }
    },
  };
}
