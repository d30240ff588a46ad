/**
 * Issue 3 (statistics), line by line, on small hand-written report paragraphs:
 *  1. Vietnamese numbers in running text;  2. qualifiers before or around the number;
 *  3. classification into the contract's metrics;  4. no invented statistics;
 *  5. every span slices the normalized input to exactly its text.
 * (6, parseAmount, is in numbers.test.ts; the seeds are in seeds.test.ts.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/index.js";
import { MAX_STATISTICS } from "../../src/extract/statistics/index.js";
import { HEAD, HEAD_MIDYEAR, SCORED, expectStat, normalizedInput, report, run, showStats, spanProblems, stat } from "./helpers.js";

describe("the opening sentence alone", () => {
  it("gives no statistic (a date, a year, an organizer)", () => {
    const r = run(report());
    expect(r.statistics, showStats(r)).toEqual([]);
  });
});

describe("1. Vietnamese numbers in running text", () => {
  it('"." groups thousands: "1.489 đoàn viên" is 1489 members', () => {
    const r = run(report("Năm 2022, toàn huyện có 1.489 đoàn viên, sinh hoạt tại 59 CĐCS."));
    expectStat(r, 1489, { metric: "members.count", unit: "count", qualifier: "exact", text: "1.489 đoàn viên" });
    expectStat(r, 59, { metric: "unions.count", unit: "count", text: "59 CĐCS" });
  });

  it('"52.500.000đ" is 52500000 VND', () => {
    const r = run(report("Nhân dịp Tết, Công đoàn huyện đã trao 105 suất quà cho đoàn viên có hoàn cảnh khó khăn với tổng trị giá 52.500.000đ."));
    expectStat(r, 52500000, { metric: "gifts.value", unit: "VND", qualifier: "exact", basis: "stated", text: "52.500.000đ" });
    expectStat(r, 105, { metric: "gifts.count", unit: "count", subject: "suất quà", text: "105 suất quà" });
  });

  it('"," is the decimal mark: "2,5 tỷ đồng" is 2500000000 VND', () => {
    const r = run(report("Công đoàn các cấp đã vận động đoàn viên ủng hộ Quỹ Mái ấm Công đoàn được 2,5 tỷ đồng."));
    expectStat(r, 2500000000, { metric: "funds.value", unit: "VND", text: "2,5 tỷ đồng" });
  });

  it('"95,5%" is 95.5 percent', () => {
    const r = run(report("Tỷ lệ đoàn viên tham gia sinh hoạt công đoàn đạt 95,5%."));
    expectStat(r, 95.5, { metric: "percent", unit: "percent", qualifier: "exact", text: "95,5%" });
  });

  it('leading zeros drop: "02 tập thể và 06 cá nhân"', () => {
    const r = run(report("LĐLĐ huyện tặng Giấy khen cho 02 tập thể và 06 cá nhân có thành tích xuất sắc."));
    expectStat(r, 2, { metric: "awards.collective", text: "02 tập thể" });
    expectStat(r, 6, { metric: "awards.individual", text: "06 cá nhân" });
  });

  it('"800 triệu đồng" is 800000000 VND', () => {
    const r = run(report("Đoàn viên, người lao động đã đóng góp xây dựng Quỹ Tấm lòng vàng với số tiền 800 triệu đồng."));
    expectStat(r, 800000000, { metric: "funds.value", unit: "VND", text: "800 triệu đồng" });
  });

  it('compound scales: "3 tỷ 200 triệu đồng"', () => {
    const r = run(report("Tổng kinh phí các cấp công đoàn chi cho hoạt động chăm lo Tết là 3 tỷ 200 triệu đồng."));
    expectStat(r, 3200000000, { unit: "VND", text: "3 tỷ 200 triệu đồng" });
  });

  it('compound scales: "1 triệu 500 nghìn đồng"', () => {
    const r = run(report("Mỗi đoàn viên bị ảnh hưởng bởi bão lũ được hỗ trợ 1 triệu 500 nghìn đồng."));
    expectStat(r, 1500000, { unit: "VND", text: "1 triệu 500 nghìn đồng" });
  });

  it('"10k đồng" is 10000 VND', () => {
    const r = run(report("Công đoàn trường thưởng cho mỗi cháu học sinh giỏi 10k đồng."));
    expectStat(r, 10000, { unit: "VND", text: "10k đồng" });
  });

  it('"5 nghìn" and "ngàn" are thousands', () => {
    const r = run(
      report(
        "Đoàn viên đã quyên góp được 5 nghìn cuốn sách cho học sinh vùng cao.",
        "Chương trình Tết Sum vầy đã trao 3 ngàn suất quà cho công nhân lao động.",
      ),
    );
    expectStat(r, 5000, { unit: "count" });
    expectStat(r, 3000, { metric: "gifts.count", unit: "count", text: "3 ngàn suất quà" });
  });

  it('spelled out: "hai tập thể"', () => {
    const r = run(report("LĐLĐ huyện tặng Bằng khen cho hai tập thể có thành tích xuất sắc trong phong trào thi đua."));
    expectStat(r, 2, { metric: "awards.collective", award: "Bằng khen", text: "hai tập thể" });
  });

  it('spelled out: "mười lăm cá nhân"', () => {
    const r = run(report("Dịp này, mười lăm cá nhân được LĐLĐ tỉnh tặng Giấy khen."));
    expectStat(r, 15, { metric: "awards.individual", award: "Giấy khen", text: "mười lăm cá nhân" });
  });

  it('spelled out: "ba mươi mốt công đoàn cơ sở"', () => {
    const r = run(report("Trong năm đã thành lập mới ba mươi mốt công đoàn cơ sở."));
    expectStat(r, 31, { metric: "unions.new", text: "ba mươi mốt công đoàn cơ sở" });
  });

  it('spelled out: "hai mươi mốt nghìn không trăm mười một đoàn viên"', () => {
    const r = run(report("Toàn tỉnh hiện có hai mươi mốt nghìn không trăm mười một đoàn viên."));
    expectStat(r, 21011, { metric: "members.count", text: "hai mươi mốt nghìn không trăm mười một đoàn viên" });
  });

  it('spelled out: "một tỷ đồng" and "tám trăm triệu đồng"', () => {
    const r = run(
      report(
        "Các cấp công đoàn đã vận động ủng hộ Quỹ Vì người nghèo được một tỷ đồng.",
        "Đoàn viên đóng góp xây dựng nhà văn hóa thôn Nà Pàn với số tiền tám trăm triệu đồng.",
      ),
    );
    expectStat(r, 1000000000, { metric: "funds.value", unit: "VND", text: "một tỷ đồng" });
    expectStat(r, 800000000, { metric: "funds.value", unit: "VND", text: "tám trăm triệu đồng" });
  });

  it('currency marks: "đ", "đồng", "VNĐ", "VND"', () => {
    const r = run(
      report(
        "Công đoàn ngành Giáo dục trao 120 suất quà cho giáo viên với tổng trị giá 36.000.000đ.",
        "Công đoàn Công ty trao 80 suất quà cho công nhân với tổng trị giá 40.000.000 đồng.",
        "Công đoàn Bệnh viện trao 30 suất quà cho nhân viên với tổng trị giá 9.000.000 VNĐ.",
        "Công đoàn xã trao 25 suất quà cho đoàn viên với tổng trị giá 5.000.000 VND.",
      ),
    );
    for (const v of [36000000, 40000000, 9000000, 5000000]) expectStat(r, v, { metric: "gifts.value", unit: "VND" });
  });

  it("percentages", () => {
    const r = run(report("Có 100% công đoàn cơ sở tổ chức hội nghị người lao động, 98,7% doanh nghiệp ký thỏa ước lao động tập thể."));
    expectStat(r, 100, { metric: "percent", unit: "percent", text: "100%" });
    expectStat(r, 98.7, { metric: "percent", unit: "percent", text: "98,7%" });
  });

  it('ratios: "59/59 đại hội" is reported with its denominator, not read as a date', () => {
    const r = run(report("Đặc biệt, LĐLĐ huyện đã chỉ đạo tổ chức thành công 59/59 đại hội CĐCS, nhiệm kỳ 2023 - 2028."));
    expectStat(r, 59, { denominator: 59, unit: "count" });
    expect(r.statistics.filter((s) => s.denominator === 59)).toHaveLength(1);
  });

  it('ratios: "45/52 CĐCS"', () => {
    const r = run(report("Đến nay đã có 45/52 CĐCS tổ chức hội nghị người lao động."));
    expectStat(r, 45, { metric: "unions.count", denominator: 52, text: "45/52 CĐCS" });
  });

  it('ratios whose parts could be a day and a month: "8/12 CĐCS" is a ratio, not 8 December', () => {
    const r = run(report("Đến nay đã có 8/12 CĐCS khối doanh nghiệp tổ chức xong đại hội."));
    expectStat(r, 8, { metric: "unions.count", denominator: 12, text: "8/12 CĐCS" });
  });
});

describe("2. qualifiers before or around the number", () => {
  // [paragraph, value, qualifier]
  const cases: [string, number, string][] = [
    // approx
    ["Trong năm, công đoàn các cấp đã trao gần 2.000 suất quà cho đoàn viên.", 2000, "approx"],
    ["Chương trình thu hút khoảng 1.500 lượt người lao động tham gia.", 1500, "approx"],
    ["Tổng số tiền hỗ trợ đoàn viên xấp xỉ 95 triệu đồng.", 95000000, "approx"],
    ["Giải việt dã có chừng 300 lượt đoàn viên tham gia.", 300, "approx"],
    ["Ước tính 1.200 lượt công nhân đã được khám sức khỏe miễn phí.", 1200, "approx"],
    // over
    ["Đoàn viên đã ủng hộ các loại quỹ được trên 800 triệu đồng.", 800000000, "over"],
    ["Đã có hơn 8.000 lượt đoàn viên, người lao động tham gia các phong trào thi đua.", 8000, "over"],
    ["Công đoàn đã vận động ủng hộ Quỹ Mái ấm Công đoàn được nhiều hơn 200 triệu đồng.", 200000000, "over"],
    ["Số đoàn viên kết nạp mới vượt 15% so với chỉ tiêu được giao.", 15, "over"],
    ["Tỷ lệ đoàn viên tham gia bảo hiểm cao hơn 20% so với năm trước.", 20, "over"],
    // under
    ["Số dư quỹ hỗ trợ đoàn viên còn dưới 50 triệu đồng.", 50000000, "under"],
    ["Năm nay chỉ có ít hơn 30 đoàn viên tham gia hội thao.", 30, "under"],
    ["Tỷ lệ đoàn viên nữ kém hơn 10% so với đoàn viên nam.", 10, "under"],
    ["Chưa đến 100 đoàn viên tham gia lớp tập huấn trực tuyến.", 100, "under"],
    ["Không tới 40 người lao động tham gia diễn đàn.", 40, "under"],
    // at_least
    ["Mỗi CĐCS đã tổ chức ít nhất 3 cuộc sinh hoạt chuyên đề.", 3, "at_least"],
    ["Công đoàn đã vận động tối thiểu 50 đoàn viên tham gia hiến máu tình nguyện.", 50, "at_least"],
    ["Đã có không ít hơn 20 đoàn viên tham gia hội thi.", 20, "at_least"],
    ["Mỗi đợt hiến máu có từ 50 đoàn viên trở lên tham gia.", 50, "at_least"],
    // at_most
    ["Mức hỗ trợ tối đa 5 triệu đồng cho mỗi đoàn viên bị tai nạn lao động.", 5000000, "at_most"],
    ["Mức chi cho mỗi suất quà không quá 2 triệu đồng.", 2000000, "at_most"],
    ["Mỗi lớp tập huấn có không hơn 10 người tham gia.", 10, "at_most"],
    ["Tỷ lệ lao động nghỉ việc không cao hơn 5%.", 5, "at_most"],
    ["Các CĐCS có từ 10 đoàn viên trở xuống được cấp trên hỗ trợ kinh phí hoạt động.", 10, "at_most"],
    // exact
    ["Công đoàn các cấp đã tổ chức 544 cuộc tuyên truyền pháp luật.", 544, "exact"],
  ];
  it.each(cases)("%s -> %s %s", (paragraph, value, qualifier) => {
    const r = run(report(paragraph));
    expect(stat(r, value).qualifier, showStats(r)).toBe(qualifier);
  });
});

describe("3. classification into the contract's metrics", () => {
  it("a gift value vs money raised for a fund vs money spent on a work (công trình)", () => {
    const r = run(
      report(
        "Nhân dịp Tết, công đoàn các cấp đã trao 250 suất quà cho đoàn viên có hoàn cảnh khó khăn với tổng trị giá 75.000.000đ.",
        "Đoàn viên, người lao động đã ủng hộ Quỹ Xã hội từ thiện của tỉnh được 120 triệu đồng.",
        "Vận động đoàn viên đóng góp xây dựng 02 công trình nhà văn hóa tại xã Tân Lập với tổng trị giá 96.500.000đ.",
      ),
    );
    expectStat(r, 75000000, { metric: "gifts.value", unit: "VND" });
    expectStat(r, 250, { metric: "gifts.count", subject: "suất quà" });
    expectStat(r, 120000000, { metric: "funds.value", unit: "VND" });
    expectStat(r, 96500000, { metric: "funds.value", unit: "VND" });
    // the number of works is not a scored count (not a gift, an award, members ...)
    expect(SCORED.has(stat(r, 2).metric), showStats(r)).toBe(false);
  });

  it('"1.328 đoàn viên đạt danh hiệu lao động tiên tiến" is awards.individual, not members.count', () => {
    const r = run(report("Năm học 2021-2022, có 1.328 đoàn viên đạt danh hiệu lao động tiên tiến, 85 đoàn viên đạt Chiến sĩ thi đua cơ sở."));
    expectStat(r, 1328, { metric: "awards.individual", award: "Lao động tiên tiến", subject: "đoàn viên" });
    expectStat(r, 85, { metric: "awards.individual", award: "Chiến sĩ thi đua cơ sở" });
    expect(r.statistics.filter((s) => s.metric === "members.count"), showStats(r)).toEqual([]);
  });

  it('"hơn 8.000 lượt đoàn viên ... tham gia" is participants', () => {
    const r = run(report("Đã có hơn 8.000 lượt đoàn viên, người lao động tham gia các phong trào do cấp trên phát động."));
    expectStat(r, 8000, { metric: "participants", qualifier: "over" });
  });

  it('"cho trên 900 nữ CNVCLĐ" is participants of the sessions, the sessions are activities', () => {
    const r = run(report("Về công tác nữ công, đã tuyên truyền được 62 cuộc cho trên 900 nữ CNVCLĐ về bình đẳng giới."));
    expectStat(r, 62, { metric: "activities.count", qualifier: "exact" });
    expectStat(r, 900, { metric: "participants", qualifier: "over" });
  });

  it('"tuyên truyền được 544 cuộc" is activities.count', () => {
    const r = run(report("Các cấp công đoàn đã phối hợp tuyên truyền, phổ biến chính sách pháp luật được 544 cuộc."));
    expectStat(r, 544, { metric: "activities.count", unit: "count", subject: "cuộc", text: "544 cuộc" });
  });

  it('"mở 3 lớp tập huấn" is activities.count', () => {
    const r = run(report("LĐLĐ huyện đã mở 3 lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở."));
    expectStat(r, 3, { metric: "activities.count" });
  });

  it('"trao 10 suất quà mỗi suất trị giá 300.000đ": the count, the unit price and a derived total', () => {
    const text = report("Trong Tháng Công nhân, Công đoàn huyện đã trao 10 suất quà mỗi suất trị giá 300.000đ cho CNVCLĐ có hoàn cảnh khó khăn.");
    const r = run(text);
    expectStat(r, 10, { metric: "gifts.count", unit: "count", basis: "stated", subject: "suất quà", text: "10 suất quà" });
    expectStat(r, 300000, { metric: "gifts.value", unit: "VND", text: "300.000đ" }, { basis: "unit_price" });
    const total = stat(r, 3000000, { basis: "derived" });
    expect(total).toMatchObject({ metric: "gifts.value", unit: "VND", basis: "derived" });
    // a derived total is not stated as a total: exactly one, and no stated 300.000 total
    expect(r.statistics.filter((s) => s.basis === "derived")).toHaveLength(1);
    expect(r.statistics.filter((s) => s.value === 300000 && s.basis === "stated"), showStats(r)).toEqual([]);
    expect(normalizedInput(text).slice(total.span[0], total.span[1])).toBe(total.text);
  });

  it('unit price with a comma: "120 suất quà, mỗi suất trị giá 500.000 VNĐ"', () => {
    const r = run(report("Công đoàn ngành Y tế trao 120 suất quà, mỗi suất trị giá 500.000 VNĐ cho nhân viên y tế."));
    expectStat(r, 120, { metric: "gifts.count", basis: "stated" });
    expectStat(r, 500000, { metric: "gifts.value" }, { basis: "unit_price" });
    expectStat(r, 60000000, { metric: "gifts.value" }, { basis: "derived" });
  });

  it("a list sharing one verb gives every number its award and grantor", () => {
    const r = run(
      report(
        "Nhân dịp này, LĐLĐ tỉnh tặng Bằng khen cho 02 tập thể, 04 cá nhân, tặng Cờ thi đua cho 01 tập thể có thành tích xuất sắc trong phong trào thi đua năm 2022.",
      ),
    );
    expectStat(r, 2, { metric: "awards.collective", award: "Bằng khen", grantor: "LĐLĐ tỉnh" });
    expectStat(r, 4, { metric: "awards.individual", award: "Bằng khen", grantor: "LĐLĐ tỉnh" });
    expectStat(r, 1, { metric: "awards.collective", award: "Cờ thi đua", grantor: "LĐLĐ tỉnh" });
  });

  it("passive phrasing after the coordinated numbers: '06 tập thể, 08 cá nhân được LĐLĐ huyện tặng Giấy khen'", () => {
    const r = run(report("Năm 2022, có 06 tập thể, 08 cá nhân được LĐLĐ huyện tặng Giấy khen; 03 đoàn viên được UBND tỉnh tặng Bằng khen."));
    expectStat(r, 6, { metric: "awards.collective", award: "Giấy khen", grantor: "LĐLĐ huyện" });
    expectStat(r, 8, { metric: "awards.individual", award: "Giấy khen", grantor: "LĐLĐ huyện" });
    expectStat(r, 3, { metric: "awards.individual", award: "Bằng khen", grantor: "UBND tỉnh" });
  });

  it("a grantor without a named award: '180 đoàn viên được UBND huyện khen thưởng' has no award", () => {
    const r = run(report("Năm học vừa qua, 92 đoàn viên đạt Chiến sĩ thi đua cơ sở, 180 đoàn viên được UBND huyện khen thưởng."));
    expectStat(r, 92, { metric: "awards.individual", award: "Chiến sĩ thi đua cơ sở" });
    expectStat(r, 180, { metric: "awards.individual", award: null, grantor: "UBND huyện" });
  });

  it("awards without a named award: '15 tập thể và 47 cá nhân được khen thưởng'", () => {
    const r = run(report("Đã có 15 tập thể và 47 cá nhân được khen thưởng vì có thành tích xuất sắc trong hoạt động công đoàn."));
    expectStat(r, 15, { metric: "awards.collective", award: null });
    expectStat(r, 47, { metric: "awards.individual", award: null });
  });

  it("a breakdown in parentheses gives separate statistics whose subject names the part", () => {
    const r = run(
      report(
        "Công đoàn huyện hiện có 59 CĐCS (Khối cơ quan hành chính sự nghiệp có 26 CĐCS; Khối giáo dục có 32 CĐCS; Khối doanh nghiệp có 01 CĐCS) với 1.489 đoàn viên.",
      ),
    );
    expectStat(r, 59, { metric: "unions.count", text: "59 CĐCS" });
    const parts: [number, string][] = [
      [26, "Khối cơ quan hành chính sự nghiệp"],
      [32, "Khối giáo dục"],
      [1, "Khối doanh nghiệp"],
    ];
    for (const [value, part] of parts) {
      const s = stat(r, value);
      expect(s.metric).toBe("unions.count");
      expect(s.subject, `subject of ${value}`).toContain(part);
    }
    // the total's own subject does not name a part
    expect(stat(r, 59).subject ?? "").not.toMatch(/Khối/u);
    expectStat(r, 1489, { metric: "members.count" });
  });

  it('members: "kết nạp mới 350 đoàn viên" is members.new; "thành lập mới 5 CĐCS" is unions.new', () => {
    const r = run(report("Năm qua, LĐLĐ huyện đã kết nạp mới 350 đoàn viên, thành lập mới 5 CĐCS."));
    expectStat(r, 350, { metric: "members.new", subject: "đoàn viên" });
    expectStat(r, 5, { metric: "unions.new", subject: "CĐCS" });
  });

  it('"quản lý 120 công đoàn cơ sở với 4.350 đoàn viên" are unions.count and members.count', () => {
    const r = run(report("Hiện nay, LĐLĐ huyện trực tiếp quản lý 120 công đoàn cơ sở với 4.350 đoàn viên."));
    expectStat(r, 120, { metric: "unions.count" });
    expectStat(r, 4350, { metric: "members.count" });
  });

  it('gifts: "phần quà", "suất trợ cấp", "vé xe" are gifts.count', () => {
    const r = run(
      report(
        "Dịp Tết Nguyên đán, LĐLĐ huyện đã trao 320 phần quà cho đoàn viên, 15 suất trợ cấp khó khăn đột xuất và tặng 140 vé xe cho công nhân về quê đón Tết.",
      ),
    );
    expectStat(r, 320, { metric: "gifts.count" });
    expectStat(r, 15, { metric: "gifts.count" });
    expectStat(r, 140, { metric: "gifts.count" });
  });

  it("targets for the coming period are marked as targets", () => {
    const r = run(report("Năm 2023, LĐLĐ huyện phấn đấu phát triển mới 300 đoàn viên, thành lập mới 4 CĐCS."));
    expectStat(r, 300, { target: true });
  });
});

describe("4. no invented statistics", () => {
  const none = (paragraph: string) => {
    const r = run(report(paragraph));
    expect(r.statistics, `no statistic expected from «${paragraph}»; extracted:\n${showStats(r)}`).toEqual([]);
  };

  it("document numbers: 'Nghị quyết số 02-NQ/TW', 'Quyết định 217/QĐ-TW', 'Kế hoạch số 125/KH-LĐLĐ'", () => {
    none("Hội nghị đã quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, Quyết định 217/QĐ-TW và Kế hoạch số 125/KH-LĐLĐ của LĐLĐ tỉnh.");
  });

  it("counts of list items: '8 nhiệm vụ trọng tâm', '3 khâu đột phá', '5 giải pháp'", () => {
    none("Hội nghị đã triển khai 8 nhiệm vụ trọng tâm, 3 khâu đột phá và 5 giải pháp chủ yếu của năm 2023.");
  });

  it("ordinals and terms: 'lần thứ V', 'lần thứ 2', 'nhiệm kỳ 2023 - 2028', 'khóa XVI', 'xếp thứ III'", () => {
    none("Đại hội Công đoàn huyện lần thứ V, nhiệm kỳ 2023 - 2028 đã bầu Ban Chấp hành khóa mới.");
    none("Hội nghị Ban Chấp hành lần thứ 2, khóa XVI được tổ chức tại hội trường LĐLĐ huyện.");
    none("Năm 2022, LĐLĐ huyện được LĐLĐ tỉnh xếp thứ III trong khối thi đua các huyện.");
  });

  it("years, dates and times", () => {
    none("Năm 2022 là năm đầu tiên thực hiện Nghị quyết Đại hội Công đoàn tỉnh lần thứ XVI.");
    none("Hội nghị khai mạc lúc 8 giờ 30 phút ngày 20/5/2023 tại hội trường Huyện ủy.");
    none("Từ ngày 20/4 đến ngày 30/4/2023, LĐLĐ huyện tổ chức các hoạt động hưởng ứng Tháng Công nhân.");
    none("Kỷ niệm 93 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2022).");
  });

  it("a phone number (GUIDE: phone numbers are ignored)", () => {
    none("Mọi thông tin xin liên hệ Văn phòng LĐLĐ huyện theo số điện thoại 0205.3870.123.");
  });

  it("page furniture: the date line, view and visitor counters, 'Tổng số: 69 | Trang: 1', headline lists", () => {
    const text = [
      "Hội nghị tổng kết công tác công đoàn năm 2022",
      "Thứ Sáu, ngày 13 tháng 1 năm 2023 - 09:15",
      "Lượt xem: 342",
      "",
      HEAD + " Năm qua, công đoàn các cấp đã trao 320 suất quà cho đoàn viên.",
      "",
      "Tin, ảnh: Hoàng Văn Nam",
      "",
      "Tổng số: 69 | Trang: 1 trên tổng số 7 trang",
      "Xem tin theo ngày:   / /",
      "Tin khác",
      "Công đoàn tỉnh trao 500 suất quà Tết cho công nhân",
      "LĐLĐ thành phố kết nạp 1.200 đoàn viên mới",
      "Có thể bạn quan tâm",
      "Hơn 1.200 đoàn viên tham gia giải chạy vì sức khỏe",
      "Tuyên dương 68 người con hiếu thảo",
      "Thống kê truy cập",
      "• 002420752",
      "Đang online: 83",
      "Trong tuần: 27.922",
      "Trong năm: 1.059.037",
      "",
    ].join("\n");
    const r = run(text);
    expect(r.statistics.map((s) => `${s.metric}=${s.value}`), showStats(r)).toEqual(["gifts.count=320"]);
  });

  it("headlines under 'Có thể bạn quan tâm' alone", () => {
    const text = report("Năm qua, công đoàn huyện đã tổ chức 12 lớp tập huấn cho cán bộ công đoàn.") +
      "Có thể bạn quan tâm\nHà Nội: Tuyên dương 68 người con hiếu thảo\nTrao 300 suất quà cho công nhân khó khăn\n";
    const r = run(text);
    expect(r.statistics.map((s) => `${s.metric}=${s.value}`), showStats(r)).toEqual(["activities.count=12"]);
  });

  it("a view counter in the article line: '542 lượt xem'", () => {
    const text = "LĐLĐ huyện Bình Gia tổng kết công tác năm 2022\n13/01/2023 08:06 SA\n542 lượt xem\n\n" + HEAD + "\n";
    const r = run(text);
    expect(r.statistics, showStats(r)).toEqual([]);
  });

  it("a scored metric never comes from a date, a year or a term in a sentence that also has statistics", () => {
    const r = run(
      report("Trong 6 tháng đầu năm 2023, Công đoàn huyện đã kết nạp 120 đoàn viên mới, nâng tổng số đoàn viên lên 2.345 người; hoàn thành 59/59 đại hội CĐCS nhiệm kỳ 2023 - 2028 trong tháng 4/2023."),
    );
    const values = r.statistics.map((s) => s.value).sort((a, b) => a - b);
    for (const forbidden of [6, 4, 2023, 2028]) expect(values, showStats(r)).not.toContain(forbidden);
    expectStat(r, 120, { metric: "members.new" });
  });
});

describe("5. every span slices the normalized input to exactly its text", () => {
  const paragraphs = [
    "Công đoàn huyện hiện có 59 CĐCS (Khối cơ quan có 26 CĐCS; Khối giáo dục có 32 CĐCS; Doanh nghiệp có 01 CĐCS) với 1.489 đoàn viên.",
    "Trong Tháng Công nhân đã trao 10 suất quà mỗi suất trị giá 300.000đ cho CNVCLĐ có hoàn cảnh khó khăn.",
    "Các công đoàn cơ sở đã tặng gần 2.000 suất quà với tổng trị giá trên 800 triệu đồng.",
    "LĐLĐ tỉnh tặng Bằng khen cho 02 tập thể, 04 cá nhân, tặng Cờ thi đua cho 01 tập thể.",
    "Có 100% công đoàn cơ sở tổ chức hội nghị người lao động; đã hoàn thành 59/59 đại hội CĐCS.",
    "Toàn tỉnh có hai mươi mốt nghìn không trăm mười một đoàn viên.",
    "Đoàn viên đã ủng hộ Quỹ Mái ấm Công đoàn được 2,5 tỷ đồng và 3 tỷ 200 triệu đồng cho quỹ xã hội.",
    "Đã có hơn 8.000 lượt đoàn viên tham gia; tuyên truyền được 544 cuộc.",
  ];

  it("holds for a BOM, NFD input and CRLF line ends", () => {
    const text = report(...paragraphs);
    for (const input of ["\uFEFF" + text, text.normalize("NFD"), "\uFEFF" + text.normalize("NFD").replace(/\n/g, "\r\n")]) {
      const r = extract(input, { path: "variant.txt" });
      expect(r.statistics.length).toBeGreaterThan(10);
      expect(spanProblems(r, input)).toEqual([]);
    }
  });

  it("holds for typographic quotes, dashes and odd spaces around the numbers", () => {
    const text = report(
      "Công đoàn đã trao\u00a0105 suất quà “Tết sum vầy” – trị giá 52.500.000đ; hỗ trợ\u2009hơn 8.000 lượt đoàn viên.",
      "Dự hội nghị có đồng chí Kon Sơ K’Lim – HUV, Phó Chủ tịch UBMTTQ Việt Nam huyện.",
    );
    const r = run(text);
    expect(r.statistics.length).toBeGreaterThan(0);
    expect(spanProblems(r, text)).toEqual([]);
  });

  it("holds for any mix of report paragraphs (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("\n\n", "\n", "\r\n\r\n", " "),
        fc.boolean(),
        fc.boolean(),
        (picked, sep, bom, nfd) => {
          let text = [HEAD_MIDYEAR, ...picked].join(sep);
          if (nfd) text = text.normalize("NFD");
          if (bom) text = "\uFEFF" + text;
          const r = extract(text, { path: "prop.txt" });
          expect(spanProblems(r, text)).toEqual([]);
        },
      ),
      { numRuns: 60, seed: 20240601 },
    );
  });
});

describe("6. what is counted decides the metric, not one cue word in the sentence", () => {
  it('the counted noun named before the number: "tổng số đoàn viên ... là 4.215 người"', () => {
    const r = run(
      report(
        "Đến nay, tổng số đoàn viên toàn huyện là 4.215 người.",
        "Sau đợt vận động, số đoàn viên khối doanh nghiệp tăng lên 1.960 người.",
        "Số đoàn viên phát triển mới trong năm đạt 318 người.",
        "Số đoàn viên được kết nạp ở khu vực ngoài nhà nước là 97 người.",
        "Số CĐCS thành lập mới trong năm là 7.",
      ),
    );
    expectStat(r, 4215, { metric: "members.count", subject: "đoàn viên", text: "4.215 người" });
    expectStat(r, 1960, { metric: "members.count", text: "1.960 người" });
    expectStat(r, 318, { metric: "members.new", text: "318 người" });
    expectStat(r, 97, { metric: "members.new", text: "97 người" });
    expectStat(r, 7, { metric: "unions.new", subject: "CĐCS", text: "7" });
  });

  it('a change of the count is not the count: "số đoàn viên giảm 45 người"', () => {
    const r = run(report("So với cùng kỳ, số đoàn viên giảm 45 người do doanh nghiệp thu hẹp sản xuất."));
    expect(r.statistics.filter((s) => SCORED.has(s.metric)), showStats(r)).toEqual([]);
  });

  it('"N người là đoàn viên": the noun after "là" says what is counted', () => {
    const r = run(report("Cơ quan có 85 cán bộ, công chức, trong đó 80 người là đoàn viên công đoàn."));
    expectStat(r, 80, { metric: "members.count", subject: "đoàn viên công đoàn", text: "80 người" });
  });

  it('"lượt tập thể", "lượt cá nhân" and person-turns given a title are awards, not participants', () => {
    const r = run(
      report(
        "Trong nhiệm kỳ, có 6 lượt tập thể và 21 lượt cá nhân được Công đoàn ngành tuyên dương.",
        "Cuối năm có 1.150 lượt công nhân đạt danh hiệu Lao động tiên tiến.",
        'Ban Nữ công đề nghị và 58 chị em được công nhận danh hiệu "Giỏi việc nước, đảm việc nhà".',
      ),
    );
    expectStat(r, 6, { metric: "awards.collective", text: "6 lượt tập thể" });
    expectStat(r, 21, { metric: "awards.individual", text: "21 lượt cá nhân" });
    expectStat(r, 1150, { metric: "awards.individual", award: "Lao động tiên tiến", text: "1.150 lượt" });
    expectStat(r, 58, { metric: "awards.individual", award: "Giỏi việc nước, đảm việc nhà", text: "58 chị em" });
  });

  it('"với tổng kinh phí" after gifts is the gift value; after building works it is funds', () => {
    const r = run(
      report(
        "Dịp Tết, các cấp công đoàn đã thăm hỏi, tặng 760 suất quà cho công nhân khó khăn với tổng kinh phí trên 320 triệu đồng.",
        "Chương trình đã chăm lo cho 2.075 đoàn viên với tổng kinh phí khoảng 1,2 tỷ đồng.",
        "Công đoàn tỉnh xây dựng 3 nhà Mái ấm Công đoàn với tổng kinh phí 150 triệu đồng.",
        "Công tác tài chính: thu đoàn phí công đoàn được 2,4 tỷ đồng.",
      ),
    );
    expectStat(r, 320e6, { metric: "gifts.value", qualifier: "over", text: "trên 320 triệu đồng" });
    expectStat(r, 1.2e9, { metric: "gifts.value", qualifier: "approx", text: "khoảng 1,2 tỷ đồng" });
    expectStat(r, 150e6, { metric: "funds.value", text: "150 triệu đồng" });
    expectStat(r, 2.4e9, { metric: "funds.value", text: "2,4 tỷ đồng" });
  });

  it('"thay mặt cho N đoàn viên" is the membership; "thu hút N lượt ... tham gia" is participants after gift words', () => {
    const r = run(
      report(
        "Về dự Đại hội có 210 đại biểu thay mặt cho hơn 6.700 đoàn viên trong toàn ngành.",
        "Các CĐCS tổ chức 95 buổi thăm hỏi, tặng quà, giao lưu, thu hút hơn 7.200 lượt đoàn viên tham gia.",
      ),
    );
    expectStat(r, 6700, { metric: "members.count", qualifier: "over", text: "hơn 6.700 đoàn viên" });
    expectStat(r, 95, { metric: "activities.count", text: "95 buổi" });
    expectStat(r, 7200, { metric: "participants", qualifier: "over", text: "hơn 7.200 lượt" });
  });

  it('jobs kept for workers are not participants: "tạo việc làm ổn định cho 1.400 lao động"', () => {
    const r = run(report("Năm qua, doanh nghiệp tạo việc làm ổn định cho 1.400 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng."));
    expectStat(r, 1400, { metric: "other.count", text: "1.400 lao động" });
  });

  it('a part after "trong đó" keeps the metric of its whole: "thành lập mới 16 CĐCS, trong đó có 9 CĐCS ..."', () => {
    const r = run(report("Năm 2022, toàn huyện thành lập mới 16 CĐCS, trong đó có 9 CĐCS khu vực ngoài nhà nước."));
    expectStat(r, 16, { metric: "unions.new", text: "16 CĐCS" });
    expectStat(r, 9, { metric: "unions.new", text: "9 CĐCS" });
  });

  it('people given gifts count the gifts: "48 đoàn viên khó khăn được nhận quà"', () => {
    const r = run(report("Có 48 đoàn viên có hoàn cảnh khó khăn được nhận quà của Công đoàn ngành, trị giá 500.000 đồng/suất."));
    expectStat(r, 48, { metric: "gifts.count", text: "48 đoàn viên" });
    expectStat(r, 500000, { metric: "gifts.value", basis: "unit_price" }, { basis: "unit_price" });
    expectStat(r, 24e6, { metric: "gifts.value", basis: "derived" }, { basis: "derived" });
  });

  it("a range of unit prices makes no derived total", () => {
    const r = run(report("Công đoàn đã trao 25 suất hỗ trợ cho đoàn viên bị tai nạn lao động, mỗi suất từ 500.000 đến 1.000.000 đồng."));
    expectStat(r, 25, { metric: "gifts.count", text: "25 suất hỗ trợ" });
    expect(r.statistics.filter((s) => s.basis === "derived"), showStats(r)).toEqual([]);
  });

  it('spelled "năm" (five) and "ba" (three) in a list of counts; a lone "năm" stays a word', () => {
    const r = run(
      report(
        "UBND huyện tặng Giấy khen cho ba tập thể và năm cá nhân.",
        "Trong năm cá nhân anh Tuấn đạt 3 giải thưởng.",
      ),
    );
    expectStat(r, 3, { metric: "awards.collective", award: "Giấy khen", text: "ba tập thể" });
    expectStat(r, 5, { metric: "awards.individual", award: "Giấy khen", text: "năm cá nhân" });
    expect(r.statistics.filter((s) => SCORED.has(s.metric)).map((s) => s.text), showStats(r)).toEqual(["ba tập thể", "năm cá nhân"]);
  });

  it('sessions held: "3 kỳ họp", "4 kỳ Hội nghị" are activities', () => {
    const r = run(report("Trong năm, Ban Chấp hành tổ chức 3 kỳ họp và phối hợp tổ chức 4 kỳ Hội nghị cán bộ, công chức."));
    expectStat(r, 3, { metric: "activities.count", text: "3 kỳ họp" });
    expectStat(r, 4, { metric: "activities.count", text: "4 kỳ Hội nghị" });
  });
});

describe("6b. the verb or frame around the number decides, not the head noun alone", () => {
  it('workers in an attendance list take part: "Tham gia đối thoại có gần 150 công nhân lao động", "... và hơn 800 công nhân"', () => {
    const r = run(
      report(
        "Tham gia buổi đối thoại với Chủ tịch UBND huyện có gần 150 công nhân lao động đến từ 18 doanh nghiệp trong cụm công nghiệp.",
        "Về dự buổi gặp mặt gồm: Phó Chủ tịch UBND huyện; Chủ tịch LĐLĐ huyện; đại diện các phòng, ban chuyên môn cùng hơn 800 công nhân lao động.",
        "Dự hội nghị có lãnh đạo Công đoàn ngành và hơn 230 đoàn viên.",
      ),
    );
    expectStat(r, 150, { metric: "participants", qualifier: "approx", text: "gần 150 công nhân lao động" });
    expectStat(r, 18, { metric: "other.count", text: "18 doanh nghiệp" });
    expectStat(r, 800, { metric: "participants", qualifier: "over", text: "hơn 800 công nhân lao động" });
    expectStat(r, 230, { metric: "participants", qualifier: "over", text: "hơn 230 đoàn viên" });
  });

  it("an attendance list that has ended does not make later counts participants", () => {
    const r = run(
      report(
        "Hội thao diễn ra với sự tham gia của gần 600 lượt đoàn viên; thăm hỏi, tặng quà 95 đoàn viên ốm đau với số tiền 40 triệu đồng.",
        "Tham dự hội nghị có 120 đại biểu của 35 CĐCS với 2.460 đoàn viên.",
      ),
    );
    expectStat(r, 600, { metric: "participants", qualifier: "approx", text: "gần 600 lượt" });
    expectStat(r, 95, { metric: "gifts.count", text: "95 đoàn viên" });
    expectStat(r, 2460, { metric: "members.count", text: "2.460 đoàn viên" });
    expectStat(r, 35, { metric: "unions.count", text: "35 CĐCS" });
  });

  it('people cared for, named before the verb, count the support: "hơn 9.500 đoàn viên, NLĐ ... đã được chăm lo"', () => {
    const r = run(report("Dịp Tết Nguyên đán, hơn 9.500 đoàn viên, NLĐ trong tỉnh đã được chăm lo; 320 đoàn viên khó khăn được thăm hỏi, hỗ trợ."));
    expectStat(r, 9500, { metric: "gifts.count", qualifier: "over", text: "hơn 9.500 đoàn viên, NLĐ" });
    expectStat(r, 320, { metric: "gifts.count", text: "320 đoàn viên" });
  });

  it('people spoken for or given their rights are not participants: "đại diện cho gần 5.200 công nhân", "truy đóng bảo hiểm xã hội cho 140 người lao động"', () => {
    const r = run(
      report(
        "Hội nghị có 210 đại biểu đại diện cho gần 5.200 công nhân lao động của công ty.",
        "Sau khi làm việc với chủ sử dụng lao động, công ty đã truy đóng bảo hiểm xã hội cho 140 người lao động.",
      ),
    );
    expectStat(r, 210, { metric: "participants", text: "210 đại biểu" });
    expectStat(r, 5200, { metric: "other.count", qualifier: "approx", text: "gần 5.200 công nhân lao động" });
    expectStat(r, 140, { metric: "other.count", text: "140 người lao động" });
  });

  it('unions closed are no union total; "new" after the noun makes new unions and members', () => {
    const r = run(
      report(
        "Ban Thường vụ quyết định giải thể 5 công đoàn cơ sở không còn đoàn viên, đồng thời thành lập mới 7 CĐCS.",
        "Sáu tháng qua, công đoàn ngành kết nạp 260 đoàn viên, chủ yếu ở 4 CĐCS mới thành lập; 35 đoàn viên mới kết nạp đã dự lớp bồi dưỡng.",
        "Đến nay, toàn ngành có 97 CĐCS với 11.340 đoàn viên.",
      ),
    );
    expectStat(r, 5, { metric: "other.count", text: "5 công đoàn cơ sở" });
    expectStat(r, 7, { metric: "unions.new", text: "7 CĐCS" });
    expectStat(r, 260, { metric: "members.new", text: "260 đoàn viên" });
    expectStat(r, 4, { metric: "unions.new", text: "4 CĐCS" });
    expectStat(r, 35, { metric: "members.new", text: "35 đoàn viên" });
    expectStat(r, 97, { metric: "unions.count", text: "97 CĐCS" });
    expectStat(r, 11340, { metric: "members.count", text: "11.340 đoàn viên" });
  });

  it('collectives awarded under other nouns: "Bằng khen cho 6 doanh nghiệp", "trao 5 giải cho các đội", "3 công ty được tặng Giấy khen"', () => {
    const r = run(
      report(
        "Cuối buổi lễ, Chủ tịch LĐLĐ tỉnh trao tặng Bằng khen cho 6 doanh nghiệp thực hiện tốt thỏa ước lao động tập thể.",
        "Kết thúc hội thao, trọng tài chính trao 5 giải cho các đội và 9 giải cho các vận động viên thi đấu xuất sắc.",
        "Có 3 công ty được tặng Giấy khen của LĐLĐ huyện; hội nghị có 40 doanh nghiệp tham gia.",
      ),
    );
    expectStat(r, 6, { metric: "awards.collective", award: "Bằng khen", text: "6 doanh nghiệp" });
    expectStat(r, 5, { metric: "awards.collective", text: "5 giải" });
    expectStat(r, 9, { metric: "awards.individual", text: "9 giải" });
    expectStat(r, 3, { metric: "awards.collective", award: "Giấy khen", text: "3 công ty" });
    expectStat(r, 40, { metric: "other.count", text: "40 doanh nghiệp" });
  });

  it('cases are not schools: "hỗ trợ 27 trường hợp" is no collective but support given, and cases alone are nothing', () => {
    const r = run(report("LĐLĐ huyện trao Giấy khen và hỗ trợ 27 trường hợp đoàn viên khó khăn."));
    expectStat(r, 27, { metric: "gifts.count", text: "27 trường hợp" });
    expectStat(run(report("Năm qua, toàn huyện có 12 trường hợp nghỉ việc.")), 12, { metric: "other.count", text: "12 trường hợp" });
  });

  it('the value initiatives bring is no fund: "làm lợi hơn 12 tỷ đồng", "làm lợi cho công ty trên 900 triệu đồng"', () => {
    const r = run(
      report(
        "Năm qua, kỹ sư và công nhân nhà máy đề xuất 180 giải pháp kỹ thuật, làm lợi hơn 12 tỷ đồng; 24 cải tiến khác làm lợi cho công ty trên 900 triệu đồng; đoàn viên ủng hộ quỹ xã hội 150 triệu đồng.",
      ),
    );
    expectStat(r, 12e9, { metric: "other.value", qualifier: "over", text: "hơn 12 tỷ đồng" });
    expectStat(r, 900e6, { metric: "other.value", qualifier: "over", text: "trên 900 triệu đồng" });
    expectStat(r, 150e6, { metric: "funds.value", text: "150 triệu đồng" });
  });

  it('"tăng từ N lên M": the old value of a change is exact, and so is the low end of "từ N đến M" (a value of the range, as the dev corpus annotates it)', () => {
    const r = run(
      report(
        "Từ tháng 7, phụ cấp xăng xe được nâng từ 250.000 đồng lên 300.000 đồng/người/tháng; mỗi căn nhà được hỗ trợ từ 30 đến 50 triệu đồng.",
      ),
    );
    expectStat(r, 250000, { qualifier: "exact", text: "250.000 đồng" });
    expectStat(r, 300000, { qualifier: "exact", text: "300.000 đồng" });
    expectStat(r, 30e6, { qualifier: "exact", text: "từ 30" });
    expectStat(r, 50e6, { qualifier: "exact", text: "50 triệu đồng" });
  });
});

describe("7. award names across a list, and list numbering", () => {
  it("each award of a list governs the numbers it is given to", () => {
    const r = run(report("Dịp này, LĐLĐ tỉnh tặng Cờ thi đua cho 2 tập thể, Bằng khen cho 9 tập thể và 14 cá nhân."));
    expectStat(r, 2, { metric: "awards.collective", award: "Cờ thi đua", text: "2 tập thể" });
    expectStat(r, 9, { metric: "awards.collective", award: "Bằng khen", text: "9 tập thể" });
    expectStat(r, 14, { metric: "awards.individual", award: "Bằng khen", text: "14 cá nhân" });
  });

  it("an emulation title named before the number is the award", () => {
    const r = run(report('Hưởng ứng phong trào "Giỏi việc nước, đảm việc nhà", có 310 nữ đoàn viên đạt danh hiệu.'));
    expectStat(r, 310, { metric: "awards.individual", award: "Giỏi việc nước, đảm việc nhà", text: "310 nữ đoàn viên" });
  });

  it("a counted award is its own award, a movement named in it is not", () => {
    const r = run(report('LĐLĐ huyện trao 02 Bằng khen về phong trào "Giỏi việc nước, đảm việc nhà" cho 02 tập thể.'));
    const counted = r.statistics.filter((s) => s.metric === "awards.collective");
    expect(counted.map((s) => [s.text, s.award]), showStats(r)).toEqual([
      ["02 Bằng khen", "Bằng khen"],
      ["02 tập thể", "Bằng khen"],
    ]);
  });

  it('the numbers of list items ("1.", "2)") are not statistics', () => {
    const r = run(
      report(
        "Năm 2023, Công đoàn huyện xác định 4 nhóm nhiệm vụ trọng tâm:",
        "1. Tuyên truyền, vận động đoàn viên thực hiện tốt các chủ trương.",
        "2) Chăm lo đời sống, bảo vệ quyền lợi của đoàn viên.",
        "3. Phát triển 200 đoàn viên mới.",
        "Các nhiệm vụ gồm: 1) đối thoại; 2) thương lượng tập thể.",
      ),
    );
    expect(r.statistics.map((s) => s.text), showStats(r)).toEqual(["200 đoàn viên"]);
  });
});

describe("targets in a list of goals", () => {
  it('the items after "đề ra các chỉ tiêu ..., trong đó:" are targets; "hằng năm" in a past result is not', () => {
    const r = run(
      report(
        "Nhiệm kỳ qua, Công đoàn ngành đã kết nạp 2.310 đoàn viên; hằng năm có 92% CĐCS đạt vững mạnh.",
        "Đại hội đề ra các chỉ tiêu chủ yếu cho nhiệm kỳ 2023 - 2028, trong đó: mỗi năm kết nạp ít nhất 400 đoàn viên; 95% CĐCS đạt vững mạnh; 100% cán bộ công đoàn được tập huấn.",
      ),
    );
    expectStat(r, 2310, { metric: "members.new", target: false });
    expectStat(r, 92, { metric: "percent", target: false });
    expectStat(r, 400, { metric: "members.new", qualifier: "at_least", target: true });
    expectStat(r, 95, { metric: "percent", target: true });
    expectStat(r, 100, { metric: "percent", target: true });
  });
});

describe("8. a bounded number of statistics per document", () => {
  it(`stops at ${MAX_STATISTICS} statistics with a "too-many-statistics" warning`, () => {
    // (two numbers a time: "123 456" alone would read as one, thousands parted by a space)
    const text = report("Công đoàn 123 và 456 ".repeat(MAX_STATISTICS));
    const t0 = performance.now();
    const r = run(text);
    expect(r.statistics.length).toBe(MAX_STATISTICS);
    expect(r.warnings.map((w) => w.code)).toContain("too-many-statistics");
    expect(r.warnings.find((w) => w.code === "too-many-statistics")!.message).toContain(String(MAX_STATISTICS));
    expect(r.statistics[0]!.text).toBe("123");
    expect(performance.now() - t0).toBeLessThan(20000);
  });

  it("a report under the cap has no such warning", () => {
    const r = run(report("Năm 2022, toàn huyện có 1.489 đoàn viên, sinh hoạt tại 59 CĐCS."));
    expect(r.warnings.map((w) => w.code)).not.toContain("too-many-statistics");
  });
});

describe("work stoppages are not activities", () => {
  it('"xảy ra 2 cuộc ngừng việc tập thể" is other.count; the union\'s "45 cuộc đối thoại" are activities', () => {
    const r = extract("Năm 2023, trên địa bàn tỉnh xảy ra 2 cuộc ngừng việc tập thể; Liên đoàn Lao động tỉnh tổ chức 45 cuộc đối thoại và 3 cuộc đình công được giải quyết.");
    expect(r.statistics.map((s) => [s.metric, s.value, s.text])).toEqual([
      ["other.count", 2, "2 cuộc ngừng việc"],
      ["activities.count", 45, "45 cuộc"],
      ["other.count", 3, "3 cuộc đình công"],
    ]);
  });
});

describe("unions and union officers honoured, vouchers given", () => {
  it("unions given an award are collectives awarded; the union total stays unions.count", () => {
    const r = extract("Dịp này, Liên đoàn Lao động thành phố tặng Giấy khen cho 4 công đoàn cơ sở có thành tích; 6 CĐCS được tặng Cờ thi đua. Toàn huyện có 58 CĐCS.");
    expect(r.statistics.map((s) => [s.metric, s.value, s.text])).toEqual([
      ["awards.collective", 4, "4 công đoàn cơ sở"],
      ["awards.collective", 6, "6 CĐCS"],
      ["unions.count", 58, "58 CĐCS"],
    ]);
  });

  it("union chairs honoured are individuals awarded; chairs attending are participants", () => {
    expect(extract("Tối 26/7, Liên đoàn Lao động thành phố đã tuyên dương 50 chủ tịch công đoàn cơ sở tiêu biểu năm 2024.").statistics.map((s) => [s.metric, s.value])).toEqual([["awards.individual", 50]]);
    expect(extract("Tham dự hội nghị có đồng chí Lê Văn Tám, Trưởng phòng Giáo dục huyện cùng 52 chủ tịch công đoàn cơ sở trường học.").statistics.map((s) => [s.metric, s.value])).toEqual([["participants", 52]]);
  });

  it("shopping vouchers given are gifts", () => {
    expect(extract("Công đoàn trao 2.000 phiếu mua hàng cho đoàn viên có hoàn cảnh khó khăn.").statistics.map((s) => [s.metric, s.value, s.text])).toEqual([["gifts.count", 2000, "2.000 phiếu mua hàng"]]);
  });
});

describe("a head noun before a colon", () => {
  it('"Tổng số đoàn viên công đoàn cơ quan: 84 đồng chí" is the membership; a colon after other words names nothing', () => {
    const r = extract("- Tổng số đoàn viên công đoàn cơ quan: 84 đồng chí.");
    expect(r.statistics.map((s) => [s.metric, s.value, s.subject])).toEqual([["members.count", 84, "đoàn viên công đoàn"]]);
    expect(extract("Kết quả: 84 đồng chí tham gia.").statistics.map((s) => s.metric)).toEqual(["participants"]);
  });
});
