import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BIN, ROOT } from "../helpers.js";

export interface Run {
  code: number | null;
  /** the signal that ended the process, if one did */
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  /** set when the process did not end by itself within the timeout */
  error?: Error;
}

/** Run the compiled CLI; a run that does not end within `timeout` ms fails the test that asked. */
export function cli(args: string[], timeout = 90_000, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1", ...env },
    maxBuffer: 256 * 1024 * 1024,
    timeout,
    killSignal: "SIGKILL",
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr.toString("utf8"), error: r.error };
}

/**
 * A temporary folder of `n` generated reports (scripts/corpus.mjs: templates and the paragraphs
 * of fixtures/seeds, numbers, names, places, dates and order varied), plus the extra files given.
 */
export async function corpusFolder(n: number, extra: Record<string, string | Buffer> = {}): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "re-speed-"));
  // @ts-expect-error: a plain ES module without types
  const { generateCorpus } = await import("../../scripts/corpus.mjs");
  await generateCorpus(dir, n, 7);
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(dir, name), content);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
