/**
 * --format xlsx: run the CLI on the seeds, read the workbook back with exceljs and check its
 * sheets, headers, typed cells, frozen header and autofilter.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLUMNS, TABLES } from "../../src/emit/tables.js";
import { columnWidth, dateCell } from "../../src/emit/xlsx.js";
import { parseNdjson, runCli, SEED_000, SEED_004, SEEDS, tempDir } from "./helpers.js";

type Sheet = ExcelJS.Worksheet;

/** Column letters as Excel names them: 1 -> A, 27 -> AA. */
function letters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function header(ws: Sheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    out[col - 1] = String(cell.value);
  });
  return out;
}

/** Data rows as objects of cells keyed by the header. */
function rowsOf(ws: Sheet): Record<string, ExcelJS.Cell>[] {
  const names = header(ws);
  const out: Record<string, ExcelJS.Cell>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Object.fromEntries(names.map((n, i) => [n, row.getCell(i + 1)])));
  }
  return out;
}

describe("--format xlsx", () => {
  const tmp = tempDir();
  const out = path.join(tmp.dir, "seeds.xlsx");
  const wb = new ExcelJS.Workbook();
  let ndjson: any[] = [];
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    run = await runCli([SEEDS, "--format", "xlsx", "--out", out]);
    const nd = await runCli([SEEDS, "--format", "ndjson"]);
    expect(nd.code).toBe(0);
    ndjson = parseNdjson(nd.stdout);
    if (run.code === 0) await wb.xlsx.readFile(out);
  });
  afterAll(() => tmp.cleanup());

  it("exits 0, writes nothing to stdout and leaves only the workbook behind (atomic write)", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(readdirSync(tmp.dir)).toEqual(["seeds.xlsx"]);
    // a zip file: "PK\x03\x04"
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  it("has the four sheets in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["reports", "statistics", "attendees", "tasks"]);
    expect(TABLES).toEqual(["reports", "statistics", "attendees", "tasks"]);
  });

  it("has the documented header cells, bold, on every sheet", () => {
    for (const t of TABLES) {
      const ws = wb.getWorksheet(t)!;
      expect(header(ws)).toEqual(COLUMNS[t].map((c) => c.name));
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    expect(header(wb.getWorksheet("statistics")!).slice(0, 8)).toEqual(["file", "organizer", "meeting_date", "meeting_kind", "metric", "value", "unit", "qualifier"]);
  });

  it("freezes the header row", () => {
    for (const t of TABLES) {
      const view = wb.getWorksheet(t)!.views[0] as ExcelJS.WorksheetViewFrozen;
      expect(view.state).toBe("frozen");
      expect(view.ySplit).toBe(1);
      expect(view.xSplit ?? 0).toBe(0);
      expect(view.topLeftCell).toBe("A2");
    }
  });

  it("puts an autofilter over the header and the rows under it", () => {
    for (const t of TABLES) {
      const ws = wb.getWorksheet(t)!;
      const last = letters(COLUMNS[t].length);
      expect(ws.autoFilter).toBe(`A1:${last}${ws.rowCount}`);
    }
    expect(wb.getWorksheet("statistics")!.autoFilter).toMatch(/^A1:P\d+$/);
  });

  it("gives columns sensible widths", () => {
    const ws = wb.getWorksheet("statistics")!;
    const names = header(ws);
    const width = (name: string) => ws.getColumn(names.indexOf(name) + 1).width ?? 9;
    expect(width("text")).toBeGreaterThanOrEqual(50);
    expect(width("organizer")).toBeGreaterThanOrEqual(30);
    expect(width("value")).toBeGreaterThanOrEqual(10);
    for (const n of names) expect(width(n)).toBeGreaterThanOrEqual(n.length);
    expect(columnWidth({ name: "span_start", type: "number" })).toBe("span_start".length + 3);
  });

  it("has one statistics row per statistic of the ndjson output of the same input", () => {
    const expected = ndjson.reduce((n, r) => n + r.statistics.length, 0);
    expect(expected).toBeGreaterThan(0);
    expect(wb.getWorksheet("statistics")!.rowCount - 1).toBe(expected);
    expect(wb.getWorksheet("reports")!.rowCount - 1).toBe(ndjson.length);
    expect(wb.getWorksheet("attendees")!.rowCount - 1).toBe(ndjson.reduce((n, r) => n + r.attendees.length, 0));
    expect(wb.getWorksheet("tasks")!.rowCount - 1).toBe(ndjson.reduce((n, r) => n + r.tasks.length, 0));
  });

  it("stores seed 004's 1,489 members and 52,500,000 VND of gifts as numbers", () => {
    const rows = rowsOf(wb.getWorksheet("statistics")!).filter((r) => String(r.file!.value).endsWith(SEED_004));
    const members = rows.find((r) => r.metric!.value === "members.count" && r.value!.value === 1489);
    expect(members).toBeDefined();
    expect(members!.value!.type).toBe(ExcelJS.ValueType.Number);
    expect(members!.unit!.value).toBe("count");
    expect(members!.qualifier!.value).toBe("exact");
    const gifts = rows.find((r) => r.metric!.value === "gifts.value" && r.value!.value === 52_500_000);
    expect(gifts).toBeDefined();
    expect(gifts!.value!.type).toBe(ExcelJS.ValueType.Number);
    expect(gifts!.unit!.value).toBe("VND");
    expect(gifts!.organizer!.value).toBe("Liên đoàn Lao động huyện Đam Rông");
    // span offsets are numbers too
    expect(typeof gifts!.span_start!.value).toBe("number");
  });

  it("stores booleans as booleans", () => {
    const rows = rowsOf(wb.getWorksheet("statistics")!);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.target!.type).toBe(ExcelJS.ValueType.Boolean);
      expect(typeof r.target!.value).toBe("boolean");
    }
    expect(rows.some((r) => r.target!.value === false)).toBe(true);
  });

  it("stores meeting dates as real date cells with a date format", () => {
    const reports = rowsOf(wb.getWorksheet("reports")!);
    const r004 = reports.find((r) => String(r.file!.value).endsWith(SEED_004))!;
    expect(r004).toBeDefined();
    const date = r004.meeting_date!;
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString()).toBe("2023-07-12T00:00:00.000Z");
    expect(date.numFmt).toBe("yyyy-mm-dd");
    // the same in every statistics row of that report
    const stats = rowsOf(wb.getWorksheet("statistics")!).filter((r) => String(r.file!.value).endsWith(SEED_004));
    expect(stats.length).toBeGreaterThan(0);
    for (const s of stats) expect((s.meeting_date!.value as Date).getTime()).toBe(Date.UTC(2023, 6, 12));
    // a missing date is an empty cell, not a string
    const r000 = reports.find((r) => String(r.file!.value).endsWith(SEED_000))!;
    expect(r000.published_date!.value === null || r000.published_date!.value instanceof Date).toBe(true);
  });

  it("keeps seed 000's approximate and lower-bound gift figures with their qualifiers", () => {
    const rows = rowsOf(wb.getWorksheet("statistics")!).filter((r) => String(r.file!.value).endsWith(SEED_000));
    const count = rows.find((r) => r.metric!.value === "gifts.count");
    const value = rows.find((r) => r.metric!.value === "gifts.value");
    expect(count?.value!.value).toBe(2000);
    expect(count?.qualifier!.value).toBe("approx");
    expect(value?.value!.value).toBe(800_000_000);
    expect(value?.qualifier!.value).toBe("over");
  });

  it("writes the reports sheet's counts as numbers matching the ndjson", () => {
    const reports = rowsOf(wb.getWorksheet("reports")!);
    for (const r of ndjson) {
      const row = reports.find((x) => x.file!.value === r.source.path)!;
      expect(row).toBeDefined();
      expect(row.statistics!.value).toBe(r.statistics.length);
      expect(row.attendees!.value).toBe(r.attendees.length);
      expect(row.sha256!.value).toBe(r.source.sha256);
    }
  });
});

describe("xlsx usage", () => {
  it("--format xlsx without --out is a usage error (exit 2) and writes nothing to stdout", async () => {
    const r = await runCli([path.join(SEEDS, SEED_004), "--format", "xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toMatch(/--out/);
  });

  it("replaces an existing file and leaves no temporary file", async () => {
    const tmp = tempDir();
    try {
      const out = path.join(tmp.dir, "one.xlsx");
      for (let i = 0; i < 2; i++) {
        const r = await runCli([path.join(SEEDS, SEED_004), "--format", "xlsx", "--out", out]);
        expect(r.code).toBe(0);
      }
      expect(readdirSync(tmp.dir)).toEqual(["one.xlsx"]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.getWorksheet("reports")!.rowCount).toBe(2);
    } finally {
      tmp.cleanup();
    }
  });
});

describe("dateCell", () => {
  it("turns YYYY-MM-DD into a UTC date and refuses impossible dates", () => {
    expect(dateCell("2023-07-12")?.toISOString()).toBe("2023-07-12T00:00:00.000Z");
    expect(dateCell("2023-02-30")).toBeNull();
    expect(dateCell("12/07/2023")).toBeNull();
  });
});
