/** --explain: highlights in colour or as [[...]]{tag} marks, and the list of what was extracted. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { colorByDefault, explainReport } from "../../src/cli/explain.js";
import { extract } from "../../src/index.js";
import { SEED_004, cleanEnv, runCli } from "./helpers.js";
import { SYNTHETIC_TEXT, syntheticReport } from "./synthetic.js";

const ESC = "\u001b";
const ANSI = /\u001b\[[0-9;]*m/g;
const stripAnsi = (s: string) => s.replace(ANSI, "");
/** plain output's text part without the marks */
const unmark = (s: string) => s.replace(/\[\[/g, "").replace(/\]\]\{[^}]*\}/g, "");

const seed = () => extract(readFileSync(SEED_004, "utf8"), { path: "fixtures/seeds/004_26480470671b356b.txt", includeText: true }) as ReturnType<typeof extract> & { text: string };
/** the text part of plain output: from after the heading line up to the blank line before the list */
const textPart = (out: string) => out.slice(out.indexOf("\n") + 1, out.indexOf("\n\n──────── extracted ────────"));

describe("explainReport, plain", () => {
  const report = seed();
  const out = explainReport(report, { color: false });

  it("has no ANSI escapes", () => {
    expect(out).not.toContain(ESC);
  });

  it("marks the seed's values with their metric", () => {
    expect(out).toContain("[[1.489 đoàn viên]]{members.count}");
    expect(out).toContain("[[52.500.000đ]]{gifts.value}");
    expect(out).toContain("[[12/7/2023]]{meeting.date}");
    expect(out).toContain("[[Liên đoàn Lao động huyện Đam Rông]]{meeting.organizer}");
  });

  it("gives back the text exactly once the marks are taken out", () => {
    expect(unmark(textPart(out))).toBe(report.text);
  });

  it("lists the statistics with metric, value, unit and qualifier", () => {
    expect(out).toMatch(/^ +\d+\. members\.count +1489 count +exact +«1\.489 đoàn viên»/m);
    expect(out).toMatch(/^ +\d+\. gifts\.value +52500000 VND +exact +«52\.500\.000đ»/m);
    expect(out).toMatch(new RegExp(`^statistics \\(${report.statistics.length}\\)$`, "m"));
    expect(out).toMatch(/^ +date +2023-07-12 +\[\d+, \d+\]$/m);
    expect(out).toMatch(/^ +organizer +Liên đoàn Lao động huyện Đam Rông +\[\d+, \d+\]$/m);
    // its level and place on the line under it, labelled
    const lines = out.split("\n");
    const at = lines.findIndex((l) => /^ +organizer +Liên đoàn/u.test(l));
    expect(lines[at + 1]).toMatch(/^ +level district, place huyện Đam Rông$/u);
    expect(out).toMatch(new RegExp(`^attendees \\(${report.attendees.length}\\)$`, "m"));
    expect(out).toMatch(new RegExp(`^tasks \\(${report.tasks.length}\\)$`, "m"));
    expect(out.split("\n")[0]).toBe("──────── fixtures/seeds/004_26480470671b356b.txt ────────");
  });

  it("nests overlapping values and splits crossing ones", () => {
    const r = syntheticReport();
    const o = explainReport(r, { color: false });
    expect(o).toContain("[[[[10 suất quà]]{gifts.count} mỗi suất trị giá [[300.000đ]]{gifts.value}]]{gifts.value}");
    expect(o).toContain("[[Tổ chức [[50 cuộc]]{activities.count} kiểm tra <b>năm [[2024</b>]]{other.count}]]{task}[[.]]{other.count}");
    expect(o).toContain("[[[['quotes']]{other.count}]]{task}");
    expect(unmark(textPart(o))).toBe(SYNTHETIC_TEXT);
  });
});

describe("explainReport, colour", () => {
  const report = seed();
  const out = explainReport(report, { color: true });

  it("colours the highlights with ANSI escapes and no [[ ]] marks", () => {
    expect(out).toContain(`${ESC}[`);
    expect(out).not.toContain("[[");
    expect(out).toMatch(/\u001b\[[0-9;]+m1\.489 đoàn viên\u001b\[/);
    expect(out).toMatch(/\u001b\[[0-9;]+m52\.500\.000đ\u001b\[/);
  });

  it("is the same text once the escapes are stripped", () => {
    expect(textPart(stripAnsi(out))).toBe(report.text);
    expect(stripAnsi(out)).toBe(unmark(explainReport(report, { color: false })));
  });

  it("colours a metric the same in the text and in the list", () => {
    const open = /(\u001b\[[0-9;]+m)+(?=1\.489 đoàn viên)/.exec(out)![0];
    expect(out).toContain(`${open}members.count`);
  });
});

describe("colour by default", () => {
  it("is off with NO_COLOR", () => {
    expect(colorByDefault({ NO_COLOR: "1" })).toBe(false);
  });

  it("the CLI writes plain marks when stdout is not a terminal", () => {
    const r = runCli([SEED_004, "--explain"]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain("[[1.489 đoàn viên]]{members.count}");
  });

  it("the CLI colours with FORCE_COLOR, and NO_COLOR wins over it", () => {
    const forced = runCli([SEED_004, "--explain"], cleanEnv({ FORCE_COLOR: "1" }));
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/\u001b\[[0-9;]+m1\.489 đoàn viên\u001b\[/);
    const off = runCli([SEED_004, "--explain"], cleanEnv({ FORCE_COLOR: "1", NO_COLOR: "1" }));
    expect(off.stdout).not.toContain(ESC);
    expect(off.stdout).toContain("[[52.500.000đ]]{gifts.value}");
  });

  it("the CLI explains each input of a folder in turn", () => {
    const r = runCli(["fixtures/seeds", "--explain"]);
    expect(r.status).toBe(0);
    const headings = r.stdout.split("\n").filter((l) => /^──────── fixtures\/seeds\/\S+\.txt ────────$/.test(l));
    expect(headings.length).toBe(5);
  });

  it("--out writes the explanation into the file, plain even when colour is forced", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "re-explain-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = path.join(dir, "explained.txt");
    const r = runCli([SEED_004, "--explain", "--out", out], cleanEnv({ FORCE_COLOR: "1" }));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    const written = readFileSync(out, "utf8");
    expect(written).not.toContain(ESC);
    expect(written).toContain("[[1.489 đoàn viên]]{members.count}");
    expect(written).toContain("──────── extracted ────────");
    // nothing left beside it: the temporary file was renamed into place
    expect(readdirSync(dir)).toEqual(["explained.txt"]);
  });
});
