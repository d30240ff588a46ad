/**
 * Issue 5, encodings: every seed read back from UTF-8 (with and without BOM), NFD, Windows-1258,
 * UTF-16 LE/BE, gives the same text and the same records; the encoding is detected, can be
 * forced, and is recorded in report.source.encoding.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { extractBytes } from "../../src/pipeline/index.js";
import { decodeBytes } from "../../src/pipeline/read.js";
import type { Report } from "../../src/schema/report.js";
import { encodeCp1258, expectSpansSlice, records, runCli, SEED_002, SEED_004, seedFiles, seedText, tempDir } from "./helpers.js";

const utf16 = (text: string, order: "le" | "be", bom = true): Buffer => {
  const le = Buffer.from(text, "utf16le");
  const body = order === "le" ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
};

function read(bytes: Uint8Array, options: { encoding?: string } = {}): Report & { text: string } {
  return extractBytes(bytes, { ...options, includeText: true, path: "copy.txt" }) as Report & { text: string };
}

describe.each(seedFiles())("seed %s in every encoding", (file) => {
  const original = seedText(file);
  const text = original.normalize("NFC");
  const base = read(Buffer.from(original, "utf8"));

  it("UTF-8: the report's text is the NFC input and every span slices it", () => {
    expect(base.source.encoding).toBe("utf-8");
    expect(base.text).toBe(text);
    expectSpansSlice(base, base.text);
    // the seeds are reports with values: an empty extraction would make the comparisons below vacuous
    expect(base.statistics.length + base.attendees.length + base.tasks.length).toBeGreaterThan(2);
    expect(base.meeting.organizer?.name).toMatch(/^(?:Liên đoàn Lao động|Công đoàn)/u);
  });

  it("UTF-8 with a BOM: same text and records, encoding utf-8-bom", () => {
    const r = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original, "utf8")]));
    expect(r.source.encoding).toBe("utf-8-bom");
    expect(r.text).toBe(text);
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(records(r)).toEqual(records(base));
    expectSpansSlice(r, r.text);
  });

  it("an NFD copy: same NFC text, same records and spans", () => {
    const nfd = original.normalize("NFD");
    expect(nfd).not.toBe(original);
    const r = read(Buffer.from(nfd, "utf8"));
    expect(r.text).toBe(text);
    expect(records(r)).toEqual(records(base));
    expectSpansSlice(r, nfd.normalize("NFC"));
  });

  it("a Windows-1258 copy (tones as combining marks where the code page has no letter): detected, same records", () => {
    const bytes = encodeCp1258(original);
    // the encoder is right: iconv decodes it back to the seed
    expect(iconv.decode(bytes, "windows-1258").normalize("NFC")).toBe(text);
    // and it is a real legacy file: not UTF-8, with combining tone bytes in it
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect([...bytes].some((b) => b === 0xf2 || b === 0xec || b === 0xcc)).toBe(true);
    const r = read(bytes);
    expect(r.source.encoding).toBe("windows-1258");
    expect(r.warnings.map((w) => w.code)).not.toContain("legacy-font-encoding");
    expect(r.text).toBe(text);
    expect(records(r)).toEqual(records(base));
    expectSpansSlice(r, iconv.decode(bytes, "windows-1258").normalize("NFC"));
  });

  it("a VISCII copy (the other Vietnamese code page): detected, the text as VISCII holds it", () => {
    const bytes = iconv.encode(original, "viscii");
    const asViscii = iconv.decode(bytes, "viscii").normalize("NFC");
    const r = read(bytes);
    expect(r.source.encoding).toBe("viscii");
    expect(r.text).toBe(asViscii);
    expectSpansSlice(r, r.text);
    // VISCII has every Vietnamese letter; only typographic quotes and dashes become "?"
    if (asViscii === text) expect(records(r)).toEqual(records(base));
    else expect(r.meeting.organizer).toEqual(base.meeting.organizer);
  });

  it("UTF-16 LE and BE with a BOM, and LE without one: same records", () => {
    for (const [bytes, encoding] of [
      [utf16(original, "le"), "utf-16le"],
      [utf16(original, "be"), "utf-16be"],
      [utf16(original, "le", false), "utf-16le"],
    ] as const) {
      const r = read(bytes);
      expect(r.source.encoding).toBe(encoding);
      expect(r.text).toBe(text);
      expect(records(r)).toEqual(records(base));
      expectSpansSlice(r, r.text);
    }
  });

  it("source records the input's own bytes and hash, whatever the encoding", () => {
    const bytes = encodeCp1258(original);
    const r = read(bytes);
    expect(r.source.bytes).toBe(bytes.length);
    expect(r.source.bytes).not.toBe(base.source.bytes);
    expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(r.source.sha256).not.toBe(base.source.sha256);
  });
});

describe("choosing and forcing the encoding", () => {
  const original = seedText(SEED_004);

  it("--encoding forces a code page: the forced name is recorded and the text decoded with it", () => {
    const bytes = encodeCp1258(original);
    const forced = decodeBytes(bytes, { encoding: "windows-1252" });
    expect(forced.encoding).toBe("windows-1252");
    // Windows-1252 has no đ: byte 0xF0 reads as ð
    expect(forced.text).toContain("ðoàn");
    const right = decodeBytes(bytes, { encoding: "cp1258" });
    expect(right.encoding).toBe("cp1258");
    expect(right.text.normalize("NFC")).toBe(original.normalize("NFC"));
  });

  it("an unknown --encoding is an input error that names it", () => {
    expect(() => decodeBytes(Buffer.from("abc"), { encoding: "klingon-8" })).toThrow(/unknown encoding "klingon-8"/u);
  });

  it("UTF-8 with a few broken bytes stays UTF-8, with an invalid-utf8 warning", () => {
    const good = Buffer.from(original, "utf8");
    const broken = Buffer.concat([good.subarray(0, 2000), Buffer.from([0xff]), good.subarray(2000)]);
    const r = read(broken);
    expect(r.source.encoding).toBe("utf-8");
    expect(r.warnings.find((w) => w.code === "invalid-utf8")?.message).toMatch(/1 broken byte sequence was replaced/u);
    expect(r.text).toContain("Liên đoàn Lao động huyện Đam Rông");
    expect(r.text.split("\ufffd")).toHaveLength(2);
    expectSpansSlice(r, r.text);
  });

  it("an HTML page that declares its charset is read with it", () => {
    const html = `<html><head><meta charset="windows-1258"><title>x</title></head><body><article><h1>Hội nghị</h1><p>${original.split("\n\n").slice(2, 5).join("</p><p>")}</p></article></body></html>`;
    const d = decodeBytes(encodeCp1258(html));
    expect(d.encoding).toBe("windows-1258");
    expect(d.text.normalize("NFC")).toContain("Liên đoàn Lao động huyện");
  });

  it("the CLI records the detected encoding in report.source.encoding, and --encoding overrides it", () => {
    const t = tempDir();
    try {
      writeFileSync(path.join(t.dir, "cp1258.txt"), encodeCp1258(seedText(SEED_002)));
      writeFileSync(path.join(t.dir, "utf16.txt"), utf16(seedText(SEED_002), "be"));
      const r = runCli([t.dir, "--format", "ndjson"]);
      expect(r.code).toBe(0);
      const reports = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Report);
      expect(reports.map((x) => [path.basename(x.source.path!), x.source.encoding])).toEqual([
        ["cp1258.txt", "windows-1258"],
        ["utf16.txt", "utf-16be"],
      ]);
      expect(reports[0]!.meeting.organizer?.name).toBe("Liên đoàn Lao động huyện Chi Lăng");
      expect(reports[0]!.attendees.map((a) => a.name)).toEqual(reports[1]!.attendees.map((a) => a.name));
      // forced to the wrong code page, the text is mojibake: named as no report, with the hint
      const forced = runCli([path.join(t.dir, "cp1258.txt"), "--encoding", "windows-1252"]);
      expect(forced.code).toBe(1);
      expect(forced.stderr).toContain(`${path.join(t.dir, "cp1258.txt")}: this does not read as a trade-union report when read as windows-1252, as --encoding asks (is that the file's encoding?)`);
      const right = runCli([path.join(t.dir, "cp1258.txt"), "--encoding", "windows-1258"]);
      expect(right.code).toBe(0);
      expect(JSON.parse(right.stdout).source.encoding).toBe("windows-1258");
      const unknown = runCli([path.join(t.dir, "cp1258.txt"), "--encoding", "klingon-8"]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain(`${path.join(t.dir, "cp1258.txt")}: unknown encoding "klingon-8"`);
    } finally {
      t.cleanup();
    }
  });
});
