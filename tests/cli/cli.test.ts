import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { parseCsv, runCli, seedIds, SEEDS, seedText } from "../helpers.js";

const ids = seedIds();

describe("report-extract on the seed folder", () => {
  it("json: an array of five reports in input order", () => {
    const r = runCli(["fixtures/seeds", "--format", "json"]);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports.map((x: any) => path.basename(x.source.path, ".txt"))).toEqual(ids);
    const damRong = reports.find((x: any) => x.source.path.includes("004_"));
    expect(damRong.statistics.find((s: any) => s.metric === "members.count").value).toBe(1489);
    expect(damRong.statistics.find((s: any) => s.metric === "gifts.value" && s.basis === "stated").value).toBe(52500000);
  });

  it("json: one object for one input", () => {
    const r = runCli(["fixtures/seeds/002_a50bae05b9ac2406.txt"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Array.isArray(report)).toBe(false);
    expect(report.meeting.organizer.name).toBe("Liên đoàn Lao động huyện Chi Lăng");
    expect(report.schemaVersion).toBe(1);
  });

  it("ndjson: one line per report, in order, each a full report", () => {
    const r = runCli(["fixtures/seeds", "--format", "ndjson"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    const reports = lines.map((l) => JSON.parse(l));
    expect(reports.map((x) => x.meeting.date)).toEqual(["2022-01-10", "2022-01-11", "2019-12-30", null, "2023-07-12"]);
  });

  it("csv statistics (the default table): a row per statistic with the report's fields repeated", () => {
    const r = runCli(["fixtures/seeds", "--format", "csv"]);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(["file", "organizer", "meeting_date", "meeting_kind", "metric", "value", "unit", "qualifier", "subject", "award", "grantor", "basis", "target", "text", "span_start", "span_end"]);
    const members = rows.find((row) => row[0]!.endsWith("004_26480470671b356b.txt") && row[4] === "members.count")!;
    expect(members).toEqual(expect.arrayContaining(["Liên đoàn Lao động huyện Đam Rông", "2023-07-12", "midyear_review", "1489", "count", "exact", "đoàn viên", "1.489 đoàn viên"]));
    const files = new Set(rows.filter((row) => !row[4]!.startsWith("other.")).map((row) => path.basename(row[0]!)));
    // seeds 001 and 003 state no scored metric (only "02 đồng chí", "16 ý kiến": other.count)
    expect([...files].sort()).toEqual(["000_535c95fd56643c6a.txt", "002_a50bae05b9ac2406.txt", "004_26480470671b356b.txt"]);
    expect(rows.filter((row) => row[0]!.includes("003_")).map((row) => row[4])).toEqual(expect.arrayContaining(["other.count"]));
  });

  it("csv reports, attendees and tasks tables", () => {
    const reports = parseCsv(runCli(["fixtures/seeds", "--format", "csv", "--table", "reports"]).stdout);
    expect(reports).toHaveLength(6);
    expect(reports[0]!.slice(0, 6)).toEqual(["file", "title", "published_date", "published_time", "author", "meeting_kind"]);
    const attendees = parseCsv(runCli(["fixtures/seeds", "--format", "csv", "--table", "attendees"]).stdout);
    const hoa = attendees.find((row) => row[3] === "Bế Thị Hòa")!;
    expect(hoa.slice(0, 8)).toEqual(["fixtures/seeds/002_a50bae05b9ac2406.txt", "Liên đoàn Lao động huyện Chi Lăng", "2019-12-30", "Bế Thị Hòa", "đồng chí", "Phó Chủ tịch Thường trực LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh", "guest"]);
    const tasks = parseCsv(runCli(["fixtures/seeds", "--format", "csv", "--table", "tasks"]).stdout);
    expect(tasks[0]).toEqual(["file", "organizer", "meeting_date", "next_period_from", "next_period_to", "index", "text", "span_start", "span_end"]);
    expect(tasks.some((row) => row[6] === "Triển khai thực hiện Nghị quyết Đại hội công đoàn các cấp")).toBe(true);
  });

  it("tsv uses tabs and the same header", () => {
    const r = runCli(["fixtures/seeds", "--format", "tsv", "--table", "reports"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]!.split("\t")[0]).toBe("file");
    expect(lines).toHaveLength(6);
  });

  it("reads standard input when the input is '-'", () => {
    const r = runCli(["-", "--format", "ndjson"], { input: seedText("004_26480470671b356b") });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.source.path).toBe("-");
    expect(report.meeting.organizer.name).toBe("Liên đoàn Lao động huyện Đam Rông");
  });

  it("standard input is '-' in the file column of csv and tsv, not escaped as a formula", () => {
    for (const format of ["csv", "tsv"]) {
      const r = runCli(["-", "--format", format, "--table", "reports"], { input: seedText("004_26480470671b356b") });
      expect(r.code).toBe(0);
      const row = format === "csv" ? parseCsv(r.stdout)[1]! : r.stdout.split("\n")[1]!.split("\t");
      expect(row[0]).toBe("-");
      expect(row).toContain("Liên đoàn Lao động huyện Đam Rông");
    }
  });

  it("walks folders recursively with --glob", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "re-glob-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(path.join(dir, "sub"));
    copyFileSync(path.join(SEEDS, "000_535c95fd56643c6a.txt"), path.join(dir, "sub", "a.txt"));
    copyFileSync(path.join(SEEDS, "002_a50bae05b9ac2406.txt"), path.join(dir, "b.report"));
    writeFileSync(path.join(dir, "notes.md"), "# not a report");
    const txt = runCli([dir, "--format", "ndjson"]);
    expect(txt.stdout.trim().split("\n").map((l) => path.basename(JSON.parse(l).source.path))).toEqual(["a.txt"]);
    const custom = runCli([dir, "--format", "ndjson", "--glob", "*.report"]);
    expect(custom.stdout.trim().split("\n").map((l) => path.basename(JSON.parse(l).source.path))).toEqual(["b.report"]);
  });
});

describe("failures and exit codes", () => {
  it("exit 1 when some inputs fail: each failure named on stderr, the other records still emitted", () => {
    const r = runCli(["fixtures/seeds/000_535c95fd56643c6a.txt", "no/such/file.txt", "fixtures/seeds/004_26480470671b356b.txt", "--format", "ndjson"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no/such/file.txt: no such file or folder");
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("exit 2 for usage errors", () => {
    expect(runCli(["fixtures/seeds", "--format", "yaml"]).code).toBe(2);
    expect(runCli(["fixtures/seeds", "--table", "people", "--format", "csv"]).code).toBe(2);
    expect(runCli(["fixtures/seeds", "--jobs", "0"]).code).toBe(2);
    expect(runCli(["fixtures/seeds", "--out", "/no/such/folder/out.csv", "--format", "csv"]).code).toBe(2);
  });

  it("--help shows options and examples; --version prints the version", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:");
    // the options of the default command are in the top-level help too
    for (const o of ["--format <format>", "--table <table>", "--out <file>", "--glob <pattern>", "--encoding <name>", "--strict", "--no-escape-formulas", "--bom", "--explain", "--jobs <n>", "--progress"]) {
      expect(help.stdout).toContain(o);
    }
    expect(help.stdout.indexOf("Options of extract")).toBeLessThan(help.stdout.indexOf("Examples:"));
    const extractHelp = runCli(["extract", "--help"]);
    expect(extractHelp.stdout).toContain("--format <format>");
    expect(extractHelp.stdout).toContain("--glob <pattern>");
    const version = runCli(["--version"]);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});

describe("--out", () => {
  it("writes the whole output to the file and nothing to stdout, leaving no temporary file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "re-out-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = path.join(dir, "stats.csv");
    const r = runCli(["fixtures/seeds", "--format", "csv", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/^file,organizer,meeting_date/);
    expect(readdirSync(dir)).toEqual(["stats.csv"]);
  });
});

describe("report-extract schema", () => {
  it("prints the report's JSON Schema", () => {
    const r = runCli(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["schemaVersion", "source", "meeting", "attendees", "statistics", "tasks", "warnings"]));
    expect(schema.properties.statistics.items.properties.metric.enum).toContain("gifts.value");
    expect(schema.required).toContain("meeting");
  });
});
