/**
 * Issue 3, items 1, 2 and 6: how Vietnamese writes amounts, read by parseAmount.
 * "." groups thousands, "," is the decimal mark, leading zeros drop, scale words and compounds,
 * spelled-out numbers, currency marks, percentages, ratios, and the qualifiers around a number.
 */
import { describe, expect, it } from "vitest";
import { parseAmount } from "../../src/extract/statistics/numbers.js";

type Want = { value: number; unit?: "count" | "VND" | "percent"; qualifier?: string };

function expectAmount(text: string, want: Want) {
  const got = parseAmount(text);
  expect(got, `parseAmount(${JSON.stringify(text)})`).not.toBeNull();
  expect(got!.value, `value of ${JSON.stringify(text)}`).toBeCloseTo(want.value, 6);
  if (want.unit) expect(got!.unit, `unit of ${JSON.stringify(text)}`).toBe(want.unit);
  if (want.qualifier) expect(got!.qualifier, `qualifier of ${JSON.stringify(text)}`).toBe(want.qualifier);
}

describe("parseAmount: the issue's own example (item 6)", () => {
  it('parseAmount("trên 800 triệu đồng") gives { value: 800000000, unit: "VND", qualifier: "over" }', () => {
    expect(parseAmount("trên 800 triệu đồng")).toEqual({ value: 800000000, unit: "VND", qualifier: "over" });
  });

  it("reads input that is not NFC the same way", () => {
    expect(parseAmount("trên 800 triệu đồng".normalize("NFD"))).toEqual({ value: 800000000, unit: "VND", qualifier: "over" });
  });

  it("gives null when there is no number", () => {
    expect(parseAmount("Hội nghị tổng kết công tác công đoàn")).toBeNull();
    expect(parseAmount("")).toBeNull();
  });
});

describe("parseAmount: '.' groups thousands, ',' is the decimal mark", () => {
  it.each<[string, Want]>([
    ["1.489", { value: 1489, unit: "count", qualifier: "exact" }],
    ["1.489 đoàn viên", { value: 1489, unit: "count" }],
    ["52.500.000đ", { value: 52500000, unit: "VND" }],
    ["72.170.000đ", { value: 72170000, unit: "VND" }],
    ["12.345.678 đồng", { value: 12345678, unit: "VND" }],
    ["2,5 tỷ", { value: 2500000000 }],
    ["2,5 tỷ đồng", { value: 2500000000, unit: "VND" }],
    ["1,5 triệu đồng", { value: 1500000, unit: "VND" }],
    ["95,5%", { value: 95.5, unit: "percent" }],
    ["0,5%", { value: 0.5, unit: "percent" }],
    ["1.250,5 triệu đồng", { value: 1250500000, unit: "VND" }],
  ])("%s", (text, want) => expectAmount(text, want));
});

describe("parseAmount: leading zeros drop", () => {
  it.each<[string, Want]>([
    ["02", { value: 2, unit: "count" }],
    ["06", { value: 6, unit: "count" }],
    ["01 tập thể", { value: 1, unit: "count" }],
    ["08 cá nhân", { value: 8, unit: "count" }],
  ])("%s", (text, want) => expectAmount(text, want));
});

describe("parseAmount: scale words and compounds", () => {
  it.each<[string, Want]>([
    ["800 triệu đồng", { value: 800000000, unit: "VND", qualifier: "exact" }],
    ["3 tỷ 200 triệu", { value: 3200000000 }],
    ["3 tỷ 200 triệu đồng", { value: 3200000000, unit: "VND" }],
    ["2 tỷ 500 triệu đồng", { value: 2500000000, unit: "VND" }],
    ["1 triệu 500 nghìn", { value: 1500000 }],
    ["1 triệu 500 nghìn đồng", { value: 1500000, unit: "VND" }],
    ["10k đồng", { value: 10000, unit: "VND" }],
    ["5 nghìn", { value: 5000 }],
    ["5 nghìn đồng", { value: 5000, unit: "VND" }],
    ["3 ngàn", { value: 3000 }],
    ["200 ngàn đồng", { value: 200000, unit: "VND" }],
    ["3,7 tỉ đồng", { value: 3700000000, unit: "VND" }],
  ])("%s", (text, want) => expectAmount(text, want));
});

describe("parseAmount: spelled-out numbers", () => {
  it.each<[string, Want]>([
    ["hai tập thể", { value: 2, unit: "count" }],
    ["mười lăm", { value: 15, unit: "count" }],
    ["mười hai", { value: 12 }],
    ["hai mươi", { value: 20 }],
    ["ba mươi mốt", { value: 31, unit: "count" }],
    ["hai mươi mốt nghìn không trăm mười một", { value: 21011, unit: "count", qualifier: "exact" }],
    ["một tỷ", { value: 1000000000 }],
    ["một tỷ đồng", { value: 1000000000, unit: "VND" }],
    ["tám trăm triệu", { value: 800000000 }],
    ["tám trăm triệu đồng", { value: 800000000, unit: "VND" }],
    ["năm trăm nghìn đồng", { value: 500000, unit: "VND" }],
    ["một trăm linh năm", { value: 105 }],
  ])("%s", (text, want) => expectAmount(text, want));
});

describe("parseAmount: currency marks make the amount VND", () => {
  it.each<[string, Want]>([
    ["300.000đ", { value: 300000, unit: "VND" }],
    ["300.000 đ", { value: 300000, unit: "VND" }],
    ["300.000 đồng", { value: 300000, unit: "VND" }],
    ["300.000 VNĐ", { value: 300000, unit: "VND" }],
    ["300.000 VND", { value: 300000, unit: "VND" }],
    ["15.000.000 VNĐ", { value: 15000000, unit: "VND" }],
  ])("%s", (text, want) => expectAmount(text, want));

  it('"đồng" in "đồng chí" is not money: "06 đồng chí" is a count', () => {
    expectAmount("06 đồng chí", { value: 6, unit: "count" });
  });
});

describe("parseAmount: percentages", () => {
  it.each<[string, Want]>([
    ["100%", { value: 100, unit: "percent" }],
    ["95,5%", { value: 95.5, unit: "percent" }],
    ["100 phần trăm", { value: 100, unit: "percent" }],
    ["trên 90%", { value: 90, unit: "percent", qualifier: "over" }],
  ])("%s", (text, want) => expectAmount(text, want));
});

describe("parseAmount: ratios are counts, never dates", () => {
  it.each<[string, Want]>([
    ["59/59", { value: 59, unit: "count" }],
    ["59/59 đại hội", { value: 59, unit: "count" }],
    ["45/52 CĐCS", { value: 45, unit: "count" }],
  ])("%s", (text, want) => expectAmount(text, want));
});

describe("parseAmount: qualifiers (item 2)", () => {
  const cases: [string, string, number][] = [
    // approx
    ["gần 2.000 suất quà", "approx", 2000],
    ["khoảng 300 đoàn viên", "approx", 300],
    ["xấp xỉ 95%", "approx", 95],
    ["chừng 50 người", "approx", 50],
    ["ước tính 1.200 lượt", "approx", 1200],
    ["gần như 100%", "approx", 100],
    // over
    ["trên 800 triệu đồng", "over", 800000000],
    ["hơn 8.000 lượt", "over", 8000],
    ["nhiều hơn 200 đoàn viên", "over", 200],
    ["vượt 15%", "over", 15],
    ["cao hơn 20%", "over", 20],
    ["hơn 200 đoàn viên trở lên", "over", 200],
    // under
    ["dưới 50 người", "under", 50],
    ["ít hơn 30 người", "under", 30],
    ["kém hơn 10%", "under", 10],
    ["chưa đến 100 người", "under", 100],
    ["không tới 40 người", "under", 40],
    // at_least
    ["ít nhất 3 lớp", "at_least", 3],
    ["tối thiểu 50 người", "at_least", 50],
    ["không ít hơn 20 người", "at_least", 20],
    ["từ 20 lao động trở lên", "at_least", 20],
    // at_most
    ["tối đa 5 triệu đồng", "at_most", 5000000],
    ["không quá 2 triệu đồng", "at_most", 2000000],
    ["không hơn 10 người", "at_most", 10],
    ["không cao hơn 5%", "at_most", 5],
    ["từ 10 người trở xuống", "at_most", 10],
    // none
    ["1.489 đoàn viên", "exact", 1489],
    // "từ ... lên/xuống": the old value of a change, not a lower bound
    ["từ 350.000 đồng lên 420.000 đồng", "exact", 350000],
    ["từ 350.000 đồng/người lên 420.000 đồng/người", "exact", 350000],
    ["từ 14 xuống còn 11 CĐCS", "exact", 14],
    ["từ 2 triệu đồng thành 2,5 triệu đồng", "exact", 2000000],
    // "đến từ": where people come from, no bound
    ["đến từ 25 doanh nghiệp", "exact", 25],
    // "từ ... đến": a range, whose low end is a lower bound
    ["từ 30 đến 50 triệu đồng", "at_least", 30000000],
  ];
  it.each(cases)("%s -> %s", (text, qualifier, value) => expectAmount(text, { value, qualifier }));
});
