/**
 * The explicit letter classes (lexicon/letter-classes.ts) are exactly the Unicode properties
 * within WORD_CHAR, and vre writes a pattern's \p{...} with them without changing what it matches
 * there.
 */
import { describe, expect, it } from "vitest";
import { PROPERTY_RANGES } from "../../src/lexicon/letter-classes.js";
import { explicitProperties, vre, WORD_CHAR } from "../../src/lexicon/regex.js";

const inScope = new RegExp(`^[${WORD_CHAR}]$`, "u");
/** every code unit up to the end of the Latin Extended Additional block */
const units = Array.from({ length: 0x1f00 }, (_, c) => String.fromCharCode(c));

describe("explicit letter classes", () => {
  for (const property of Object.keys(PROPERTY_RANGES) as (keyof typeof PROPERTY_RANGES)[]) {
    it(`${property}: the characters of WORD_CHAR with \\p{${property}}, no more, no fewer`, () => {
      const explicit = new RegExp(`^[${PROPERTY_RANGES[property]}]$`, "u");
      const unicode = new RegExp(`^\\p{${property}}$`, "u");
      const differ = units.filter((c) => explicit.test(c) !== (inScope.test(c) && unicode.test(c)));
      expect(differ).toEqual([]);
    });
  }

  it("rewrites \\p{...} inside and outside classes, and leaves other escapes alone", () => {
    expect(explicitProperties("\\p{Lu}x[\\p{Ll}\\p{M}-]")).toBe(`[${PROPERTY_RANGES.Lu}]x[${PROPERTY_RANGES.Ll}${PROPERTY_RANGES.M}-]`);
    expect(explicitProperties("[^\\p{L}]\\P{L}\\\\p{L}\\d")).toBe(`[^${PROPERTY_RANGES.L}]\\P{L}\\\\p{L}\\d`);
    expect(explicitProperties("no property here")).toBe("no property here");
  });

  it("a pattern built by vre matches what its \\p{...} form matches on Vietnamese text", () => {
    const source = String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{Ll}\p{M}]+(?:\s\p{Lu}[\p{Ll}\p{M}]+)*)(?![\p{L}\p{M}])`;
    const text = "Chủ tịch LĐLĐ tỉnh Nguyễn Văn Ánh, Đồng chí Trần Thị Ửng và ông Lê Ọ dự; ÁNH SÁNG 12 Ðào";
    const matches = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[1]]);
    expect(matches(vre(source, "gu"))).toEqual(matches(new RegExp(source, "gu")));
    expect(matches(vre(source, "gu")).length).toBeGreaterThan(3);
    expect(vre(source, "u").source).not.toContain("\\p{");
  });
});
