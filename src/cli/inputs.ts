/**
 * Inputs: files as named, folders walked recursively (files matching the glob, others
 * skipped), "-" for standard input. Problems with a path (missing, unreadable, a symlink loop,
 * a folder with nothing to read) become failures of that path, reported and counted, never the
 * end of the run.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";

export type Input =
  | { kind: "file"; path: string }
  | { kind: "stdin"; path: null }
  | { kind: "error"; path: string; message: string };

export interface InputOptions {
  /** which files of a folder to take, matched against the file name (the CLI default is "*.{txt,htm,html}") */
  glob: string;
}

export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case "ENOENT":
      return "no such file or folder";
    case "ENOTDIR":
      return "no such file or folder (a part of the path is not a folder)";
    case "EACCES":
    case "EPERM":
      return "permission denied: it cannot be read";
    case "ELOOP":
      return "a symbolic link loop (the link points back to itself)";
    case "EISDIR":
      return "is a folder";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return e.message ?? String(err);
  }
}

/** Expand the command line's inputs into an ordered list, folders sorted by path. */
export async function expandInputs(args: string[], options: InputOptions): Promise<Input[]> {
  const match = picomatch(options.glob, { basename: true, dot: false, nocase: true });
  const out: Input[] = [];
  // real paths of folders already walked: a folder reached twice is read once
  const seen = new Set<string>();
  for (const arg of args) {
    if (arg === "-") {
      out.push({ kind: "stdin", path: null });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch (err) {
      out.push({ kind: "error", path: arg, message: describe(err) });
      continue;
    }
    if (stat.isDirectory()) {
      const before = out.length;
      await walk(arg, match, out, seen, []);
      if (out.length === before) {
        out.push({ kind: "error", path: arg, message: `no files matching "${options.glob}" in this folder (--glob chooses which files to read)` });
      }
    } else out.push({ kind: "file", path: arg });
  }
  return out;
}

/**
 * Walk a folder. `ancestors` holds the real paths of the folders above: a link back to one of
 * them is a loop, reported once; a folder reached again by another way is simply not re-read.
 */
async function walk(dir: string, match: (p: string) => boolean, out: Input[], seen: Set<string>, ancestors: string[]): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    out.push({ kind: "error", path: dir, message: describe(err) });
    return;
  }
  if (ancestors.includes(real)) {
    out.push({ kind: "error", path: dir, message: `a symbolic link loop: this folder is ${real}, which contains the link (skipped)` });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ kind: "error", path: dir, message: describe(err) });
    return;
  }
  const inside = [...ancestors, real];
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, match, out, seen, inside);
    else if (e.isSymbolicLink()) {
      let stat;
      try {
        stat = await fs.stat(p);
      } catch (err) {
        // a loop of links is reported whatever its name; a dangling link only when it would have been read
        const code = (err as NodeJS.ErrnoException).code;
        if (match(e.name) || code === "ELOOP") out.push({ kind: "error", path: p, message: describe(err) });
        continue;
      }
      if (stat.isDirectory()) await walk(p, match, out, seen, inside);
      else if (stat.isFile() && match(e.name)) out.push({ kind: "file", path: p });
    } else if (e.isFile() && match(e.name)) out.push({ kind: "file", path: p });
  }
}

/** Standard input is refused past this size, like a file. */
export const MAX_STDIN_BYTES = 256 * 1024 * 1024;

export class TooLargeError extends Error {
  readonly code = "too-large";
}

export async function readStdin(limit = MAX_STDIN_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    total += (c as Buffer).length;
    if (total > limit) {
      process.stdin.destroy();
      throw new TooLargeError(`standard input is over the ${Math.round(limit / 1048576)} MB limit`);
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}
