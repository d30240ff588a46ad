/**
 * The attendee search's hand-written readers must read as the patterns they replace: each is
 * compared with its pattern on random texts over the characters that matter (capitals and small
 * letters in and outside the BMP, marks, apostrophes, hyphens, spaces of several kinds, digits,
 * punctuation, characters that case-fold unusually) and on the sentences of the seed reports.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressBeforeName, CAPITAL, holdsNameCue, roleNounsBeforeWords, sentenceShape } from "../../src/extract/attendees/index.js";
import { nameAfterHonorific, nameKey, nameKeyOf, SYLLABLE, syllableEnd } from "../../src/extract/attendees/names.js";
import { partEnd, positionsOf } from "../../src/extract/attendees/titles.js";
import { ADDRESS_HONORIFIC, mayStartPosition, positionAtStart, PERSON_SURNAMES, POSITION_START, STRONG_MIDDLE_NAMES } from "../../src/lexicon/people.js";
import { allMatches } from "../../src/lexicon/regex.js";

const text = (pieces: string[], maxLength = 12) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(""));
const ODD = ["\u0301", "\u0300", "𝐍", "𝐠", "\ud835", "\udc0d", "ǅ", "ſ", "K", "İ", "ı", "µ", "\u00a0", "\t", "\u2003", "\n", "5", ",", ".", "(", ")", ";", ":"];

describe("syllableEnd reads SYLLABLE", () => {
  it("on random texts, in windows of several lengths", () => {
    const pieces = [..."NguyễnThịAaK'Lm-hoJiRịaVũngĐồ ", ...ODD, "Ji-hoon", "H'Bia", "Ma'Ra", "K'", "-a", "'A", "H' ", "' L", "' 𝐍"];
    fc.assert(
      fc.property(text(pieces, 10), fc.nat(), fc.nat(25), (s, a, w) => {
        const at = a % (s.length + 1);
        const end = Math.min(s.length, at + w);
        const m = SYLLABLE.exec(s.slice(at, end));
        expect(syllableEnd(s, at, end)).toBe(m ? at + m[0].length : -1);
      }),
      { numRuns: 20000 },
    );
    // the prefix typed apart from the name: "H'" before " Lan"
    expect(syllableEnd("bà H' Lan", 3, 9)).toBe(5);
    expect(SYLLABLE.exec("H' Lan")?.[0]).toBe("H'");
  });
});

describe("positionAtStart says false only where POSITION_START cannot match, true only where it does", () => {
  it("on positions in any case and random texts around them", () => {
    const pieces = ["chủ tịch", "Phó Chủ tịch", "PHÓ CHỦ TỊCH", "tân ", "nguyên", "đương kim", "bí thư", "Thị ủy viên", "thành uỷ viên", "UVBTV", "ct", "GĐ", "Trưởng", "ban", "kế toán", "Tư lệnh", "thư ký", " ", "  ", "-", "x", "ủy", "Ủy", ...ODD];
    fc.assert(
      fc.property(text(pieces, 8), fc.nat(), fc.nat(35), (s, a, w) => {
        const at = a % (s.length + 1);
        const end = Math.min(s.length, at + w);
        const matches = POSITION_START.test(s.slice(at, end));
        if (matches) expect(mayStartPosition(s, at, end)).toBe(true);
        const sure = positionAtStart(s, at, end);
        if (sure !== null) expect(sure).toBe(matches);
      }),
      { numRuns: 30000 },
    );
  });
});

describe("the title's parts", () => {
  it("positionsOf cuts where the split at commas and at dashes before a position cut", () => {
    const reference = (title: string) =>
      title
        .split(/\s*,\s*/u)
        .flatMap((p) => p.split(/\s*-\s*(?=(?:phó\s+)?(?:chủ tịch|bí thư|trưởng|giám đốc|ủy viên|uỷ viên|CT|PCT|BT|PBT|UV|HUV|TUV|GĐ|PGĐ)(?![\p{L}]))/iu))
        .filter(Boolean);
    const pieces = ["Phó", "phó", " ", "  ", "-", ",", " - ", "chủ tịch", "CT", "Bí thư", "UBND", "x", "\t", "ủy viênx", "GĐ", "-CT", "PGĐa", "\u00a0"];
    fc.assert(fc.property(text(pieces), (s) => {
      expect(positionsOf(s)).toEqual(reference(s));
    }), { numRuns: 20000 });
  });

  it("partEnd ends a part where the pattern did", () => {
    const PART = /^[^,;:.()]*?(?=\s*(?:,|;|:|\.(?:\s|$)|\(|\s-|-\s|$))/u;
    const pieces = [..."ab ,;:.()-x", "\t", "\u00a0", "𝐍", "\ud835", "\u2003"];
    fc.assert(
      fc.property(text(pieces, 14), fc.nat(), (s, a) => {
        const from = a % (s.length + 1);
        const m = PART.exec(s.slice(from));
        expect(partEnd(s, from)).toBe(m ? from + m[0].length : s.length);
      }),
      { numRuns: 30000 },
    );
  });
});

describe("names", () => {
  it("nameKey folds as the whole-name reference does", () => {
    const pieces = [..."NguyễnThịĐđ -K'Lm_0123,.", ...ODD, "Σ", "σ", "ς", "한", "\u0307", "\u0323", "ﬁ", "Å", "ẞ"];
    fc.assert(fc.property(text(pieces, 15), (s) => {
      expect(nameKey(s)).toBe(nameKeyOf(s));
    }), { numRuns: 20000 });
  });

  it("holdsNameCue finds what the pattern of surnames, apostrophes and strong middle names found", () => {
    const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const NAME_CUE = new RegExp(`(?:${[...PERSON_SURNAMES].map(escape).join("|")}) [${CAPITAL}]|'[${CAPITAL}]| (?:${[...STRONG_MIDDLE_NAMES].map(escape).join("|")}) [${CAPITAL}]`, "u");
    const pieces = ["Nguyễn", "Văn", "Thị", " ", "A", "Y", "xA", "Seo", "Mí", "Ksor", "'", "ạ", "Ạ", "b", "Ỹ", "tỉnh", "ABA", "𝐍", "Lê", "Hà", "Ha", "Rahlan", "Êban", "\u00a0"];
    fc.assert(fc.property(text(pieces, 8), (s) => {
      expect(holdsNameCue(s)).toBe(NAME_CUE.test(s));
    }), { numRuns: 30000 });
  });
});

describe("one pass over a sentence", () => {
  const pieces = ["Nguyễn", "Văn", "An", " ", "  ", "ông", "Ông", "bà", "đồng chí", "Đồng chí:", ":", "đ/c", "Đ/C", "x", "tỉnh", "(", "'", "LĐLĐ", "𝐍𝐠", "Ա", "ạ", "\u00a0", "anh", ",", "cô"];
  /** The loop the pass replaces: a word holding a capital, a space, a capital. */
  const mayBeCapital = (unit: number) => (unit < 128 ? unit >= 65 && unit <= 90 : (unit >= 0xd800 && unit <= 0xdfff) || /^\p{Lu}$/u.test(String.fromCharCode(unit)));
  const mayNamePerson = (s: string) => {
    let capitalInWord = false;
    for (let i = 0; i < s.length; i++) {
      const unit = s.charCodeAt(i);
      if (unit === 32) {
        if (capitalInWord && i + 1 < s.length && mayBeCapital(s.charCodeAt(i + 1))) return true;
        capitalInWord = false;
      } else if (!capitalInWord && mayBeCapital(unit)) capitalInWord = true;
    }
    return false;
  };
  const ADDRESS = new RegExp(ADDRESS_HONORIFIC.source, "gu");
  it("finds a name's words where the loop did, and a word of address before every capital that follows one", () => {
    fc.assert(
      fc.property(text(pieces, 10), (s) => {
        const shape = sentenceShape(s);
        expect(shape.pairs.length > 0).toBe(mayNamePerson(s));
        // an honorific followed (after spaces) by a name: the pass must let the sentence be scanned
        const leads = allMatches(ADDRESS, s).some((h) => {
          let pos = h.index + h[0].length;
          while (s[pos] === " ") pos++;
          return nameAfterHonorific(s, pos) !== null;
        });
        if (leads && shape.pairs.length > 0) expect(addressBeforeName(s, shape)).toBe(true);
      }),
      { numRuns: 30000 },
    );
  });
});

describe("role nouns before a name's words", () => {
  it("are the matches of the pattern of role nouns that end where such a word begins", async () => {
    const { ROLE_NOUNS } = await import("../../src/lexicon/people.js");
    const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const ROLE = new RegExp(`(?:${ROLE_NOUNS.flatMap((r) => [r.noun, r.noun.charAt(0).toUpperCase() + r.noun.slice(1)]).map(escape).join("|")}) (?=[${CAPITAL}])`, "gu");
    const pieces = ["nữ đoàn viên", "đoàn viên", "Đoàn viên", "công nhân", "Nữ công nhân", "cô giáo", " ", "Hầu", "Thị", "Mai", "x", "cán bộ", "Ạ", "ạ", "người lao động"];
    fc.assert(
      fc.property(text(pieces, 10), (s) => {
        const shape = sentenceShape(s);
        const starts = new Set(shape.pairs.filter((_, k) => k % 2 === 0));
        const want = allMatches(ROLE, s).filter((m) => starts.has(m.index + m[0].length)).map((m) => [m.index, m[0]]);
        expect(roleNounsBeforeWords(s, shape.pairs).map((m) => [m.index, m[0]])).toEqual(want);
      }),
      { numRuns: 30000 },
    );
  });
});

describe("spacing made single only where it changes", () => {
  it("/\\s\\s|[^\\S ]/ finds every text that replacing /\\s+/g with one space changes", () => {
    const pieces = ["a", " ", "  ", "\t", "\u00a0", "\n", "b", "\u2003", "\ufeff", "x y"];
    fc.assert(
      fc.property(text(pieces, 8), (s) => {
        if (s.replace(/\s+/g, " ") !== s) expect(/\s\s|[^\S ]/.test(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
