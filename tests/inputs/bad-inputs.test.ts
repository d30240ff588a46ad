/**
 * Issue 5, bad inputs: each fails with a message naming the file and the cause, the run goes on
 * with the other files, the exit code is 1. Texts that are not reports (an English article, a
 * recipe) are such bad inputs on the command line; the library extracts them with a
 * "not-a-report" warning. --strict turns warnings into errors. A report that fails the schema is
 * an error naming the field.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFile, outcomeOf } from "../../src/cli/extract-file.js";
import { expandInputs } from "../../src/cli/inputs.js";
import { extract } from "../../src/pipeline/index.js";
import { decodeBytes, InputError } from "../../src/pipeline/read.js";
import { validate, ValidationError } from "../../src/pipeline/validate.js";
import { INPUTS, ndjson, runCli, runCliAsNobody, SEED_000, SEED_004, SEEDS, tempDir } from "./helpers.js";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const PDF = Buffer.from("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", "latin1");
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.from("word/document.xml")]);
const NOISE = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));

describe("bad inputs in a folder: each named with its cause, the rest extracted, exit 1", () => {
  let t: ReturnType<typeof tempDir>;
  const file = (name: string) => path.join(t.dir, name);
  beforeAll(() => {
    t = tempDir();
    copyFileSync(path.join(SEEDS, SEED_000), file("a-report.txt"));
    writeFileSync(file("b-empty.txt"), "");
    writeFileSync(file("c-blank.txt"), "  \n\t\r\n \u00a0\u200b\u3000 \n");
    writeFileSync(file("d-photo.txt"), PNG);
    writeFileSync(file("e-scan.txt"), PDF);
    writeFileSync(file("f-report.docx.txt"), ZIP);
    writeFileSync(file("g-noise.txt"), NOISE);
    copyFileSync(path.join(INPUTS, "english-article.txt"), file("h-english.txt"));
    copyFileSync(path.join(INPUTS, "recipe-vi.txt"), file("i-recipe.txt"));
    copyFileSync(path.join(SEEDS, SEED_004), file("z-report.txt"));
  });
  afterAll(() => t.cleanup());

  it("names every bad file with its cause on stderr and still emits the good ones in order", () => {
    const r = runCli([t.dir, "--format", "ndjson"]);
    expect(r.code).toBe(1);
    const err = r.stderr.split("\n");
    expect(err).toContain(`report-extract: ${file("b-empty.txt")}: the file is empty (0 bytes)`);
    expect(err).toContain(`report-extract: ${file("c-blank.txt")}: the file holds only whitespace, no text`);
    expect(err).toContain(`report-extract: ${file("d-photo.txt")}: this is a PNG image, not a text report`);
    expect(err).toContain(`report-extract: ${file("e-scan.txt")}: this is a PDF document (convert it to text first), not a text report`);
    expect(err).toContain(`report-extract: ${file("f-report.docx.txt")}: this is a ZIP archive (or a DOCX/XLSX/ODT document: save it as plain text first), not a text report`);
    expect(err).toContain(`report-extract: ${file("g-noise.txt")}: this is a binary file (it contains NUL bytes), not text`);
    expect(err).toContain(`report-extract: ${file("h-english.txt")}: this does not read as a trade-union report (none of the words a union report has: công đoàn, liên đoàn, hội nghị, đại hội, đoàn viên, người lao động, ban chấp hành)`);
    expect(err).toContain("report-extract: 8 of 10 inputs failed");
    const reports = ndjson(r.stdout);
    expect(reports.map((x) => path.basename(x.source.path!))).toEqual(["a-report.txt", "z-report.txt"]);
    expect(reports[0]!.meeting.organizer?.name).toBe("Liên đoàn Lao động huyện Đình Lập");
    expect(reports[1]!.statistics.find((s) => s.metric === "members.count")?.value).toBe(1489);
  });

  it("texts that are not reports fail on the command line, named with the cause; the library keeps them with a warning", () => {
    const r = runCli([file("h-english.txt"), file("i-recipe.txt"), file("a-report.txt"), "--format", "ndjson"]);
    expect(r.code).toBe(1);
    const cause = "this does not read as a trade-union report (none of the words a union report has: công đoàn, liên đoàn, hội nghị, đại hội, đoàn viên, người lao động, ban chấp hành)";
    expect(r.stderr.split("\n")).toEqual([
      `report-extract: ${file("h-english.txt")}: ${cause}`,
      `report-extract: ${file("i-recipe.txt")}: ${cause}`,
      "report-extract: 2 of 3 inputs failed",
      "",
    ]);
    const [report, ...rest] = ndjson(r.stdout);
    expect(rest).toEqual([]);
    expect(path.basename(report!.source.path!)).toBe("a-report.txt");
    expect(report!.warnings).toEqual([]);
    const warning = { code: "not-a-report", message: "the text does not read as a trade-union report (no union or meeting words)" };
    for (const name of ["english-article.txt", "recipe-vi.txt"]) {
      const lib = extract(readFileSync(path.join(INPUTS, name), "utf8"), { path: name });
      expect(lib.warnings).toEqual([warning]);
      expect(lib.meeting.organizer).toBeNull();
      expect(lib.meeting.kind).toBeNull();
    }
  });

  it("--strict turns the warnings into errors naming the file and the warning; good reports pass", () => {
    const r = runCli([t.dir, "--format", "ndjson", "--strict"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`report-extract: ${file("h-english.txt")}: this does not read as a trade-union report`);
    expect(r.stderr).toContain("report-extract: 8 of 10 inputs failed");
    expect(ndjson(r.stdout).map((x) => path.basename(x.source.path!))).toEqual(["a-report.txt", "z-report.txt"]);
  });

  it("a missing path, a folder with nothing to read and a device: named, the rest still run", () => {
    const empty = path.join(t.dir, "empty-folder");
    mkdirSync(empty, { recursive: true });
    writeFileSync(path.join(empty, "notes.md"), "# not a report");
    const r = runCli([file("a-report.txt"), "no/such/report.txt", empty, "/dev/null", "--format", "ndjson"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("report-extract: no/such/report.txt: no such file or folder");
    expect(r.stderr).toContain(`report-extract: ${empty}: no files matching "*.txt" in this folder (--glob chooses which files to read)`);
    expect(r.stderr).toContain("report-extract: /dev/null: the file is empty (0 bytes)");
    expect(ndjson(r.stdout)).toHaveLength(1);
  });

  it("standard input: empty, binary, or a report", () => {
    expect(runCli(["-"], { input: "" }).stderr).toContain("report-extract: <stdin>: the file is empty (0 bytes)");
    const png = runCli(["-"], { input: PNG });
    expect(png.code).toBe(1);
    expect(png.stderr).toContain("report-extract: <stdin>: this is a PNG image, not a text report");
    const ok = runCli(["-", "--format", "ndjson"], { input: readFileSync(file("z-report.txt")) });
    expect(ok.code).toBe(0);
    expect(ndjson(ok.stdout)[0]!.source.path).toBe("-");
  });
});

describe("unreadable files and symbolic link loops", () => {
  it("a file and a folder without read permission are named; the rest is extracted", async (ctx) => {
    const t = tempDir();
    try {
      chmodSync(t.dir, 0o755);
      copyFileSync(path.join(SEEDS, SEED_000), path.join(t.dir, "a.txt"));
      writeFileSync(path.join(t.dir, "locked.txt"), readFileSync(path.join(SEEDS, SEED_004)));
      mkdirSync(path.join(t.dir, "locked-folder"));
      writeFileSync(path.join(t.dir, "locked-folder", "inside.txt"), "Hội nghị");
      chmodSync(path.join(t.dir, "locked.txt"), 0o000);
      chmodSync(path.join(t.dir, "locked-folder"), 0o000);
      let r: ReturnType<typeof runCli> | null;
      if (process.getuid?.() === 0) {
        // root reads through chmod 000: run the CLI as "nobody" instead, or skip with the reason
        r = runCliAsNobody([t.dir, "--format", "ndjson"]);
        if (!r) {
          ctx.skip("running as root without setpriv: chmod 000 does not stop root's reads, so an unreadable file cannot be made");
          return;
        }
      } else r = runCli([t.dir, "--format", "ndjson"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`report-extract: ${path.join(t.dir, "locked.txt")}: permission denied: it cannot be read`);
      expect(r.stderr).toContain(`report-extract: ${path.join(t.dir, "locked-folder")}: permission denied: it cannot be read`);
      expect(r.stderr).toContain("report-extract: 2 of 3 inputs failed");
      expect(ndjson(r.stdout).map((x) => path.basename(x.source.path!))).toEqual(["a.txt"]);
    } finally {
      chmodSync(path.join(t.dir, "locked.txt"), 0o644);
      chmodSync(path.join(t.dir, "locked-folder"), 0o755);
      t.cleanup();
    }
  });

  it("the unreadable-file path of extractFile itself (simulated by a read error)", async () => {
    // EACCES cannot be produced as root; ENOENT and EISDIR go through the same mapping
    const missing = await extractFile({ path: "/no/such/file.txt", options: {} });
    expect(missing).toEqual({ ok: false, path: "/no/such/file.txt", code: "missing", message: "no such file or folder" });
    const folder = await extractFile({ path: SEEDS, options: {} });
    expect(folder).toEqual({ ok: false, path: SEEDS, code: "is-folder", message: "is a folder" });
  });

  it("a link back to an enclosing folder and a link to itself: each reported once, files read once", async () => {
    const t = tempDir();
    try {
      mkdirSync(path.join(t.dir, "sub"));
      copyFileSync(path.join(SEEDS, SEED_000), path.join(t.dir, "sub", "a.txt"));
      symlinkSync("..", path.join(t.dir, "sub", "up"));
      symlinkSync("self.txt", path.join(t.dir, "self.txt"));
      symlinkSync("loop-b", path.join(t.dir, "loop-a"));
      symlinkSync("loop-a", path.join(t.dir, "loop-b"));
      // a second way into the same folder is not a loop: read once, silently
      symlinkSync("sub", path.join(t.dir, "same-as-sub"));
      const inputs = await expandInputs([t.dir], { glob: "*.txt" });
      expect(inputs.filter((i) => i.kind === "file").map((i) => path.relative(t.dir, i.path!))).toEqual([path.join("same-as-sub", "a.txt")]);
      const errors = inputs.filter((i) => i.kind === "error");
      expect(errors.map((i) => path.relative(t.dir, i.path!)).sort()).toEqual(["loop-a", "loop-b", path.join("same-as-sub", "up"), "self.txt"]);
      const r = runCli([t.dir, "--format", "ndjson"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`report-extract: ${path.join(t.dir, "self.txt")}: a symbolic link loop (the link points back to itself)`);
      expect(r.stderr).toMatch(new RegExp(`${path.join(t.dir, "same-as-sub", "up").replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}: a symbolic link loop: this folder is .*, which contains the link \\(skipped\\)`, "u"));
      expect(ndjson(r.stdout)).toHaveLength(1);
      // a link loop named on the command line
      const direct = runCli([path.join(t.dir, "self.txt")]);
      expect(direct.code).toBe(1);
      expect(direct.stderr).toContain(`${path.join(t.dir, "self.txt")}: a symbolic link loop (the link points back to itself)`);
    } finally {
      t.cleanup();
    }
  });
});

describe("reading bytes: the reasons given", () => {
  it("empty, blank, binary formats and noise are InputErrors with their own codes", () => {
    const code = (b: Uint8Array) => {
      try {
        decodeBytes(b);
        return "decoded";
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as InputError).code;
      }
    };
    expect(code(Buffer.alloc(0))).toBe("empty");
    expect(code(Buffer.from(" \n\t\u00a0\u200b\ufeff", "utf8"))).toBe("blank");
    expect(code(Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]))).toBe("blank");
    expect(code(PNG)).toBe("binary");
    expect(code(PDF)).toBe("binary");
    expect(code(ZIP)).toBe("binary");
    expect(code(NOISE)).toBe("binary");
    expect(code(Buffer.from("{\\rtf1\\ansi Hội nghị}", "latin1"))).toBe("binary");
    expect(code(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("binary");
    // a PNG with many zero bytes is still a PNG, not UTF-16
    expect(code(Buffer.concat([PNG, Buffer.alloc(4000)]))).toBe("binary");
    expect(code(Buffer.from("Hội nghị Công đoàn", "utf8"))).toBe("decoded");
  });

  it("--strict: every warning is listed; without it the report is returned", () => {
    // a report with one broken UTF-8 byte: an invalid-utf8 warning
    const seed = readFileSync(path.join(SEEDS, SEED_004));
    const broken = Buffer.concat([seed, Buffer.from([0xff]), Buffer.from(" café", "utf8")]);
    const lax = outcomeOf("broken.txt", broken, {});
    expect(lax.ok).toBe(true);
    expect(lax.ok && lax.report.warnings.map((w) => w.code)).toEqual(["invalid-utf8"]);
    expect(lax.ok && lax.report.statistics.find((s) => s.metric === "members.count")?.value).toBe(1489);
    const strict = outcomeOf("broken.txt", broken, { strict: true });
    expect(strict.ok).toBe(false);
    expect(!strict.ok && strict.code).toBe("strict:invalid-utf8");
    expect(!strict.ok && strict.message).toMatch(/^warning treated as error \(--strict\): .*\[invalid-utf8\]$/u);
    // not a report is a failure with or without --strict
    const english = readFileSync(path.join(INPUTS, "english-article.txt"));
    for (const options of [{}, { strict: true }]) {
      const r = outcomeOf("english.txt", english, options);
      expect(r.ok === false && r.code).toBe("not-a-report");
    }
  });
});

describe("a report that fails the schema is an error naming the field", () => {
  const good = extract("Ngày 10/01/2022, Liên đoàn Lao động huyện Đình Lập tổ chức Hội nghị tổng kết công tác công đoàn năm 2021, trao 105 suất quà.");

  it("the pipeline's own report passes", () => {
    expect(validate(good)).toEqual(good);
    expect(good.statistics.map((s) => [s.metric, s.value])).toContainEqual(["gifts.count", 105]);
  });

  it("a wrong type, a bad enum, a backwards span, a bad date and a missing field are each named", () => {
    const broken = (patch: (r: any) => void): string => {
      const r = structuredClone(good) as any;
      patch(r);
      try {
        validate(r);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).message;
      }
      throw new Error("validate() accepted a broken report");
    };
    expect(broken((r) => (r.statistics[0].value = "105"))).toMatch(/^the extracted report failed validation: statistics\.0\.value: /u);
    expect(broken((r) => (r.statistics[0].metric = "gifts.weight"))).toMatch(/statistics\.0\.metric: /u);
    expect(broken((r) => (r.statistics[0].span = [10, 5]))).toMatch(/statistics\.0\.span: span end must not precede its start/u);
    expect(broken((r) => (r.meeting.date = "2022-13-40"))).toMatch(/meeting\.date: expected YYYY-MM-DD/u);
    expect(broken((r) => delete r.source.sha256)).toMatch(/source\.sha256: /u);
    expect(broken((r) => (r.schemaVersion = 2))).toMatch(/schemaVersion: /u);
    const two = broken((r) => {
      r.statistics[0].value = Number.POSITIVE_INFINITY;
      r.tasks = [{ text: "", span: [0, 0] }];
    });
    expect(two).toMatch(/statistics\.0\.value: .*; tasks\.0\.text: /u);
    const e = (() => {
      try {
        validate({ ...good, warnings: [{ code: 1 }] });
      } catch (err) {
        return err as ValidationError;
      }
      return null;
    })();
    expect(e?.issues.map((i) => i.path)).toEqual(["warnings.0.code", "warnings.0.message"]);
  });
});
