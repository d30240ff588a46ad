import { execFileSync } from "node:child_process";

/** The CLI tests run bin/report-extract.js, which runs dist/bundle/: compile and bundle before the suite. */
export default function setup() {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], { stdio: "inherit" });
  execFileSync(process.execPath, ["scripts/bundle.mjs"], { stdio: "inherit" });
}
