/**
 * One file to one outcome, synchronously where it can be: the task a worker thread runs (piscina
 * calls the default export with the path and the options, and gets the Outcome back by
 * structured clone), and what the in-process executor runs too, so the two give the same bytes.
 *
 * A small regular file is opened, checked and read with synchronous calls (far cheaper than the
 * promise API for a few kilobytes) and extracted with `outcomeOf`. Anything else (a folder, a
 * file over the size limit, a file that cannot be opened or read) goes through `extractFile`,
 * which owns the wording of every such failure. Never throws.
 */
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { extractFile, MAX_BYTES, outcomeOf, type FileJob, type Outcome } from "./extract-file.js";
import { toWire, type WireOutcome } from "./wire.js";
import { periodicCollection } from "./gc.js";

const collect = periodicCollection(500);

/** What a worker is sent: the path and the options, nothing else. */
export interface PathJob {
  path: string;
  options: FileJob["options"];
}

/** The bytes of a small regular file, or null when the general path must decide. */
function readSmall(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_BYTES) return null;
    return readFileSync(fd);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

export function extractPath(job: PathJob): Outcome | Promise<Outcome> {
  const bytes = readSmall(job.path);
  if (bytes === null) return extractFile({ path: job.path, options: job.options });
  return outcomeOf(job.path, bytes, job.options);
}

/** The piscina task: the outcome in its wire form (the report as JSON text). */
export default async function run(job: PathJob): Promise<WireOutcome> {
  collect();
  try {
    return toWire(await extractPath(job));
  } catch (err) {
    return { ok: false, path: job.path, code: "internal", message: `internal error: ${(err as Error)?.message ?? String(err)}` };
  }
}
