/**
 * The review page (--format html) in a real browser: Debian's chromium through playwright-core.
 * Skipped, with a warning, where /usr/bin/chromium is missing (apt-get install chromium).
 * UPDATE_SCREENSHOTS=1 also writes docs/review-page.png and docs/review-page-click.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/schema/report.js";
import { ROOT, runCli, seedReports } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const UPDATE = process.env.UPDATE_SCREENSHOTS === "1";
if (!hasChromium) {
  console.warn(`tests/review/browser.test.ts: SKIPPED: chromium is missing (${CHROMIUM} not found); install it with \`apt-get install -y chromium\` to run the real-browser tests`);
}

const SEED_004 = "004_26480470671b356b.txt";

describe("the review page in chromium", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let url: string;
  let reports: (Report & { text: string })[];
  let r4: number; // the position of seed 004 in the page
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) return;
    dir = mkdtempSync(path.join(tmpdir(), "review-browser-"));
    const file = path.join(dir, "review.html");
    const run = runCli(["fixtures/seeds", "--format", "html", "--out", file]);
    expect(run.status, run.stderr).toBe(0);
    url = pathToFileURL(file).href;
    reports = seedReports();
    r4 = reports.findIndex((r) => r.source.path!.endsWith(SEED_004));
    expect(r4).toBeGreaterThanOrEqual(0);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("request", (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** a fresh load (going to the same file with another hash would only change the hash) */
  async function open(hash = ""): Promise<void> {
    await page.goto("about:blank");
    await page.goto(url + hash);
    await page.waitForSelector("body.ready");
  }

  /** ids of the sections that are displayed */
  const shown = () => page.$$eval("section.report", (ss) => ss.filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.id));

  /** whether an element lies within the viewport and within its scrolling text panel */
  const inView = (selector: string) =>
    page.$eval(selector, (el) => {
      const r = el.getBoundingClientRect();
      const panel = el.closest(".text")!.getBoundingClientRect();
      return r.height > 0 && r.top >= panel.top && r.bottom <= panel.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
    });

  it.skipIf(!hasChromium)("loads from file:// with no errors and no requests beyond the file", async () => {
    await open();
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    expect(await page.title()).toBe("report-extract review");
  });

  it.skipIf(!hasChromium)("highlights every record of every report, with exactly the record's words", async () => {
    await open();
    const found = await page.evaluate((n) => {
      const out = [];
      for (let i = 0; i < n; i++) {
        const section = document.getElementById(`r-${i}`)!;
        // in index order (document order puts an enclosing highlight before those inside it)
        const index = (id: string) => Number(id.split("-").pop());
        const ids = (kind: string) => [...section.querySelectorAll(`[id^="hl-${i}-${kind}-"]`)].map((e) => e.id).sort((a, b) => index(a) - index(b));
        const words = (id: string) => [...section.querySelectorAll(`[data-hl="${id}"]`)].map((e) => e.textContent).join("");
        const kinds = ["statistic", "attendee", "task"] as const;
        out.push({
          text: section.querySelector(".text")!.textContent,
          ...Object.fromEntries(kinds.map((k) => [k, ids(k).map((id) => [id, words(id)])])),
          rows: section.querySelectorAll("tr[data-target]").length,
        });
      }
      return out;
    }, reports.length);
    expect(found.length).toBe(5);
    reports.forEach((report, i) => {
      const f = found[i] as { text: string; statistic: [string, string][]; attendee: [string, string][]; task: [string, string][]; rows: number };
      expect(f.text).toBe(report.text);
      expect(f.statistic).toEqual(report.statistics.map((s, j) => [`hl-${i}-statistic-${j}`, s.text]));
      expect(f.attendee).toEqual(report.attendees.map((a, j) => [`hl-${i}-attendee-${j}`, a.text]));
      expect(f.task).toEqual(report.tasks.map((t, j) => [`hl-${i}-task-${j}`, t.text]));
      expect(f.rows).toBeGreaterThanOrEqual(report.statistics.length + report.attendees.length + report.tasks.length);
    });
    expect(errors).toEqual([]);
  });

  it.skipIf(!hasChromium)("shows one report at a time and moves between them with the sidebar, buttons and keys", async () => {
    await open();
    const names = await page.$$eval("#navlist a .nm", (as) => as.map((a) => a.textContent));
    expect(names).toEqual(reports.map((r) => path.basename(r.source.path!)));
    expect(await shown()).toEqual(["r-0"]);
    expect(await page.textContent("#pos")).toBe("1 / 5");
    await page.click(`#navlist a[data-i="${r4}"]`);
    expect(await shown()).toEqual([`r-${r4}`]);
    expect(await page.getAttribute(`#navlist a[data-i="${r4}"]`, "aria-current")).toBe("true");
    expect(new URL(page.url()).hash).toBe(`#r-${r4}`);
    await page.click("#prev");
    expect(await shown()).toEqual([`r-${r4 - 1}`]);
    await page.keyboard.press("j");
    expect(await shown()).toEqual([`r-${r4}`]);
    // the sidebar's filter box
    await page.fill("#navq", "004_");
    expect(await page.$$eval("#navlist li", (lis) => lis.filter((li) => !li.hidden).length)).toBe(1);
  });

  it.skipIf(!hasChromium)("clicking a record scrolls its highlight into view and flashes it", async () => {
    await open(`#r-${r4}`);
    expect(await shown()).toEqual([`r-${r4}`]);
    // the statistic furthest into the text starts out of sight
    const stats = reports[r4]!.statistics;
    const j = stats.reduce((best, s, k) => (s.span[0] > stats[best]!.span[0] ? k : best), 0);
    const id = `hl-${r4}-statistic-${j}`;
    await page.$eval(`#r-${r4} .text`, (el) => el.scrollTo(0, 0));
    expect(await inView(`#${id}`)).toBe(false);
    await page.click(`tr[data-target="${id}"]`);
    expect(await page.$eval(`#${id}`, (el) => [...el.classList])).toEqual(expect.arrayContaining(["hl", "k-statistic", "flash", "selected"]));
    expect(await inView(`#${id}`)).toBe(true);
    expect(await page.$eval(`tr[data-target="${id}"]`, (el) => el.classList.contains("selected"))).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    // the flash fades, the selection stays
    await page.waitForFunction((sel) => !document.querySelector(sel)!.classList.contains("flash"), `#${id}`, { timeout: 5000 });
    expect(await page.$eval(`#${id}`, (el) => el.classList.contains("selected"))).toBe(true);

    // and the other way: clicking a highlight selects its row
    const k = stats.findIndex((s) => s.metric === "members.count" && s.value === 1489);
    expect(k).toBeGreaterThanOrEqual(0);
    await page.click(`#hl-${r4}-statistic-${k}`);
    expect(await page.$eval(`tr[data-target="hl-${r4}-statistic-${k}"]`, (el) => [...el.classList])).toEqual(expect.arrayContaining(["flash", "selected"]));
    expect(await page.$eval(`#${id}`, (el) => el.classList.contains("selected"))).toBe(false);

    // a deep link opens the report and flashes the highlight
    const g = stats.findIndex((s) => s.metric === "gifts.value" && s.value === 52500000);
    expect(g).toBeGreaterThanOrEqual(0);
    await open(`#hl-${r4}-statistic-${g}`);
    expect(await shown()).toEqual([`r-${r4}`]);
    expect(await page.$eval(`#hl-${r4}-statistic-${g}`, (el) => [el.textContent, el.classList.contains("flash")])).toEqual(["52.500.000đ", true]);
    await expect.poll(() => inView(`#hl-${r4}-statistic-${g}`), { timeout: 3000 }).toBe(true);

    // the screenshot of a click, for the README
    await page.$eval(`#r-${r4} .text`, (el) => el.scrollTo(0, 0));
    await page.click(`tr[data-target="hl-${r4}-statistic-${g}"]`);
    const png = await page.screenshot({ path: UPDATE ? path.join(ROOT, "docs/review-page-click.png") : path.join(dir, "click.png") });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(errors).toEqual([]);
  });

  it.skipIf(!hasChromium)("the metric filter hides rows and dims highlights", async () => {
    await open(`#r-${r4}`);
    const visibleRows = (cls: string) => page.$$eval(`#r-${r4} tr.${cls}`, (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length);
    const background = (sel: string) => page.$eval(sel, (el) => getComputedStyle(el).backgroundColor);
    const stats = reports[r4]!.statistics;
    const giftsValue = stats.filter((s) => s.metric === "gifts.value").length;
    const g = stats.findIndex((s) => s.metric === "gifts.value" && s.value === 52500000);
    const m = stats.findIndex((s) => s.metric === "members.count" && s.value === 1489);
    expect(giftsValue).toBeGreaterThan(0);
    expect(await visibleRows("m-gifts-value")).toBe(giftsValue);
    expect(await background(`#hl-${r4}-statistic-${g}`)).toBe("rgb(255, 179, 138)");
    // the chip counts the metric over all reports
    const total = reports.reduce((n, r) => n + r.statistics.filter((s) => s.metric === "gifts.value").length, 0);
    expect(await page.textContent('label:has(input[data-filter="m-gifts-value"]) .n')).toBe(String(total));

    await page.uncheck('input[data-filter="m-gifts-value"]');
    expect(await visibleRows("m-gifts-value")).toBe(0);
    expect(await visibleRows("m-members-count")).toBe(1);
    expect(await background(`#hl-${r4}-statistic-${g}`)).toBe("rgba(0, 0, 0, 0)");
    expect(await background(`#hl-${r4}-statistic-${m}`)).toBe("rgb(185, 246, 176)");

    await page.check('input[data-filter="m-gifts-value"]');
    expect(await visibleRows("m-gifts-value")).toBe(giftsValue);
    expect(await background(`#hl-${r4}-statistic-${g}`)).toBe("rgb(255, 179, 138)");

    await page.click("#none");
    expect(await visibleRows("k-statistic")).toBe(0);
    expect(await visibleRows("k-attendee")).toBe(reports[r4]!.attendees.length);
    await page.click("#all");
    expect(await visibleRows("k-statistic")).toBe(stats.length);

    // kinds filter too: hiding tasks leaves statistics alone
    await page.uncheck('input[data-filter="k-task"]');
    expect(await visibleRows("k-task")).toBe(0);
    expect(await visibleRows("k-statistic")).toBe(stats.length);
    await page.check('input[data-filter="k-task"]');
    expect(await visibleRows("k-task")).toBe(reports[r4]!.tasks.length);
    expect(errors).toEqual([]);
  });

  it.skipIf(!hasChromium)("takes a screenshot of the folder view", async () => {
    await open(`#r-${r4}`);
    const target = UPDATE ? path.join(ROOT, "docs/review-page.png") : path.join(dir, "folder.png");
    mkdirSync(path.dirname(target), { recursive: true });
    const png = await page.screenshot({ path: target });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
    expect(readFileSync(target).equals(png)).toBe(true);
  });
});
