import { describe, expect, it } from "vitest";
import { endsWord } from "../../src/extract/meeting/organizer.js";
import { collapseSpaces, countBefore, hasAsciiLower, hasDigit } from "../../src/extract/meeting/chars.js";
import { isSpaceUnit } from "../../src/lexicon/regex.js";

/** Every code unit but the surrogates, as a one-character string. */
function* units(): Generator<[number, string]> {
  for (let unit = 0; unit < 0x10000; unit++) if (unit < 0xd800 || unit > 0xdfff) yield [unit, String.fromCharCode(unit)];
}

describe("helpers that stand in for patterns", () => {
  it("endsWord answers what /[\\s,;:()\"]/u answers, for every code unit", () => {
    const pattern = /[\s,;:()"]/u;
    for (const [unit, c] of units()) expect(endsWord(unit), `U+${unit.toString(16)}`).toBe(pattern.test(c));
    expect(endsWord(0xd800)).toBe(false);
  });
  it("isSpaceUnit (the collapse's test of a space) answers what /\\s/ answers, for every code unit", () => {
    for (const [unit, c] of units()) expect(isSpaceUnit(unit), `U+${unit.toString(16)}`).toBe(/\s/.test(c));
  });
  it("hasAsciiLower, hasDigit, countBefore and collapseSpaces agree with their patterns", () => {
    const samples = ["", "ABC", "ĐẠI HỘI", "Hội nghị", "x", "2024", "năm 2024", 'a "b" c "d"', "a  b", "a\tb", "a \u00a0b", " a ", "a b c", "a\n", "\u2003"];
    for (const s of samples) {
      expect(hasAsciiLower(s), s).toBe(/[a-z]/.test(s));
      expect(hasDigit(s), s).toBe(/\d/.test(s));
      for (let end = 0; end <= s.length; end++) expect(countBefore(s, '"', end)).toBe(s.slice(0, end).match(/"/g)?.length ?? 0);
      expect(collapseSpaces(s), s).toBe(s.replace(/\s+/g, " "));
    }
  });
});

describe("cue words asked before a pattern", () => {
  it("every match of a level pattern holds one of its cues", async () => {
    const { LEVEL_WORDS } = await import("../../src/lexicon/meeting.js");
    const names = [
      ...LEVEL_WORDS.map((l) => l.example),
      "LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG X", "CĐCS Công ty Y", "Nghiệp đoàn nghề cá Z", "Công đoàn Y tế Việt Nam",
      "Liên đoàn Lao động TP. Hội An", "Công đoàn phường X, xã Y", "Liên đoàn Lao động thị xã An Nhơn", "Công đoàn các Khu công nghiệp tỉnh X",
      "Công đoàn Sở Y tế", "Công đoàn Ban Quản lý X", "Công đoàn Cơ quan Y", "Liên đoàn Lao động quận Z", "Công đoàn thị trấn Q",
    ];
    for (const l of LEVEL_WORDS) {
      for (const name of names) if (l.pattern.test(name)) expect(l.cues.some((c) => name.toLowerCase().includes(c)), `${l.example}: ${name}`).toBe(true);
    }
  });
});
