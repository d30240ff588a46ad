#!/usr/bin/env node
/**
 * The command line as a bundle: dist/cli/main.js and dist/cli/worker.js (what tsc compiled) with
 * the modules they use, into dist/bundle/. Start-up is the reason: Node resolves, reads and links
 * every ES module on its own, and the CLI's graph is some three hundred files (zod alone is a
 * hundred); as a handful of chunks it loads about 0.15 s sooner, in the main thread and in every
 * worker. The library (dist/index.js) stays as tsc wrote it.
 *
 * Code splitting keeps what a run does not use out of its way: the xlsx, HTML review and explain
 * paths are chunks loaded by dynamic import only when asked for. Packages that find files of their
 * own at run time (piscina's worker script, exceljs, playwright-core) stay outside the bundle and
 * are imported from node_modules as before.
 *
 * The engine (dist/cli/engine.js: the pipeline and what runs it) is a bundle of its own, one
 * CommonJS file, dist/bundle/engine.cjs, that src/cli/load-engine.ts compiles with V8's code
 * cache; scripts/engine-cache.mjs makes that cache, dist/bundle/engine.cache, by running the
 * engine over the seed reports. The main thread of a run on worker threads never loads it.
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * commander loads Node's child_process when it loads (about a twentieth of a one-file run's
 * start-up, with the net and dgram modules it pulls in), for the one thing it spawns: external
 * subcommand executables, which this CLI has none of. Here it loads when something spawns.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const source = await readFile(args.path, "utf8");
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) {
        // a commander that loads it otherwise: bundled as it is, only slower to start
        return { contents: source, loader: "js", warnings: [{ text: "commander no longer loads child_process as expected: left as it is" }] };
      }
      return { contents: source.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: "js" };
    });
  },
};
const OUT = path.join(ROOT, "dist", "bundle");

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: { main: "dist/cli/main.js", worker: "dist/cli/worker.js" },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["piscina", "exceljs", "playwright-core"],
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  // chunks beside the entries: pool.ts finds "./worker.js" next to itself
  chunkNames: "[name]-[hash]",
  plugins: [lazyChildProcess],
  legalComments: "none",
  logLevel: "warning",
});

await build({
  absWorkingDir: ROOT,
  entryPoints: ["dist/cli/engine.js"],
  outfile: path.join(OUT, "engine.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // the ES modules' import.meta.url (createRequire of htmlparser2, loaded with the first HTML
  // input) is this file's URL
  define: { "import.meta.url": "__engineUrl" },
  banner: { js: 'const __engineUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "none",
  logLevel: "warning",
});

// the code cache, made in a process of its own under the flags the command runs with
const made = spawnSync(process.execPath, [path.join(ROOT, "scripts", "engine-cache.mjs")], { stdio: "inherit" });
if (made.status !== 0) process.exit(made.status ?? 1);
