/**
 * The exclusion patterns of lexicon/exclusions.ts only run on sentences where their cues hold
 * (statistics/excluded.ts): the cues must hold wherever a pattern matches, so that what is
 * excluded is what the patterns alone would find. Checked here on sentences made at random from
 * the patterns' own words, digits, Roman numerals, codes and separators, and for every code unit
 * that the case-insensitive patterns could read as a letter of the cue words.
 */
import { describe, expect, it } from "vitest";
import { EXCLUSIONS } from "../../src/lexicon/exclusions.js";
import { LETTER, lowerUnit, WORD_CHAR } from "../../src/lexicon/regex.js";
import { excludedRanges } from "../../src/extract/statistics/excluded.js";
import { classTable, FOLDS_UNLIKE_LOWER, foldsLikeLower, isYear, mayFoldUnlikeLower, mayStartWith, twoLetterStarts } from "../../src/extract/statistics/chars.js";
import { NUMBER_WORDS, numberWords, parseDigits, qualifierAfter, qualifierBefore } from "../../src/extract/statistics/numbers.js";
import { QUALIFIERS_BEFORE } from "../../src/lexicon/numbers.js";
import { QUALIFIER_WORDS, withoutQualifier } from "../../src/extract/statistics/classify.js";
import { FIRST_WORDS } from "../../src/extract/statistics/index.js";

/** What the patterns find without any cue: every match of each, in the order excludedRanges gives. */
function scanAll(s: string) {
  const out: { start: number; end: number; yearOnly: boolean }[] = [];
  for (const e of EXCLUSIONS) {
    for (const m of s.matchAll(e.pattern)) out.push({ start: m.index!, end: m.index! + m[0].length, yearOnly: /^(?:19|20)\d{2}$/.test(m[0]) });
  }
  return out;
}

const key = (r: { start: number; end: number; yearOnly: boolean }[]) => r.map((x) => `${x.start}-${x.end}-${x.yearOnly}`).sort().join(" ");

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const WORDS = [
  ..."ngày hôm sáng chiều trưa tối đêm nay từ đến tới trước sau qua mùng mồng tháng năm học nhiệm kỳ giai đoạn khóa khoá đợt lần thứ số khối cụm quận phường đội tổ bão ca phòng xếp hạng tổng kỷ niệm đại hội nghị quyết định kế hoạch hướng dẫn chỉ thị thông tư công văn kết luận báo trình luật điều khoản tờ cáo QĐ NQ KH HD CT giờ h phút tuổi tuần trên tiêu thành lập truyền thống qua tới thực hiện đầu cuối đoàn viên người lượt COVID A B X IX III IV V xii c l và các cho".split(" "),
  "Ngày", "NGÀY", "Năm", "Số", "Tháng", "Khóa", "Quận", "Đại hội", "Hội nghị", "Nghị quyết", "Quyết định",
];
const PIECES = [" ", " ", " ", "  ", "\u00a0", "\n", "/", ".", "-", ":", ",", ";", "(", ")", "\"", "-", " / ", " - "];
function number(next: () => number): string {
  const r = next();
  if (r < 0.15) return String(1900 + Math.floor(next() * 200));
  if (r < 0.3) return "0" + String(Math.floor(next() * 100000));
  if (r < 0.55) return String(Math.floor(next() * 32));
  if (r < 0.7) return String(Math.floor(next() * 10)) + "a";
  return String(Math.floor(next() * 100000));
}
function sentence(next: () => number): string {
  let s = "";
  const n = 3 + Math.floor(next() * 14);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.45) s += WORDS[Math.floor(next() * WORDS.length)];
    else if (r < 0.75) s += number(next);
    else s += PIECES[Math.floor(next() * PIECES.length)];
    if (next() < 0.6) s += " ";
  }
  return s;
}

describe("exclusion cues: the patterns find the same with and without them", () => {
  it("on the patterns' own examples", () => {
    for (const e of EXCLUSIONS) {
      for (const s of [e.example, `Trong ${e.example}, có 12 đoàn viên`, e.example.toUpperCase()]) expect(key(excludedRanges(s)), s).toBe(key(scanAll(s)));
    }
  });

  it("on 20,000 sentences made at random from their words, digits and separators", () => {
    const next = random(20240607);
    for (let i = 0; i < 20000; i++) {
      const s = sentence(next);
      expect(key(excludedRanges(s)), JSON.stringify(s)).toBe(key(scanAll(s)));
    }
  });

  it("on text holding the long s or the Kelvin sign, read by the patterns alone", () => {
    for (const s of ["\u212Aỳ 5 có 3 người", "ſố 12 đường", "ngày 12, \u212Ahóa 9", "ſáng 12/3"]) expect(key(excludedRanges(s))).toBe(key(scanAll(s)));
  });
});

describe("the character tables of the cues", () => {
  it("foldsLikeLower is false exactly on text holding a character of FOLDS_UNLIKE_LOWER", () => {
    const wrong: number[] = [];
    for (let u = 0; u < 65536; u++) {
      const c = String.fromCharCode(u);
      if (foldsLikeLower(`a${c}b`) === FOLDS_UNLIKE_LOWER.test(c)) wrong.push(u);
    }
    expect(wrong).toEqual([]);
  });

  it("classTable reads LETTER and WORD_CHAR as the patterns do", () => {
    for (const cls of [LETTER, WORD_CHAR]) {
      const table = classTable(cls);
      const re = new RegExp(`^[${cls}]$`, "u");
      const wrong: number[] = [];
      for (let u = 0; u < 65536; u++) if ((table[u] === 1) !== re.test(String.fromCharCode(u))) wrong.push(u);
      expect(wrong).toEqual([]);
    }
  });

  it("a case-insensitive pattern matches a letter of the cue words exactly where lowerUnit gives it (FOLDS_UNLIKE_LOWER aside)", () => {
    const words = [...EXCLUSIONS.flatMap((e) => [...(e.number?.before ?? []), ...(e.number?.between ?? []), ...(e.number?.after ?? [])]), ...QUALIFIER_WORDS, ...Object.values(FIRST_WORDS).flat()];
    const letters = new Set([...words.join("")]);
    expect(letters.size).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const x of letters) {
      expect(x, "cue words are in lower case").toBe(x.toLowerCase());
      const re = new RegExp(`^[${x.replace(/[\\\]^-]/g, "\\$&")}]$`, "iu");
      for (let u = 0; u < 65536; u++) {
        const c = String.fromCharCode(u);
        if (re.test(c) !== (lowerUnit(u) === x.charCodeAt(0)) && !FOLDS_UNLIKE_LOWER.test(c)) wrong.push(`U+${u.toString(16)} and "${x}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("number words found without the u flag", () => {
  const words = NUMBER_WORDS.split("|");
  const SPELLED_WORD = new RegExp(`(?<![${LETTER}])(?:${NUMBER_WORDS})(?![${LETTER}])`, "giu");
  const reference = (s: string) => [...s.matchAll(SPELLED_WORD)].map((m) => `${m.index}:${m[0]}`).join(" ");
  const found = (s: string) => numberWords(s).map((m) => `${m.index}:${m[0]}`).join(" ");

  it("a pattern with the i flag reads the letters of the number words and LETTER alike with and without the u flag (FOLDS_UNLIKE_LOWER aside)", () => {
    const wrong: string[] = [];
    const table = classTable(LETTER);
    const letterIU = new RegExp(`^[${LETTER}]$`, "iu");
    const letterI = new RegExp(`^[${LETTER}]$`, "i");
    const letters = [...new Set(words.join(""))].map((x) => [new RegExp(`^${x}$`, "iu"), new RegExp(`^${x}$`, "i")] as const);
    for (let u = 0; u < 65536; u++) {
      const c = String.fromCharCode(u);
      if (FOLDS_UNLIKE_LOWER.test(c)) continue;
      const inL = letterIU.test(c);
      if (inL !== letterI.test(c) || inL !== (table[u] === 1)) wrong.push(`U+${u.toString(16)} in LETTER`);
      for (const [iu, i] of letters) if (iu.test(c) !== i.test(c)) wrong.push(`U+${u.toString(16)} and ${iu.source}`);
    }
    expect(wrong).toEqual([]);
  });

  it("finds what the pattern with the u flag finds, on sentences made at random", () => {
    const next = random(7);
    const pieces = [...words, ...words.map((w) => w.toUpperCase()), "Hai", "Năm", "x", "a", "5", " ", " ", ",", "-", "\u00a0", "ſáu", "\u212Ahông", "\u2126", "đoàn", "viên"];
    for (let i = 0; i < 20000; i++) {
      let s = "";
      const n = 1 + Math.floor(next() * 12);
      for (let k = 0; k < n; k++) s += pieces[Math.floor(next() * pieces.length)] + (next() < 0.5 ? " " : "");
      expect(found(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});

describe("qualifiers compared in lower case character by character", () => {
  const next = random(99);
  const pieces = ["trở lên", "Trở Lên", "TRỞ XUỐNG", "trở xuống", "trở", "lên", " ", "  ", ",", ".", "5", "(", "người", "İ", "\u212A", "ſ", "gần như", "Gần", "khoảng", "KHOẢNG", "\u212Ahoảng", "từ", "Từ", "hơn", "ít nhất", "không quá", "x", "\u00a0", "\n"];
  const make = () => {
    let s = "";
    const n = 1 + Math.floor(next() * 10);
    for (let k = 0; k < n; k++) s += pieces[Math.floor(next() * pieces.length)] + (next() < 0.4 ? " " : "");
    return s;
  };

  it("qualifierAfter reads what lower-casing the stretch and searching it read", () => {
    const reference = (s: string, at: number) => {
      const after = s.slice(at, at + 30).toLowerCase();
      const cut = after.search(/[,;.:()\d]/u);
      const clause = cut < 0 ? after : after.slice(0, cut);
      for (const q of [{ words: "trở lên", qualifier: "at_least" }, { words: "trở xuống", qualifier: "at_most" }]) if (clause.includes(q.words)) return q.qualifier;
      return null;
    };
    for (let i = 0; i < 20000; i++) {
      const s = make();
      const at = Math.floor(next() * (s.length + 2));
      expect(qualifierAfter(s, at), JSON.stringify([s, at])).toBe(reference(s, at));
    }
  });

  it("withoutQualifier removes what the pattern removes", () => {
    const pattern = new RegExp(`(?:${QUALIFIER_WORDS.join("|")})\\s*$`, "iu");
    for (let i = 0; i < 20000; i++) {
      const s = make();
      expect(withoutQualifier(s), JSON.stringify(s)).toBe(s.replace(pattern, ""));
    }
  });

  it("mayFoldUnlikeLower holds for every character of FOLDS_UNLIKE_LOWER", () => {
    const wrong: number[] = [];
    for (let u = 0; u < 65536; u++) if (FOLDS_UNLIKE_LOWER.test(String.fromCharCode(u)) && !mayFoldUnlikeLower(u)) wrong.push(u);
    expect(wrong).toEqual([]);
  });
});

describe("isYear", () => {
  it("reads what /^(?:19|20)\\d{2}$/ reads", () => {
    const next = random(5);
    const chars = "0123456789192a ";
    for (let i = 0; i < 20000; i++) {
      let s = "";
      const n = Math.floor(next() * 6);
      for (let k = 0; k < n; k++) s += chars[Math.floor(next() * chars.length)];
      expect(isYear(s), s).toBe(/^(?:19|20)\d{2}$/.test(s));
    }
    for (const y of ["1900", "2099", "2000", "1999", "2100", "1899"]) expect(isYear(y), y).toBe(/^(?:19|20)\d{2}$/.test(y));
  });
});

describe("qualifierBefore read in place", () => {
  it("finds what lower-casing the stretch before the number finds", () => {
    const byLast = new Map<string, { words: string; qualifier: string }[]>();
    for (const q of [...QUALIFIERS_BEFORE].sort((a, b) => b.words.length - a.words.length)) byLast.set(q.words.at(-1)!, [...(byLast.get(q.words.at(-1)!) ?? []), q]);
    const letter = new RegExp(`^[${LETTER}]$`, "u");
    const reference = (s: string, at: number) => {
      const from = Math.max(0, at - 24);
      const before = s.slice(from, at).toLowerCase();
      const words = before.trimEnd();
      if (words.length === before.length || words.length === 0) return null;
      for (const q of byLast.get(words[words.length - 1]!) ?? []) {
        if (!words.endsWith(q.words)) continue;
        const start = words.length - q.words.length;
        if (start > 0 && letter.test(words[start - 1]!)) continue;
        return { qualifier: q.qualifier, start: from + start };
      }
      return null;
    };
    const next = random(11);
    const pieces = [...QUALIFIERS_BEFORE.map((q) => q.words), "Hơn", "TRÊN", "Gần Như", "xhơn", "İ", "Σ", "ς", "\u212A", "ſ", " ", "  ", "\u00a0", ",", "(", "người", "đạt", "5", "a"];
    for (let i = 0; i < 20000; i++) {
      let s = "";
      const n = 1 + Math.floor(next() * 8);
      for (let k = 0; k < n; k++) s += pieces[Math.floor(next() * pieces.length)] + (next() < 0.6 ? " " : "");
      s += "12";
      const at = s.length - 2 - Math.floor(next() * 3);
      expect(qualifierBefore(s, at), JSON.stringify([s, at])).toEqual(reference(s, at));
    }
  });
});

describe("patterns asked only where their first words may start", () => {
  it("the first words are those of the patterns, and where a pattern matches they start there", () => {
    const cases: [RegExp, string[], number][] = [
      [/^\s*(?:chỉ tiêu|mục tiêu)/iu, FIRST_WORDS.goal, 0],
      [/^\s+(?:tập thể|cá nhân|đơn vị|CĐCS|công đoàn cơ sở|đoàn viên)/iu, FIRST_WORDS.coordinatedNext, 1],
      [/^\s*(?:(?:nhóm|nhóm nhiệm vụ,?)\s+)?(?:nhiệm vụ|trọng tâm|giải pháp|nội dung|chỉ tiêu|mục tiêu|khâu đột phá|chương trình hành động|tiểu ban)/iu, FIRST_WORDS.listCount, 0],
    ];
    const next = random(3);
    const pieces = [...Object.values(FIRST_WORDS).flat(), "Tập Thể", "CĐCS", "NHIỆM VỤ", "\u212Ahâu đột phá", "người", "đoàn", " ", "  ", "\u00a0", ",", "x"];
    for (const [re, words, minSpaces] of cases) {
      const starts = twoLetterStarts(words);
      for (let i = 0; i < 5000; i++) {
        let s = "";
        const n = 1 + Math.floor(next() * 5);
        for (let k = 0; k < n; k++) s += pieces[Math.floor(next() * pieces.length)] + (next() < 0.5 ? " " : "");
        if (re.test(s)) expect(mayStartWith(s, 0, starts, minSpaces), JSON.stringify(s)).toBe(true);
      }
    }
  });
});

describe("parseDigits summed digit by digit", () => {
  it("reads what removing the dots and the spaces between thousands and reading the comma as a decimal point reads", () => {
    const reference = (s: string) => Number(s.replace(/[. ]/g, "").replace(",", "."));
    const next = random(17);
    for (const s of ["0", "02", "1.489", "52.500.000", "999999999999999", "9999999999999999", "1.234.567.890.123.456", "12345678901234567890", "2,5", "1.000,25", ".", "1..2"]) {
      expect(Object.is(parseDigits(s), reference(s)), s).toBe(true);
    }
    for (let i = 0; i < 50000; i++) {
      let s = "";
      const n = 1 + Math.floor(next() * 22);
      for (let k = 0; k < n; k++) s += "0123456789.., "[Math.floor(next() * 14)];
      expect(Object.is(parseDigits(s), reference(s)), s).toBe(true);
    }
  });
});
