import { describe, expect, it } from "vitest";
import { clean, isDateline } from "../../src/pipeline/clean.js";
import { createDocument } from "../../src/pipeline/normalize.js";
import { segment } from "../../src/pipeline/segment.js";
import { seedText } from "../helpers.js";

const source = { path: null, bytes: 0, sha256: "0".repeat(64), encoding: "utf-8", format: "text" as const };
const prepared = (text: string) => segment(clean(createDocument(text, source)));

describe("clean", () => {
  it("marks page furniture, date lines, bylines and the related-articles tail", () => {
    const doc = prepared(seedText("004_26480470671b356b"));
    const furnitureTexts = doc.furniture.map((f) => `${f.kind}:${doc.view.slice(f.start, f.end).slice(0, 30)}`);
    expect(furnitureTexts).toContain("dateline:13/07/2023 08:06 SA");
    expect(furnitureTexts.some((f) => f.startsWith("byline:Văn Cương"))).toBe(true);
    expect(furnitureTexts.some((f) => f.startsWith("furniture:Lượt xem: 194"))).toBe(true);
    // the visitor counters sit in the tail after "Liên kết website"
    const counter = doc.view.indexOf("27.922");
    expect(doc.isFurniture(counter)).toBe(true);
    // the body is not furniture
    expect(doc.isFurniture(doc.view.indexOf("1.489 đoàn viên"))).toBe(false);
  });

  it("cuts the related-articles list after 'Tin khác' and keeps the article", () => {
    const doc = prepared(seedText("003_8669d27cfbe45e39"));
    expect(doc.isFurniture(doc.view.indexOf("Hà Nội: Tuyên dương 68 người con hiếu thảo"))).toBe(true);
    expect(doc.isFurniture(doc.view.indexOf("Tổ chức Hội nghị cán bộ năm 2025"))).toBe(true);
    expect(doc.isFurniture(doc.view.indexOf("bàn giao Mái ấm Công đoàn"))).toBe(false);
  });

  it("marks menus, font-size controls and page counters", () => {
    const doc = prepared("Skip to main content\nChế độ ban đêm In trang Xuất PDF Đọc nội dung\nCỡ chữ: A+ A-\nHội nghị tổng kết năm 2021 của Liên đoàn Lao động tỉnh đã diễn ra với 120 đại biểu tham dự và nhiều ý kiến.\nTổng số: 69 | Trang: 1 trên tổng số 7 trang");
    for (const s of ["Skip to main content", "Chế độ ban đêm", "Cỡ chữ", "Tổng số: 69"]) expect(doc.isFurniture(doc.view.indexOf(s))).toBe(true);
    expect(doc.isFurniture(doc.view.indexOf("120 đại biểu"))).toBe(false);
  });

  it("recognises date lines by their shape", () => {
    expect(isDateline("Thứ ba, 31 Tháng 12 2019 17:16")).toBe(true);
    expect(isDateline("13/07/2023 08:06 SA")).toBe(true);
    expect(isDateline("Cập nhật lúc 15:42 - 24/01/2021 (GMT +07:00)")).toBe(true);
    expect(isDateline("Thứ Ba, ngày 11 tháng 1 năm 2022 - 11:31")).toBe(true);
    expect(isDateline("Ngày 10/01/2022, Liên đoàn lao động huyện tổ chức hội nghị")).toBe(false);
  });
});

describe("segment", () => {
  it("splits paragraphs into sentences, not at numbers or dotted abbreviations", () => {
    const doc = prepared("LĐLĐ TP. Hội An có 1.489 đoàn viên. Sáng 24.6, hội nghị khai mạc! Tiếp theo là phần thảo luận…\nĐoạn thứ hai.");
    const sentences = doc.sentences.map((s) => doc.view.slice(s.start, s.end));
    expect(sentences).toEqual([
      "LĐLĐ TP. Hội An có 1.489 đoàn viên.",
      "Sáng 24.6, hội nghị khai mạc!",
      "Tiếp theo là phần thảo luận…",
      "Đoạn thứ hai.",
    ]);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences[3]!.paragraph).toBe(1);
  });

  it("the number of a heading or an item at the start of its line is not a sentence of its own", () => {
    const doc = prepared("II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025\n2. Nhiệm vụ trọng tâm\na. Công tác tuyên truyền. Tổ chức 12 buổi.\nHội nghị có 2. Đại biểu phát biểu.");
    expect(doc.sentences.map((s) => doc.view.slice(s.start, s.end))).toEqual([
      "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025",
      "2. Nhiệm vụ trọng tâm",
      "a. Công tác tuyên truyền.",
      "Tổ chức 12 buổi.",
      // inside a line a number and its dot still end a sentence
      "Hội nghị có 2.",
      "Đại biểu phát biểu.",
    ]);
  });
});
