/**
 * `report-extract summarize`: totals per organizer and period, bounds marked, nothing counted
 * twice, failed inputs named and the rest still totalled.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report, Statistic } from "../../src/schema/report.js";
import { boundMarker, NO_PERIOD, summarize, Totals, type TotalRow } from "../../src/summarize/totals.js";
import { displayWidth, formatNumber, renderCsv, renderTable } from "../../src/summarize/render.js";
import { parseCsv, parseNdjson, records, runCli, SEED_004, SEEDS, tempDir } from "./helpers.js";

const DAM_RONG = "Liên đoàn Lao động huyện Đam Rông";
const DINH_LAP = "Liên đoàn Lao động huyện Đình Lập";

const find = (rows: TotalRow[], organizer: string | undefined, metric: string, period?: string) =>
  rows.find((r) => r.organizer === organizer && r.metric === metric && (period === undefined || r.period === period));

describe("summarize on the seeds (json)", () => {
  let json: any;
  let ndjson: any[] = [];
  beforeAll(async () => {
    const [s, n] = await Promise.all([runCli(["summarize", SEEDS, "--format", "json"]), runCli([SEEDS, "--format", "ndjson"])]);
    expect(s.stderr).toBe("");
    expect(s.code).toBe(0);
    json = JSON.parse(s.stdout.toString("utf8"));
    ndjson = parseNdjson(n.stdout);
  });

  it("totals Đam Rông's first half of 2023 (verified by hand against the text)", () => {
    const rows: TotalRow[] = json.totals;
    expect(json.by).toBe("organizer-period");
    // "59 CĐCS (... 26 CĐCS; ... 32 CĐCS; ... 01 CĐCS) với 1.489 đoàn viên"
    expect(find(rows, DAM_RONG, "members.count", "2023-01..2023-06")).toMatchObject({ total: 1489, unit: "count", includes_bounds: false, reports: 1 });
    // the breakdown's parts are in the 59 already
    expect(find(rows, DAM_RONG, "unions.count", "2023-01..2023-06")).toMatchObject({ total: 59, statistics: 1 });
    // 105 gifts worth 52.500.000đ, then 10 gifts at 300.000đ each (3.000.000đ derived, no stated total)
    expect(find(rows, DAM_RONG, "gifts.value", "2023-01..2023-06")).toMatchObject({ total: 52_500_000 + 3_000_000, unit: "VND", statistics: 2, includes_bounds: false });
    expect(find(rows, DAM_RONG, "gifts.count", "2023-01..2023-06")).toMatchObject({ total: 115, statistics: 2 });
    expect(find(rows, DAM_RONG, "funds.value", "2023-01..2023-06")?.total).toBe(72_170_000);
    // percentages are never added
    expect(rows.some((r) => r.metric === "percent")).toBe(false);
    expect(json.skipped.percent).toBeGreaterThanOrEqual(2);
    expect(json.skipped.unit_price).toBeGreaterThanOrEqual(1);
    expect(json.skipped.breakdown).toBeGreaterThanOrEqual(3);
  });

  it("marks Đình Lập's approximate and lower-bound gift totals of 2021", () => {
    const rows: TotalRow[] = json.totals;
    expect(find(rows, DINH_LAP, "gifts.count", "2021-01..2021-12")).toMatchObject({ total: 2000, includes_bounds: true, qualifiers: ["approx"] });
    expect(find(rows, DINH_LAP, "gifts.value", "2021-01..2021-12")).toMatchObject({ total: 800_000_000, includes_bounds: true, qualifiers: ["over"] });
  });

  it("accounts for every statistic of the ndjson output exactly once (cross-check)", () => {
    const all = ndjson.reduce((n, r) => n + r.statistics.length, 0);
    const skipped = Object.values(json.skipped as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(json.counted + skipped).toBe(all);
    expect(json.totals.reduce((n: number, r: TotalRow) => n + r.statistics, 0)).toBe(json.counted);
    expect(json.reports).toBe(ndjson.length);
    expect(json.failed).toBe(0);
  });

  it("equals the plain sum wherever nothing was left out (cross-check against ndjson)", () => {
    const groups = new Map<string, { sum: number; plain: boolean; bounds: boolean }>();
    for (const r of ndjson) {
      const org = r.meeting.organizer?.name ?? "(no organizer)";
      const period = r.meeting.period ? `${r.meeting.period.from}..${r.meeting.period.to}` : NO_PERIOD;
      for (const s of r.statistics as Statistic[]) {
        const key = `${org}|${period}|${s.metric}`;
        const g = groups.get(key) ?? { sum: 0, plain: true, bounds: false };
        g.sum += s.value;
        if (s.metric === "percent" || s.target || s.basis !== "stated" || /\(.*\)$/.test(s.subject ?? "")) g.plain = false;
        if (s.qualifier !== "exact") g.bounds = true;
        groups.set(key, g);
      }
    }
    let checked = 0;
    for (const [key, g] of groups) {
      if (!g.plain) continue;
      const [org, period, metric] = key.split("|");
      const row = find(json.totals, org, metric!, period);
      expect(row, key).toBeDefined();
      expect(row!.total, key).toBeCloseTo(g.sum, 6);
      expect(row!.includes_bounds, key).toBe(g.bounds);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe("summarize output formats", () => {
  it("prints an aligned terminal table with thousands separators, bound markers and a legend", async () => {
    const r = await runCli(["summarize", SEEDS]);
    expect(r.code).toBe(0);
    const text = r.stdout.toString("utf8");
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^organizer\s+period\s+metric\s+total\s+stats\s+reports$/);
    const members = lines.find((l) => /members\.count\s+1,489\s/.test(l));
    expect(members).toBeDefined();
    expect(text).toMatch(/gifts\.value\s+55,500,000 đ/);
    expect(text).toMatch(/gifts\.count\s+~ 2,000\s/);
    expect(text).toMatch(/gifts\.value\s+≥ 800,000,000 đ/);
    expect(text).toContain("≥  at least");
    expect(text).toContain("~  approximate");
    expect(text).not.toContain("≤  at most");
    // the organizer is printed once per group and the columns line up: every "total" ends in the same column
    expect(lines.filter((l) => l.startsWith(DAM_RONG)).length).toBe(1);
    const header = lines[0]!;
    const totalEnd = header.indexOf("total") + "total".length;
    const rowsWithNumbers = lines.slice(2).filter((l) => /\d\s+\d+\s+\d+$/.test(l));
    expect(rowsWithNumbers.length).toBeGreaterThan(10);
    for (const l of rowsWithNumbers) {
      const m = /^(.*?)(\d[\d,]*(?: đ)?)\s+\d+\s+\d+$/.exec(l)!;
      expect(displayWidth(m[1]! + m[2]!), l).toBe(totalEnd);
    }
  });

  it("--by organizer --format csv has one row per organizer and metric", async () => {
    const r = await runCli(["summarize", SEEDS, "--by", "organizer", "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout.toString("utf8"));
    expect(rows[0]).toEqual(["organizer", "metric", "unit", "total", "statistics", "reports", "includes_bounds", "qualifiers"]);
    const recs = records(rows);
    expect(recs.find((x) => x.organizer === DAM_RONG && x.metric === "members.count")).toMatchObject({ total: "1489", includes_bounds: "false", qualifiers: "" });
    expect(recs.find((x) => x.organizer === DINH_LAP && x.metric === "gifts.value")).toMatchObject({ total: "800000000", unit: "VND", includes_bounds: "true", qualifiers: "over" });
    const keys = recs.map((x) => `${x.organizer}|${x.metric}|${x.unit}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("--by period --format csv --bom groups by period only and starts with a BOM", async () => {
    const r = await runCli(["summarize", SEEDS, "--by", "period", "--format", "csv", "--bom"]);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const recs = records(parseCsv(r.stdout.subarray(3).toString("utf8")));
    expect(Object.keys(recs[0]!)[0]).toBe("period");
    expect(recs.find((x) => x.period === "2023-01..2023-06" && x.metric === "members.count")?.total).toBe("1489");
  });

  it("--format xlsx --out writes a summary sheet with numbers and booleans", async () => {
    const tmp = tempDir();
    try {
      const out = path.join(tmp.dir, "summary.xlsx");
      const r = await runCli(["summarize", SEEDS, "--format", "xlsx", "--out", out]);
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.getWorksheet("summary")!;
      expect(ws).toBeDefined();
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(["organizer", "period", "metric", "unit", "total", "statistics", "reports", "includes_bounds", "qualifiers"]);
      expect((ws.views[0] as ExcelJS.WorksheetViewFrozen).state).toBe("frozen");
      expect(ws.autoFilter).toBe(`A1:I${ws.rowCount}`);
      let found = 0;
      ws.eachRow((row, n) => {
        if (n === 1) return;
        if (row.getCell(1).value === DAM_RONG && row.getCell(3).value === "gifts.value") {
          expect(row.getCell(5).value).toBe(55_500_000);
          expect(row.getCell(8).value).toBe(false);
          found++;
        }
        if (row.getCell(1).value === DINH_LAP && row.getCell(3).value === "gifts.count") {
          expect(row.getCell(5).value).toBe(2000);
          expect(row.getCell(8).value).toBe(true);
          found++;
        }
      });
      expect(found).toBe(2);
    } finally {
      tmp.cleanup();
    }
  });

  it("--format xlsx without --out is a usage error", async () => {
    const r = await runCli(["summarize", SEEDS, "--format", "xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out/);
    expect(r.stdout.length).toBe(0);
  });
});

describe("summarize with failed inputs", () => {
  it("names the failed file on stderr, exits 1 and still totals the others", async () => {
    const tmp = tempDir();
    try {
      const missing = path.join(tmp.dir, "missing.txt");
      const r = await runCli(["summarize", path.join(SEEDS, SEED_004), missing, "--format", "json", "--by", "organizer"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${missing}: no such file or folder`);
      expect(r.stderr).toContain("1 of 2 inputs failed");
      const json = JSON.parse(r.stdout.toString("utf8"));
      expect(json).toMatchObject({ inputs: 2, reports: 1, failed: 1 });
      expect(find(json.totals, DAM_RONG, "members.count")?.total).toBe(1489);
    } finally {
      tmp.cleanup();
    }
  });
});

describe("summarize over crafted reports of one district (gifts for 2022)", () => {
  const tmp = tempDir();
  const head = (title: string, date: string) => `${title}\n${date} 08:00\n\n`;
  beforeAll(() => {
    writeFileSync(
      path.join(tmp.dir, "a.txt"),
      head("Liên đoàn Lao động huyện Bảo Lâm tổng kết công tác công đoàn năm 2022", "10/01/2023") +
        "Ngày 09/01/2023, Liên đoàn Lao động huyện Bảo Lâm tổ chức Hội nghị tổng kết công tác công đoàn năm 2022. " +
        "Trong năm 2022, công đoàn đã trao 120 suất quà cho đoàn viên có hoàn cảnh khó khăn với tổng trị giá 60.000.000đ. " +
        "Nhân dịp Tháng Công nhân đã trao 10 suất quà, mỗi suất trị giá 500.000đ, tổng trị giá 5.000.000đ. " +
        "Toàn huyện có 2.345 đoàn viên. Năm 2023 phấn đấu phát triển 300 đoàn viên mới.\n",
    );
    writeFileSync(
      path.join(tmp.dir, "b.txt"),
      head("Liên đoàn Lao động huyện Bảo Lâm tổng kết công tác công đoàn năm 2022", "12/01/2023") +
        "Ngày 11/01/2023, Liên đoàn Lao động huyện Bảo Lâm tổ chức Hội nghị tổng kết công tác công đoàn năm 2022 khối giáo dục. " +
        "Trong năm 2022, công đoàn đã trao hơn 80 suất quà với tổng trị giá trên 40.000.000đ.\n",
    );
  });
  afterAll(() => tmp.cleanup());

  it("adds both reports' gifts, counts the stated total of a priced batch once, leaves targets out", async () => {
    const [r, n] = await Promise.all([runCli(["summarize", tmp.dir, "--format", "json"]), runCli([tmp.dir, "--format", "ndjson"])]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout.toString("utf8"));
    const org = "Liên đoàn Lao động huyện Bảo Lâm";
    const p = "2022-01..2022-12";
    // 120 + 10 + over 80; 60.000.000 + 5.000.000 (stated, the derived 10 x 500.000 is the same) + over 40.000.000
    expect(find(json.totals, org, "gifts.count", p)).toMatchObject({ total: 210, reports: 2, includes_bounds: true, qualifiers: ["over"] });
    expect(find(json.totals, org, "gifts.value", p)).toMatchObject({ total: 105_000_000, statistics: 3, reports: 2, includes_bounds: true });
    expect(find(json.totals, org, "members.count", p)).toMatchObject({ total: 2345, includes_bounds: false });
    // "phấn đấu phát triển 300 đoàn viên mới" is a target
    expect(find(json.totals, org, "members.new", p)).toBeUndefined();
    expect(json.skipped).toMatchObject({ target: 1, unit_price: 1, derived_covered: 1 });
    // cross-check: the statistics the extractor found
    const stats = parseNdjson(n.stdout).flatMap((x) => x.statistics as Statistic[]);
    expect(stats.filter((s) => s.metric === "gifts.value" && s.basis === "derived").map((s) => s.value)).toEqual([5_000_000]);
  });
});

// ---------------------------------------------------------------------------------------------
// the totals on hand-made reports: no extraction involved

let offset = 0;
function stat(p: Partial<Statistic> & Pick<Statistic, "metric" | "value">): Statistic {
  const start = (offset += 100);
  return {
    unit: p.metric.endsWith(".value") ? "VND" : p.metric === "percent" ? "percent" : "count",
    qualifier: "exact",
    subject: null,
    award: null,
    grantor: null,
    text: String(p.value),
    span: [start, start + 10],
    basis: "stated",
    denominator: null,
    target: false,
    ...p,
  };
}

function report(organizer: string | null, period: [string, string] | null, statistics: Statistic[], text?: string): Report {
  return {
    schemaVersion: 1,
    source: { path: "x.txt", sha256: "0".repeat(64), bytes: 0, encoding: "utf-8", format: "text" },
    title: null,
    published: null,
    author: null,
    meeting: {
      kind: "annual_review",
      name: null,
      date: null,
      organizer: organizer ? { name: organizer, level: "district", place: null } : null,
      session: null,
      term: null,
      period: period ? { label: "năm", from: period[0], to: period[1] } : null,
      nextPeriod: null,
    },
    attendees: [],
    statistics,
    tasks: [],
    warnings: [],
    ...(text !== undefined ? { text } : {}),
  };
}

describe("Totals", () => {
  it("adds per organizer and period, keeps reports without either apart", () => {
    const rows = summarize([
      report("LĐLĐ huyện A", ["2022-01", "2022-12"], [stat({ metric: "gifts.count", value: 100 }), stat({ metric: "gifts.value", value: 1_000_000 })]),
      report("LĐLĐ huyện A", ["2022-01", "2022-12"], [stat({ metric: "gifts.count", value: 50, qualifier: "over" })]),
      report("LĐLĐ huyện A", null, [stat({ metric: "gifts.count", value: 7 })]),
      report(null, ["2022-01", "2022-12"], [stat({ metric: "gifts.count", value: 3 })]),
    ]);
    expect(find(rows, "LĐLĐ huyện A", "gifts.count", "2022-01..2022-12")).toEqual({
      organizer: "LĐLĐ huyện A",
      period: "2022-01..2022-12",
      metric: "gifts.count",
      unit: "count",
      total: 150,
      statistics: 2,
      reports: 2,
      includes_bounds: true,
      qualifiers: ["over"],
    });
    expect(find(rows, "LĐLĐ huyện A", "gifts.count", "(no period)")?.total).toBe(7);
    expect(find(rows, "(no organizer)", "gifts.count", "2022-01..2022-12")?.total).toBe(3);
    // groups without a name sort last
    expect(rows[rows.length - 1]!.organizer).toBe("(no organizer)");

    const byPeriod = summarize(
      [report("A", ["2022-01", "2022-12"], [stat({ metric: "members.count", value: 10 })]), report("B", ["2022-01", "2022-12"], [stat({ metric: "members.count", value: 5 })])],
      "period",
    );
    expect(byPeriod).toEqual([expect.objectContaining({ period: "2022-01..2022-12", metric: "members.count", total: 15, reports: 2 })]);
    expect(byPeriod[0]!.organizer).toBeUndefined();
  });

  it("leaves out percentages, targets, unit prices and breakdown parts", () => {
    const text = "x".repeat(2000);
    const parent = stat({ metric: "unions.count", value: 59, span: [0, 7] });
    const t = new Totals("organizer");
    // "59 CĐCS (A có 26 CĐCS; B có 33 CĐCS)"
    const breakdownText = "59 CĐCS (A có 26 CĐCS; B có 33 CĐCS)" + text;
    t.add(
      report("A", null, [parent, stat({ metric: "unions.count", value: 26, span: [14, 21] }), stat({ metric: "unions.count", value: 33, span: [28, 35] }), stat({ metric: "percent", value: 100 }), stat({ metric: "members.new", value: 300, target: true }), stat({ metric: "gifts.value", value: 300_000, basis: "unit_price" })], breakdownText),
    );
    expect(t.rows()).toEqual([expect.objectContaining({ metric: "unions.count", total: 59, statistics: 1 })]);
    expect(t.skipped).toEqual({ percent: 1, target: 1, unit_price: 1, breakdown: 2, derived_covered: 0 });
    expect(t.counted).toBe(1);
  });

  it("adds a derived total only when no stated total covers it", () => {
    const text = "10 suất quà mỗi suất 300.000đ. Sau đó 5 suất quà mỗi suất 200.000đ, tổng trị giá 1.000.000đ." + " ".repeat(200);
    const uncovered = stat({ metric: "gifts.value", value: 3_000_000, basis: "derived", span: [0, 29] });
    const covered = stat({ metric: "gifts.value", value: 1_000_000, basis: "derived", span: [38, 67] });
    const stated = stat({ metric: "gifts.value", value: 1_000_000, span: [82, 93] });
    const rows = summarize([report("A", null, [uncovered, covered, stated], text)], "organizer");
    expect(find(rows, "A", "gifts.value")).toMatchObject({ total: 4_000_000, statistics: 2 });
  });

  it("boundMarker: ≥ for lower bounds, ≤ for upper bounds, ~ otherwise", () => {
    expect(boundMarker([])).toBe("");
    expect(boundMarker(["exact"])).toBe("");
    expect(boundMarker(["over", "at_least"])).toBe("≥");
    expect(boundMarker(["under", "at_most"])).toBe("≤");
    expect(boundMarker(["approx"])).toBe("~");
    expect(boundMarker(["over", "under"])).toBe("~");
  });

  it("renders numbers with thousands separators and csv with formula escaping", () => {
    expect(formatNumber(52_500_000)).toBe("52,500,000");
    expect(formatNumber(1489)).toBe("1,489");
    const rows = summarize([report("=LĐLĐ", null, [stat({ metric: "gifts.count", value: 1200, qualifier: "under" })])], "organizer");
    expect(parseCsv(renderCsv(rows, "organizer", {}))[1]).toEqual(["'=LĐLĐ", "gifts.count", "count", "1200", "1", "1", "true", "under"]);
    expect(parseCsv(renderCsv(rows, "organizer", { escapeFormulas: false }))[1]![0]).toBe("=LĐLĐ");
    const table = renderTable(rows, { by: "organizer", inputs: 1, reports: 1, failed: 0, counted: 1, skipped: { percent: 0, target: 0, unit_price: 0, breakdown: 0, derived_covered: 0 } });
    expect(table).toContain("≤ 1,200");
    expect(table).toContain("≤  at most");
    expect(renderTable([], { by: "organizer", inputs: 0, reports: 0, failed: 0, counted: 0, skipped: { percent: 0, target: 0, unit_price: 0, breakdown: 0, derived_covered: 0 } })).toContain("no statistics to total");
  });
});
