/**
 * csv and tsv: the byte order mark, tab-separated rows, each table's documented header, values
 * read back, and formula neutralisation.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neutralizeFormula } from "../../src/emit/delimited.js";
import { COLUMNS, headerOf, TABLES } from "../../src/emit/tables.js";
import { parseCsv, parseNdjson, parseTsv, records, runCli, SEED_000, SEED_004, SEEDS, tempDir } from "./helpers.js";

const seed004 = path.join(SEEDS, SEED_004);

/** The headers the README documents (tables.ts), spelled out so a rename fails here. */
const DOCUMENTED: Record<string, string[]> = {
  statistics: ["file", "organizer", "meeting_date", "meeting_kind", "metric", "value", "unit", "qualifier", "subject", "award", "grantor", "basis", "target", "text", "span_start", "span_end"],
  reports: [
    "file", "title", "published_date", "published_time", "author", "meeting_kind", "meeting_name", "meeting_date", "organizer", "organizer_level", "organizer_place",
    "session", "term_from", "term_to", "period_from", "period_to", "next_period_from", "next_period_to", "attendees", "statistics", "tasks", "warnings", "encoding", "sha256",
  ],
  attendees: ["file", "organizer", "meeting_date", "name", "honorific", "title", "organization", "role", "mentions", "text", "span_start", "span_end"],
  tasks: ["file", "organizer", "meeting_date", "next_period_from", "next_period_to", "index", "text", "span_start", "span_end"],
};

describe("csv", () => {
  let csv = "";
  let ndjson: any[] = [];
  beforeAll(async () => {
    const r = await runCli([SEEDS, "--format", "csv"]);
    expect(r.code).toBe(0);
    csv = r.stdout.toString("utf8");
    ndjson = parseNdjson((await runCli([SEEDS, "--format", "ndjson"])).stdout);
  });

  it("has no byte order mark without --bom", () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.startsWith("file,organizer,meeting_date,")).toBe(true);
  });

  it("reads back to one row per statistic with the seed 004 facts", () => {
    const rows = records(parseCsv(csv));
    expect(rows.length).toBe(ndjson.reduce((n, r) => n + r.statistics.length, 0));
    const of004 = rows.filter((r) => r.file!.endsWith(SEED_004));
    const members = of004.find((r) => r.metric === "members.count");
    expect(members).toMatchObject({ value: "1489", unit: "count", qualifier: "exact", organizer: "Liên đoàn Lao động huyện Đam Rông", meeting_date: "2023-07-12", meeting_kind: "midyear_review", text: "1.489 đoàn viên" });
    const gifts = of004.find((r) => r.metric === "gifts.value" && r.value === "52500000");
    expect(gifts).toMatchObject({ unit: "VND", basis: "stated", target: "false" });
    const of000 = rows.filter((r) => r.file!.endsWith(SEED_000));
    expect(of000.find((r) => r.metric === "gifts.count")).toMatchObject({ value: "2000", qualifier: "approx" });
    expect(of000.find((r) => r.metric === "gifts.value")).toMatchObject({ value: "800000000", qualifier: "over" });
  });

  it("--bom starts the output with EF BB BF, once", async () => {
    const r = await runCli([seed004, "--format", "csv", "--bom"]);
    expect(r.code).toBe(0);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout.subarray(3, 8).toString("utf8")).toBe("file,");
    expect(r.stdout.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 3)).toBe(-1);
  });

  it("--bom also applies to --out files and tsv", async () => {
    const tmp = tempDir();
    try {
      const out = path.join(tmp.dir, "stats.csv");
      expect((await runCli([seed004, "--format", "csv", "--bom", "--out", out])).code).toBe(0);
      const { readFileSync } = await import("node:fs");
      expect([...readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const tsv = await runCli([seed004, "--format", "tsv", "--bom"]);
      expect([...tsv.stdout.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, "f".charCodeAt(0)]);
    } finally {
      tmp.cleanup();
    }
  });

  const byTable = new Map<string, Promise<Awaited<ReturnType<typeof runCli>>>>();
  const tableRun = (table: string) => {
    if (!byTable.has(table)) byTable.set(table, runCli([SEEDS, "--format", "csv", "--table", table]));
    return byTable.get(table)!;
  };
  beforeAll(() => {
    // start the four runs together
    for (const t of TABLES) void tableRun(t);
  });

  for (const table of TABLES) {
    it(`--table ${table} has its documented header`, async () => {
      const r = await tableRun(table);
      expect(r.code).toBe(0);
      const rows = parseCsv(r.stdout.toString("utf8"));
      expect(rows[0]).toEqual(DOCUMENTED[table]);
      expect(headerOf(table)).toEqual(DOCUMENTED[table]);
      expect(COLUMNS[table].every((c) => c.description.length > 0)).toBe(true);
      // every row has as many cells as the header
      for (const row of rows.slice(1)) expect(row.length).toBe(DOCUMENTED[table]!.length);
    });
  }

  it("--table reports has one row per report with its facts", async () => {
    const r = await tableRun("reports");
    const rows = records(parseCsv(r.stdout.toString("utf8")));
    expect(rows.length).toBe(5);
    const row = rows.find((x) => x.file!.endsWith(SEED_004))!;
    expect(row).toMatchObject({ meeting_date: "2023-07-12", organizer: "Liên đoàn Lao động huyện Đam Rông", period_from: "2023-01", period_to: "2023-06", meeting_kind: "midyear_review" });
    expect(Number(row.statistics)).toBe(ndjson.find((x) => x.source.path.endsWith(SEED_004)).statistics.length);
  });
});

describe("tsv", () => {
  it("gives tab-separated rows with the same header and values as csv", async () => {
    const [csv, tsv] = await Promise.all([runCli([SEEDS, "--format", "csv"]), runCli([SEEDS, "--format", "tsv"])]);
    expect(tsv.code).toBe(0);
    const text = tsv.stdout.toString("utf8");
    const firstLine = text.slice(0, text.indexOf("\n"));
    expect(firstLine).toBe(DOCUMENTED.statistics!.join("\t"));
    expect(firstLine).not.toContain(",");
    const t = parseTsv(text);
    const c = parseCsv(csv.stdout.toString("utf8"));
    expect(t[0]).toEqual(c[0]);
    expect(t.length).toBe(c.length);
    for (const row of t) expect(row.length).toBe(DOCUMENTED.statistics!.length);
    const members = records(t).find((r) => r.file!.endsWith(SEED_004) && r.metric === "members.count");
    expect(members).toMatchObject({ value: "1489", meeting_date: "2023-07-12", text: "1.489 đoàn viên" });
    // tsv does not quote: the empty cells csv quotes are empty here
    expect(text).not.toContain('"');
  });

  it("--table attendees in tsv has the attendees header", async () => {
    const r = await runCli([SEEDS, "--format", "tsv", "--table", "attendees"]);
    expect(parseTsv(r.stdout.toString("utf8"))[0]).toEqual(DOCUMENTED.attendees);
  });
});

describe("formula injection", () => {
  it("neutralizeFormula prefixes a quote to cells starting with = + - @ tab or CR, only those", () => {
    for (const s of ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")", "--", "-x"]) expect(neutralizeFormula(s)).toBe(`'${s}`);
    // a lone "-" (standard input's file name) is text in every spreadsheet
    for (const s of ["1+2", "a=b", " =1", "'=1", "", "Đam Rông", "\nx", "-"]) expect(neutralizeFormula(s)).toBe(s);
    // numbers, booleans and empty cells are never formulas
    expect(neutralizeFormula(-5)).toBe(-5);
    expect(neutralizeFormula(false)).toBe(false);
    expect(neutralizeFormula(null)).toBeNull();
  });

  const tmp = tempDir();
  // the file column repeats the path as given: run in the folder so it starts with = / + / @
  const names = ["=1+2.txt", "+SUM(1).txt", "@cmd.txt"];
  const body = (title: string) =>
    `${title}\n10/01/2023 08:00\n\nNgày 09/01/2023, Liên đoàn Lao động huyện Bảo Lâm tổ chức Hội nghị tổng kết công tác công đoàn năm 2022. ` +
    `Trong năm 2022, công đoàn đã trao 120 suất quà cho đoàn viên có hoàn cảnh khó khăn với tổng trị giá 60.000.000đ. Toàn huyện có 2.345 đoàn viên.\n`;
  beforeAll(() => {
    writeFileSync(path.join(tmp.dir, names[0]!), body('=HYPERLINK("http://evil.example","Hội nghị tổng kết công tác Công đoàn năm 2022")'));
    writeFileSync(path.join(tmp.dir, names[1]!), body("Hội nghị tổng kết công tác Công đoàn năm 2022"));
    writeFileSync(path.join(tmp.dir, names[2]!), body("-Hội nghị tổng kết công tác Công đoàn năm 2022"));
  });
  afterAll(() => tmp.cleanup());

  const FORMULA_START = /^[=+\-@\t\r]/;

  it("is neutralised by default in csv: no cell starts with = + - @, the crafted ones gain a quote", async () => {
    for (const table of ["statistics", "reports"]) {
      const r = await runCli([...names, "--format", "csv", "--table", table], { cwd: tmp.dir });
      expect(r.code).toBe(0);
      const rows = parseCsv(r.stdout.toString("utf8"));
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
      const files = new Set(rows.slice(1).map((row) => row[0]));
      expect(files).toEqual(new Set(["'=1+2.txt", "'+SUM(1).txt", "'@cmd.txt"]));
    }
    // the statistics of the crafted report are still read: 120 gifts worth 60,000,000 VND
    const stats = records(parseCsv((await runCli([names[0]!, "--format", "csv"], { cwd: tmp.dir })).stdout.toString("utf8")));
    expect(stats.find((s) => s.metric === "gifts.count")).toMatchObject({ file: "'=1+2.txt", value: "120" });
    expect(stats.find((s) => s.metric === "gifts.value")).toMatchObject({ value: "60000000", unit: "VND" });
  });

  it("is neutralised in tsv too", async () => {
    const r = await runCli([...names, "--format", "tsv", "--table", "reports"], { cwd: tmp.dir });
    const rows = parseTsv(r.stdout.toString("utf8"));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    expect(rows.slice(1).map((row) => row[0]).sort()).toEqual(["'+SUM(1).txt", "'=1+2.txt", "'@cmd.txt"]);
  });

  it("is left alone with --no-escape-formulas", async () => {
    const r = await runCli([...names, "--format", "csv", "--table", "reports", "--no-escape-formulas"], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    const rows = records(parseCsv(r.stdout.toString("utf8")));
    expect(rows.map((x) => x.file).sort()).toEqual(["+SUM(1).txt", "=1+2.txt", "@cmd.txt"]);
    // a title that starts with "=" (when the extractor keeps it as the title) is verbatim
    for (const x of rows) expect(x.title).not.toMatch(/^'/);
    const tsv = parseTsv((await runCli([names[0]!, "--format", "tsv", "--no-escape-formulas"], { cwd: tmp.dir })).stdout.toString("utf8"));
    expect(tsv[1]![0]).toBe("=1+2.txt");
  });
});
