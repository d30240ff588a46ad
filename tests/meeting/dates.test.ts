import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/meeting/dates.js";

const first = (s: string) => {
  const d = findDates(s)[0];
  return d ? { day: d.day, month: d.month, year: d.year, hour: d.hour, minute: d.minute, text: d.text } : null;
};

describe("dates (chrono.vi with our parsers and refiners)", () => {
  it("reads a year without 'năm'", () => {
    expect(first("Thứ ba, 31 Tháng 12 2019 17:16")).toMatchObject({ day: 31, month: 12, year: 2019 });
  });
  it("a year cut short is no year, and the report stays valid", async () => {
    expect(first("Ngày 9 tháng 3 năm 202, Công đoàn huyện")).toMatchObject({ day: 9, month: 3, year: null });
    const { extract } = await import("../../src/pipeline/index.js");
    const r = extract("Ngày 9 tháng 3 năm 202, Liên đoàn Lao động huyện Yên Thế tổ chức Hội nghị tổng kết hoạt động công đoàn.");
    expect(r.meeting.date).toBeNull();
  });
  it("merges a part of day into the date after it", () => {
    expect(first("Chiều ngày 12/7/2023, Liên đoàn Lao động huyện")).toMatchObject({ day: 12, month: 7, year: 2023, hour: 14, text: "Chiều ngày 12/7/2023" });
    expect(first("Chiều 11/8, Liên đoàn Lao động quận")).toMatchObject({ day: 11, month: 8, year: null, text: "Chiều 11/8" });
  });
  it("applies the Vietnamese meridiem after a clock time", () => {
    expect(first("13/07/2023 08:06 SA")).toMatchObject({ day: 13, month: 7, year: 2023, hour: 8, minute: 6 });
    expect(first("13/07/2023 02:15 CH")).toMatchObject({ hour: 14, minute: 15 });
  });
  it("leaves the year open when the text does not state it", () => {
    expect(first("Ngày 21/01, Liên đoàn Lao động huyện tổ chức")).toMatchObject({ day: 21, month: 1, year: null });
  });
  it("reads dash and dot dates after a day word, and not elsewhere", () => {
    expect(first("Chiều 6-9-2019, Công đoàn Giáo dục tỉnh")).toMatchObject({ day: 6, month: 9, year: 2019 });
    expect(first("Sáng 24.6, Công đoàn Viên chức tỉnh")).toMatchObject({ day: 24, month: 6, year: null });
    expect(first("Ngày 30-12, Đại hội khai mạc")).toMatchObject({ day: 30, month: 12 });
    expect(findDates("kỷ niệm 80 năm Quốc khánh 2-9")).toEqual([]);
  });
  it("takes the first day of a range", () => {
    expect(findDates("từ ngày 24-25/3, 10 Công đoàn cơ sở tổ chức Đại hội")[0]).toMatchObject({ day: 24, month: 3, endDay: 25 });
  });
  it("takes the first day of a range joined by a word, after 'ngày' or 'từ'", () => {
    expect(first("Trong hai ngày 21 và 22/5/2024, Công đoàn ngành Y tế")).toMatchObject({ day: 21, month: 5, year: 2024, text: "ngày 21 và 22/5/2024" });
    expect(first("Từ ngày 8 đến 10/11/2023, Liên đoàn Lao động huyện")).toMatchObject({ day: 8, month: 11, year: 2023, text: "Từ ngày 8 đến 10/11/2023" });
    expect(first("từ 3 tới 5/9, Liên đoàn Lao động quận")).toMatchObject({ day: 3, month: 9, year: null });
    expect(first("các ngày 9, 10/5/2025, Đại hội")).toMatchObject({ day: 9, month: 5, year: 2025 });
    expect(findDates("Trong hai ngày 21 và 22/5/2024")[0]).toMatchObject({ endDay: 22 });
    // a word between bare numbers joins no days: "gồm 14 và 15/6" is a count and a date
    expect(first("gồm 14 và 15/6/2023")).toMatchObject({ day: 15, month: 6, year: 2023 });
  });
  it("takes the first day of a range over two months, in the year at its end", () => {
    expect(first("Từ ngày 29/6 đến ngày 2/7/2024, Công đoàn")).toMatchObject({ day: 29, month: 6, year: 2024 });
    expect(first("trong hai ngày 30/11 và 1/12/2022")).toMatchObject({ day: 30, month: 11, year: 2022 });
    expect(first("từ 30/12 đến 2/1/2025, đoàn công tác")).toMatchObject({ day: 30, month: 12, year: 2024 });
  });
  it("reads the standard Vietnamese long form", () => {
    expect(first("Ngày 05 tháng 01 năm 2020 Văn phòng tổ chức")).toMatchObject({ day: 5, month: 1, year: 2020 });
  });
});

describe("parsers left out of chrono.vi", () => {
  it("are named as chrono.vi names them (an upgrade that renames one fails here, not silently)", async () => {
    const vi = await import("chrono-node/vi");
    const names = vi.casual.parsers.map((p) => p.constructor.name);
    for (const n of ["VIYearParser", "VIMonthYearParser", "VICasualDateParser", "VICasualTimeParser", "VITimeUnitCasualRelativeFormatParser", "VITimeUnitWithinFormatParser"]) {
      expect(names).toContain(n);
    }
    const { vietnameseChrono } = await import("../../src/extract/meeting/dates.js");
    const kept = vietnameseChrono().parsers.map((p) => p.constructor.name);
    expect(kept).not.toContain("VIYearParser");
    expect(kept).toContain("VIStandardParser");
    expect(kept).toContain("SlashDateFormatParser");
  });

  it("days counted from today are not stated days", () => {
    expect(findDates("Trong 3 ngày tới, 10 công đoàn cơ sở sẽ họp")).toEqual([]);
    expect(findDates("Lúc 8 giờ sáng nay, hội nghị khai mạc")).toEqual([]);
    expect(findDates("Năm 2023, tháng 7 năm 2023 và hôm nay")).toEqual([]);
  });

  it("a part of the day still joins the date after it", () => {
    expect(first("Chiều ngày 12/7/2023, Hội nghị khai mạc")).toMatchObject({ day: 12, month: 7, year: 2023, hour: 14, text: "Chiều ngày 12/7/2023" });
  });
});
