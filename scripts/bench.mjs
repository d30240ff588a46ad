#!/usr/bin/env node
/**
 * The benchmark (issue 7): a synthetic corpus of N reports (default 10,000; BENCH_N or the first
 * argument), then `report-extract DIR --format ndjson > /dev/null` timed end to end beside the
 * floor measured in the same run (a plain Node script that only reads every file and NFC-
 * normalizes it), and the start-up time of one small file.
 *
 *   npm run bench                      10,000 reports
 *   npm run bench -- 2000              2,000 reports (or BENCH_N=2000)
 *   npm run bench -- --scale           N and 4N: is time linear in N?
 *   npm run bench -- --json            the figures as JSON on stdout
 *   options: --jobs J (passed to the CLI), --runs R (start-up runs, default 10), --fresh
 *            (regenerate the corpus), --no-startup
 *
 * The corpus is written once per N under the system's temp folder (report-extract-bench/) and
 * reused by later runs; delete that folder to get the space back.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, openSync, closeSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCorpus } from "./corpus.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin", "report-extract.js");
const SMALL = path.join(ROOT, "fixtures", "seeds", "000_535c95fd56643c6a.txt");
const CORPUS_VERSION = 1;
const SEED = 1;

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const asJson = flag("--json");
const scale = flag("--scale");
const fresh = flag("--fresh");
const noStartup = flag("--no-startup");
const jobs = option("--jobs", undefined);
const runs = Number(option("--runs", "10"));
const n = Number(args[0] ?? process.env.BENCH_N ?? 10000);
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write("usage: npm run bench -- [N] [--scale] [--json] [--jobs J] [--runs R] [--fresh] [--no-startup]\n");
  process.exit(2);
}
const log = (s) => process.stderr.write(s + "\n");

/** The corpus for N reports, generated once and reused. */
async function corpus(count) {
  const dir = path.join(os.tmpdir(), "report-extract-bench", `v${CORPUS_VERSION}-seed${SEED}-n${count}`);
  const marker = path.join(dir, ".complete");
  if (fresh) rmSync(dir, { recursive: true, force: true });
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const t = performance.now();
    log(`generating ${count} reports in ${dir} ...`);
    const bytes = await generateCorpus(dir, count, SEED);
    writeFileSync(marker, JSON.stringify({ count, bytes }));
    log(`  ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const { bytes } = JSON.parse(readFileSync(marker, "utf8"));
  return { dir, bytes, count };
}

const TIME = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0 ? "/usr/bin/time" : null;

/**
 * Run a command with stdout to /dev/null: wall seconds, CPU seconds, peak RSS in MB (the whole
 * process, worker threads included). /usr/bin/time when present, else a wrapper that samples
 * /proc/PID/status (VmHWM, the high-water mark) until the process ends.
 */
async function measure(cmd, cmdArgs) {
  const devnull = openSync("/dev/null", "w");
  try {
    if (TIME) {
      const report = path.join(os.tmpdir(), `re-bench-time-${process.pid}.txt`);
      const t = process.hrtime.bigint();
      const r = spawnSync(TIME, ["-o", report, "-f", "%e %U %S %M", cmd, ...cmdArgs], { stdio: ["ignore", devnull, "pipe"], maxBuffer: 64 * 1024 * 1024 });
      const wall = Number(process.hrtime.bigint() - t) / 1e9;
      const [, user, sys, rssKb] = readFileSync(report, "utf8").trim().split("\n").pop().split(" ").map(Number);
      rmSync(report, { force: true });
      return { code: r.status, wall, cpu: user + sys, rssMb: rssKb / 1024, stderr: r.stderr.toString("utf8") };
    }
    const t = process.hrtime.bigint();
    const child = spawn(cmd, cmdArgs, { stdio: ["ignore", devnull, "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let hwm = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {
        // the process has ended
      }
    };
    const timer = setInterval(sample, 20);
    const code = await new Promise((resolve) => child.on("exit", (c) => (sample(), resolve(c))));
    clearInterval(timer);
    const wall = Number(process.hrtime.bigint() - t) / 1e9;
    return { code, wall, cpu: NaN, rssMb: hwm / 1024, stderr };
  } finally {
    closeSync(devnull);
  }
}

/** The floor: read every file of the folder (in the CLI's order) and NFC-normalize it. */
const FLOOR = `
const fs = require("node:fs"), path = require("node:path");
function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else if (e.name.endsWith(".txt")) out.push(p);
  }
  return out;
}
let chars = 0;
for (const p of walk(process.argv[1], [])) chars += fs.readFileSync(p, "utf8").normalize("NFC").length;
if (chars === 0) process.exit(1);
`;

async function batch(c) {
  const cliArgs = [BIN, c.dir, "--format", "ndjson", ...(jobs ? ["--jobs", jobs] : [])];
  // the command's own plan for this batch (src/cli/plan.ts): 0 when it extracts in its own thread
  const { planThreads } = await import(pathToFileURL(path.join(ROOT, "dist", "cli", "plan.js")).href);
  const threads = planThreads(jobs === undefined ? undefined : Number(jobs), c.count);
  log(`floor: read + NFC of ${c.count} files ...`);
  // the floor's best of three: the first run may find the files out of the page cache (this
  // virtual machine gives cached pages back to the host), which would make a floor of disk reads
  // and flatter the ratio; the command then runs on files just read
  const floors = [];
  for (let i = 0; i < 3; i++) floors.push(await measure(process.execPath, ["-e", FLOOR, c.dir]));
  const floor = floors.reduce((a, b) => (b.wall < a.wall ? b : a));
  log(`report-extract ${c.count} files --format ndjson (${threads === 0 ? "in its own thread" : `on ${threads} worker threads`}) ...`);
  const run = await measure(process.execPath, cliArgs);
  if (run.code !== 0) log(`  report-extract exited with ${run.code}:\n${run.stderr.slice(0, 2000)}`);
  log(`  ${c.count} reports: ${fmt(run.wall, 2)} s, ${fmt(c.count / run.wall, 0)} docs/s, CPU ${fmt(run.cpu, 1)} s, peak RSS ${fmt(run.rssMb, 0)} MB; floor ${fmt(floor.wall, 2)} s`);
  return {
    n: c.count,
    workerThreads: threads,
    mb: c.bytes / 1e6,
    wall: run.wall,
    cpu: run.cpu,
    docsPerS: c.count / run.wall,
    mbPerS: c.bytes / 1e6 / run.wall,
    rssMb: run.rssMb,
    exit: run.code,
    floorWall: floor.wall,
    floorDocsPerS: c.count / floor.wall,
    floorRssMb: floor.rssMb,
    ratio: run.wall / floor.wall,
  };
}

function startup() {
  const times = [];
  // one run first to warm the file cache
  spawnSync(process.execPath, [BIN, SMALL], { stdio: "ignore" });
  let failed = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, SMALL], { stdio: ["ignore", "ignore", "ignore"] });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    // a run that did not end normally (killed from outside, say) is not a measurement
    if (r.status === 0) times.push(ms);
    else failed++;
  }
  if (times.length === 0) return { file: path.relative(ROOT, SMALL), runs, failed, medianMs: NaN, minMs: NaN, nodeBareMs: NaN };
  const bare = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, ["-e", "0"], { stdio: "ignore" });
    bare.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { file: path.relative(ROOT, SMALL), bytes: statSync(SMALL).size, runs: times.length, failed, medianMs: median(times), minMs: Math.min(...times), nodeBareMs: median(bare) };
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "")?.[1] ?? os.cpus()[0]?.model ?? "?";
  return { cores: os.availableParallelism(), cpu, node: process.version, platform: `${os.platform()} ${os.release()}`, load: os.loadavg().map((x) => x.toFixed(2)).join(" ") };
}

const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "-");

const m = machine();
log(`machine: ${m.cores} cores, ${m.cpu}, Node ${m.node}, load average ${m.load}`);
if (!existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
  log("dist/ is missing: run `npm run build` first (npm run bench does)");
  process.exit(2);
}
const results = [];
for (const count of scale ? [n, 4 * n] : [n]) results.push(await batch(await corpus(count)));
const start = noStartup ? null : startup();

if (asJson) {
  process.stdout.write(JSON.stringify({ machine: m, batches: results, startup: start, loadAfter: os.loadavg().map((x) => x.toFixed(2)).join(" ") }, null, 2) + "\n");
} else {
  const rows = [["reports", "workers", "MB", "wall s", "CPU s", "docs/s", "MB/s", "peak RSS MB", "floor s", "floor RSS MB", "x floor"]];
  for (const r of results) rows.push([String(r.n), String(r.workerThreads), fmt(r.mb), fmt(r.wall, 2), fmt(r.cpu, 1), fmt(r.docsPerS, 0), fmt(r.mbPerS, 2), fmt(r.rssMb, 0), fmt(r.floorWall, 2), fmt(r.floorRssMb, 0), fmt(r.ratio, 1)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => "| " + row.map((c, i) => c.padStart(widths[i])).join(" | ") + " |";
  const out = [`machine: ${m.cores} cores, ${m.cpu}, Node ${m.node}, load average at start ${m.load}`, "", line(rows[0]), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...rows.slice(1).map(line)];
  if (results.length === 2) {
    const [a, b] = results;
    out.push("", `linearity: ${b.n} reports took ${fmt(b.wall / a.wall, 2)}x the time of ${a.n} (4.00 is linear); ${fmt((a.wall / a.n) * 1000, 3)} vs ${fmt((b.wall / b.n) * 1000, 3)} ms per report; peak RSS ${fmt(a.rssMb, 0)} vs ${fmt(b.rssMb, 0)} MB`);
  }
  if (start) out.push("", `start-up, one small file (${start.file}, ${start.bytes} bytes): median ${fmt(start.medianMs, 0)} ms, best ${fmt(start.minMs, 0)} ms of ${start.runs} runs (bare \`node -e 0\`: ${fmt(start.nodeBareMs, 0)} ms)${start.failed ? `; ${start.failed} runs did not end normally and are left out` : ""}`);
  out.push(`load average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  process.stdout.write(out.join("\n") + "\n");
}
