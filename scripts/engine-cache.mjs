#!/usr/bin/env node
/**
 * V8's code cache of the bundled engine (see src/cli/load-engine.ts): dist/bundle/engine.cjs is
 * compiled and run over the seed reports, then what V8 compiled, the functions of every stage
 * included, is saved as dist/bundle/engine.cache. Run by scripts/bundle.mjs after bundling.
 *
 * The same run saves what vre and caseless (src/lexicon/regex.ts) made of the engine's patterns
 * as dist/bundle/engine.patterns.json: the loader hands them back, so that a thread need not
 * rewrite them again before compiling them.
 *
 * The flags must be those of a run of the command (V8 takes a cache only under the flags it was
 * made with): bin/report-extract.js sets bin/v8-flags.js's before it loads anything, and so does this.
 */
import { setFlagsFromString } from "node:v8";
import { V8_FLAGS } from "../bin/v8-flags.js";
setFlagsFromString(V8_FLAGS.join(" "));

import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { compileEngine, engineFiles } = await import(path.join(ROOT, "dist", "cli", "load-engine.js"));
const files = engineFiles(path.join(ROOT, "dist", "bundle"));
const { engine, script } = compileEngine(files.code, null);

const seeds = path.join(ROOT, "fixtures", "seeds");
let reports = 0;
for (const name of readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort()) {
  // as a worker runs a file: read, extract, the report as JSON text
  const answer = await engine.runTask({ path: path.join(seeds, name), options: {} });
  if (answer === "too-large-for-worker" || !answer.ok) throw new Error(`engine-cache: ${name} did not extract: ${JSON.stringify(answer)}`);
  reports++;
}
const cache = script.createCachedData();
writeFileSync(files.cache, cache);
// what vre made of each pattern (src/lexicon/regex.ts): the engine's loader hands them back
const patterns = engine.madePatterns();
writeFileSync(files.patterns, JSON.stringify(patterns));
console.error(`engine-cache: ${(cache.length / 1024).toFixed(0)} kB of compiled code after ${reports} reports, ${Object.keys(patterns).length} patterns`);
