/**
 * Start-up (issue 7): the CLI is a code-split bundle (scripts/bundle.mjs) and a run loads only
 * what it uses. Read from the bundle itself: the modules a chunk imports statically load with
 * it, the ones it imports with import() only when that path runs. The engine (the pipeline) is
 * one CommonJS file compiled with V8's code cache (src/cli/load-engine.ts).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { V8_FLAGS } from "../../bin/v8-flags.js";

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
  it("has the two entries, main and worker, beside their chunks, and the engine with its code cache", () => {
    const files = readdirSync(BUNDLE);
    for (const f of ["main.js", "worker.js", "engine.cjs", "engine.cache", "engine.patterns.json"]) expect(files).toContain(f);
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
    for (const prefix of ["xlsx", "html", "explain", "summarize-command", "delimited", "pool", "load-engine"]) expect(later).toContain(chunkOf(prefix));
  });

  it("the main thread of a run on worker threads never loads the pipeline; the worker does", () => {
    const pool = chunkOf("pool");
    const mainSide = [...closure(pool)].filter((f) => f !== pool).concat(pool);
    expect(holdsPipeline(mainSide.map(read).join("\n"))).toBe(false);
    // none of the ES chunks holds the pipeline: it is the engine, loaded by load-engine
    for (const f of readdirSync(BUNDLE).filter((f) => f.endsWith(".js"))) expect(holdsPipeline(read(f))).toBe(false);
    expect(holdsPipeline(read("engine.cjs"))).toBe(true);
    const loader = [...closure(chunkOf("load-engine"))].map(read).join("\n");
    expect(loader).toContain("engine.cjs");
    expect(loader).toContain("engine.cache");
    expect([...closure("worker.js")].map(read).join("\n")).toContain("loadEngine");
  });
});

describe("the engine's code cache", () => {
  /** Compile the bundled engine with its cache in a fresh process, flags set as the launcher sets them. */
  const probe = (flags: string) =>
    spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { setFlagsFromString } from "node:v8"; ${flags ? `setFlagsFromString(${JSON.stringify(flags)});` : ""}
         const { compileEngine, engineFiles } = await import(${JSON.stringify(path.join(ROOT, "dist", "cli", "load-engine.js"))});
         const f = engineFiles(${JSON.stringify(BUNDLE)});
         const { engine, cacheRejected } = compileEngine(f.code, f.cache);
         const answer = await engine.runTask({ path: ${JSON.stringify(path.join(ROOT, "fixtures", "seeds", "004_26480470671b356b.txt"))}, options: {} });
         console.log(JSON.stringify({ cacheRejected, members: JSON.parse(answer.json).statistics.find((s) => s.metric === "members.count").value }));`,
      ],
      { encoding: "utf8" },
    );

  it("is taken by V8 under the command's flags, and the engine it runs extracts the seed", () => {
    const r = probe(V8_FLAGS.join(" "));
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ cacheRejected: false, members: 1489 });
  });

  it("is made under the flags the launcher sets (bin/v8-flags.js), before anything else loads", () => {
    const launcher = readFileSync(path.join(ROOT, "bin", "report-extract.js"), "utf8");
    const maker = readFileSync(path.join(ROOT, "scripts", "engine-cache.mjs"), "utf8");
    for (const code of [launcher, maker]) {
      const set = code.indexOf('setFlagsFromString(V8_FLAGS.join(" "))');
      expect(set).toBeGreaterThan(0);
      // nothing of the command or the engine is imported before the flags are set
      // static imports load before any line runs: only Node's own modules and the flags
      const statics = [...code.matchAll(/^import\s[^;]*?from\s+["']([^"']+)["']/gmu)].map((m) => m[1]);
      expect(statics.filter((m) => !m!.startsWith("node:") && !m!.endsWith("/v8-flags.js"))).toEqual([]);
      // the command or the engine loads after the flags are set
      expect(code.slice(0, set)).not.toContain("await import(");
      expect(code.slice(set)).toContain("await import(");
    }
    expect(V8_FLAGS).toContain("--expose-gc");
  });

  it("is refused under other flags, and the engine still runs, compiled anew", () => {
    const r = probe("");
    expect(JSON.parse(r.stdout)).toEqual({ cacheRejected: true, members: 1489 });
  });
});

describe("the patterns the build made (engine.patterns.json)", () => {
  it("are what vre and caseless make of the same patterns now, every one of them", async () => {
    const { madePatterns, GIVEN_PATTERNS_KEY } = await import("../../src/lexicon/regex.js");
    await import("../../src/cli/engine.js");
    const { GIVEN_PATTERNS_KEY: loaderKey } = await import("../../src/cli/load-engine.js");
    expect(loaderKey).toBe(GIVEN_PATTERNS_KEY);
    const built = JSON.parse(read("engine.patterns.json")) as Record<string, [string, string]>;
    expect(Object.keys(built).length).toBeGreaterThan(150);
    expect(built).toEqual(madePatterns());
  });

  it("handed to the engine, give the same reports as the engine making them itself; the loader leaves no global behind", () => {
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { compileEngine, engineFiles, GIVEN_PATTERNS_KEY } = await import(${JSON.stringify(path.join(ROOT, "dist", "cli", "load-engine.js"))});
         const { readdirSync } = await import("node:fs");
         const f = engineFiles(${JSON.stringify(BUNDLE)});
         const given = compileEngine(f.code, f.cache, f.patterns).engine;
         const made = compileEngine(f.code, f.cache, null).engine;
         const dirs = ${JSON.stringify([path.join(ROOT, "fixtures", "seeds"), path.join(ROOT, "fixtures", "probes")])};
         let same = 0, differ = [];
         for (const d of dirs) for (const name of readdirSync(d).filter((n) => n.endsWith(".txt"))) {
           const a = await given.runTask({ path: d + "/" + name, options: {} });
           const b = await made.runTask({ path: d + "/" + name, options: {} });
           if (a.json === b.json && a.ok) same++; else differ.push(name);
         }
         // (vre keeps what it makes only when none were given: the given engine made none)
         const counts = [given, made].map((e) => Object.keys(e.madePatterns()).length);
         console.log(JSON.stringify({ same, differ, counts, left: GIVEN_PATTERNS_KEY in globalThis }));`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { same: number; differ: string[]; counts: number[]; left: boolean };
    expect(out.differ).toEqual([]);
    expect(out.same).toBeGreaterThan(80);
    expect(out.counts[0]).toBe(0);
    expect(out.counts[1]).toBeGreaterThan(150);
    expect(out.left).toBe(false);
  });
});

describe("what a one-file run loads and changes", () => {
  /** The modules (paths) loaded through require in a process that ran the bundled engine over `files`. */
  const loadedAfter = (files: string[]) => {
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { createRequire } from "node:module";
         const { compileEngine, engineFiles } = await import(${JSON.stringify(path.join(ROOT, "dist", "cli", "load-engine.js"))});
         const f = engineFiles(${JSON.stringify(BUNDLE)});
         const { engine } = compileEngine(f.code, f.cache);
         const encodings = [];
         for (const file of ${JSON.stringify(files)}) encodings.push(JSON.parse((await engine.runTask({ path: file, options: {} })).json).source.encoding);
         console.log(JSON.stringify({ encodings, loaded: Object.keys(createRequire(import.meta.url).cache) }));`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    return JSON.parse(r.stdout) as { encodings: string[]; loaded: string[] };
  };
  const codecs = (loaded: string[]) => loaded.filter((m) => /[\\/]node_modules[\\/](?:iconv-lite|chardet)[\\/]/u.test(m)).length;

  it("a UTF-8 report loads neither iconv-lite nor chardet; a report in a legacy code page loads them", async () => {
    // not in the engine's bundle: loaded from node_modules, when needed
    expect(read("engine.cjs")).not.toMatch(/node_modules\/(?:iconv-lite|chardet)\//u);
    const utf8 = loadedAfter([path.join(ROOT, "fixtures", "seeds", "004_26480470671b356b.txt")]);
    expect(utf8.encodings).toEqual(["utf-8"]);
    expect(codecs(utf8.loaded)).toBe(0);

    const { default: iconv } = await import("iconv-lite");
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(path.join(tmpdir(), "re-codecs-"));
    try {
      const legacy = path.join(dir, "cp1258.txt");
      const text = readFileSync(path.join(ROOT, "fixtures", "seeds", "004_26480470671b356b.txt"), "utf8").normalize("NFD");
      writeFileSync(legacy, iconv.encode(text, "windows-1258"));
      const both = loadedAfter([path.join(ROOT, "fixtures", "seeds", "004_26480470671b356b.txt"), legacy]);
      expect(both.encodings).toEqual(["utf-8", "windows-1258"]);
      expect(codecs(both.loaded)).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("changes no V8 flag once it runs: only the launcher sets flags, before anything loads, and none of them is about regular expressions", () => {
    // V8 does not support changing its flags while it runs: --no-regexp-tier-up set after start
    // made about one test run in twenty crash inside a regular expression's machine code
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
    const setters = sources(path.join(ROOT, "src")).filter((f) => readFileSync(f, "utf8").includes("setFlagsFromString"));
    expect(setters).toEqual([]);
    expect(V8_FLAGS.filter((f) => /regexp/u.test(f))).toEqual([]);
    const launcher = readFileSync(path.join(ROOT, "bin", "report-extract.js"), "utf8");
    expect([...launcher.matchAll(/setFlagsFromString\(/gu)].length).toBe(1);
  });
});
