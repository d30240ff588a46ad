import { describe, expect, it } from "vitest";
import { endsWord } from "../../src/extract/meeting/organizer.js";

describe("helpers that stand in for patterns", () => {
  it("endsWord answers what /[\\s,;:()\"]/u answers, for every code unit", () => {
    const pattern = /[\s,;:()"]/u;
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue; // a lone surrogate: neither is a word end
      expect(endsWord(unit), `U+${unit.toString(16)}`).toBe(pattern.test(String.fromCharCode(unit)));
    }
    expect(endsWord(0xd800)).toBe(false);
  });
});
