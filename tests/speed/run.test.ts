/**
 * The batch runner: outcomes leave in input order, one at a time, with a bounded window.
 */
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../src/cli/extract-file.js";
import { runBatch } from "../../src/cli/run.js";

const ok = (path: string): Outcome => ({ ok: true, path, report: {} as never });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("runBatch", () => {
  it("emits in input order whatever order the jobs finish in", async () => {
    const delays = [30, 1, 20, 5, 0, 25, 2, 10, 15, 3];
    const seen: string[] = [];
    await runBatch<number>({
      jobs: delays.map((_, i) => i),
      concurrency: 4,
      execute: async (i) => {
        await sleep(delays[i]!);
        return ok(`f${i}`);
      },
      onOutcome: (o, index) => {
        expect(o.path).toBe(`f${index}`);
        seen.push(o.path!);
      },
    });
    expect(seen).toEqual(delays.map((_, i) => `f${i}`));
  });

  it("never has more than `concurrency` jobs in flight or waiting, and writes one at a time", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let writing = false;
    let started = 0;
    let emitted = 0;
    async function* jobs() {
      for (let i = 0; i < 200; i++) {
        started++;
        // the runner pulls the next job only when the window has room
        expect(started - emitted).toBeLessThanOrEqual(5);
        yield i;
      }
    }
    await runBatch<number>({
      jobs: jobs(),
      concurrency: 5,
      execute: async (i) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await sleep(i % 3);
        inFlight--;
        return ok(String(i));
      },
      onOutcome: async () => {
        expect(writing).toBe(false);
        writing = true;
        await sleep(0);
        writing = false;
        emitted++;
      },
    });
    expect(emitted).toBe(200);
    expect(maxInFlight).toBeLessThanOrEqual(5);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  it("a failing executor stops the batch after the outcomes before it, without unhandled rejections", async () => {
    const seen: number[] = [];
    const run = runBatch<number>({
      jobs: [0, 1, 2, 3, 4, 5],
      concurrency: 3,
      execute: async (i) => {
        if (i === 2 || i === 3) throw new Error(`executor broke on ${i}`);
        return ok(String(i));
      },
      onOutcome: (_o, index) => {
        seen.push(index);
      },
    });
    await expect(run).rejects.toThrow("executor broke on 2");
    expect(seen).toEqual([0, 1]);
  });

  it("an error in onOutcome ends the batch with that error", async () => {
    const run = runBatch<number>({
      jobs: [0, 1, 2, 3],
      concurrency: 2,
      execute: async (i) => ok(String(i)),
      onOutcome: (_o, index) => {
        if (index === 1) throw new Error("disk full");
      },
    });
    await expect(run).rejects.toThrow("disk full");
  });
});

describe("outcomes across threads", () => {
  it("a report goes out as its JSON text and comes back equal, parsed only when read", async () => {
    const { toWire, fromWire } = await import("../../src/cli/wire.js");
    const { extract } = await import("../../src/index.js");
    const { readFileSync } = await import("node:fs");
    const report = extract(readFileSync("fixtures/seeds/000_535c95fd56643c6a.txt", "utf8"), { path: "seed.txt" });
    const wire = toWire({ ok: true, path: "seed.txt", report });
    expect(wire).toEqual({ ok: true, path: "seed.txt", json: JSON.stringify(report) });
    const back = fromWire(structuredClone(wire));
    expect(back.ok && back.json).toBe(JSON.stringify(report));
    expect(back.ok && back.report).toEqual(report);
    // a failure crosses unchanged
    const failure = { ok: false as const, path: "x.txt", code: "empty", message: "the file is empty" };
    expect(fromWire(structuredClone(toWire(failure)))).toEqual(failure);
  });
});
