import { describe, expect, it } from "vitest";
import { createDocument, normalizeTone } from "../../src/pipeline/normalize.js";

const source = { path: null, bytes: 0, sha256: "0".repeat(64), encoding: "utf-8", format: "text" as const };

describe("normalize", () => {
  it("keeps the text in NFC and makes a view of the same length for one-to-one replacements", () => {
    const decomposed = "Hội nghị “tổng kết” – năm\u00a02021".normalize("NFD");
    const doc = createDocument(decomposed, source);
    expect(doc.text).toBe("Hội nghị “tổng kết” – năm\u00a02021");
    expect(doc.view).toBe('Hội nghị "tổng kết" - năm 2021');
    expect(doc.map).toBeNull();
    expect(doc.toSpan(9, 19)).toEqual([9, 19]);
  });

  it("drops invisible characters from the view and maps spans back around them", () => {
    const doc = createDocument("Đoàn\u200b viên 1.489\u00ad người", source);
    expect(doc.view).toBe("Đoàn viên 1.489 người");
    const at = doc.view.indexOf("1.489");
    const { text, span } = doc.excerpt(at, at + 5);
    expect(text).toBe("1.489");
    expect(doc.text.slice(span[0], span[1])).toBe("1.489");
    const whole = doc.excerpt(0, doc.view.length);
    expect(whole.text).toBe(doc.text);
  });

  it("turns Windows line endings into a space and a newline, keeping offsets", () => {
    const doc = createDocument("dòng một\r\ndòng hai", source);
    expect(doc.view).toBe("dòng một \ndòng hai");
    expect(doc.view.length).toBe(doc.text.length);
  });

  it("moves old-style tone marks to the modern vowel at the end of a syllable only", () => {
    expect(normalizeTone("Hoà Bình, thuỷ, khoẻ, Thanh Hoá")).toBe("Hòa Bình, thủy, khỏe, Thanh Hóa");
    // closed syllables and "qu" stay as written
    expect(normalizeTone("hoàn thành, quý, Uỷ ban")).toBe("hoàn thành, quý, Ủy ban");
  });
});
