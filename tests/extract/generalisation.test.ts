/**
 * Shapes that a fifth round of blind probe reports (fixtures/probes u*, v*: written by people who
 * had not seen the rules) showed the extractor missing or misreading. Each case is the general
 * shape, in a sentence of its own, with the values it must give.
 */
import { describe, expect, it } from "vitest";
import { definedAbbreviations } from "../../src/extract/meeting/organizer.js";
import { findPeriods, periodRole, toPeriod } from "../../src/extract/meeting/period.js";
import { extract } from "../../src/pipeline/index.js";

const stats = (text: string) => extract(text).statistics.map((s) => [s.metric, s.value, s.qualifier, s.basis]);

describe("the meeting", () => {
  it('takes the day in parentheses after "Hôm qua" as the meeting\'s, not a later date', () => {
    const text = [
      "Thứ năm, 13/03/2025 06:00 (GMT+7)",
      "",
      "Hôm qua (12/3), Ban Chấp hành LĐLĐ tỉnh đã tổ chức Hội nghị lần thứ 16 để kiện toàn nhân sự.",
      "Do ông Lê Văn Quang, Phó Chủ tịch LĐLĐ tỉnh đã nghỉ hưu từ ngày 1/3/2025, hội nghị đã bầu bổ sung bà Hà Thị Yên giữ chức Phó Chủ tịch.",
    ].join("\n");
    expect(extract(text).meeting.date).toBe("2025-03-12");
    const weekday = "Thứ sáu, 16/08/2024\n\nSáng thứ Năm (15/8), Công đoàn Giáo dục huyện Quản Bạ tổ chức Hội nghị tổng kết năm học 2023 - 2024. Nhân kỷ niệm Ngày Quốc tế Phụ nữ 8/3, các CĐCS tổ chức giao lưu.";
    expect(extract(weekday).meeting.date).toBe("2024-08-15");
  });

  it("reads no reviewed period from workers honoured on the side of a launch; an honouring meeting's year is its period", () => {
    const launch = [
      "Sáng 28/4/2024, LĐLĐ huyện Mê Linh tổ chức Lễ phát động Tháng Công nhân năm 2024.",
      "Trong tháng 5, các cấp công đoàn sẽ tổ chức đối thoại tại 15 doanh nghiệp.",
      "Đồng chí Lê Thị Ngọc, Chủ tịch LĐLĐ huyện phát biểu tại buổi lễ.",
      "Tháng Công nhân năm nay có chủ đề về an toàn lao động.",
      "Các doanh nghiệp đã cam kết cải thiện điều kiện làm việc.",
      "Dịp này, LĐLĐ huyện tuyên dương 20 công nhân lao động tiêu biểu năm 2023.",
    ].join("\n");
    expect(extract(launch).meeting.period).toBeNull();
    const honouring = "Chiều 11/8/2023, Liên đoàn Lao động quận Hải An tổ chức Hội nghị biểu dương lao động giỏi, lao động sáng tạo tiêu biểu năm 2022.";
    expect(extract(honouring).meeting.period).toMatchObject({ from: "2022-01", to: "2022-12" });
  });

  it("writes out sector abbreviations and the abbreviations a report defines for itself", () => {
    const sector = "Ngày 7/6/2024, Công đoàn ngành NN&PTNT tỉnh Cao Bằng tổ chức Đại hội lần thứ VI, nhiệm kỳ 2024-2029.";
    expect(extract(sector).meeting.organizer?.name).toBe("Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh Cao Bằng");
    const defined = [
      "Công đoàn ngành Xây dựng và Giao thông (XD&GT) tỉnh Lâm Đồng có 40 CĐCS.",
      "Ngày 5/6/2024, Công đoàn ngành XD&GT tỉnh Lâm Đồng tổ chức Đại hội lần thứ V, nhiệm kỳ 2024-2029.",
    ].join("\n");
    expect(definedAbbreviations(defined).get("XD&GT")).toBe("Xây dựng và Giao thông");
    expect(extract(defined).meeting.organizer?.name).toBe("Công đoàn ngành Xây dựng và Giao thông tỉnh Lâm Đồng");
    // initials that do not spell it define nothing
    expect(definedAbbreviations("Công ty Cổ phần Cấp nước Lâm Đồng (LDW) ...").size).toBe(0);
  });
});

describe("periods and kinds", () => {
  it("reads months named one by one, across a new year, over the school year they stand after", () => {
    const s = "sơ kết hoạt động công đoàn học kỳ I năm học 2024-2025 (từ tháng 9/2024 đến tháng 1/2025), triển khai nhiệm vụ học kỳ II (từ tháng 2 đến tháng 5/2025)";
    const found = findPeriods(s);
    expect(found.map((p) => toPeriod(p))).toEqual([
      { label: "từ tháng 9/2024 đến tháng 1/2025", from: "2024-09", to: "2025-01" },
      { label: "từ tháng 2 đến tháng 5/2025", from: "2025-02", to: "2025-05" },
    ]);
    expect(found.map((p, i) => periodRole(s, p, i > 0 ? found[i - 1]!.end : 0))).toEqual(["review", "next"]);
    expect(toPeriod(findPeriods("từ tháng 1 đến tháng 6 năm 2024")[0]!)).toMatchObject({ from: "2024-01", to: "2024-06" });
  });

  it("takes a semester's review for a midyear review", () => {
    const text = "Chiều ngày 17/1/2025, Công đoàn Trường THCS Mường Típ tổ chức hội nghị sơ kết hoạt động công đoàn học kỳ I năm học 2024-2025.";
    expect(extract(text).meeting.kind).toBe("midyear_review");
  });
});

describe("a page with no meeting", () => {
  it("names no organizer when no meeting is reported", () => {
    const story = "Chị Nguyễn Thị Hoa, công nhân Công ty Cổ phần Sợi Phủ Lý, đã gắn bó với nhà máy 15 năm. Chị là tấm gương lao động giỏi của đơn vị.";
    const m = extract(story).meeting;
    expect(m.kind).toBeNull();
    expect(m.organizer).toBeNull();
  });
});

describe("a year named from the meeting", () => {
  it('reads "năm qua" and "năm nay" of a January review as last year and this year, and the review as annual', () => {
    const text = "Thứ Hai, 13/01/2025\n\nSáng 10/1, Công đoàn Viên chức tỉnh Quảng Trị tổ chức hội nghị tổng kết hoạt động công đoàn năm qua, triển khai phương hướng, nhiệm vụ năm nay.";
    const m = extract(text).meeting;
    expect(m.kind).toBe("annual_review");
    expect(m.period).toMatchObject({ from: "2024-01", to: "2024-12" });
    expect(m.nextPeriod).toMatchObject({ from: "2025-01", to: "2025-12" });
  });
});

describe("tasks", () => {
  const tasks = (text: string) => extract(text).tasks.map((t) => t.text);
  it("reads a decision's list after a colon, and a list of activities without taking its heading for a task", () => {
    const decided = "Ngày 10/3/2024, CĐCS Công ty An Phú tổ chức Hội nghị người lao động năm 2024. Năm 2024, Ban Giám đốc và CĐCS thống nhất: giữ ổn định việc làm cho 100% người lao động; nâng mức hỗ trợ tiền ăn ca lên 30.000 đồng/bữa; tổ chức cho người lao động đi tham quan ít nhất một lần trong năm.";
    expect(tasks(decided)).toEqual(["giữ ổn định việc làm cho 100% người lao động", "nâng mức hỗ trợ tiền ăn ca lên 30.000 đồng/bữa", "tổ chức cho người lao động đi tham quan ít nhất một lần trong năm"]);
    const activities = "Ngày 28/4/2024, LĐLĐ huyện Mê Linh tổ chức Lễ phát động Tháng Công nhân năm 2024. Chủ tịch LĐLĐ huyện cho biết, trong Tháng Công nhân, các cấp công đoàn sẽ tập trung vào các hoạt động: (1) tổ chức đối thoại tại 15 doanh nghiệp; (2) phối hợp khám sức khỏe cho 2.000 công nhân; (3) trao 1.500 suất quà.";
    expect(tasks(activities)).toEqual(["tổ chức đối thoại tại 15 doanh nghiệp", "phối hợp khám sức khỏe cho 2.000 công nhân", "trao 1.500 suất quà"]);
  });
});

describe("attendees", () => {
  it("keeps a hyphenated given name whole, but not a position glued to a name by a hyphen", () => {
    const names = (text: string) => extract(text).attendees.map((p) => p.name);
    expect(names("Tham dự hội nghị có ông Chen Wei-Lun, Tổng Giám đốc công ty; ông Nguyễn Hữu Tài, Chủ tịch CĐCS công ty.")).toEqual(["Chen Wei-Lun", "Nguyễn Hữu Tài"]);
    expect(names("Dự hội nghị có đồng chí Nguyễn Văn Dũng-Chủ tịch LĐLĐ tỉnh.")).toEqual(["Nguyễn Văn Dũng"]);
  });

  it("leaves out a person recalled from a past decade, keeps a former officer who takes part", () => {
    const names = (text: string) => extract(text).attendees.map((p) => p.name);
    const recalled =
      "Phát biểu chia tay, đồng chí Đặng Văn Toản cảm ơn Ban Chấp hành. Ông nhắc lại bài học từ thế hệ cán bộ đi trước như đồng chí Phạm Đình Khang, nguyên Chủ tịch Công đoàn huyện những năm 1980.";
    expect(names(recalled)).toEqual(["Đặng Văn Toản"]);
    expect(names("Dự hội nghị có đồng chí Phạm Đình Khang, nguyên Chủ tịch LĐLĐ huyện.")).toEqual(["Phạm Đình Khang"]);
  });
});

describe("statistics", () => {
  it("ignores a page's counters wherever they stand", () => {
    expect(stats("👁 527 lượt xem | Chia sẻ | Lưu tin | In")).toEqual([]);
    expect(stats("Bài viết có 1.204 lượt đọc.")).toEqual([]);
  });

  it("prices the count a breakdown adds up to, not the breakdown's last part, and a price of an approximate count gives an approximate total", () => {
    const s = stats(
      "Ban tổ chức trao gần 600 suất quà cho người lao động (LĐLĐ tỉnh hỗ trợ 200 suất, LĐLĐ huyện 250 suất, các nhà hảo tâm 137 suất), mỗi suất trị giá 500.000 đồng.",
    );
    expect(s).toContainEqual(["gifts.value", 300000000, "approx", "derived"]);
    expect(s.filter(([m, , , basis]) => m === "gifts.value" && basis === "derived")).toHaveLength(1);
  });

  it('reads a bare number after a lower-case "chương trình" or "kế hoạch" as a number, a document\'s number only after its capital or "số"', () => {
    expect(stats("Tổng kinh phí tổ chức chương trình 350 triệu đồng.")).toEqual([["funds.value", 350000000, "exact", "stated"]]);
    expect(stats("Thực hiện Kế hoạch 125 của LĐLĐ tỉnh, công đoàn trao 40 suất quà.")).toEqual([["gifts.count", 40, "exact", "stated"]]);
    expect(stats("Thực hiện kế hoạch số 45/KH-LĐLĐ, công đoàn trao 40 suất quà.")).toEqual([["gifts.count", 40, "exact", "stated"]]);
  });

  it("reads money raised for support as a fund, and dialogue sessions as activities", () => {
    expect(stats('Quỹ "Tấm lòng vàng" của ngành vận động được 386.500.000 đồng để hỗ trợ đoàn viên mắc bệnh hiểm nghèo.')).toEqual([["funds.value", 386500000, "exact", "stated"]]);
    expect(stats("Công đoàn trao 12 suất quà, tổng trị giá 6.000.000 đồng để hỗ trợ đoàn viên.")).toContainEqual(["gifts.value", 6000000, "exact", "stated"]);
    expect(stats("Trong năm, CĐCS phối hợp tổ chức 4 kỳ đối thoại định kỳ.")).toEqual([["activities.count", 4, "exact", "stated"]]);
  });

  it("reads money received as given, money for people whose income fell as gifts, and a monthly rate as neither", () => {
    expect(stats("Năm 2024, LĐLĐ huyện tiếp nhận, phân bổ hơn 1,2 tỷ đồng do các cấp công đoàn và các nhà hảo tâm ủng hộ khắc phục hậu quả bão lũ.")).toEqual([["funds.value", 1200000000, "over", "stated"]]);
    expect(stats("Công đoàn hỗ trợ 340 công nhân bị giảm thu nhập, mỗi người 1 triệu đồng, tổng cộng 340 triệu đồng.")).toContainEqual(["gifts.value", 340000000, "exact", "stated"]);
    expect(stats("Thỏa ước có chế độ hỗ trợ tiền nhà trọ 300.000 đồng/tháng cho công nhân.").filter(([m]) => m === "gifts.value")).toEqual([]);
    expect(stats("Thu nhập bình quân của người lao động đạt 8,6 triệu đồng/người/tháng.").map(([m, v]) => [m, v])).toEqual([["other.value", 8600000]]);
  });

  it("counts teams given an award as collectives, and unions inspected as no union total", () => {
    expect(stats("Dịp này, CĐCS tặng Giấy khen cho 6 tổ sản xuất và 19 đoàn viên xuất sắc.")).toEqual([
      ["awards.collective", 6, "exact", "stated"],
      ["awards.individual", 19, "exact", "stated"],
    ]);
    expect(stats("Ủy ban Kiểm tra LĐLĐ huyện kiểm tra 12 CĐCS chấp hành Điều lệ Công đoàn.").filter(([m]) => m === "unions.count")).toEqual([]);
    expect(stats("LĐLĐ huyện hiện có 45 CĐCS.")).toEqual([["unions.count", 45, "exact", "stated"]]);
  });

  it("counts a body's make-up as nothing, the people an event is held for as participants, and unions founded by someone as new", () => {
    expect(stats("Ông Thiện trao Quyết định công nhận Ban Chấp hành lâm thời gồm 5 đồng chí.")).toEqual([["other.count", 5, "exact", "stated"]]);
    expect(stats('CĐ các KCN tỉnh tổ chức chương trình "Tết Sum vầy" năm 2024 dành cho hơn 1.500 công nhân lao động không về quê đón Tết.')).toEqual([["participants", 1500, "over", "stated"]]);
    expect(stats("Công đoàn trao 200 suất quà dành cho 200 công nhân.")).toEqual([["gifts.count", 200, "exact", "stated"], ["gifts.count", 200, "exact", "stated"]]);
    expect(stats("Đây là 1 trong 4 CĐCS được LĐLĐ huyện thành lập mới từ đầu năm 2024 đến nay.")).toContainEqual(["unions.new", 4, "exact", "stated"]);
  });

  it("reads numbers as sloppier pages write them: thousands parted by spaces or by a comma in a count, a dot before a scale word", () => {
    expect(stats("Công đoàn có 1 136 đoàn viên.")).toEqual([["members.count", 1136, "exact", "stated"]]);
    expect(stats("Toàn tỉnh có 412 CĐCS với 96,540 đoàn viên.")).toContainEqual(["members.count", 96540, "exact", "stated"]);
    expect(stats("Tổng giá trị quà hơn 2.5 tỷ đồng.")).toEqual([["gifts.value", 2500000000, "over", "stated"]]);
    expect(stats("date 2025-12-24 650 đại biểu dự Đại hội").map(([m, v]) => [m, v])).toContainEqual(["participants", 650]);
    expect(stats("Tỷ lệ đạt 2,5%.")).toEqual([["percent", 2.5, "exact", "stated"]]);
  });

  it("reads the counted noun of a page cut off inside it, only at the page's end", () => {
    expect(stats("Dịp này, LĐLĐ Hội An đã tuyên dương, khen thưởng 6 tập t\n")).toEqual([["awards.collective", 6, "exact", "stated"]]);
    expect(stats("Công đoàn tặng Giấy khen cho 16 tập thể và 35 cá n")).toContainEqual(["awards.individual", 35, "exact", "stated"]);
    // mid-page, a word cut short is no noun
    expect(stats("Công đoàn khen thưởng 6 tập t. Hội nghị kết thúc.").map(([m]) => m)).not.toContain("awards.collective");
  });

  it('reads "ba" as three before a noun it cannot be a father of, and only "ba"', () => {
    expect(stats("Công đoàn Tổng công ty hiện có ba CĐCS thành viên.")).toEqual([["unions.count", 3, "exact", "stated"]]);
    expect(stats("Trong năm cá nhân anh Minh có nhiều sáng kiến.")).toEqual([]);
  });

  it('counts "ĐVCĐ" as members, and prices a gift as a gift whoever gave it', () => {
    expect(stats("LĐLĐ huyện có 61 CĐCS với 2.874 ĐVCĐ.")).toEqual([["unions.count", 61, "exact", "stated"], ["members.count", 2874, "exact", "stated"]]);
    expect(stats("Các nhà hảo tâm còn ủng hộ 300 phần quà mỗi phần 500 nghìn đồng.")).toEqual([
      ["gifts.count", 300, "exact", "stated"],
      ["gifts.value", 500000, "exact", "unit_price"],
      ["gifts.value", 150000000, "exact", "derived"],
    ]);
  });

  it("counts members who take part, said right after the count, as participants; belonging stays membership", () => {
    expect(stats('Công đoàn tổ chức Hội thi "Nhà giáo duyên dáng" với 142 đoàn viên tham gia.')).toEqual([["participants", 142, "exact", "stated"]]);
    expect(stats("Có 7 đoàn viên tham gia Hội thi giáo viên dạy giỏi cấp huyện.")).toEqual([["participants", 7, "exact", "stated"]]);
    expect(stats('Phong trào "Giỏi việc nước, đảm việc nhà" có 1.946 nữ đoàn viên đăng ký.')).toEqual([["participants", 1946, "exact", "stated"]]);
    expect(stats("Công đoàn có 3.000 đoàn viên tham gia sinh hoạt tại 50 CĐCS.")).toContainEqual(["members.count", 3000, "exact", "stated"]);
  });
});

/**
 * A ninth round (c*, d*: real-page imitations, blind): the shapes it showed, each in sentences
 * of its own.
 */
describe("round nine", () => {
  const people = (text: string) => extract(text).attendees.map((a) => a.name);
  const meeting = (text: string) => extract(text).meeting;

  it('reads the low end of a range ("từ 10 đến 50%") as a value, and the words before the range as what its high end counts', () => {
    const discount = stats("Gian hàng có 60 mặt hàng giảm giá từ 10 đến 50% cho đoàn viên.");
    expect(discount).toContainEqual(["percent", 10, "exact", "stated"]);
    expect(discount).toContainEqual(["percent", 50, "exact", "stated"]);
    // (a range of money with a hyphen is no day and month either)
    expect(stats("Quỹ hỗ trợ xây 20 căn nhà, mỗi căn từ 40-60 triệu đồng.")).toEqual([
      ["other.count", 20, "exact", "stated"],
      ["gifts.value", 40000000, "exact", "stated"],
      ["gifts.value", 60000000, "exact", "stated"],
    ]);
    // a bound stays a bound
    expect(stats("Hỗ trợ từ 20 lao động trở lên.")[0]?.[2]).toBe("at_least");
    expect(stats("Phấn đấu mỗi công đoàn cấp trên cơ sở thành lập từ 3 đến 5 CĐCS.")).toContainEqual(["unions.new", 5, "exact", "stated"]);
  });

  it('reads "cấp dưới" and "cấp trên" before a number as a level, not a bound', () => {
    expect(stats("Đã kiểm tra 120 cuộc, trong đó kiểm tra tài chính đồng cấp và cấp dưới 41 cuộc.")).toContainEqual(["activities.count", 41, "exact", "stated"]);
    expect(stats("Công đoàn tổ chức dưới 10 cuộc thi.")).toContainEqual(["activities.count", 10, "under", "stated"]);
  });

  it("counts cases supported as gifts, people admitted to the Party as no members, and parts of a whole as their whole", () => {
    expect(stats("Công đoàn đã thăm hỏi 52 trường hợp ốm đau, thai sản với số tiền 26.000.000 đồng.")).toContainEqual(["gifts.count", 52, "exact", "stated"]);
    expect(stats("Công đoàn ghi nhận 45 trường hợp nghỉ việc.")).toEqual([["other.count", 45, "exact", "stated"]]);
    expect(stats("Giới thiệu 90 đoàn viên ưu tú cho Đảng, trong đó 58 đoàn viên được kết nạp vào Đảng.").map((s) => s[0])).toEqual(["other.count", "other.count"]);
    expect(stats("Trong năm, thành lập mới 12 CĐCS (trong đó 8 CĐCS doanh nghiệp ngoài nhà nước, 04 CĐCS khu vực nhà nước).").map((s) => s[0])).toEqual([
      "unions.new",
      "unions.new",
      "unions.new",
    ]);
  });

  it("tells a workforce's members from guests, counts all members at a meeting both ways, and knows staff nouns", () => {
    expect(stats("Hội nghị có sự tham dự của trên 300 đại biểu đại diện cho 840 lao động toàn Công ty, trong đó có 795 đoàn viên công đoàn.")).toContainEqual(["members.count", 795, "exact", "stated"]);
    const all = stats("Đến dự hội nghị có thầy Đinh Văn Tường - Hiệu trưởng nhà trường cùng toàn thể 27 đoàn viên công đoàn.");
    expect(all).toContainEqual(["participants", 27, "exact", "stated"]);
    expect(all).toContainEqual(["members.count", 27, "exact", "stated"]);
    expect(stats("Công đoàn phối hợp tổ chức 2 lớp tập huấn kỹ năng giao tiếp cho 95 nhân viên y tế.")).toContainEqual(["participants", 95, "exact", "stated"]);
  });

  it("reads guests' bodies as no end of an attendance list, those of a total who attend as participants, and craftsmen as people", () => {
    const list = "Tới dự có đồng chí Lê Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Ban Quản lý các KCN tỉnh, đại diện các doanh nghiệp và hơn 900 công nhân lao động.";
    expect(stats(list)).toContainEqual(["participants", 900, "over", "stated"]);
    const congress = "Sáng 10/5, Công đoàn cơ sở Trường THCS tổ chức Đại hội lần thứ V, nhiệm kỳ 2023 - 2028. Đại hội có 86 đoàn viên trên tổng số 92 đoàn viên của đơn vị tham dự.";
    expect(stats(congress)).toEqual([
      ["participants", 86, "exact", "stated"],
      ["members.count", 92, "exact", "stated"],
    ]);
    expect(stats("Công đoàn phối hợp tổ chức 3 hội thi tay nghề với 90 thợ tham gia.")).toContainEqual(["participants", 90, "exact", "stated"]);
  });

  it("counts unions honoured as collectives, unions inspected (and those listed with them) as no union total, and quoted events held as activities", () => {
    expect(stats("Công đoàn Viên chức huyện khen thưởng 7 CĐCS và 21 đoàn viên có thành tích xuất sắc.")).toContainEqual(["awards.collective", 7, "exact", "stated"]);
    expect(stats("Ủy ban Kiểm tra kiểm tra 11 CĐCS chấp hành Điều lệ Công đoàn và 05 CĐCS về quản lý tài chính.").map((x) => x[0])).toEqual(["other.count", "other.count"]);
    expect(stats("Ủy ban Kiểm tra kiểm tra việc thu, chi, quản lý tài chính tại 08 CĐCS.").map((x) => x[0])).toEqual(["other.count"]);
    expect(stats("Huyện hiện có 40 CĐCS và 12 CĐCS khối doanh nghiệp.").map((x) => x[0])).toEqual(["unions.count", "unions.count"]);
    expect(stats("Các cấp công đoàn tổ chức 215 “Bữa cơm Công đoàn” cho công nhân.")).toContainEqual(["activities.count", 215, "exact", "stated"]);
    // the parts of a contest are no gifts ("phần" alone is: "200 phần")
    expect(stats("Các đội tranh tài qua 4 phần thi: chào hỏi, kiến thức và xử lý tình huống.")).toEqual([["other.count", 4, "exact", "stated"]]);
  });

  it('never reads "0 đồng" as money: it names something free', () => {
    expect(stats('Công đoàn duy trì "Bếp ăn 0 đồng" phục vụ người bệnh, hỗ trợ 20 triệu đồng cho 10 bệnh nhân.').map((s) => s[1])).not.toContain(0);
  });

  it("knows the typed degree \"Ths.\", and names listed after a recipient's noun", () => {
    expect(people("Ngày 8/7/2024, Công đoàn Bệnh viện tổ chức hội nghị sơ kết. Dự hội nghị có Ths. Lưu Thị Hồng Nhung - Chủ tịch Công đoàn ngành Y tế tỉnh.")).toContain("Lưu Thị Hồng Nhung");
    const houses = "Chiều 6/2/2025, LĐLĐ huyện tổ chức hội nghị tổng kết năm 2024. Dịp này, LĐLĐ huyện trao tặng hai căn nhà cho đoàn viên Hà Thị Lụa (công nhân Công ty Hòa Bình) và Mai Văn Cường (công nhân Nhà máy Sông Xanh).";
    expect(people(houses)).toEqual(["Hà Thị Lụa", "Mai Văn Cường"]);
  });

  it("takes the lead's full name over a headline's short one for the same body", () => {
    const province = "Công đoàn tỉnh sơ kết công tác 6 tháng đầu năm 2024\n\nChiều 10-7, Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Nông tổ chức Hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm 2024.";
    expect(meeting(province).organizer?.name).toBe("Liên đoàn Lao động tỉnh Đắk Nông");
    const company = "CÔNG ĐOÀN CÔNG TY TỔNG KẾT HOẠT ĐỘNG NĂM 2024\n\nChiều ngày 27/12/2024, Công đoàn cơ sở Công ty TNHH Bao bì Hưng Long Phát đã tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2024.";
    expect(meeting(company).organizer?.name).toBe("Công đoàn cơ sở Công ty TNHH Bao bì Hưng Long Phát");
  });

  it("reads a half-year named alone as a round-up's period, not a review; a launched campaign's month as the next period", () => {
    const roundUp = "Công đoàn các KCN tỉnh: Phát triển hơn 1.800 đoàn viên trong 9 tháng\n\n9 tháng đầu năm 2024, Công đoàn các KCN tỉnh đã phát triển mới 1.842 đoàn viên.";
    expect(meeting(roundUp).kind).toBeNull();
    expect(meeting(roundUp).organizer).toBeNull();
    const launch = "LĐLĐ thành phố phát động Tháng Công nhân năm 2025\n\nSáng 26/4, Liên đoàn Lao động thành phố tổ chức Lễ phát động Tháng Công nhân năm 2025.";
    expect(meeting(launch).nextPeriod).toMatchObject({ from: "2025-05", to: "2025-05" });
  });

  it("dates the review a headline names, of two meetings its lead tells of", () => {
    const text = [
      "LĐLĐ tỉnh tổng kết công tác công đoàn năm 2024",
      "",
      "Chiều 13/1, Ban Chấp hành Liên đoàn Lao động tỉnh họp Hội nghị lần thứ 5, khóa XV để cho ý kiến vào dự thảo báo cáo tổng kết năm 2024. Sáng 14/1, LĐLĐ tỉnh tổ chức Hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025.",
    ].join("\n");
    expect(meeting(text).date).toBe("2025-01-14");
    // under a headline that names no review, the first meeting's day stays
    expect(meeting(text.replace("tổng kết công tác công đoàn năm 2024\n", "họp Ban Chấp hành và tổ chức hội nghị\n")).date).toBe("2025-01-13");
  });

  it("leaves out the lists of other articles' headlines above the article, bulleted or parted by \"|\"", () => {
    const bulleted = [
      "CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH",
      "Tin mới",
      "» LĐLĐ tỉnh trao 250 suất quà Tết cho công nhân các công trình",
      "» Đồng chí Lù Thị Mai thăm, chúc Tết đoàn viên khó khăn",
      "» Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 5, khóa XI",
      "Hoạt động Công đoàn",
      "Ấm áp chương trình Tết Sum vầy tại huyện",
      "Ngày 22-1-2024, Liên đoàn Lao động huyện tổ chức chương trình Tết Sum vầy, trao 80 suất quà cho công nhân lao động.",
    ].join("\n");
    const r = extract(bulleted);
    expect(r.statistics.map((x) => x.value)).toEqual([80]);
    expect(r.attendees).toEqual([]);
    expect(r.meeting.kind).not.toBe("executive_committee");
    const piped = [
      "Liên đoàn Lao động tỉnh",
      "TIN MỚI:",
      "LĐLĐ tỉnh tập huấn cho 110 cán bộ công đoàn | Đồng chí Cầm Văn Tiến làm việc với Công đoàn ngành | Trao 20 suất học bổng cho con đoàn viên",
      "LĐLĐ huyện sơ kết công tác 6 tháng đầu năm 2024",
      "Chiều 10/7, Liên đoàn Lao động huyện tổ chức Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2024, kết nạp 95 đoàn viên.",
    ].join("\n");
    expect(extract(piped).statistics.map((x) => x.value)).toEqual([95]);
    expect(extract(piped).attendees).toEqual([]);
    const oneLine = piped.replace("TIN MỚI:\n", "TIN MỚI: ");
    expect(extract(oneLine).statistics.map((x) => x.value)).toEqual([95]);
  });

  it("reads a publication line with a section's name among its fields as no meeting day", () => {
    const text = [
      "Công đoàn Công ty May Bình An tổng kết năm 2023",
      "Ngày đăng: 16/01/2024 | Tin hoạt động | 205 lượt xem",
      "Vừa qua, Công đoàn cơ sở Công ty May Bình An tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2023.",
    ].join("\n");
    expect(meeting(text).date).toBeNull();
  });

  it('counts teachers who reached "giáo viên dạy giỏi" as awarded, and keeps a person "do" names to an office', () => {
    expect(stats("Toàn ngành có 2.140 nhà giáo đạt giáo viên dạy giỏi các cấp.")).toEqual([["awards.individual", 2140, "exact", "stated"]]);
    expect(stats('Phong trào có 1.380 nữ đoàn viên đăng ký, kết quả 1.250 chị đạt danh hiệu "Giỏi việc nước, đảm việc nhà".')).toContainEqual(["awards.individual", 1250, "exact", "stated"]);
    const founding = "Sáng 12/6/2024, LĐLĐ huyện tổ chức Lễ ra mắt CĐCS Công ty TNHH Minh Long. LĐLĐ huyện chỉ định Ban Chấp hành lâm thời gồm 5 đồng chí, do bà Hồ Thị Ngân - Trưởng phòng Nhân sự công ty làm Chủ tịch.";
    expect(people(founding)).toEqual(["Hồ Thị Ngân"]);
    // "Do ông ..., đã nghỉ hưu": because of him, he is not there
    const retired = "Sáng 3/3/2025, Ban Chấp hành LĐLĐ tỉnh tổ chức Hội nghị lần thứ 9. Do ông Lê Văn Quý, Phó Chủ tịch LĐLĐ tỉnh đã nghỉ hưu, hội nghị đã bầu bổ sung bà Hà Thị Yến giữ chức Phó Chủ tịch.";
    expect(people(retired)).toEqual(["Hà Thị Yến"]);
  });

  it("reads every name of a list parted by \";\" whose descriptions no title reads, and people who speak up at a dialogue", () => {
    const honoured = "Tối 26/7/2024, LĐLĐ quận tổ chức tuyên dương công nhân giỏi. Các công nhân giỏi tiêu biểu được tuyên dương gồm: Lê Văn Hậu, tổ trưởng tổ cơ điện Công ty CP Cơ khí Hòa An; Trần Đức Lực, kỹ thuật viên Công ty TNHH Nhựa Tân Phong; Vũ Thị Hải Vân, công nhân Công ty TNHH May Hòa Lạc.";
    const r = extract(honoured);
    expect(r.attendees.map((a) => [a.name, a.title])).toEqual([
      ["Lê Văn Hậu", "tổ trưởng tổ cơ điện Công ty CP Cơ khí Hòa An"],
      ["Trần Đức Lực", "kỹ thuật viên Công ty TNHH Nhựa Tân Phong"],
      ["Vũ Thị Hải Vân", "công nhân Công ty TNHH May Hòa Lạc"],
    ]);
    const dialogue = "Sáng 14/3/2024, UBND huyện tổ chức hội nghị đối thoại với công nhân. Công nhân Nguyễn Thị Kim Thảo (Công ty TNHH Thủy sản Hải Long) phản ánh nhiều phòng trọ tính giá điện cao.";
    expect(people(dialogue)).toEqual(["Nguyễn Thị Kim Thảo"]);
  });

  it("keeps a district's name whose last syllable no person's is out of the people, and reads \"H' Rin\" typed apart as a name", () => {
    const text = "Vừa qua, Công đoàn xã tổ chức Hội nghị tổng kết năm 2023. Về dự có đồng chí Phạm Quốc Bình - Phó Chủ tịch LĐLĐ huyện Tân Phước Tây, đồng chí Huỳnh Văn Lực - Chủ tịch HĐND xã.";
    expect(extract(text).attendees.map((a) => [a.name, a.title])).toEqual([
      ["Phạm Quốc Bình", "Phó Chủ tịch LĐLĐ huyện Tân Phước Tây"],
      ["Huỳnh Văn Lực", "Chủ tịch HĐND xã"],
    ]);
    // a title that ends in its unit's word, then the person
    expect(people("Sáng 2/3/2024, LĐLĐ tỉnh tổ chức hội nghị. Phó Chủ tịch UBND tỉnh Ksor Y Bliêng trao Bằng khen cho 4 tập thể.")).toEqual(["Ksor Y Bliêng"]);
    expect(people("Sáng 2/2/2024, LĐLĐ thành phố tổ chức chương trình Tết Sum vầy. Tham dự có bà H' Rin Byă - Chủ tịch LĐLĐ thành phố.")).toEqual(["H’ Rin Byă"]);
  });

  it("dates no meeting by a day celebrated, plans no period over by the meeting's month, and reads a speaker's list of \"nội dung\" as tasks", () => {
    const celebrated = "Công đoàn xã tổng kết hoạt động năm 2023\nCập nhật: 29/12/2023\nVừa qua, Công đoàn xã tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2023. Công đoàn phối hợp tổ chức giải bóng chuyền chào mừng ngày 8/3 thu hút gần 40 lượt chị em tham gia.";
    expect(meeting(celebrated).date).toBeNull();
    expect(meeting(celebrated).period).toMatchObject({ from: "2023-01", to: "2023-12" });
    const late = "Ngày 20-12-2023, Ban Chấp hành LĐLĐ thành phố tổ chức Hội nghị lần thứ 8 bầu bổ sung ủy viên. Đồng chí Thạch Thị Na đề nghị BCH tập trung hoàn thành các chỉ tiêu năm 2023.";
    expect(meeting(late).nextPeriod).toBeNull();
    const asked = "Sáng 04/5/2024, LĐLĐ huyện tổ chức Lễ phát động Tháng Công nhân năm 2024. Phát biểu phát động, đồng chí Nông Thị Huệ - Chủ tịch LĐLĐ huyện đề nghị các cấp công đoàn, người sử dụng lao động và người lao động tập trung thực hiện tốt một số nội dung: tổ chức đối thoại tại nơi làm việc; tuyên truyền, huấn luyện an toàn lao động cho 100% người lao động.";
    expect(extract(asked).tasks.map((t) => t.text)).toEqual(["tổ chức đối thoại tại nơi làm việc", "tuyên truyền, huấn luyện an toàn lao động cho 100% người lao động"]);
    expect(stats("Năm học qua, ba đồng chí được Công đoàn ngành tặng Giấy khen.")).toEqual([["awards.individual", 3, "exact", "stated"]]);
  });

  it("reads a count glued to its noun, and no award in the name of the council that rates", () => {
    expect(stats("LĐLĐ huyện đã trao Bằng khen của LĐLĐ tỉnh cho 03tập thể và 02 cá nhân có thành tích xuất sắc.")).toEqual([
      ["awards.collective", 3, "exact", "stated"],
      ["awards.individual", 2, "exact", "stated"],
    ]);
    // letters glued before digits stay a code
    expect(stats("Mã số A80 và lớp 9B.")).toEqual([]);
    const rated = "Kết quả, 15/15 CĐCS trường học được Hội đồng Thi đua - Khen thưởng LĐLĐ huyện xếp loại hoàn thành tốt nhiệm vụ, trong đó 04 CĐCS hoàn thành xuất sắc nhiệm vụ.";
    expect(stats(rated).map((x) => [x[0], x[1]])).toEqual([
      ["unions.count", 15],
      ["unions.count", 4],
    ]);
    expect(stats("Chăm lo, bảo vệ quyền lợi hợp pháp của hơn 18.200 đoàn viên.")).toEqual([["members.count", 18200, "over", "stated"]]);
  });

  it("reads what a meeting \"có nhiệm vụ\" to do as its agenda: neither tasks nor the next period's", () => {
    const school = "Chiều 07/10, Công đoàn Trường THCS Lê Lợi phối hợp cùng Ban Giám hiệu tổ chức Hội nghị viên chức, người lao động năm học 2024-2025. Hội nghị có nhiệm vụ nhìn lại, đánh giá kết quả thực hiện nhiệm vụ năm học 2023-2024, đồng thời thống nhất phương hướng, nhiệm vụ năm học 2024-2025.";
    const m = meeting(school);
    expect(m.period).toMatchObject({ from: "2023-09", to: "2024-08" });
    expect(m.nextPeriod).toMatchObject({ from: "2024-09", to: "2025-08" });
    // the school's meeting of its year is held in the year the reviewed one ends
    expect(m.date).toBe("2024-10-07");
    const congress = "Sáng ngày 05/12/2022, Công đoàn cơ sở Trường Tiểu học Hòa Bình tổ chức Đại hội nhiệm kỳ 2023 – 2028. Đại hội có nhiệm vụ đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2017 – 2022, xác định mục tiêu, phương hướng hoạt động trong 5 năm tới; đồng thời bầu Ban Chấp hành khóa mới.";
    expect(extract(congress).tasks).toEqual([]);
    const asked = "Chiều 12/7/2023, Công đoàn các KCN tỉnh tổ chức Hội nghị sơ kết công tác nữ công. Công đoàn cũng đề nghị các CĐCS nỗ lực hoàn thành các chỉ tiêu thi đua năm 2023.";
    expect(meeting(asked).period).toBeNull();
  });

  it("leaves out a person whose results a speaker builds on", () => {
    const text = "Ngày 10/3/2025, Ban Chấp hành LĐLĐ tỉnh họp bầu Chủ tịch. Tân Chủ tịch LĐLĐ tỉnh Lê Thị Hồng Gấm cho biết sẽ kế thừa những kết quả mà đồng chí Võ Văn Tường, nguyên Chủ tịch LĐLĐ tỉnh, đã dày công xây dựng.";
    expect(people(text)).toEqual(["Lê Thị Hồng Gấm"]);
  });

  it("reads the next period after a clause that plans, money that helps as gifts, and no meeting day a deadline gives", () => {
    const school = "Sáng ngày 24/9/2024, Công đoàn cơ sở Trường Cao đẳng Nghề tổ chức Hội nghị tổng kết hoạt động công đoàn năm học 2023 – 2024, đánh giá kết quả đạt được, chỉ ra những hạn chế và bàn giải pháp thực hiện nhiệm vụ năm học 2024 – 2025.";
    expect(meeting(school).nextPeriod).toMatchObject({ from: "2024-09", to: "2025-08" });
    expect(stats("Từ nguồn quỹ xã hội, LĐLĐ tỉnh đã trích hơn 1,4 tỉ đồng trợ giúp 486 đoàn viên có hoàn cảnh khó khăn.")).toEqual([
      ["gifts.value", 1400000000, "over", "stated"],
      ["gifts.count", 486, "exact", "stated"],
    ]);
    const deadline = "Các đại hội Công đoàn xã, phường phải xong trước ngày 20-10.\n\nĐến ngày 20-10, cả 88/88 Công đoàn xã, phường trong tỉnh đã tổ chức thành công đại hội.";
    expect(meeting(deadline).date).toBeNull();
  });

  it("finds who held a meeting from its opener with a long title, a congress from its election, and an agency that holds its staff's conference", () => {
    const opened = "Tham dự hội nghị có bà Lò Thị Xuân - Phó Chủ tịch UBND tỉnh.\nPhát biểu khai mạc, Phó Chủ tịch Thường trực LĐLĐ tỉnh Lê Thị Kim Ngân cho biết, thời gian qua phong trào thi đua được triển khai sâu rộng.";
    expect(meeting(opened).organizer?.name).toBe("Liên đoàn Lao động tỉnh");
    const elected = "Đồng chí Nguyễn Thị Thu Hà tái đắc cử Chủ tịch Liên đoàn Lao động tỉnh khóa XV, nhiệm kỳ 2023-2028.\n\nTại phiên bế mạc, Phó Chủ tịch LĐLĐ tỉnh thông báo kết quả phiên họp thứ nhất Ban Chấp hành khóa XV.\n\nTrước đó, sáng 27-7, Đại hội XV Công đoàn tỉnh với sự tham dự của 280 đại biểu chính thức, đại diện cho hơn 96.000 đoàn viên, đã bầu Ban Chấp hành khóa XV. Tại Đại hội, có 1 đại biểu tự ứng cử.";
    expect(meeting(elected).kind).toBe("congress");
    expect(stats(elected).filter((x) => x[0] === "participants")).toEqual([["participants", 280, "exact", "stated"]]);
    const agency = "Sáng 10/01/2024, Trung tâm Y tế huyện Hòa Vang phối hợp với Công đoàn cơ sở tổ chức Hội nghị viên chức, người lao động năm 2024.";
    expect(meeting(agency).organizer?.name).toBe("Trung tâm Y tế huyện Hòa Vang");
  });

  it("reads a congress's purpose as its agenda, the tasks of the months to come, and the aims set after \"Theo mục tiêu đề ra\"", () => {
    const purpose = "Sáng 16/5/2023, Công đoàn cơ sở Phòng Tài chính tổ chức Đại hội nhiệm kỳ 2023 - 2028. Đại hội là sự kiện chính trị quan trọng của đoàn viên; là dịp để nhìn lại, đánh giá kết quả hoạt động trong nhiệm kỳ qua, xác định mục tiêu, phương hướng, nhiệm vụ cho nhiệm kỳ mới; bầu Ban Chấp hành khóa mới.";
    expect(extract(purpose).tasks).toEqual([]);
    const months = "Chiều 12/7, LĐLĐ huyện tổ chức Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm.\nVề nhiệm vụ 6 tháng cuối năm, hội nghị thống nhất tập trung hướng dẫn các CĐCS chuẩn bị tốt Đại hội nhiệm kỳ mới; phối hợp kiểm tra việc chấp hành pháp luật lao động tại doanh nghiệp; tiếp tục đẩy mạnh phát triển đoàn viên.";
    expect(extract(months).tasks.map((t) => t.text)).toEqual([
      "tập trung hướng dẫn các CĐCS chuẩn bị tốt Đại hội nhiệm kỳ mới",
      "phối hợp kiểm tra việc chấp hành pháp luật lao động tại doanh nghiệp",
      "tiếp tục đẩy mạnh phát triển đoàn viên",
    ]);
    const aims = "Sáng 20/8/2025, Công đoàn tỉnh tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.\nTheo mục tiêu đề ra, mỗi năm Công đoàn tỉnh phấn đấu kết nạp mới trên 15.000 đoàn viên; 100% cán bộ công đoàn cơ sở mới được bầu được tập huấn nghiệp vụ.";
    expect(extract(aims).tasks.map((t) => t.text)).toEqual(["mỗi năm Công đoàn tỉnh phấn đấu kết nạp mới trên 15.000 đoàn viên", "100% cán bộ công đoàn cơ sở mới được bầu được tập huấn nghiệp vụ"]);
  });

  it("reads months named by word, a weekday between the part of day and the date, and no bare \"hôm qua\"", () => {
    const words = "Ngày 14 tháng Tư năm 2023, Đại hội Công đoàn xã Hòa Bình lần thứ III, nhiệm kỳ 2023-2028 đã diễn ra tại Hội trường UBND xã.";
    expect(meeting(words).date).toBe("2023-04-14");
    const weekday = "Sáng 2/10/2025, tin tổng hợp.\nĐại hội Công đoàn phường lần thứ nhất khai mạc vào sáng Chủ nhật 28-9-2025 tại hội trường phường.";
    expect(meeting(weekday).date).toBe("2025-09-28");
    // "the month, the year" in lower case is no month's name
    expect(meeting("Sáng 5/1/2024, LĐLĐ huyện tổng kết 6 tháng năm 2023.").date).toBe("2024-01-05");
  });

  it("reads tasks counted out in words, the months left in the year as the next period, and a part of a total", () => {
    const counted = "Sáng 13/1/2023, LĐLĐ huyện tổ chức Hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023.\nNăm 2023, LĐLĐ huyện xác định một là, đẩy mạnh tuyên truyền, đưa Nghị quyết vào cuộc sống; hai là, phát triển đoàn viên, thành lập công đoàn cơ sở; ba là, chăm lo Tết chu đáo cho người lao động.";
    expect(extract(counted).tasks.map((t) => t.text)).toEqual(["đẩy mạnh tuyên truyền, đưa Nghị quyết vào cuộc sống", "phát triển đoàn viên, thành lập công đoàn cơ sở", "chăm lo Tết chu đáo cho người lao động"]);
    const months = "Sáng 4/7/2023, LĐLĐ tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2023.\nKết luận hội nghị, Chủ tịch LĐLĐ tỉnh đề nghị 6 tháng cuối năm tập trung: (1) tổ chức tốt các hoạt động kỷ niệm Ngày thành lập Công đoàn Việt Nam; (2) đẩy mạnh thương lượng tập thể.";
    expect(meeting(months).nextPeriod).toMatchObject({ from: "2023-07", to: "2023-12" });
    expect(extract(months).tasks.map((t) => t.text)).toEqual(["tổ chức tốt các hoạt động kỷ niệm Ngày thành lập Công đoàn Việt Nam", "đẩy mạnh thương lượng tập thể"]);
    const quarter = "Sáng 10/10/2025, Công đoàn công ty tổ chức hội nghị sơ kết 9 tháng đầu năm 2025.\nBước sang quý IV, hội nghị thống nhất tập trung hoàn thành chỉ tiêu doanh thu.";
    expect(meeting(quarter).nextPeriod).toMatchObject({ from: "2025-10", to: "2025-12" });
    const part = "Sáng 16/12/2023, Công đoàn cơ sở Trường Tiểu học tổ chức Đại hội. Về dự Đại hội có đồng chí Võ Văn Lực, Hiệu trưởng nhà trường, cùng 24 trong tổng số 27 đoàn viên công đoàn.";
    expect(stats(part)).toContainEqual(["participants", 24, "exact", "stated"]);
    expect(stats("Hội nghị tổng kết đã diễn ra với sự tham dự của hơn 140 đoàn viên.")).toEqual([["participants", 140, "over", "stated"]]);
    expect(stats("Tham dự các đại hội có tổng cộng 380 đoàn viên.")).toEqual([["participants", 380, "exact", "stated"]]);
    expect(stats("Đại hội có 25 đoàn viên là đại diện cho 04 công đoàn bộ phận.")).toContainEqual(["participants", 25, "exact", "stated"]);
    // "một" is one when something is given to it, "a" elsewhere
    expect(stats('Công đoàn trao Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn" cho một đồng chí.')).toEqual([["awards.individual", 1, "exact", "stated"]]);
    expect(stats("Một đồng chí phát biểu tại hội nghị.")).toEqual([]);
  });

  it("reads a congress opened at a venue named for meetings, re-elections before the new committee's first session, and the body \"do ... tổ chức\"", () => {
    const venue = " date 2025-12-18 Sáng 17-12, tại Trung tâm Hội nghị tỉnh, khai mạc Đại hội Công đoàn tỉnh Lâm Hà lần thứ I, nhiệm kỳ 2025 - 2030 với 320 đại biểu chính thức.";
    expect(meeting(venue).kind).toBe("congress");
    const reelected = "Chủ tịch Công đoàn ngành Dệt May khóa IV Đào Thị Minh Hạnh tái đắc cử Chủ tịch Công đoàn ngành khóa V, nhiệm kỳ 2023-2028.\n\nPhó Chủ tịch Công đoàn ngành đã báo cáo kết quả phiên họp đầu tiên của Ban Chấp hành khóa V trước Đại hội.";
    expect(meeting(reelected).kind).toBe("congress");
    // a briefing "for" a congress to come is no congress
    expect(meeting("Hòa Lâm: Sẵn sàng cho Đại hội Công đoàn tỉnh lần thứ XIII\n\nSáng 1-8-2023, LĐLĐ tỉnh Hòa Lâm gặp gỡ báo chí để thông tin về công tác chuẩn bị Đại hội Công đoàn tỉnh lần thứ XIII, nhiệm kỳ 2023-2028.").kind).not.toBe("congress");
    const heldBy = "Đại hội Công đoàn tỉnh Hòa Lâm lần thứ XV do Liên đoàn Lao động tỉnh Hòa Lâm tổ chức đã bế mạc vào chiều 16/8/2023.";
    expect(meeting(heldBy).organizer?.name).toBe("Liên đoàn Lao động tỉnh Hòa Lâm");
    expect(stats("Năm 2021, có 528 viên chức, người lao động đạt danh hiệu lao động tiên tiến.")).toEqual([["awards.individual", 528, "exact", "stated"]]);
    expect(stats("Gần 160 cán bộ công đoàn cơ sở khu vực thành phố và các huyện Vị Thanh, Bắc Sơn đã về dự.")).toEqual([["participants", 160, "approx", "stated"]]);
    expect(stats("Tiếp đó, Chủ tịch UBND quận đã đối thoại với gần 180 đoàn viên, người lao động.")).toEqual([["participants", 180, "approx", "stated"]]);
    expect(stats("Ban Tổ chức đã trao 9 giải cá nhân và 2 giải tập thể.")).toEqual([
      ["awards.individual", 9, "exact", "stated"],
      ["awards.collective", 2, "exact", "stated"],
    ]);
  });

  it("reads \"năm học mới\" as the school year it names, a rating as no award, and a person named again by the end of the name as the same person", () => {
    const school = "Vào ngày 21/9/2023, LĐLĐ huyện tổ chức tổng kết hoạt động Công đoàn khối trường học năm học 2022 - 2023, đồng thời bàn phương hướng, nhiệm vụ năm học mới 2023 - 2024.\nBà Lê Thị Thu Hà, Chủ tịch LĐLĐ huyện chủ trì Hội nghị. Kết quả, 15/15 CĐCS được LĐLĐ huyện công nhận hoàn thành tốt nhiệm vụ trở lên. Bà Thu Hà đề nghị năm học 2023 - 2024, các CĐCS tiếp tục nâng cao chất lượng sinh hoạt; quan tâm phát triển đoàn viên.";
    const r = extract(school);
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2023-09", to: "2024-08" });
    expect(r.tasks.length).toBe(2);
    expect(r.statistics.map((x) => x.metric)).not.toContain("awards.collective");
    expect(r.attendees.map((a) => [a.name, a.mentions])).toEqual([["Lê Thị Thu Hà", 2]]);
    // bodies whose names hold lower-case words
    expect(meeting("Sáng 12/7/2024, Công đoàn Khối các cơ quan tỉnh Hậu Lộc tổ chức hội nghị sơ kết 6 tháng đầu năm.").organizer?.name).toBe("Công đoàn Khối các cơ quan tỉnh Hậu Lộc");
    expect(meeting("Sáng 12/7/2024, Công đoàn Đường sắt Việt Nam tổ chức hội nghị sơ kết 6 tháng đầu năm.").organizer?.name).toBe("Công đoàn Đường sắt Việt Nam");
  });

  it('starts the tasks after "Theo kế hoạch, ... sẽ:" and its colon, and never takes that line for a byline', () => {
    const text = [
      "LĐLĐ quận phát động Tháng Công nhân",
      "",
      "Sáng 24/4/2024, LĐLĐ quận tổ chức Lễ phát động Tháng Công nhân năm 2024.",
      "",
      "Theo kế hoạch, trong Tháng Công nhân, LĐLĐ quận sẽ:",
      "- Tổ chức chương trình đối thoại giữa lãnh đạo quận với công nhân lao động",
      "- Thăm hỏi, tặng quà cho công nhân lao động bị tai nạn lao động",
    ].join("\n");
    expect(extract(text).tasks.map((t) => t.text)).toEqual(["Tổ chức chương trình đối thoại giữa lãnh đạo quận với công nhân lao động", "Thăm hỏi, tặng quà cho công nhân lao động bị tai nạn lao động"]);
  });
});
