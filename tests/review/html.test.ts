/** --format html without a browser: markup, escaping, overlaps, streaming, and the seeds. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Sink } from "../../src/emit/emitter.js";
import { escapeHtml, formatNumber, htmlEmitter, renderReportSection } from "../../src/emit/html.js";
import { parsePage, runCli, seedReports } from "./helpers.js";
import { SYNTHETIC_TEXT, syntheticReport } from "./synthetic.js";

function memorySink() {
  const chunks: string[] = [];
  let ended = false;
  const sink: Sink = {
    write: (c) => void chunks.push(typeof c === "string" ? c : Buffer.from(c).toString("utf8")),
    end: async () => void (ended = true),
    abort: async () => undefined,
  };
  return { sink, chunks, text: () => chunks.join(""), ended: () => ended };
}

describe("escapeHtml and formatNumber", () => {
  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
  it("writes numbers as the reports do", () => {
    expect(formatNumber(52500000)).toBe("52.500.000");
    expect(formatNumber(1489)).toBe("1.489");
    expect(formatNumber(12.5)).toBe("12,5");
    expect(formatNumber(100)).toBe("100");
  });
});

describe("htmlEmitter", () => {
  it("streams: the head at once, a section per write, the script at the end", async () => {
    const m = memorySink();
    const emitter = htmlEmitter(m.sink);
    expect(m.chunks.length).toBe(1);
    expect(m.text()).toMatch(/^<!doctype html>/);
    expect(m.text()).not.toContain("</html>");
    await emitter.write(syntheticReport("a.txt"));
    expect(m.chunks.length).toBe(2);
    expect(m.chunks[1]).toMatch(/^<section class="report" id="r-0"/);
    await emitter.write(syntheticReport("b.txt"));
    expect(m.chunks[2]).toMatch(/^<section class="report" id="r-1"/);
    expect(m.ended()).toBe(false);
    await emitter.end();
    expect(m.ended()).toBe(true);
    expect(m.text().trimEnd()).toMatch(/<\/script>\s*<\/body>\s*<\/html>$/);
    const page = parsePage(m.text());
    expect(page.sections.map((s) => s.id)).toEqual(["r-0", "r-1"]);
    expect(page.sections.map((s) => s.name)).toEqual(["a.txt", "b.txt"]);
    expect(page.sections[1]!.ids).toContain("hl-1-statistic-0");
  });

  it("is self-contained: no external scripts, styles, fonts or images", async () => {
    const m = memorySink();
    const emitter = htmlEmitter(m.sink);
    await emitter.write(syntheticReport());
    await emitter.end();
    const page = parsePage(m.text());
    expect(page.externalRefs).toEqual([]);
    expect(m.text()).not.toMatch(/https?:\/\/|@import|url\(/);
    expect(page.scripts).toBe(2); // the one-line class switch in the head and the script at the end
  });

  it("writes a valid empty page for no reports", async () => {
    const m = memorySink();
    await htmlEmitter(m.sink).end();
    const page = parsePage(m.text());
    expect(page.sections).toEqual([]);
    expect(m.text()).toContain("No reports.");
  });

  it("escapes the text and every value, and never lets the input's markup through", () => {
    const html = renderReportSection(syntheticReport(), 0);
    // the only tags in a section are the emitter's own
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].sort()).toEqual(["code", "div", "h2", "h3", "header", "i", "li", "mark", "p", "section", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul"]);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;năm 2024&lt;/b&gt;");
    expect(html).toContain("&#39;quotes&#39;");
    expect(html).toContain(`data-name="synthetic &lt;&amp;&gt;.txt"`);
    expect(html).toContain("<code>test&lt;warning&gt;</code> a &quot;warning&quot; &amp; &lt;b&gt;markup&lt;/b&gt;");
    expect(html).toContain("<strong>Tiêu đề &lt;i&gt;&quot;nguy hiểm&quot;&lt;/i&gt; &amp; more</strong>");
  });

  it("keeps the markup well nested when spans overlap, and each highlight covers exactly its span", () => {
    const report = syntheticReport();
    const page = parsePage(renderReportSection(report, 0));
    expect(page.impliedCloses).toEqual([]);
    const s = page.sections[0]!;
    expect(s.text).toBe(SYNTHETIC_TEXT);
    report.statistics.forEach((st, i) => expect(s.pieces.get(`hl-0-statistic-${i}`)).toBe(st.text));
    report.tasks.forEach((t, i) => expect(s.pieces.get(`hl-0-task-${i}`)).toBe(t.text));
    expect(s.pieces.get("hl-0-attendee-0")).toBe(`<script>alert("x")</script>`);
    expect(s.pieces.get("hl-0-meeting-organizer")).toBe("LĐLĐ huyện Chi Lăng");
    expect(s.pieces.get("hl-0-meeting-date")).toBe("05/3/2024");
    // the statistic crossing the task's end is split in two; everything else is one piece
    expect(s.pieceCounts.get("hl-0-statistic-4")).toBe(2);
    expect([...s.pieceCounts].filter(([, n]) => n > 1).map(([id]) => id)).toEqual(["hl-0-statistic-4"]);
    // one element id per highlight, none repeated; the attendee outside the text has none
    expect(new Set(s.ids).size).toBe(s.ids.length);
    expect(s.ids).not.toContain("hl-0-attendee-1");
    expect(s.ids.length).toBe(2 + 1 + 6 + 2);
  });

  it("gives each record a row pointing at its highlight, filter classes by metric and kind", () => {
    const page = parsePage(renderReportSection(syntheticReport(), 0));
    const rows = page.sections[0]!.rows;
    const stats = rows.filter((r) => r.classes.includes("k-statistic"));
    expect(stats.map((r) => r.target)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `hl-0-statistic-${i}`));
    expect(stats.map((r) => r.classes[1])).toEqual(["m-gifts-count", "m-gifts-value", "m-gifts-value", "m-activities-count", "m-other-count", "m-other-count"]);
    const attendees = rows.filter((r) => r.classes.includes("k-attendee"));
    expect(attendees).toEqual([
      { target: "hl-0-attendee-0", classes: ["k-attendee"] },
      { target: null, classes: ["k-attendee", "nospan"] },
    ]);
    expect(rows.filter((r) => r.classes.includes("k-task")).map((r) => r.target)).toEqual(["hl-0-task-0", "hl-0-task-1"]);
    expect(rows.filter((r) => r.classes.includes("k-meeting")).map((r) => r.target)).toEqual([null, "hl-0-meeting-organizer", "hl-0-meeting-date"]);
  });

  it("still writes the tables when the report has no text", () => {
    const { text: _t, ...bare } = syntheticReport();
    const html = renderReportSection(bare, 0);
    expect(html).toContain("The text is not in this report");
    expect(html).not.toContain("<mark");
    expect(parsePage(html).sections[0]!.rows.filter((r) => r.target !== null)).toEqual([]);
  });
});

describe("report-extract --format html on the seeds", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "review-html-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one section per report, with a highlight for every record of the ndjson output", () => {
    const out = path.join(dir, "review.html");
    const r = runCli(["fixtures/seeds", "--format", "html", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const html = readFileSync(out, "utf8");
    const reports = seedReports();
    expect(reports.length).toBe(5);
    const page = parsePage(html);
    expect(page.impliedCloses).toEqual([]);
    expect(page.sections.map((s) => s.name)).toEqual(reports.map((x) => path.basename(x.source.path!)));
    reports.forEach((report, i) => {
      const s = page.sections[i]!;
      expect(s.text).toBe(report.text);
      const count = (kind: string) => s.ids.filter((id) => id.startsWith(`hl-${i}-${kind}-`)).length;
      expect(count("statistic")).toBe(report.statistics.length);
      expect(count("attendee")).toBe(report.attendees.length);
      expect(count("task")).toBe(report.tasks.length);
      report.statistics.forEach((st, j) => expect(s.pieces.get(`hl-${i}-statistic-${j}`)).toBe(st.text));
      report.attendees.forEach((a, j) => expect(s.pieces.get(`hl-${i}-attendee-${j}`)).toBe(a.text));
      report.tasks.forEach((t, j) => expect(s.pieces.get(`hl-${i}-task-${j}`)).toBe(t.text));
    });
    // the seed 004: members.count 1489 read from "1.489 đoàn viên", gifts.value 52500000 from "52.500.000đ"
    const i4 = reports.findIndex((x) => x.source.path!.endsWith("004_26480470671b356b.txt"));
    const j = reports[i4]!.statistics.findIndex((s) => s.metric === "members.count" && s.value === 1489);
    expect(j).toBeGreaterThanOrEqual(0);
    expect(page.sections[i4]!.pieces.get(`hl-${i4}-statistic-${j}`)).toBe("1.489 đoàn viên");
    expect(html).toMatch(new RegExp(`<tr class="k-statistic m-gifts-value" data-target="hl-${i4}-statistic-\\d+"><td>\\d+</td><td class="metric"><i class="sw m-gifts-value"></i> gifts.value</td><td class="num">52.500.000</td>`));
  });

  it("stays small: well under 3 times the size of the texts", () => {
    const out = path.join(dir, "size.html");
    expect(runCli(["fixtures/seeds", "--format", "html", "--out", out]).status).toBe(0);
    const size = readFileSync(out).length;
    const texts = seedReports().reduce((n, r) => n + Buffer.byteLength(r.text), 0);
    expect(size).toBeLessThan(texts * 3 + 40_000);
  });
});
