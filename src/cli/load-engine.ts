/**
 * Loading the engine (engine.ts: the pipeline and what runs it) with V8's code cache.
 *
 * Start-up is most of a one-file run, and most of start-up is V8 parsing and compiling the
 * engine's code (zod, chrono-node, iconv-lite and the pipeline: 1.7 MB) before the first report,
 * and again in each worker thread. The build (scripts/bundle.mjs) writes the engine as one
 * CommonJS file, dist/bundle/engine.cjs, runs it over the seed reports and saves what V8
 * compiled as dist/bundle/engine.cache. Here that file is compiled with the cache: V8 takes the
 * compiled functions instead of compiling them again (about 60 ms less for one small file).
 *
 * V8 accepts a cache only from the same V8 version with the same flags, and checks it itself: a
 * cache it rejects (another Node version, other flags) costs nothing but the time it would have
 * saved. Outside the bundle (tsc's dist/cli/, or src/ under vitest) there is no engine.cjs and
 * the engine is imported as the ES modules it is.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

export type Engine = typeof import("./engine.js");

/**
 * Where vre (lexicon/regex.ts) looks for the patterns the build made: the same key as its
 * GIVEN_PATTERNS_KEY (tested), written out so that the main thread does not load the lexicons.
 */
export const GIVEN_PATTERNS_KEY = Symbol.for("report-extract.vre-patterns");

/** The files of the bundled engine, beside the module that loads it. */
export function engineFiles(dir = path.dirname(fileURLToPath(import.meta.url))): { code: string; cache: string; patterns: string } {
  return { code: path.join(dir, "engine.cjs"), cache: path.join(dir, "engine.cache"), patterns: path.join(dir, "engine.patterns.json") };
}

let loaded: Promise<Engine> | null = null;

/** The engine, loaded once per thread. */
export function loadEngine(): Promise<Engine> {
  return (loaded ??= load());
}

async function load(): Promise<Engine> {
  const files = engineFiles();
  if (existsSync(files.code)) return compileEngine(files.code, files.cache, files.patterns).engine;
  // not bundled: the module itself (a name in a variable, so that the bundler leaves it alone)
  const modules = "./engine.js";
  return (await import(modules)) as Engine;
}

/**
 * Compile and run the CommonJS engine at `file`, with the code cache at `cachePath` when there
 * is one, and the patterns the build made at `patternsPath` (lexicon/regex.ts, vre) when there
 * are. `script` can make a new cache (`script.createCachedData()`) once the engine has run.
 */
export function compileEngine(
  file: string,
  cachePath: string | null,
  patternsPath: string | null = null,
): { engine: Engine; script: Script; cacheRejected: boolean | undefined } {
  const source = readFileSync(file, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = cachePath ? readFileSync(cachePath) : undefined;
  } catch {
    cachedData = undefined;
  }
  let patterns: unknown;
  try {
    patterns = patternsPath ? JSON.parse(readFileSync(patternsPath, "utf8")) : undefined;
  } catch {
    // none, or unreadable: vre makes each pattern itself
    patterns = undefined;
  }
  // the same wrapper Node gives a CommonJS module
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as Engine };
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
  // handed to vre while the engine's modules run, and only then
  const given = globalThis as { [GIVEN_PATTERNS_KEY]?: unknown };
  if (patterns !== undefined) given[GIVEN_PATTERNS_KEY] = patterns;
  try {
    run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  } finally {
    delete given[GIVEN_PATTERNS_KEY];
  }
  // every pattern is made when the modules load: what was given is no longer needed
  module.exports.releaseGivenPatterns?.();
  return { engine: module.exports, script, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
}
