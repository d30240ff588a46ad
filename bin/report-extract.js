#!/usr/bin/env node
// Thin launcher: the CLI is compiled JavaScript in dist/ (built by `npm ci` through `prepare`).
import { main } from "../dist/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`report-extract: ${err?.stack ?? err}\n`);
    process.exitCode = 1;
  },
);
