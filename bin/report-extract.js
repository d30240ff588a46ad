#!/usr/bin/env node
// Thin launcher: the CLI is compiled JavaScript in dist/ (built by `npm ci` through `prepare`),
// bundled into dist/bundle/ so that it starts sooner (scripts/bundle.mjs).
import { setFlagsFromString } from "node:v8";

// Let the batch runner ask for a garbage collection now and then (src/cli/gc.ts,
// periodicCollection): without it peak memory grows with the number of files. Set here, before
// the CLI loads and before any worker thread starts: V8 flags must not change while threads run.
// (--no-regexp-tier-up cuts a fifth of a one-file run's start-up, but set here it crashes worker
// threads now and then: it is set only for runs that start no worker, src/cli/pool.ts.)
setFlagsFromString("--expose-gc");
const { main } = await import("../dist/bundle/main.js");

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`report-extract: ${err?.stack ?? err}\n`);
    process.exitCode = 1;
  },
);
