/**
 * Issue 5, HTML inputs: a saved news page (fixtures/inputs/news-page-004.html, seed 004's
 * paragraphs inside a realistic page with header, menus, breadcrumb, sidebar, related articles,
 * counters, footer and scripts) is reduced to its article text with htmlparser2; the statistics
 * are those of the plain-text seed; nothing from the furniture reaches the text or the values.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract, extractBytes } from "../../src/pipeline/index.js";
import { htmlToText, MAX_HTML_DEPTH, nestingDepth } from "../../src/pipeline/html.js";
import type { Report } from "../../src/schema/report.js";
import { expectSpansSlice, INPUTS, runCli, SEED_004, seedText, tempDir } from "./helpers.js";

type WithText = Report & { text: string };
const PAGE = path.join(INPUTS, "news-page-004.html");
const html = readFileSync(PAGE, "utf8");
const stats = (r: Report) => r.statistics.map((s) => ({ metric: s.metric, value: s.value, unit: s.unit, qualifier: s.qualifier, subject: s.subject, basis: s.basis, text: s.text }));

/** Words that only the page's furniture holds. */
const FURNITURE = [
  "Skip to main content", "Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính sách pháp luật", "Đường dây nóng", "Tìm kiếm",
  "Tin liên quan", "Lâm Hà trao 200 suất quà", "kết nạp 350 đoàn viên", "khen thưởng 45 tập thể", "Đọc nhiều nhất", "1.500 suất quà",
  "99 Mái ấm", "Thống kê truy cập", "Trong tuần", "27.922", "Quảng cáo", "Bản quyền", "Giấy phép", "cookie", "2.420.752", "dataLayer",
  "Chia sẻ", "lượt thích", "Từ khóa", "Ý kiến bạn đọc", "Cỡ chữ", "In trang", "Liên hệ",
];

describe("a saved news page", () => {
  const fromText = extract(seedText(SEED_004), { includeText: true }) as WithText;
  const fromHtml = extractBytes(readFileSync(PAGE), { path: PAGE, includeText: true }) as WithText;

  it("is read as HTML and reduced to the headline, the date line and the article's paragraphs", () => {
    expect(fromHtml.source.format).toBe("html");
    expect(fromHtml.source.encoding).toBe("utf-8");
    const lines = fromHtml.text.split("\n\n");
    expect(lines[0]).toBe("Liên đoàn Lao động huyện Đam Rông sơ kết công tác Công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023");
    expect(lines[1]).toBe("13/07/2023 08:06 SA");
    expect(lines[2]).toMatch(/^Chiều ngày 12\/7\/2023, Liên đoàn Lao động huyện đã tổ chức/u);
    expect(lines.at(-1)).toBe("Văn Cương");
    expect(fromHtml.text).toBe(htmlToText(html));
  });

  it("holds no text of the menus, related articles, sidebar, counters, footer or scripts", () => {
    for (const word of FURNITURE) expect(fromHtml.text, word).not.toContain(word);
  });

  it("gives exactly the statistics of the plain-text seed, each slicing the article text", () => {
    expect(stats(fromHtml)).toEqual(stats(fromText));
    expect(stats(fromHtml).map((s) => [s.metric, s.value])).toEqual(
      expect.arrayContaining([["members.count", 1489], ["gifts.count", 105], ["gifts.value", 52500000], ["funds.value", 72170000]]),
    );
    expectSpansSlice(fromHtml, fromHtml.text);
    // no number of the furniture became a value
    for (const v of [200, 350, 45, 1500, 99, 27922, 2420752, 1250, 30, 500]) expect(fromHtml.statistics.map((s) => s.value)).not.toContain(v);
  });

  it("gives the same meeting, people, tasks, title, date line and byline as the plain-text seed", () => {
    expect(fromHtml.meeting).toEqual(fromText.meeting);
    expect(fromHtml.title).toBe(fromText.title);
    expect(fromHtml.published).toEqual({ date: "2023-07-13", time: "08:06" });
    expect(fromHtml.author).toBe("Văn Cương");
    expect(fromHtml.attendees.map((a) => [a.name, a.title, a.role])).toEqual(fromText.attendees.map((a) => [a.name, a.title, a.role]));
    expect(fromHtml.tasks.map((t) => t.text)).toEqual(fromText.tasks.map((t) => t.text));
  });

  it("the CLI: --include-text puts the article text into json; stdin that is HTML is read as HTML; folders take .htm/.html with --glob", () => {
    const file = runCli([path.relative(process.cwd(), PAGE), "--include-text"]);
    expect(file.code).toBe(0);
    const report = JSON.parse(file.stdout) as WithText;
    expect(report.text).toBe(fromHtml.text);
    expectSpansSlice(report, report.text);
    const without = JSON.parse(runCli([PAGE]).stdout) as Report;
    expect(without.text).toBeUndefined();

    const piped = runCli(["-", "--format", "ndjson", "--include-text"], { input: readFileSync(PAGE) });
    expect(piped.code).toBe(0);
    const fromStdin = JSON.parse(piped.stdout) as WithText;
    expect(fromStdin.source.path).toBe("-");
    expect(fromStdin.source.format).toBe("html");
    expect(fromStdin.text).toBe(fromHtml.text);
    expect(stats(fromStdin)).toEqual(stats(fromHtml));

    const t = tempDir();
    try {
      copyFileSync(PAGE, path.join(t.dir, "page.htm"));
      copyFileSync(PAGE, path.join(t.dir, "page.HTML"));
      writeFileSync(path.join(t.dir, "notes.md"), "# not read");
      // folders take *.txt by default: saved pages are chosen with --glob
      expect(runCli([t.dir, "--format", "ndjson"]).code).toBe(1);
      const folder = runCli([t.dir, "--format", "ndjson", "--glob", "*.{txt,htm,html}"]);
      expect(folder.code).toBe(0);
      const reports = folder.stdout.trim().split("\n").map((l) => JSON.parse(l) as Report);
      expect(reports.map((r) => [path.basename(r.source.path!), r.source.format, r.statistics.length])).toEqual([
        ["page.HTML", "html", fromHtml.statistics.length],
        ["page.htm", "html", fromHtml.statistics.length],
      ]);
    } finally {
      t.cleanup();
    }
  });
});

describe("HTML edge cases", () => {
  it("--html reads markup that does not announce itself; without it the tags stay text", () => {
    const snippet = "<p>Ngày 10/01/2022, <b>Liên đoàn Lao động huyện Đình Lập</b> tổ chức Hội nghị tổng kết, trao 105 suất quà.</p>";
    const plain = extract(snippet, { includeText: true }) as WithText;
    expect(plain.source.format).toBe("text");
    expect(plain.text).toContain("<b>");
    const asHtml = extract(snippet, { html: true, includeText: true }) as WithText;
    expect(asHtml.source.format).toBe("html");
    expect(asHtml.text).toBe("Ngày 10/01/2022, Liên đoàn Lao động huyện Đình Lập tổ chức Hội nghị tổng kết, trao 105 suất quà.");
    expect(asHtml.statistics.map((s) => [s.metric, s.value])).toContainEqual(["gifts.count", 105]);
  });

  it("entities, <br>, tables and hidden elements", () => {
    const page = `<html><body><div class="content"><p>Hội&nbsp;nghị &amp; Đại hội<br>dòng hai</p><table><tr><td>Ô 1</td><td>Ô 2</td></tr></table><p hidden>ẩn 1</p><p style="display:none">ẩn 2</p><p aria-hidden="true">ẩn 3</p><p>${"Công đoàn cơ sở. ".repeat(15)}</p></div></body></html>`;
    const text = htmlToText(page);
    expect(text.startsWith("Hội\u00a0nghị & Đại hội\n\ndòng hai\n\nÔ 1\n\nÔ 2\n\nCông đoàn cơ sở.")).toBe(true);
    expect(text).not.toMatch(/ẩn/u);
  });

  it("a page nested thousands deep is read without exhausting the stack; an absurd depth is refused with a reason", () => {
    const deep = (n: number) => `${"<div>".repeat(n)}Hội nghị Công đoàn${"</div>".repeat(n)}`;
    expect(nestingDepth(deep(5000))).toBe(5000);
    expect(htmlToText(deep(5000))).toBe("Hội nghị Công đoàn");
    expect(nestingDepth("<p>a<p>b<br><img src=x><li>c<div/>")).toBe(0);
    expect(() => htmlToText(deep(MAX_HTML_DEPTH + 1))).toThrow(/nests its elements 10001 deep/u);
  });

  it("an HTML file that is only furniture or empty markup extracts nothing and warns", () => {
    const r = extract("<html><body><nav>Trang chủ</nav><footer>Bản quyền 2023</footer><p>Hello world, this is a page.</p></body></html>", { includeText: true }) as WithText;
    expect(r.text).toBe("Hello world, this is a page.");
    expect(r.statistics).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain("not-a-report");
  });
});
