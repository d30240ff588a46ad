/**
 * Inputs: files as named, folders walked recursively (files matching the glob, others
 * skipped), "-" for standard input. Problems with a path (missing, unreadable, a symlink loop)
 * become failures of that path, reported and counted, never the end of the run.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";

export type Input =
  | { kind: "file"; path: string }
  | { kind: "stdin"; path: null }
  | { kind: "error"; path: string; message: string };

export interface InputOptions {
  /** which files of a folder to take, matched against the file name (default "*.txt") */
  glob: string;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied: the file cannot be read";
    case "ELOOP":
      return "a symbolic link loop";
    case "EISDIR":
      return "is a folder";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return e.message ?? String(err);
  }
}

/** Expand the command line's inputs into an ordered list, folders sorted by path. */
export async function expandInputs(args: string[], options: InputOptions): Promise<Input[]> {
  const match = picomatch(options.glob, { basename: true, dot: false, nocase: true });
  const out: Input[] = [];
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
    if (stat.isDirectory()) await walk(arg, match, out, new Set());
    else out.push({ kind: "file", path: arg });
  }
  return out;
}

async function walk(dir: string, match: (p: string) => boolean, out: Input[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    out.push({ kind: "error", path: dir, message: describe(err) });
    return;
  }
  if (seen.has(real)) {
    out.push({ kind: "error", path: dir, message: "a symbolic link loop (this folder was already visited)" });
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ kind: "error", path: dir, message: describe(err) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, match, out, seen);
    else if (e.isSymbolicLink()) {
      let stat;
      try {
        stat = await fs.stat(p);
      } catch (err) {
        if (match(e.name)) out.push({ kind: "error", path: p, message: describe(err) });
        continue;
      }
      if (stat.isDirectory()) await walk(p, match, out, seen);
      else if (match(e.name)) out.push({ kind: "file", path: p });
    } else if (e.isFile() && match(e.name)) out.push({ kind: "file", path: p });
  }
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
