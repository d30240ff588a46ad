import { describe, expect, it } from "vitest";
import { findPeriods, periodRole, toPeriod } from "../../src/extract/meeting/period.js";
import { canonicalOrgName, levelOf, makeOrganizer, readOrgName } from "../../src/extract/meeting/organizer.js";
import { meetingKind } from "../../src/extract/meeting/kind.js";
import { extract } from "../../src/pipeline/index.js";

describe("periods", () => {
  const one = (s: string) => toPeriod(findPeriods(s)[0]!);
  it("reads years, halves, nine months, quarters and school years", () => {
    expect(one("tổng kết công tác năm 2021")).toMatchObject({ from: "2021-01", to: "2021-12" });
    expect(one("sơ kết 6 tháng đầu năm 2023")).toMatchObject({ from: "2023-01", to: "2023-06" });
    expect(one("nhiệm vụ 6 tháng cuối năm 2022")).toMatchObject({ from: "2022-07", to: "2022-12" });
    expect(one("sơ kết 9 tháng năm 2024")).toMatchObject({ from: "2024-01", to: "2024-09" });
    expect(one("sơ kết quý I năm 2023")).toMatchObject({ from: "2023-01", to: "2023-03" });
    expect(one("tổng kết năm học 2022-2023")).toMatchObject({ from: "2022-09", to: "2023-08" });
  });
  it("borrows the year of a later period in the same sentence", () => {
    const p = findPeriods("sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023");
    expect(p.map((x) => toPeriod(x))).toEqual([
      { label: "6 tháng đầu năm", from: "2023-01", to: "2023-06" },
      { label: "6 tháng cuối năm 2023", from: "2023-07", to: "2023-12" },
    ]);
  });
  it("tells the reviewed period from the period of the new tasks", () => {
    const s = "tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020";
    const [a, b] = findPeriods(s);
    expect(periodRole(s, a!, 0)).toBe("review");
    expect(periodRole(s, b!, a!.end)).toBe("next");
  });
  it("reads a period without a year, whose year the meeting's date gives", () => {
    const [first, second] = findPeriods("sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm");
    expect(first).toMatchObject({ label: "6 tháng đầu năm", fromMonth: 1, toMonth: 6, year: null });
    expect(second).toMatchObject({ label: "6 tháng cuối năm", fromMonth: 7, toMonth: 12, year: null });
    const r = extract("Ngày 12/7/2023, LĐLĐ huyện Mộc Châu tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.");
    expect(r.meeting.kind).toBe("midyear_review");
    expect(r.meeting.period).toEqual({ label: "6 tháng đầu năm", from: "2023-01", to: "2023-06" });
    expect(r.meeting.nextPeriod).toEqual({ label: "6 tháng cuối năm", from: "2023-07", to: "2023-12" });
  });
  it("takes the year from the date line when the day is not stated", () => {
    const r = extract("15/07/2024 09:30\nCông đoàn Viên chức tỉnh Hòa Bình vừa tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.");
    expect(r.meeting.date).toBeNull();
    expect(r.meeting.period).toMatchObject({ from: "2024-01", to: "2024-06" });
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2024-07", to: "2024-12" });
  });
  it("a quarter planned at the end of a year is next year's; a quarter reviewed is this year's", () => {
    const r = extract("Chiều 22/12/2023, Công đoàn ngành Công Thương tỉnh Vĩnh Long tổ chức hội nghị sơ kết công tác quý IV, triển khai nhiệm vụ quý I.");
    expect(r.meeting.period).toEqual({ label: "quý IV", from: "2023-10", to: "2023-12" });
    expect(r.meeting.nextPeriod).toEqual({ label: "quý I", from: "2024-01", to: "2024-03" });
  });
  it("has no period when neither the text nor a date gives the year", () => {
    expect(toPeriod(findPeriods("trong 6 tháng đầu năm")[0]!)).toBeNull();
    const r = extract("Trong 6 tháng đầu năm, các CĐCS trực thuộc đã tặng 162 suất quà. Hội nghị triển khai nhiệm vụ 6 tháng cuối năm.");
    expect(r.meeting.period).toBeNull();
    expect(r.meeting.nextPeriod).toBeNull();
  });
  it("reads three and nine months at either end of the year", () => {
    expect(toPeriod(findPeriods("triển khai nhiệm vụ 3 tháng cuối năm 2023")[0]!)).toEqual({ label: "3 tháng cuối năm 2023", from: "2023-10", to: "2023-12" });
    expect(toPeriod(findPeriods("sơ kết 3 tháng đầu năm 2025")[0]!)).toMatchObject({ from: "2025-01", to: "2025-03" });
    expect(toPeriod(findPeriods("sơ kết chín tháng đầu năm 2022")[0]!)).toMatchObject({ from: "2022-01", to: "2022-09" });
    expect(toPeriod(findPeriods("sơ kết 9 tháng năm 2024")[0]!)).toMatchObject({ from: "2024-01", to: "2024-09" });
  });
  it("a meeting that launches a month's campaign plans that month", () => {
    const r = extract("Sáng 18/3/2025, LĐLĐ huyện Tam Nông tổ chức hội nghị triển khai các hoạt động Tháng Công nhân năm 2025.");
    expect(r.meeting.nextPeriod).toEqual({ label: "Tháng Công nhân năm 2025", from: "2025-05", to: "2025-05" });
    const s = extract("Ngày 2/4/2024, Công đoàn ngành Xây dựng tỉnh Bình Định triển khai các hoạt động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động.");
    expect(s.meeting.nextPeriod).toMatchObject({ from: "2024-05", to: "2024-05" });
    // a campaign only mentioned is no period
    const t = extract("Ngày 10/1/2024, LĐLĐ huyện Tam Nông tổ chức hội nghị tổng kết năm 2023. Đặc biệt, trong Tháng Công nhân, LĐLĐ huyện đã trao 200 suất quà.");
    expect(t.meeting.period).toMatchObject({ from: "2023-01", to: "2023-12" });
    expect(t.meeting.nextPeriod).toBeNull();
  });
  it("a target reached in a headline is the year reviewed, not the next", () => {
    const r = extract(
      "Hòa Bình: Công đoàn huyện Lạc Sơn hoàn thành vượt 9/9 chỉ tiêu năm 2024\n\nChiều 27-12, LĐLĐ huyện Lạc Sơn tổ chức hội nghị tổng kết công tác công đoàn năm 2024, triển khai phương hướng năm 2025.",
    );
    expect(r.meeting.period).toMatchObject({ from: "2024-01", to: "2024-12" });
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2025-01", to: "2025-12" });
    const s = "phấn đấu hoàn thành các chỉ tiêu năm 2025";
    expect(periodRole(s, findPeriods(s)[0]!, 0)).toBe("next");
    const t = "hội nghị đã hoàn thành chương trình, triển khai nhiệm vụ năm 2025";
    expect(periodRole(t, findPeriods(t)[0]!, 0)).toBe("next");
  });
});

describe("organizer", () => {
  it("expands abbreviations and keeps the place", () => {
    expect(canonicalOrgName("LĐLĐ huyện Chi Lăng")).toBe("Liên đoàn Lao động huyện Chi Lăng");
    expect(canonicalOrgName("CĐCS Sở Công Thương")).toBe("Công đoàn cơ sở Sở Công Thương");
    expect(canonicalOrgName("Liên đoàn lao động huyện Đình Lập")).toBe("Liên đoàn Lao động huyện Đình Lập");
    expect(canonicalOrgName("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG ĐIỀN")).toBe("Liên đoàn Lao động huyện Phong Điền");
  });
  it("reads the level from the name", () => {
    expect(levelOf("Liên đoàn Lao động tỉnh Lào Cai")).toBe("province");
    expect(levelOf("Liên đoàn Lao động thành phố Cần Thơ")).toBe("province");
    expect(levelOf("Liên đoàn Lao động thành phố Long Khánh")).toBe("district");
    expect(levelOf("Liên đoàn Lao động quận Long Biên")).toBe("district");
    expect(levelOf("Liên đoàn Lao động thị xã Thái Hòa")).toBe("district");
    expect(levelOf("Công đoàn cơ sở Trường Tiểu học Nghĩa Thắng")).toBe("grassroots");
    expect(levelOf("Công đoàn ngành Y tế Nghệ An")).toBe("sector");
    expect(levelOf("Tổng Liên đoàn Lao động Việt Nam")).toBe("national");
    expect(makeOrganizer("LĐLĐ huyện Đam Rông")).toEqual({ name: "Liên đoàn Lao động huyện Đam Rông", level: "district", place: "huyện Đam Rông" });
  });
});

describe("organizer names", () => {
  const org = (text: string) => extract(text).meeting.organizer;
  it("leaves out an abbreviation in parentheses inside the name: 'Liên đoàn Lao động (LĐLĐ) huyện ...'", () => {
    const r = extract("Ngày 26-7, Liên đoàn Lao động (LĐLĐ) huyện Yên Mô tổ chức Hội nghị tổng kết công tác công đoàn năm 2023.");
    expect(r.meeting.organizer).toEqual({ name: "Liên đoàn Lao động huyện Yên Mô", level: "district", place: "huyện Yên Mô" });
    // an abbreviation after the whole name is not in it either
    const after = extract("Ngày 26-7, Liên đoàn Lao động huyện Yên Mô (LĐLĐ) tổ chức Hội nghị tổng kết công tác công đoàn năm 2023.");
    expect(after.meeting.organizer?.name).toBe("Liên đoàn Lao động huyện Yên Mô");
  });

  it("keeps 'các' inside a union of several bodies", () => {
    expect(org("Chiều 9/7/2024, Ban Chấp hành Công đoàn các Khu công nghiệp tỉnh Hải Dương tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2024.")).toEqual({
      name: "Công đoàn các Khu công nghiệp tỉnh Hải Dương",
      level: "sector",
      place: "tỉnh Hải Dương",
    });
    expect(org("Ngày 10/1/2024, Công đoàn các KCN tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết năm 2023.")?.name).toBe("Công đoàn các Khu công nghiệp tỉnh Vĩnh Phúc");
    // "các cấp" is no body's name
    expect(readOrgName("Công đoàn các cấp tổ chức nhiều hoạt động", 0)?.name).toBe("Công đoàn");
  });
  it("prefers the lead's full name of the body the headline names short", () => {
    const r = extract(
      "Công đoàn Công ty tổng kết hoạt động năm 2023\n\nSáng ngày 13/01/2024, Ban Chấp hành Công đoàn Công ty Cổ phần Dệt may Phú Hòa tổ chức Hội nghị tổng kết công tác công đoàn năm 2023. Công đoàn Công ty đã chăm lo cho đoàn viên.",
    );
    expect(r.meeting.organizer).toEqual({ name: "Công đoàn Công ty Cổ phần Dệt may Phú Hòa", level: "grassroots", place: null });
  });
  it("a district federation holding the district union's congress is the organizer", () => {
    const r = extract("Ngày 15/6/2023, Liên đoàn Lao động huyện Ea Súp tổ chức Đại hội Công đoàn huyện lần thứ VII, nhiệm kỳ 2023 - 2028.");
    expect(r.meeting.kind).toBe("congress");
    expect(r.meeting.organizer).toEqual({ name: "Liên đoàn Lao động huyện Ea Súp", level: "district", place: "huyện Ea Súp" });
    // a congress that names its union in full is held by that union
    expect(org("Sáng 20/5/2023, Đại hội Công đoàn huyện Lắk lần thứ VIII, nhiệm kỳ 2023 - 2028 đã diễn ra.")?.name).toBe("Công đoàn huyện Lắk");
  });
  it("the body the lead says held the congress wins over the union a headline in capitals names", () => {
    const r = extract(
      "ĐẠI HỘI CÔNG ĐOÀN HUYỆN VĂN BÀN LẦN THỨ XII, NHIỆM KỲ 2023 - 2028\n\nTrong hai ngày 8 và 9/6/2023, Liên đoàn Lao động huyện Văn Bàn long trọng tổ chức Đại hội Công đoàn huyện lần thứ XII, nhiệm kỳ 2023 - 2028. Đại hội bầu Ban Chấp hành gồm 19 đồng chí.",
    );
    expect(r.meeting.kind).toBe("congress");
    expect(r.meeting.date).toBe("2023-06-08");
    expect(r.meeting.organizer).toEqual({ name: "Liên đoàn Lao động huyện Văn Bàn", level: "district", place: "huyện Văn Bàn" });
    // a company holds no union's congress: its union does
    const c = extract("ĐẠI HỘI CÔNG ĐOÀN TỔNG CÔNG TY MAY PHỦ LÝ NHIỆM KỲ 2023 - 2028\n\nNgày 20/4/2023, Tổng công ty May Phủ Lý đã tổ chức thành công Đại hội Công đoàn cơ sở nhiệm kỳ 2023 - 2028.");
    expect(c.meeting.organizer?.name).toBe("Công đoàn Tổng công ty May Phủ Lý");
  });
  it("never keeps a headline's capitals: the body's own spelling, else unit words in lower case", () => {
    const r = extract(
      "ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ TRUNG TÂM Y TẾ HUYỆN CẨM KHÊ LẦN THỨ V, NHIỆM KỲ 2023 - 2028\n\nNgày 12 tháng 5 năm 2023, Công đoàn cơ sở Trung tâm Y tế huyện Cẩm Khê tổ chức Đại hội lần thứ V, nhiệm kỳ 2023 - 2028.",
    );
    expect(r.meeting.organizer).toEqual({ name: "Công đoàn cơ sở Trung tâm Y tế huyện Cẩm Khê", level: "grassroots", place: "huyện Cẩm Khê" });
    expect(canonicalOrgName("CÔNG ĐOÀN HUYỆN MƯỜNG LA")).toBe("Công đoàn huyện Mường La");
    expect(canonicalOrgName("LIÊN ĐOÀN LAO ĐỘNG THỊ XÃ AN NHƠN")).toBe("Liên đoàn Lao động thị xã An Nhơn");
    expect(canonicalOrgName("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ VỊ THANH")).toBe("Liên đoàn Lao động thành phố Vị Thanh");
  });
  it("reads a union of several kinds of unit, and the member unions' abbreviation", () => {
    const r = extract("Đến nay, 102/102 Công đoàn xã, phường, thị trấn tại tỉnh Nam Định đã tổ chức thành công hội nghị đại biểu Công đoàn lần thứ I, nhiệm kỳ 2025 - 2030.");
    expect(r.meeting.organizer).toEqual({ name: "Công đoàn xã, phường, thị trấn tại tỉnh Nam Định", level: "grassroots", place: null });
    expect(canonicalOrgName("Công đoàn CSTV")).toBe("Công đoàn cơ sở thành viên");
    expect(canonicalOrgName("Công đoàn KKT tỉnh Hà Tĩnh")).toBe("Công đoàn Khu kinh tế tỉnh Hà Tĩnh");
  });
});

describe("kind", () => {
  it("follows the contract's rules", () => {
    expect(meetingKind("Liên đoàn Lao động huyện X tổ chức Hội nghị tổng kết công tác công đoàn năm 2021", "")).toBe("annual_review");
    expect(meetingKind("Hội nghị Ban Chấp hành lần thứ 9 để tổng kết hoạt động công đoàn năm 2021", "")).toBe("annual_review");
    expect(meetingKind("kỳ họp thứ XXII Hội nghị Ban Chấp hành ... báo cáo 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2022", "")).toBe("midyear_review");
    expect(meetingKind("Công đoàn Cao su VN tổ chức Hội nghị Ban Chấp hành bất thường để kiện toàn Ban Chấp hành", "")).toBe("executive_committee");
    expect(meetingKind("Công đoàn phường X tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030", "")).toBe("congress");
    expect(meetingKind("Công đoàn trường tổ chức Hội nghị cán bộ, viên chức, người lao động năm học 2022-2023", "")).toBe("other");
    expect(meetingKind("tổ chức tuyên dương điển hình tiên tiến và tổng kết 10 năm phong trào thi đua", "")).toBe("other");
    expect(meetingKind("Hôm nay trời đẹp.", "Không có cuộc họp nào.")).toBeNull();
  });
  it("the Ban Chấp hành holding a numbered meeting is an executive-committee meeting", () => {
    expect(meetingKind("Sáng 3/3/2025, Ban Chấp hành Liên đoàn Lao động huyện Si Ma Cai tổ chức Hội nghị lần thứ 7 (mở rộng), khóa XII, nhiệm kỳ 2023 - 2028.", "")).toBe("executive_committee");
    expect(meetingKind("Ngày 5/9/2024, BCH Công đoàn Viên chức tỉnh họp Hội nghị lần thứ 11.", "")).toBe("executive_committee");
    expect(meetingKind("Liên đoàn Lao động tỉnh Thái Bình tổ chức Hội nghị lần thứ ba Ban Chấp hành khóa XI.", "")).toBe("executive_committee");
    expect(meetingKind("Liên đoàn Lao động thị xã Sơn Tây tổ chức Hội nghị lần thứ 5, khóa XIX.", "")).toBe("executive_committee");
    // the same meeting reviewing half a year is a review; a congress stays one; a numbered conference of no khóa is other
    expect(meetingKind("Ban Chấp hành Liên đoàn Lao động huyện Si Ma Cai tổ chức Hội nghị lần thứ 8 sơ kết công tác công đoàn 6 tháng đầu năm 2025.", "")).toBe("midyear_review");
    expect(meetingKind("Công đoàn cơ sở Trường Tiểu học Bình Minh tổ chức Đại hội lần thứ IV, nhiệm kỳ 2023 - 2028.", "")).toBe("congress");
    expect(meetingKind("Liên đoàn Lao động tỉnh tổ chức Hội nghị lần thứ 2 về an toàn, vệ sinh lao động.", "")).toBe("other");
  });
});

describe("kind: the meeting the article reports, not the meetings it mentions", () => {
  it("a year-end review that tells how the units held their office assemblies stays a review", () => {
    const r = extract(
      "Công đoàn ngành Giáo dục huyện Hương Khê tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025. Trong năm học, 100% CĐCS đã phối hợp tổ chức hội nghị viên chức đúng quy định; các doanh nghiệp tổ chức hội nghị người lao động.",
    );
    expect(r.meeting.kind).toBe("annual_review");
    expect(r.meeting.period).toMatchObject({ from: "2023-09", to: "2024-08" });
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2024-09", to: "2025-08" });
  });
  it("the office assembly that is the meeting is other", () => {
    expect(extract("Ngày 8/3/2025, Công đoàn Công ty TNHH Sao Vàng tổ chức Hội nghị người lao động năm 2025.").meeting.kind).toBe("other");
    expect(meetingKind("Trường Tiểu học Hoa Sen tổ chức Hội nghị viên chức năm học 2024 - 2025", "")).toBe("other");
  });
  it("a nine-month review that reports on its unions' congresses is a midyear review with its periods", () => {
    const r = extract(
      "Sáng 9/10, Công đoàn Viên chức tỉnh Bình Phước tổ chức hội nghị sơ kết hoạt động 9 tháng đầu năm và triển khai nhiệm vụ 3 tháng cuối năm 2023. Trong 9 tháng, Công đoàn Viên chức tỉnh đã chỉ đạo 35 CĐCS tổ chức Đại hội nhiệm kỳ 2023 - 2028 đúng kế hoạch.",
    );
    expect(r.meeting.kind).toBe("midyear_review");
    expect(r.meeting.date).toBe("2023-10-09");
    expect(r.meeting.period).toMatchObject({ from: "2023-01", to: "2023-09" });
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2023-10", to: "2023-12" });
  });
  it("an executive-committee meeting named in the headline that reviews six months is a midyear review", () => {
    const r = extract(
      "Hội nghị lần thứ tư Ban Chấp hành LĐLĐ tỉnh khóa XVI (mở rộng)\n\nSáng 16/7/2024, Liên đoàn Lao động tỉnh Tuyên Quang tổ chức Hội nghị lần thứ tư Ban Chấp hành khóa XVI (mở rộng), sơ kết hoạt động công đoàn 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.",
    );
    expect(r.title).toBe("Hội nghị lần thứ tư Ban Chấp hành LĐLĐ tỉnh khóa XVI (mở rộng)");
    expect(r.meeting.kind).toBe("midyear_review");
    expect(r.meeting.session).toBe(4);
  });
  it("a headline's executive-committee meeting that reviews six months is not the units' congresses", () => {
    const r = extract(
      "Hội nghị lần thứ hai Ban Chấp hành LĐLĐ tỉnh khóa XVI\n\nSáng 12/7/2023, LĐLĐ tỉnh Phú Thọ tổ chức hội nghị, sơ kết công tác 6 tháng đầu năm 2023. Trong 6 tháng, LĐLĐ tỉnh đã chỉ đạo 120 CĐCS tổ chức Đại hội nhiệm kỳ 2023 - 2028.",
    );
    expect(r.meeting.kind).toBe("midyear_review");
    expect(r.meeting.period).toMatchObject({ from: "2023-01", to: "2023-06" });
  });
  it("the lead's review meeting wins over a headline about the units' congresses", () => {
    const r = extract(
      "LĐLĐ tỉnh: Tập trung tổ chức thành công Đại hội công đoàn các cấp\n\nSáng 14/7/2023, Liên đoàn Lao động tỉnh Ninh Bình tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.",
    );
    expect(r.meeting.kind).toBe("midyear_review");
    expect(r.meeting.period).toMatchObject({ from: "2023-01", to: "2023-06" });
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2023-07", to: "2023-12" });
    const s = extract("Đại hội công đoàn cơ sở về đích sớm\n\nChiều 28/12/2022, Công đoàn Viên chức tỉnh Lai Châu tổ chức hội nghị tổng kết hoạt động công đoàn năm 2022.");
    expect(s.meeting.kind).toBe("annual_review");
  });
  it("a congress after a preamble naming a programme or a ceremony is a congress", () => {
    expect(extract("Thực hiện chương trình công tác năm 2023, ngày 5/3/2023, Công đoàn Trường THCS Nguyễn Du tổ chức Đại hội lần thứ V, nhiệm kỳ 2023 - 2028.").meeting.kind).toBe("congress");
    expect(extract("Trong không khí phấn khởi của buổi lễ khai giảng, ngày 5/9/2023, Công đoàn Trường Tiểu học Kim Đồng tổ chức thành công Đại hội lần thứ VI, nhiệm kỳ 2023 - 2028.").meeting.kind).toBe("congress");
  });
  it("a training course or a contest named first is other, whatever congress it teaches about", () => {
    const course = extract(
      "Công đoàn ngành Y tế tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở\n\nNgày 4/5/2023, Công đoàn ngành Y tế tỉnh Sóc Trăng mở lớp tập huấn cho 120 học viên về kỹ năng tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023 - 2028.",
    );
    expect(course.meeting.kind).toBe("other");
    const contest = extract("Ngày 9/6/2023, Liên đoàn Lao động huyện Mỏ Cày Nam tổ chức Hội thi tìm hiểu về tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023 - 2028.");
    expect(contest.meeting.kind).toBe("other");
  });
  it("a congress held is still a congress", () => {
    expect(extract("Ngày 14/4/2023, Công đoàn Trường THCS Lê Lợi tổ chức Đại hội lần thứ V, nhiệm kỳ 2023 - 2028.").meeting.kind).toBe("congress");
    expect(extract("Sáng 20-10, Công đoàn phường An Khánh tổ chức Hội nghị đại biểu Công đoàn phường lần thứ I, nhiệm kỳ 2025 - 2030.").meeting.kind).toBe("congress");
  });
});

describe("meeting date and year", () => {
  it("a meeting over several days was held on its first day", () => {
    const a = extract("Trong hai ngày 21 và 22/5/2024, Liên đoàn Lao động huyện Sìn Hồ tổ chức Đại hội Công đoàn huyện lần thứ X, nhiệm kỳ 2024 - 2029.");
    expect(a.meeting.date).toBe("2024-05-21");
    const b = extract("Từ ngày 8 đến 10/11/2023, Liên đoàn Lao động thành phố Vị Thanh tổ chức Giải cầu lông công nhân viên chức lao động năm 2023.");
    expect(b.meeting.date).toBe("2023-11-08");
    // the days in parentheses after "ngày"
    const c = extract("Trong 2 ngày (12 - 13/9/2024), Công đoàn Viên chức tỉnh Hậu Giang mở lớp tập huấn nghiệp vụ công tác công đoàn.");
    expect(c.meeting.date).toBe("2024-09-12");
    const d = extract("Chủ Nhật, 12:05, 19/01/2025\n\nSáng nay (19/1), tại Khu công nghiệp Vân Trung, Liên đoàn Lao động tỉnh Bắc Giang tổ chức chương trình Tết Sum vầy năm 2025.");
    expect(d.meeting.date).toBe("2025-01-19");
  });

  it("takes the year of a day without one from the article's date line", () => {
    const r = extract("Cập nhật lúc 15:42 - 24/01/2021 (GMT +07:00)\nNgày 21/01, Liên đoàn Lao động huyện X tổ chức Hội nghị tổng kết công tác Công đoàn năm 2020, triển khai nhiệm vụ năm 2021.");
    expect(r.published).toEqual({ date: "2021-01-24", time: "15:42" });
    expect(r.meeting.date).toBe("2021-01-21");
  });
  it("never takes the date line for the meeting day", () => {
    const r = extract("Thứ hai, 17/02/2020\nLiên đoàn Lao động quận Y vừa tổ chức Hội nghị tổng kết năm 2019.");
    expect(r.published?.date).toBe("2020-02-17");
    expect(r.meeting.date).toBeNull();
  });
  it("skips dates of documents and deadlines", () => {
    const r = extract("Thực hiện Kế hoạch số 55/KH-LĐLĐ ngày 01/4/2022 của LĐLĐ huyện. Ngày 25/12/2022, Công đoàn cơ sở Trường Tiểu học Z tổ chức Đại hội nhiệm kỳ 2023-2028.");
    expect(r.meeting.date).toBe("2022-12-25");
    expect(r.meeting.kind).toBe("congress");
    expect(r.meeting.organizer?.name).toBe("Công đoàn cơ sở Trường Tiểu học Z");
  });
  it("resolves a year-end review held in January to the following year", () => {
    const r = extract("Chiều 10/1, Công đoàn ngành Y tế tỉnh X tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2023 và triển khai nhiệm vụ năm 2024.");
    expect(r.meeting.date).toBe("2024-01-10");
    expect(r.meeting.period).toMatchObject({ from: "2023-01", to: "2023-12" });
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2024-01", to: "2024-12" });
  });
  it("reads session and term of the meeting", () => {
    const r = extract("Chiều ngày 12/7/2023, Liên đoàn Lao động huyện tổ chức Hội nghị Ban chấp hành Công đoàn lần thứ 2, nhiệm kỳ 2023 - 2028 nhằm sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.");
    expect(r.meeting.session).toBe(2);
    expect(r.meeting.term).toEqual({ from: 2023, to: 2028 });
    expect(r.meeting.kind).toBe("midyear_review");
    const s = extract("LĐLĐ quận A vừa tổ chức kỳ họp thứ XXII Hội nghị Ban Chấp hành LĐLĐ quận.");
    expect(s.meeting.session).toBe(22);
  });
});

describe("the period a commendation reviews", () => {
  it("honouring the people of a past year reviews that year", () => {
    const r = extract("Chiều 15/1/2023, Liên đoàn Lao động huyện Đông Anh tổ chức Hội nghị biểu dương đoàn viên tiêu biểu năm 2022.");
    expect(r.meeting.period).toMatchObject({ from: "2022-01", to: "2022-12" });
    expect(r.meeting.date).toBe("2023-01-15");
  });

  it("a year still running months after the meeting is not a reviewed period", () => {
    const r = extract("Sáng ngày 19/7/2024, Công đoàn Viên chức tỉnh tổ chức tuyên dương cán bộ công đoàn cơ sở xuất sắc, tiêu biểu năm 2024.");
    expect(r.meeting.date).toBe("2024-07-19");
    expect(r.meeting.period).toBeNull();
  });

  it("a year reviewed in its last weeks still is", () => {
    const r = extract("Ngày 20/12/2023, Liên đoàn Lao động huyện Đông Anh tổ chức Hội nghị tổng kết công tác công đoàn năm 2023.");
    expect(r.meeting.period).toMatchObject({ from: "2023-01", to: "2023-12" });
  });
});

describe("a school year reviewed before it ends", () => {
  it("a school year is reviewed from May of its second year", () => {
    const r = extract("Sáng ngày 22/5/2024, Công đoàn Trường Tiểu học Hoa Sen tổ chức Hội nghị tổng kết hoạt động công đoàn năm học 2023 - 2024.");
    expect(r.meeting.date).toBe("2024-05-22");
    expect(r.meeting.kind).toBe("annual_review");
    expect(r.meeting.period).toMatchObject({ from: "2023-09", to: "2024-08" });
    const june = extract("Ngày 12/6/2024, Công đoàn Trường THPT Lý Thường Kiệt tổng kết công tác công đoàn năm học 2023-2024.");
    expect(june.meeting.period).toMatchObject({ from: "2023-09", to: "2024-08" });
  });
  it("but not months before May, and a calendar year keeps its two months", () => {
    const r = extract("Ngày 10/1/2024, Công đoàn Trường THCS Nguyễn Du tổ chức sơ kết học kỳ I, tổng kết công tác năm học 2023 - 2024.");
    expect(r.meeting.period).toBeNull();
    const y = extract("Sáng ngày 19/7/2024, Công đoàn Viên chức tỉnh tổ chức tuyên dương cán bộ công đoàn tiêu biểu năm 2024.");
    expect(y.meeting.period).toBeNull();
  });
});

describe("the next period needs a plan of the union", () => {
  it("a project's completion year is no next period", () => {
    const r = extract(
      "Ngày 14/8/2024, Liên đoàn Lao động huyện Đức Trọng tổ chức Hội nghị đối thoại với công nhân lao động. Trả lời ý kiến, đại diện Phòng Kinh tế cho biết, khu nhà ở công nhân đang được triển khai, dự kiến hoàn thành trong năm 2026.",
    );
    expect(r.meeting.nextPeriod).toBeNull();
  });
  it("a plan being carried out still names it ('đang triển khai kế hoạch năm ...')", () => {
    const r = extract("Ngày 14/8/2024, Liên đoàn Lao động huyện Đức Trọng tổ chức Hội nghị đối thoại. Công đoàn đang triển khai kế hoạch năm 2025 về chăm lo nhà ở cho công nhân.");
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2025-01", to: "2025-12" });
  });
  it("reported speech: '... cho biết, trong năm 2026, công đoàn sẽ tiếp tục ...'", () => {
    const r = extract(
      "Ngày 20/01/2026, Công đoàn cơ sở Công ty TNHH May Tân Phú tổ chức Hội nghị người lao động năm 2026. Chủ tịch Công đoàn cơ sở Trần Văn Bảy cho biết, trong năm 2026, công đoàn sẽ tiếp tục phối hợp tổ chức đối thoại định kỳ.",
    );
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2026-01", to: "2026-12" });
    // a reported past keeps its year reviewed, not planned
    const past = extract(
      "Ngày 20/01/2026, Công đoàn cơ sở Công ty TNHH May Tân Phú tổ chức Hội nghị người lao động. Chủ tịch Công đoàn cơ sở cho biết, năm 2025, công đoàn đã tổ chức 4 buổi đối thoại.",
    );
    expect(past.meeting.nextPeriod).toBeNull();
  });
});
