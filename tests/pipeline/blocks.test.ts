/**
 * Reports extracted in blocks, stage by stage (analyzeBlock, extractBytesBlock), are the reports
 * extracted one at a time; a document that fails fails alone. And the gathering of jobs into
 * blocks (cli/blocks.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeBlock, documentFromText, extractBytes, extractBytesBlock } from "../../src/index.js";
import { inBlocks } from "../../src/cli/blocks.js";
import { ROOT, SEEDS, seedIds } from "../helpers.js";

const probes = path.join(ROOT, "fixtures", "probes");
const probeFiles = readdirSync(probes, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".txt"))
  .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
  .sort()
  .slice(0, 40);

describe("extraction in blocks", () => {
  it("gives every input the report extractBytes gives it, in order (seeds and probe reports, includeText too)", () => {
    const files = [...seedIds().map((id) => path.join(SEEDS, `${id}.txt`)), ...probeFiles];
    expect(files.length).toBeGreaterThan(20);
    const inputs = files.map((f, i) => ({ bytes: readFileSync(f), options: { path: f, includeText: i % 3 === 0 } }));
    const block = extractBytesBlock(inputs);
    expect(block.map((r) => r.ok)).toEqual(inputs.map(() => true));
    block.forEach((r, i) => expect(r.ok && JSON.stringify(r.report)).toBe(JSON.stringify(extractBytes(inputs[i]!.bytes, inputs[i]!.options))));
    // the Đam Rông seed, through the block
    const damRong = block[seedIds().indexOf("004_26480470671b356b")]!;
    expect(damRong.ok && damRong.report.statistics.find((s) => s.metric === "members.count")?.value).toBe(1489);
    expect(damRong.ok && damRong.report.statistics.find((s) => s.metric === "gifts.value")?.value).toBe(52500000);
    expect(block[0]!.ok && "text" in block[0]!.report).toBe(true);
    expect(block[1]!.ok && "text" in block[1]!.report).toBe(false);
  });

  it("an input that cannot be read, or a document that throws in a stage, fails alone", () => {
    const seed = readFileSync(path.join(SEEDS, "004_26480470671b356b.txt"));
    const results = extractBytesBlock([{ bytes: seed }, { bytes: new Uint8Array(0) }, { bytes: seed }]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(!results[1]!.ok && (results[1]!.error as Error).message).toContain("empty");

    const text = seed.toString("utf8");
    const source = { path: null, bytes: seed.length, sha256: "0".repeat(64), encoding: "utf-8" };
    const docs = [documentFromText(text, source), documentFromText(text, source), documentFromText(text, source)];
    // the second document breaks the moment a stage reads its text
    Object.defineProperty(docs[1]!, "view", { get: () => { throw new Error("a broken document"); } });
    const analysed = analyzeBlock(docs);
    expect(analysed.map((r) => r.ok)).toEqual([true, false, true]);
    expect(!analysed[1]!.ok && (analysed[1]!.error as Error).message).toBe("a broken document");
    expect(analysed[2]!.ok && JSON.stringify(analysed[2]!.report)).toBe(analysed[0]!.ok && JSON.stringify(analysed[0]!.report));
  });
});

describe("jobs gathered into blocks", () => {
  const recorder = () => {
    const blocks: number[][] = [];
    const run = inBlocks(3, async (jobs: number[]) => {
      blocks.push(jobs);
      return jobs.map((j) => j * 10);
    });
    return { blocks, run };
  };

  it("sends a block when it is full, and the rest when the event loop turns; each job gets its own answer", async () => {
    const { blocks, run } = recorder();
    const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(run));
    expect(answers).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(blocks).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    // one job alone does not wait for others that never come
    expect(await run(8)).toBe(80);
    expect(blocks.at(-1)).toEqual([8]);
  });

  it("a block that fails or throws rejects each of its jobs, and the next block goes on", async () => {
    let calls = 0;
    const run = inBlocks(2, async (jobs: string[]) => {
      calls++;
      if (jobs.includes("bad")) throw new Error("block failed");
      return jobs.map((j) => j.toUpperCase());
    });
    const settled = await Promise.allSettled(["a", "bad", "c"].map(run));
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected", "fulfilled"]);
    expect(settled[0]!.status === "rejected" && (settled[0]!.reason as Error).message).toBe("block failed");
    expect(settled[2]!.status === "fulfilled" && settled[2]!.value).toBe("C");
    expect(calls).toBe(2);
    const short = inBlocks(2, async () => ["only one"]);
    const missing = await Promise.allSettled(["x", "y"].map(short));
    expect(missing.map((s) => s.status)).toEqual(["fulfilled", "rejected"]);
  });
});
