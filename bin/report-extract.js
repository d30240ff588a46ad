#!/usr/bin/env node
// Thin launcher: the CLI is compiled JavaScript in dist/ (built by `npm ci` through `prepare`),
// bundled into dist/bundle/ so that it starts sooner (scripts/bundle.mjs).
import { setFlagsFromString } from "node:v8";
import { V8_FLAGS } from "./v8-flags.js";

// Before the CLI loads and before any worker thread starts (see v8-flags.js). Only flags that read
// as tuning (inlining) or that act on new contexts (gc): --no-regexp-tier-up would cut a fifth of
// a one-file run's start-up, but changing how regular expressions compile once V8 runs crashed
// worker threads now and then, and one-file runs too (src/cli/pool.ts).
setFlagsFromString(V8_FLAGS.join(" "));
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
