/**
 * Issue 5, output safety: --out is written atomically (a temporary file beside the target,
 * renamed into place when complete), a run that fails or is stopped leaves neither a partial
 * target nor a temporary file, nothing is ever written into the input folders, and csv/tsv
 * cells that a spreadsheet would run as a formula are neutralised unless --no-escape-formulas.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { atomicFileSink } from "../../src/emit/emitter.js";
import { ndjson, runCli, runCliAsync, SEED_000, SEED_004, SEEDS, tempDir } from "./helpers.js";

/** Every file under a folder with its size and modification time. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        out.push(`${path.relative(dir, p)} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("--out is atomic", () => {
  it("the target appears complete, equal to what standard output gets, with no temporary file left", () => {
    const t = tempDir();
    try {
      const out = path.join(t.dir, "reports.ndjson");
      const r = runCli(["fixtures/seeds", "--format", "ndjson", "--out", out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("");
      expect(readdirSync(t.dir)).toEqual(["reports.ndjson"]);
      const written = readFileSync(out, "utf8");
      expect(written).toBe(runCli(["fixtures/seeds", "--format", "ndjson"]).stdout);
      expect(ndjson(written)).toHaveLength(5);
      expect(written.endsWith("\n")).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it("a run whose output cannot be put in place fails, leaving no temporary file and the folder as it was", () => {
    const t = tempDir();
    try {
      // the target is a folder: the rename at the end fails
      const target = path.join(t.dir, "taken");
      mkdirSync(target);
      writeFileSync(path.join(target, "keep.txt"), "mine");
      const r = runCli([path.join(SEEDS, SEED_000), "--out", target]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`cannot write ${target}`);
      expect(readdirSync(t.dir)).toEqual(["taken"]);
      expect(readdirSync(target)).toEqual(["keep.txt"]);
      // an --out in a folder that does not exist is refused before anything is read
      const missing = runCli([path.join(SEEDS, SEED_000), "--out", path.join(t.dir, "no", "such", "out.json")]);
      expect(missing.code).toBe(2);
      expect(readdirSync(t.dir)).toEqual(["taken"]);
    } finally {
      t.cleanup();
    }
  });

  it("a run stopped mid-way (SIGTERM, SIGINT) leaves the previous target untouched and no temporary file", async () => {
    const t = tempDir();
    try {
      const inputs = path.join(t.dir, "in");
      mkdirSync(inputs);
      // many small reports first (written early), then large ones that keep the run busy
      for (let i = 0; i < 10; i++) copyFileSync(path.join(SEEDS, SEED_004), path.join(inputs, `a${i}.txt`));
      const big = readFileSync(path.join(SEEDS, SEED_000), "utf8").repeat(1500);
      for (let i = 0; i < 4; i++) writeFileSync(path.join(inputs, `z${i}.txt`), big);
      const outDir = path.join(t.dir, "out");
      mkdirSync(outDir);
      const target = path.join(outDir, "reports.ndjson");
      for (const signal of ["SIGTERM", "SIGINT"] as const) {
        writeFileSync(target, "previous complete output\n");
        let pid = 0;
        let ended: Awaited<ReturnType<typeof runCliAsync>> | null = null;
        const run = runCliAsync([inputs, "--format", "ndjson", "--jobs", "2", "--out", target], { onSpawn: (p) => (pid = p) });
        void run.then((r) => (ended = r));
        // wait until the temporary file exists: the run is writing
        let sawTemp = false;
        for (let i = 0; i < 1200 && !sawTemp && !ended; i++) {
          await sleep(50);
          sawTemp = readdirSync(outDir).some((f) => f.endsWith(".tmp"));
        }
        expect(sawTemp, `the run wrote into a temporary file beside the target (${ended ? `it ended: ${JSON.stringify(ended)}` : "still running"})`).toBe(true);
        process.kill(pid, signal);
        const r = await run;
        expect(r.signal ?? r.code).not.toBe(0);
        expect(readdirSync(outDir)).toEqual(["reports.ndjson"]);
        expect(readFileSync(target, "utf8")).toBe("previous complete output\n");
      }
    } finally {
      t.cleanup();
    }
  }, 120_000);

  it("the sink itself: nothing at the target until end(); abort() leaves nothing", async () => {
    const t = tempDir();
    try {
      const target = path.join(t.dir, "x.csv");
      const sink = atomicFileSink(target);
      sink.write("a,b\n");
      sink.write("1,2\n");
      await sleep(20);
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(t.dir).every((f) => f.startsWith(".x.csv.") && f.endsWith(".tmp"))).toBe(true);
      await sink.end();
      expect(readdirSync(t.dir)).toEqual(["x.csv"]);
      expect(readFileSync(target, "utf8")).toBe("a,b\n1,2\n");
      const aborted = atomicFileSink(path.join(t.dir, "y.csv"));
      aborted.write("half");
      await sleep(20);
      await aborted.abort();
      expect(readdirSync(t.dir)).toEqual(["x.csv"]);
    } finally {
      t.cleanup();
    }
  });

  it("the sink's temporary file exists as soon as the first write returns: a Ctrl-C handled next finds it to remove", async () => {
    const t = tempDir();
    try {
      const sink = atomicFileSink(path.join(t.dir, "z.ndjson"));
      expect(readdirSync(t.dir)).toEqual([]);
      sink.write("{}\n");
      // no await in between: the file was created before write() returned, not later on the thread pool
      expect(readdirSync(t.dir).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
      await sink.abort();
      expect(readdirSync(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it("an output folder that cannot be written fails the run with the target's name, without a crash", async () => {
    const t = tempDir();
    try {
      const sink = atomicFileSink(path.join(t.dir, "missing", "z.ndjson"));
      sink.write("{}\n");
      await expect(sink.end()).rejects.toThrow(/cannot write .*z\.ndjson: ENOENT/u);
    } finally {
      t.cleanup();
    }
  });
});

describe("nothing is written into the input folders", () => {
  it("to standard output, to --out elsewhere, with bad inputs and HTML among them", () => {
    const t = tempDir();
    try {
      const inputs = path.join(t.dir, "reports");
      mkdirSync(path.join(inputs, "sub"), { recursive: true });
      copyFileSync(path.join(SEEDS, SEED_000), path.join(inputs, "a.txt"));
      copyFileSync(path.join(SEEDS, SEED_004), path.join(inputs, "sub", "b.txt"));
      writeFileSync(path.join(inputs, "empty.txt"), "");
      copyFileSync(path.join("fixtures", "inputs", "news-page-004.html"), path.join(inputs, "page.html"));
      const before = snapshot(inputs);
      expect(before).toHaveLength(4);
      const stdout = runCli([inputs, "--format", "csv"]);
      expect(stdout.code).toBe(1);
      const outDir = path.join(t.dir, "out");
      mkdirSync(outDir);
      for (const format of ["json", "ndjson", "csv", "tsv"]) {
        const r = runCli([inputs, "--format", format, "--out", path.join(outDir, `all.${format}`)]);
        expect(r.code).toBe(1);
      }
      expect(snapshot(inputs)).toEqual(before);
      expect(readdirSync(outDir).sort()).toEqual(["all.csv", "all.json", "all.ndjson", "all.tsv"]);
    } finally {
      t.cleanup();
    }
  });
});

describe("formula injection through csv/tsv", () => {
  const REPORT = [
    "=cmd|' /C calc'!A0 Hội nghị tổng kết công tác công đoàn năm 2023",
    "",
    "Ngày 10/01/2024, Liên đoàn Lao động huyện Đình Lập đã tổ chức Hội nghị tổng kết công tác công đoàn năm 2023. Trong năm, các công đoàn cơ sở đã trao 2.000 suất quà cho đoàn viên với tổng trị giá trên 800 triệu đồng.",
  ].join("\n");

  /** csv cells of a simple file (no quoted commas in the cells read here). */
  const rows = (csv: string) => csv.trim().split("\n").map((l) => l.split(","));

  it("a crafted title and file name are neutralised by default in csv and tsv, and kept with --no-escape-formulas", () => {
    const t = tempDir();
    try {
      const name = "@SUM(1+1).txt";
      writeFileSync(path.join(t.dir, name), REPORT);
      const csv = runCli([name, "--format", "csv", "--table", "reports"], { cwd: t.dir });
      expect(csv.code).toBe(0);
      const [header, row] = rows(csv.stdout);
      expect(row![header!.indexOf("file")]).toBe("'@SUM(1+1).txt");
      expect(row![header!.indexOf("title")]).toBe("'=cmd|' /C calc'!A0 Hội nghị tổng kết công tác công đoàn năm 2023");
      expect(row![header!.indexOf("organizer")]).toBe("Liên đoàn Lao động huyện Đình Lập");

      const stats = rows(runCli([name, "--format", "csv"], { cwd: t.dir }).stdout);
      expect(stats.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
        ["'@SUM(1+1).txt", "gifts.count", "2000"],
        ["'@SUM(1+1).txt", "gifts.value", "800000000"],
      ]);

      const tsv = runCli([name, "--format", "tsv", "--table", "reports"], { cwd: t.dir }).stdout.trim().split("\n").map((l) => l.split("\t"));
      expect(tsv[1]!.slice(0, 2)).toEqual(["'@SUM(1+1).txt", "'=cmd|' /C calc'!A0 Hội nghị tổng kết công tác công đoàn năm 2023"]);

      const raw = rows(runCli([name, "--format", "csv", "--table", "reports", "--no-escape-formulas"], { cwd: t.dir }).stdout);
      expect(raw[1]!.slice(0, 2)).toEqual(["@SUM(1+1).txt", "=cmd|' /C calc'!A0 Hội nghị tổng kết công tác công đoàn năm 2023"]);
      // json is data, not a spreadsheet: the title is as written
      expect(JSON.parse(runCli([name], { cwd: t.dir }).stdout).title).toBe("=cmd|' /C calc'!A0 Hội nghị tổng kết công tác công đoàn năm 2023");
    } finally {
      t.cleanup();
    }
  });

  it("cells starting with +, -, tab and carriage return are neutralised too", () => {
    const t = tempDir();
    try {
      const names = ["+1.txt", "-1.txt", "\t1.txt", "\r1.txt"];
      for (const n of names) writeFileSync(path.join(t.dir, n), REPORT.replace(/^=cmd\|' \/C calc'!A0 /u, ""));
      // "--" ends the options: "-1.txt" is a file
      const csv = runCli(["--format", "csv", "--table", "reports", "--", ...names], { cwd: t.dir });
      expect(csv.code).toBe(0);
      const files = csv.stdout.trim().split("\n").slice(1).map((l) => l.slice(0, l.indexOf(",Hội")));
      expect(files).toEqual(["'+1.txt", "'-1.txt", "'\t1.txt", "\"'\r1.txt\""]);
      const raw = runCli(["--format", "csv", "--table", "reports", "--no-escape-formulas", "--", ...names], { cwd: t.dir });
      expect(raw.stdout.trim().split("\n").slice(1).map((l) => l.slice(0, l.indexOf(",Hội")))).toEqual(["+1.txt", "-1.txt", "\t1.txt", "\"\r1.txt\""]);
    } finally {
      t.cleanup();
    }
  });
});
