/**
 * Issue 5, legacy font encodings: the TCVN3 (ABC) and VNI tables checked against known samples
 * and against every Vietnamese letter (through encoders written as their inverse), and every
 * seed typed in either font read back as Unicode with a "legacy-font-encoding" warning.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertLegacyFont, detectLegacyFont, TCVN3 } from "../../src/lexicon/legacy-fonts.js";
import { extractBytes } from "../../src/pipeline/index.js";
import { decodeBytes } from "../../src/pipeline/read.js";
import type { Report } from "../../src/schema/report.js";
import { encodeTcvn3, encodeVni, expectSpansSlice, records, runCli, SEED_000, seedFiles, seedText, tcvn3Representable, tempDir } from "./helpers.js";

/** Every Vietnamese letter with a diacritic: 12 vowels x 6 tones + đ, lower and upper case. */
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))), "đ"].filter((c) => !/^[aeiouy]$/u.test(c));
const UPPER = LOWER.map((c) => c.toUpperCase());
const latin1 = (s: string) => Buffer.from(s, "latin1");

describe("the TCVN3 and VNI tables against known samples", () => {
  it("TCVN3: Liªn ®oµn Lao ®éng, Céng hoµ x· héi chñ nghÜa ViÖt Nam, B¶o Th¾ng, M­êng Kh­¬ng", () => {
    expect(convertLegacyFont("Liªn ®oµn Lao ®éng", "tcvn3")).toBe("Liên đoàn Lao động");
    expect(convertLegacyFont("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(convertLegacyFont("B¶o Th¾ng", "tcvn3")).toBe("Bảo Thắng");
    expect(convertLegacyFont("M\u00adêng Kh\u00ad¬ng", "tcvn3")).toBe("Mường Khương");
    expect(convertLegacyFont("§¹i héi C«ng ®oµn", "tcvn3")).toBe("Đại hội Công đoàn");
  });

  it("VNI: Lieân ñoaøn Lao ñoäng, Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, capitals", () => {
    expect(convertLegacyFont("Lieân ñoaøn Lao ñoäng", "vni")).toBe("Liên đoàn Lao động");
    expect(convertLegacyFont("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
    expect(convertLegacyFont("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "vni")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(convertLegacyFont("Ñaïi hoäi Coâng ñoaøn ngöôøi lao ñoäng", "vni")).toBe("Đại hội Công đoàn người lao động");
  });

  it("the encoders written from the tables reproduce the samples byte for byte", () => {
    expect(encodeTcvn3("Liên đoàn Lao động")).toEqual(latin1("Liªn ®oµn Lao ®éng"));
    expect(encodeTcvn3("Cộng hoà xã hội chủ nghĩa Việt Nam")).toEqual(latin1("Céng hoµ x· héi chñ nghÜa ViÖt Nam"));
    expect(encodeVni("Liên đoàn Lao động")).toEqual(latin1("Lieân ñoaøn Lao ñoäng"));
    expect(encodeVni("Cộng hòa xã hội chủ nghĩa Việt Nam")).toEqual(latin1("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
  });

  it("TCVN3 maps 74 distinct bytes to 74 distinct letters: every lower-case letter and Ă Â Ê Ô Ơ Ư Đ", () => {
    const letters = Object.values(TCVN3);
    expect(letters).toHaveLength(74);
    expect(new Set(letters).size).toBe(74);
    expect(Object.keys(TCVN3).every((b) => b.charCodeAt(0) >= 0xa1 && b.charCodeAt(0) <= 0xfe)).toBe(true);
    expect(new Set(letters)).toEqual(new Set([...LOWER, "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]));
  });

  it("every Vietnamese letter survives a VNI round trip, lower and upper case", () => {
    const all = [...LOWER, ...UPPER].join(" ");
    expect(LOWER).toHaveLength(67);
    expect(convertLegacyFont(latin1(encodeVni(all).toString("latin1")).toString("latin1"), "vni")).toBe(all);
    for (const c of [...LOWER, ...UPPER]) expect(convertLegacyFont(encodeVni(`x${c}x`).toString("latin1"), "vni")).toBe(`x${c}x`);
  });

  it("every lower-case letter survives a TCVN3 round trip; capitals with a tone come back lower case", () => {
    const lower = LOWER.join(" ");
    expect(convertLegacyFont(encodeTcvn3(lower).toString("latin1"), "tcvn3")).toBe(lower);
    expect(convertLegacyFont(encodeTcvn3("Ấp Ủy Đông Ơn Ưng").toString("latin1"), "tcvn3")).toBe("ấp ủy Đông Ơn Ưng");
  });
});

describe.each(seedFiles())("seed %s typed in a legacy font", (file) => {
  const original = seedText(file);
  const base = extractBytes(Buffer.from(original, "utf8"), { includeText: true, path: "copy.txt" }) as Report & { text: string };

  it("VNI bytes: detected, converted with a warning, the same text and records", () => {
    const bytes = encodeVni(original);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe("vni");
    expect(d.text).toBe(original.normalize("NFC"));
    const r = extractBytes(bytes, { includeText: true, path: "copy.txt" }) as Report & { text: string };
    expect(r.warnings.filter((w) => w.code === "legacy-font-encoding")).toEqual([
      { code: "legacy-font-encoding", message: "the text was typed in the VNI font encoding and was converted to Unicode" },
    ]);
    expect(records(r)).toEqual(records(base));
    expectSpansSlice(r, r.text);
  });

  it("TCVN3 bytes: detected, converted with a warning; capitals with a tone come back lower case", () => {
    const bytes = encodeTcvn3(original);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe("tcvn3");
    expect(d.text).toBe(tcvn3Representable(original));
    const r = extractBytes(bytes, { includeText: true, path: "copy.txt" }) as Report & { text: string };
    expect(r.warnings.map((w) => w.code)).toContain("legacy-font-encoding");
    expect(r.text).toBe(tcvn3Representable(original));
    expectSpansSlice(r, r.text);
    // the figures do not depend on capitals
    expect(r.statistics.map((s) => [s.metric, s.value, s.qualifier])).toEqual(base.statistics.map((s) => [s.metric, s.value, s.qualifier]));
  });

  it("TCVN3 text once saved as UTF-8 (Latin-1 look-alikes) is converted too", () => {
    const lookalikes = encodeTcvn3(original).toString("latin1");
    const d = decodeBytes(Buffer.from(lookalikes, "utf8"));
    expect(d.encoding).toBe("utf-8+tcvn3");
    expect(d.text).toBe(tcvn3Representable(original));
    expect(d.notes.map((n) => n.code)).toEqual(["legacy-font-encoding"]);
  });
});

describe("legacy fonts: detection limits and the CLI", () => {
  it("Unicode Vietnamese and plain English are never taken for a legacy font", () => {
    for (const file of seedFiles()) expect(detectLegacyFont(seedText(file))).toBeNull();
    expect(detectLegacyFont("The café served crème brûlée à la carte, naïve façade, Zoë and Chloë, déjà vu.")).toBeNull();
  });

  it("--encoding tcvn3/vni forces the conversion; the CLI reports the warning, --strict fails on it", () => {
    const t = tempDir();
    try {
      const file = path.join(t.dir, "abc.txt");
      writeFileSync(file, encodeTcvn3(seedText(SEED_000)));
      const r = runCli([file]);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.source.encoding).toBe("tcvn3");
      expect(report.warnings.map((w) => w.code)).toEqual(["legacy-font-encoding"]);
      expect(report.meeting.organizer?.name).toBe("Liên đoàn Lao động huyện Đình Lập");
      const strict = runCli([file, "--strict"]);
      expect(strict.code).toBe(1);
      expect(strict.stdout.trim()).toBe("");
      expect(strict.stderr).toContain(`${file}: warning treated as error (--strict): the text was typed in the TCVN3 (ABC) font encoding and was converted to Unicode [legacy-font-encoding]`);
      const vni = path.join(t.dir, "vni.txt");
      writeFileSync(vni, encodeVni("Ngày 10/01/2022, Liên đoàn Lao động huyện tổ chức Hội nghị."));
      const forced = runCli([vni, "--encoding", "vni", "--include-text"]);
      expect(forced.code).toBe(0);
      const fr = JSON.parse(forced.stdout) as Report;
      expect(fr.source.encoding).toBe("vni");
      expect(fr.text).toBe("Ngày 10/01/2022, Liên đoàn Lao động huyện tổ chức Hội nghị.");
    } finally {
      t.cleanup();
    }
  });
});
