/**
 * Start-up (issue 7): the CLI is a code-split bundle (scripts/bundle.mjs) and a run loads only
 * what it uses. Read from the bundle itself: the modules a chunk imports statically load with
 * it, the ones it imports with import() only when that path runs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const BUNDLE = path.join(ROOT, "dist", "bundle");
const read = (file: string) => readFileSync(path.join(BUNDLE, file), "utf8");

/** Files a chunk imports statically ("import ... from './x.js'", "import './x.js'"). */
const staticImports = (code: string) => [...code.matchAll(/^import\s+(?:[^"'();]*?\s+from\s+)?["']\.\/([^"']+)["'];?$/gmu)].map((m) => m[1]!);
/** Files a chunk imports on demand (import("./x.js")). */
const dynamicImports = (code: string) => [...code.matchAll(/import\(\s*["']\.\/([^"']+)["']\s*\)/gu)].map((m) => m[1]!);

/** Everything that loads with `file`: its static imports, transitively. */
function closure(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const g of staticImports(read(f))) visit(g);
  };
  visit(file);
  return seen;
}

const chunkOf = (prefix: string) => readdirSync(BUNDLE).find((f) => f.startsWith(`${prefix}-`) && f.endsWith(".js"))!;
/** The pipeline, by what only it holds: chrono-node's Vietnamese parsers and the lexicons. */
const holdsPipeline = (code: string) => code.includes("VIStandardParser") || code.includes("Liên đoàn Lao động");

describe("the CLI bundle", () => {
  it("has the two entries, main and worker, beside their chunks", () => {
    const files = readdirSync(BUNDLE);
    expect(files).toContain("main.js");
    expect(files).toContain("worker.js");
    expect(readFileSync(path.join(ROOT, "bin", "report-extract.js"), "utf8")).toContain("../dist/bundle/main.js");
  });

  it("starting the CLI loads neither the pipeline nor the xlsx, review or explain code", () => {
    const files = closure("main.js");
    // main.js and the chunks it shares with others (commander, the batch runner, inputs, sinks)
    expect(files.size).toBeGreaterThan(2);
    const loaded = [...files].map(read).join("\n");
    expect(loaded).toContain("CommanderError");
    expect(holdsPipeline(loaded)).toBe(false);
    for (const pkg of ["exceljs", "htmlparser2", "playwright-core", "chalk"]) expect(loaded).not.toMatch(new RegExp(`from\\s+["']${pkg}["']`, "u"));
    // ... which are there, behind import()
    const later = dynamicImports(read("main.js"));
    for (const prefix of ["xlsx", "html", "explain", "summarize-command", "delimited", "pool", "extract-file"]) expect(later).toContain(chunkOf(prefix));
  });

  it("the main thread of a run on worker threads never loads the pipeline; the worker does", () => {
    const pool = chunkOf("pool");
    const mainSide = [...closure(pool)].filter((f) => f !== pool).concat(pool);
    expect(holdsPipeline(mainSide.map(read).join("\n"))).toBe(false);
    // in-process runs reach the pipeline through import() only
    expect(dynamicImports(read(pool))).toContain("worker.js");
    expect(holdsPipeline([...closure("worker.js")].map(read).join("\n"))).toBe(true);
  });
});
