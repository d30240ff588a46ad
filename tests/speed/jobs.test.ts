/**
 * Issue 7: --jobs N runs extraction on worker threads for large batches, with output identical
 * in order and content to --jobs 1; workers end with the run; a worker's failure fails one file.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECEIVER_GC_EVERY, workerExecutor, workerHeap } from "../../src/cli/pool.js";
import { IN_PROCESS_MAX, planThreads, WORKERS_FROM } from "../../src/cli/plan.js";
import { periodicCollection } from "../../src/cli/gc.js";
import { extractPaths, runTask as workerTask, runTasks, WORKER_MAX_BYTES } from "../../src/cli/extract-path.js";
import { cli, corpusFolder } from "./helpers.js";
import { SEEDS } from "../helpers.js";

const N = 60;
let dir = "";
let remove = () => {};

beforeAll(async () => {
  // 60 generated reports, and two inputs that fail (in the middle of the folder's order)
  ({ dir, remove } = await corpusFolder(N, {
    "r30a-empty.txt": "",
    "r45a-image.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  }));
});
afterAll(() => remove());

describe("--jobs: worker threads give the same output as one thread", () => {
  for (const format of ["ndjson", "csv"] as const) {
    it(`${format}: stdout of --jobs 1 and --jobs 2 is byte-identical, failures in the same order`, () => {
      const one = cli([dir, "--format", format, "--jobs", "1"]);
      const two = cli([dir, "--format", format, "--jobs", "2"]);
      expect(one.error).toBeUndefined();
      expect(two.error).toBeUndefined();
      expect([one.signal, two.signal]).toEqual([null, null]);
      // two inputs failed: exit 1, the rest emitted
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.stdout.length).toBeGreaterThan(10_000);
      expect(two.stdout.equals(one.stdout)).toBe(true);
      expect(two.stderr).toBe(one.stderr);
      const failures = two.stderr.split("\n").filter((l) => l.includes("r30a-empty") || l.includes("r45a-image"));
      expect(failures).toHaveLength(2);
      expect(failures[0]).toContain("r30a-empty.txt");
      expect(two.stderr).toContain(`2 of ${N + 2} inputs failed`);
      if (format === "ndjson") {
        const lines = two.stdout.toString("utf8").trimEnd().split("\n");
        expect(lines).toHaveLength(N);
        const paths = lines.map((l) => path.basename(JSON.parse(l).source.path));
        // input order: the folder sorted by name
        expect(paths).toEqual([...paths].sort());
        expect(paths[0]).toBe("r00.txt");
        expect(paths[N - 1]).toBe(`r${N - 1}.txt`);
      } else {
        expect(two.stdout.toString("utf8").startsWith("file,organizer,")).toBe(true);
      }
    });
  }

  it("the default --jobs (the number of cores) matches --jobs 1 too", () => {
    const one = cli([dir, "--format", "ndjson", "--jobs", "1"]);
    const auto = cli([dir, "--format", "ndjson"]);
    expect(auto.error).toBeUndefined();
    expect(auto.stdout.equals(one.stdout)).toBe(true);
  });

  it("more workers than files still gives the same output and ends", () => {
    const one = cli([dir, "--format", "ndjson", "--jobs", "1"]);
    const many = cli([dir, "--format", "ndjson", "--jobs", "64"]);
    expect(many.error).toBeUndefined();
    expect(many.code).toBe(1);
    expect(many.stdout.equals(one.stdout)).toBe(true);
  });
});

describe("where extraction runs", () => {
  it("in this process for a few files, on workers for more (one for --jobs 1)", () => {
    expect(planThreads(1, 10_000, 8)).toBe(1);
    expect(planThreads(1, IN_PROCESS_MAX, 8)).toBe(0);
    expect(planThreads(8, 1, 8)).toBe(0);
    expect(planThreads(2, IN_PROCESS_MAX, 8)).toBe(0);
    expect(planThreads(2, IN_PROCESS_MAX + 1, 8)).toBe(2);
    expect(planThreads(4, 10_000, 8)).toBe(4);
    // never more threads than files, nor than twice the cores
    expect(planThreads(64, 12, 8)).toBe(12);
    expect(planThreads(64, 10_000, 2)).toBe(4);
    expect(planThreads(3, 10_000, 1)).toBe(2);
  });

  it("by default, on two cores, a second worker only for batches that pay for its start", () => {
    // no --jobs: the number of cores, but on two cores only from WORKERS_FROM files
    expect(WORKERS_FROM).toBe(5000);
    expect(planThreads(undefined, 2000, 2)).toBe(1);
    expect(planThreads(undefined, WORKERS_FROM - 1, 2)).toBe(1);
    expect(planThreads(undefined, WORKERS_FROM, 2)).toBe(2);
    expect(planThreads(undefined, 40_000, 2)).toBe(2);
    // one core: one worker
    expect(planThreads(undefined, 40_000, 1)).toBe(1);
    // more cores: any batch over IN_PROCESS_MAX files
    expect(planThreads(undefined, IN_PROCESS_MAX, 4)).toBe(0);
    expect(planThreads(undefined, IN_PROCESS_MAX + 1, 4)).toBe(4);
    expect(planThreads(undefined, 100, 8)).toBe(8);
    // an explicit --jobs is obeyed on two cores as well
    expect(planThreads(2, 100, 2)).toBe(2);
  });

  it("a collection every N reports: the N-th, the 2N-th, none between", () => {
    let collections = 0;
    const collect = periodicCollection(RECEIVER_GC_EVERY, () => collections++);
    for (let i = 1; i < RECEIVER_GC_EVERY; i++) collect();
    expect(collections).toBe(0);
    collect();
    expect(collections).toBe(1);
    for (let i = 0; i < RECEIVER_GC_EVERY; i++) collect();
    expect(collections).toBe(2);
    // without a collector (no --expose-gc), nothing happens
    const none = periodicCollection(1, null);
    expect(() => none()).not.toThrow();
  });

  it("a worker alone gets a larger heap than each of several (their memory is shared)", () => {
    expect(workerHeap(1)).toEqual({ youngMb: 16, oldMb: 48 });
    expect(workerHeap(2)).toEqual({ youngMb: 4, oldMb: 28 });
    expect(workerHeap(8)).toEqual(workerHeap(2));
  });
});

describe("the two places extraction runs", () => {
  it("the command's own thread (extractPaths) and a worker's task (runTasks) give the same reports, in order", async () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f) => path.join(SEEDS, f));
    const jobs = [...files, path.join(SEEDS, "none.txt"), ...files].map((p) => ({ path: p, options: {} }));
    const here = await extractPaths(jobs);
    const there = await runTasks(jobs);
    expect(there.map((a) => a !== "too-large-for-worker" && a.ok)).toEqual(here.map((o) => o.ok));
    here.forEach((o, i) => {
      const a = there[i]!;
      if (o.ok && a !== "too-large-for-worker" && a.ok) expect(a.json).toBe(JSON.stringify(o.report));
      else expect(a !== "too-large-for-worker" && !a.ok && !o.ok && [a.code, a.message]).toEqual([(o as { code: string }).code, (o as { message: string }).message]);
    });
    expect(here[files.length]!.ok === false && here[files.length]!.code).toBe("missing");
  });
});

describe("worker failures", () => {
  const worker = new URL("./fixtures/misbehaving-worker.mjs", import.meta.url).href;

  it("an exception or a dead worker fails that file only; the pool goes on and closes", async () => {
    const pool = await workerExecutor(2, worker);
    expect(pool.threads).toBe(2);
    const paths = ["a.txt", "throw.txt", "b.txt", "exit.txt", "c.txt", "d.txt"];
    const outcomes = await Promise.all(paths.map((p) => pool.executor({ path: p, options: { tag: p } as never })));
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, false, true, true]);
    expect(outcomes.map((o) => o.path)).toEqual(paths);
    const thrown = outcomes[1]!;
    expect(thrown.ok === false && thrown.code).toBe("internal");
    expect(thrown.ok === false && thrown.message).toContain("boom in the worker");
    expect(outcomes[3]!.ok === false && outcomes[3]!.code).toBe("internal");
    // after a worker died, the pool still answers
    const after = await pool.executor({ path: "e.txt", options: { tag: "e" } as never });
    expect(after.ok && after.path).toBe("e.txt");
    expect(after.ok && after.json).toBe('{"tag":"e"}');
    // the report crosses the thread as JSON text and is parsed back on demand
    expect(after.ok && after.report).toEqual({ tag: "e" });
    await pool.close();
    // closing twice is harmless
    await pool.close();
  });

  it("a file too large for a capped worker, or whose worker ran out of memory, goes to the uncapped worker", async () => {
    const pool = await workerExecutor(2, worker);
    const paths = ["large.txt", "oom.txt", "after.txt"];
    const outcomes = await Promise.all(paths.map((p) => pool.executor({ path: p, options: {} })));
    expect(outcomes.map((o) => o.path)).toEqual(paths);
    expect(outcomes.map((o) => o.ok && o.json)).toEqual(['{"tag":"uncapped"}', '{"tag":"uncapped"}', '{"tag":null}']);
    await pool.close();
  });

  it("the real worker answers too-large for a file over its limit unless uncapped, and extracts smaller ones", async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "re-worker-"));
    try {
      const big = path.join(tmp, "big.txt");
      writeFileSync(big, "Công đoàn ".repeat(Math.ceil((WORKER_MAX_BYTES + 1) / 10)));
      expect(await workerTask({ path: big, options: {} })).toBe("too-large-for-worker");
      const whole = await workerTask({ path: big, options: {}, uncapped: true });
      // extracted in full: a text with union words and nothing else
      expect(whole !== "too-large-for-worker" && whole.ok && JSON.parse(whole.json).source.bytes).toBeGreaterThan(WORKER_MAX_BYTES);
      const small = path.resolve("fixtures/seeds/000_535c95fd56643c6a.txt");
      const answer = await workerTask({ path: small, options: {} });
      expect(answer !== "too-large-for-worker" && answer.ok && JSON.parse(answer.json).source.path).toBe(small);
      const missing = await workerTask({ path: path.join(tmp, "none.txt"), options: {} });
      expect(missing !== "too-large-for-worker" && !missing.ok && missing.code).toBe("missing");
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
