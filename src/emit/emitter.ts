/**
 * Emitters write reports in input order to a sink as they arrive. A sink is standard output or
 * a file written atomically: into a temporary file beside the target, renamed into place only
 * when the whole output is written, so a crash never leaves half a file.
 */
import { createWriteStream, openSync, promises as fs, rmSync, type WriteStream } from "node:fs";
import path from "node:path";
import type { Report } from "../schema/report.js";

export interface Emitter {
  write(report: Report): void | Promise<void>;
  /** write a report given as its compact JSON (`JSON.stringify(report)`), when that serves */
  writeJson?(json: string): void;
  /** finish the output (close arrays, write workbooks) and close the sink */
  end(): Promise<void>;
}

export interface Sink {
  write(chunk: string | Uint8Array): void;
  end(): Promise<void>;
  /** throw away what was written (the run failed before the output was complete) */
  abort(): Promise<void>;
}

/** Text gathered for standard output is written once it reaches this many characters. */
export const STDOUT_CHUNK = 64 * 1024;

/**
 * Standard output. Into a pipe or a file, the records of a batch are gathered and written
 * together: a write per record (thousands of small writes, each a call into the stream and the
 * system) cost a twentieth of a batch's time. What is gathered leaves when it reaches
 * STDOUT_CHUNK characters or when the thread next turns to other work (setImmediate), so
 * records still leave as they finish; a reader of the pipe waits for no more than one chunk.
 * On a terminal each record is written at once.
 */
export function stdoutSink(stream: NodeJS.WritableStream & { isTTY?: boolean; writableNeedDrain?: boolean } = process.stdout): Sink {
  let pending: string[] = [];
  let size = 0;
  let scheduled: NodeJS.Immediate | null = null;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (pending.length === 0) return;
    const text = pending.length === 1 ? pending[0]! : pending.join("");
    pending = [];
    size = 0;
    stream.write(text);
  };
  return {
    write(chunk) {
      if (typeof chunk !== "string" || stream.isTTY === true) {
        flush();
        stream.write(chunk);
        return;
      }
      pending.push(chunk);
      size += chunk.length;
      if (size >= STDOUT_CHUNK) flush();
      else scheduled ??= setImmediate(flush);
    },
    end() {
      flush();
      return new Promise((resolve) => {
        if (stream.writableNeedDrain) stream.once("drain", () => resolve());
        else resolve();
      });
    },
    // what was written so far stays written, as it would have unbuffered
    async abort() {
      flush();
    },
  };
}

/** Signals that end a run: the temporary file of an atomic sink is removed before the process goes. */
const EXIT_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export function atomicFileSink(target: string): Sink {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let stream: WriteStream | null = null;
  let failure: Error | null = null;
  const open = (): WriteStream | null => {
    if (!stream && !failure) {
      try {
        // Opened here, at once: a signal handled next finds the file there to remove. Opened by
        // the stream, on Node's thread pool, it could be created after the removal, while the
        // process was going, and stay behind.
        stream = createWriteStream(temp, { fd: openSync(temp, "w") });
        // an unwritable folder or a full disk must fail the run, not crash it
        stream.on("error", (err) => {
          failure ??= err;
        });
      } catch (err) {
        failure = err as Error;
      }
    }
    return stream;
  };
  // a run stopped mid-way (Ctrl-C, kill, process.exit) leaves no temporary file behind
  let settled = false;
  const removeTemp = () => {
    if (settled) return;
    settled = true;
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    detach();
    process.kill(process.pid, signal);
  };
  const detach = () => {
    process.off("exit", removeTemp);
    for (const s of EXIT_SIGNALS) process.off(s, onSignal);
  };
  process.on("exit", removeTemp);
  for (const s of EXIT_SIGNALS) process.on(s, onSignal);
  const close = () =>
    new Promise<void>((resolve, reject) => {
      const s = open();
      if (failure || !s) return reject(failure);
      s.once("error", reject);
      s.end(() => (failure ? reject(failure) : resolve()));
    });
  return {
    write(chunk) {
      if (!failure) open()?.write(chunk);
    },
    async end() {
      try {
        await close();
        await fs.rename(temp, target);
        settled = true;
      } catch (err) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw new Error(`cannot write ${target}: ${(err as Error).message}`);
      } finally {
        detach();
      }
    },
    async abort() {
      if (stream) await close().catch(() => undefined);
      await fs.rm(temp, { force: true });
      settled = true;
      detach();
    },
  };
}

/** json: one object for one input, an array for several; ndjson: a line per report. */
export function jsonEmitter(sink: Sink, options: { array: boolean; pretty: boolean }): Emitter {
  let count = 0;
  const indent = options.pretty ? 2 : 0;
  return {
    write(report) {
      const text = JSON.stringify(report, null, indent);
      if (options.array) sink.write((count === 0 ? "[\n" : ",\n") + text);
      else sink.write(text + "\n");
      count++;
    },
    async end() {
      if (options.array) sink.write(count === 0 ? "[]\n" : "\n]\n");
      await sink.end();
    },
  };
}

export function ndjsonEmitter(sink: Sink): Emitter {
  return {
    write(report) {
      sink.write(JSON.stringify(report) + "\n");
    },
    writeJson(json) {
      sink.write(json + "\n");
    },
    async end() {
      await sink.end();
    },
  };
}
