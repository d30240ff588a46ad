/**
 * Issue 5, page furniture in scraped text: menus, "Skip to main content", "Chế độ ban đêm In
 * trang Xuất PDF", "Cỡ chữ: A+ A-", related-article lists, visitor counters, pagination never
 * yield values. Checked on the seeds (by the character ranges of their furniture) and on a seed
 * with more furniture lines put between its paragraphs.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/index.js";
import type { Report } from "../../src/schema/report.js";
import { expectSpansSlice, SEED_000, SEED_001, SEED_003, SEED_004, seedText } from "./helpers.js";

type WithText = Report & { text: string };

/** [start, end) of a furniture stretch, found by its first and last words. */
function range(text: string, from: string, to?: string): [number, number] {
  const start = text.indexOf(from);
  expect(start, `"${from}" is in the seed`).toBeGreaterThanOrEqual(0);
  const end = to === undefined ? start + from.length : text.indexOf(to, start) + to.length;
  expect(end).toBeGreaterThan(start);
  return [start, end];
}

/** No statistic, attendee or task span touches the range. */
function expectNothingFrom(report: Report, [start, end]: [number, number]): void {
  for (const v of [...report.statistics, ...report.attendees, ...report.tasks]) {
    const overlaps = v.span[0] < end && v.span[1] > start;
    expect(overlaps, `${JSON.stringify(v.text)} at ${v.span} lies in furniture ${start}-${end}`).toBe(false);
  }
}

describe("furniture in the seeds yields no value", () => {
  it("seed 004: the visitor counters (Trong tuần: 27.922 ...) and 'Lượt xem: 194'", () => {
    const text = seedText(SEED_004);
    const r = extract(text, { includeText: true }) as WithText;
    expectSpansSlice(r, r.text);
    const counters = range(r.text, "Lượt xem: 194", "Trong năm: 1.059.037");
    expect(r.text.slice(...counters)).toContain("Trong tuần: 27.922");
    expectNothingFrom(r, counters);
    expectNothingFrom(r, range(r.text, "In trang"));
    for (const v of [194, 2420752, 83, 27922, 97026, 1059037]) expect(r.statistics.map((s) => s.value)).not.toContain(v);
    // the body's figures are all there: the furniture rule took nothing else
    expect(r.statistics.map((s) => [s.metric, s.value])).toEqual(
      expect.arrayContaining([["unions.count", 59], ["members.count", 1489], ["gifts.count", 105], ["gifts.value", 52500000], ["funds.value", 72170000]]),
    );
  });

  it("seed 001: 'Tổng số: 69 | Trang: 1 trên tổng số 7 trang', 'Xem tin theo ngày', 'Cỡ chữ: A+ A-'", () => {
    const r = extract(seedText(SEED_001), { includeText: true }) as WithText;
    expectSpansSlice(r, r.text);
    expectNothingFrom(r, range(r.text, "Tổng số: 69", "7 trang"));
    expectNothingFrom(r, range(r.text, "Xem tin theo ngày"));
    expectNothingFrom(r, range(r.text, "Cỡ chữ: A+ A-"));
    for (const v of [69, 1, 7]) expect(r.statistics.filter((s) => s.value === v && s.text.includes(String(v)) && /trang/iu.test(s.text))).toEqual([]);
    expect(r.statistics.map((s) => s.value)).not.toContain(69);
    // and the byline at the foot is not an attendee
    expect(r.attendees.map((a) => a.name)).not.toContain("Vũ Dung");
  });

  it("seed 003: the 'Có thể bạn quan tâm' / 'Tin khác' list of other headlines", () => {
    const r = extract(seedText(SEED_003), { includeText: true }) as WithText;
    expectSpansSlice(r, r.text);
    const tail = range(r.text, "Có thể bạn quan tâm", "Hoạt động 21/11/2024 10:27");
    expect(r.text.slice(...tail)).toContain("Tin khác");
    expectNothingFrom(r, tail);
    expect(r.statistics.map((s) => s.value)).not.toContain(68); // "Tuyên dương 68 người con hiếu thảo"
    expect(r.tasks.every((t) => t.span[1] <= tail[0])).toBe(true);
    expect(r.meeting.organizer?.name).toBe("Liên đoàn Lao động quận Long Biên");
  });

  it("seed 000: 'Skip to main content', 'Chế độ ban đêm In trang Xuất PDF Đọc nội dung', '-A A +A' and the slogan banner", () => {
    const r = extract(seedText(SEED_000), { includeText: true }) as WithText;
    expectSpansSlice(r, r.text);
    expectNothingFrom(r, range(r.text, "Skip to main content"));
    expectNothingFrom(r, range(r.text, "Chế độ ban đêm In trang Xuất PDF Đọc nội dung"));
    expectNothingFrom(r, range(r.text, "-A A +A"));
    expect(r.title).toBe("Hội nghị tổng kết công tác Công đoàn năm 2021");
  });
});

describe("furniture lines put into an article change nothing", () => {
  const LINES = [
    "Skip to main content",
    "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
    "Trang chủ » Tin tức » Hoạt động công đoàn",
    "Chế độ ban đêm In trang Xuất PDF",
    "Cỡ chữ: A+ A-",
    "Lượt xem: 1.234",
    "Đã xem: 345",
    "Số lượt truy cập: 1.234.567",
    "Đang online: 83",
    "Trong tuần: 27.922",
    "Trang: 1 2 3 4 5 ... 12 Sau »",
    "« Trước 1 2 3 Tiếp »",
    "Trang 2/15",
    "Hiển thị 1 - 20 của 69 kết quả",
    "Tổng số: 69 | Trang: 1 trên tổng số 7 trang",
    "Bình luận (12)",
    "Chia sẻ: Facebook Twitter",
    "Ngày đăng: 10/01/2022 | Lượt xem: 345",
    "542 lượt xem",
  ];

  it("between the paragraphs of seed 000: the same values, none from the inserted lines", () => {
    const original = seedText(SEED_000);
    const paragraphs = original.split("\n\n");
    const text = [...paragraphs.slice(0, 3), ...LINES, ...paragraphs.slice(3)].join("\n\n");
    const base = extract(original);
    const r = extract(text, { includeText: true }) as WithText;
    expectSpansSlice(r, r.text);
    const value = (x: Report) => x.statistics.map((s) => [s.metric, s.value, s.qualifier, s.text]);
    expect(value(r)).toEqual(value(base));
    expect(r.attendees.map((a) => [a.name, a.title])).toEqual(base.attendees.map((a) => [a.name, a.title]));
    expect(r.tasks.map((t) => t.text)).toEqual(base.tasks.map((t) => t.text));
    expect(r.meeting).toEqual(base.meeting);
    // (the seed opens with its own "Skip to main content": the inserted block starts at the menu)
    const inserted = range(r.text, LINES[1]!, LINES.at(-1)!);
    expect(r.text.slice(...inserted)).toContain("Hiển thị 1 - 20 của 69 kết quả");
    expectNothingFrom(r, inserted);
  });

  it("a related-articles list after the article yields none of its numbers", () => {
    const original = seedText(SEED_000);
    const text = `${original}\n\nBài viết liên quan\nLĐLĐ huyện Lộc Bình trao 300 suất quà Tết cho đoàn viên\nCông đoàn ngành Y tế kết nạp 120 đoàn viên mới\nTin khác\nHội nghị tổng kết năm 2020, khen thưởng 25 tập thể`;
    const r = extract(text, { includeText: true }) as WithText;
    expect(r.statistics.map((s) => s.value)).toEqual(extract(original).statistics.map((s) => s.value));
    expectNothingFrom(r, range(r.text, "Bài viết liên quan", "25 tập thể"));
  });

  it('"Tin mới hơn:" / "Tin cũ hơn:" start the list of other headlines too', () => {
    const original = seedText(SEED_000);
    const text = `${original}

Tin mới hơn:
LĐLĐ tỉnh trao 900 suất quà Tết cho công nhân
Tin cũ hơn:
Công đoàn ngành Giáo dục kết nạp 45 đoàn viên mới`;
    const r = extract(text, { includeText: true }) as WithText;
    expect(r.statistics.map((s) => s.value)).toEqual(extract(original).statistics.map((s) => s.value));
    expectNothingFrom(r, range(r.text, "Tin mới hơn:", "45 đoàn viên mới"));
  });
});

describe("menus, breadcrumbs, section names and counters above the headline", () => {
  const LEAD = "Ngày 9/1/2024, LĐLĐ huyện Đạ Tẻh tổ chức Hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.";
  const HEADLINE = "LĐLĐ huyện Đạ Tẻh tổng kết công tác công đoàn năm 2023";

  it("a menu of items between '|' is not the headline", () => {
    const r = extract(`LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ\nTrang chủ | Giới thiệu | Tin tức | Liên hệ\n${HEADLINE}\n10/01/2024 08:15\n\n${LEAD}`);
    expect(r.title).toBe(HEADLINE);
    expect(r.published).toEqual({ date: "2024-01-10", time: "08:15" });
    expect(r.meeting.kind).toBe("annual_review");
  });

  it("breadcrumbs (>, », /), menus set apart by spaces or dashes, section names", () => {
    for (const top of [
      "Trang chủ > Tin tức > Hoạt động Công đoàn",
      "Tin tức » Hoạt động công đoàn",
      "Trang chủ   Giới thiệu   Tin tức   Văn bản",
      "Trang chủ - Giới thiệu - Tin tức - Liên hệ",
      "Tin tức - Sự kiện",
      "Tin hoạt động",
      "Hoạt động Công đoàn cấp huyện",
      "Tìm kiếm...",
    ]) {
      const r = extract(`${top}\n${HEADLINE}\n\n${LEAD}`, { includeText: true }) as WithText;
      expect(r.title, top).toBe(HEADLINE);
      expectSpansSlice(r, r.text);
    }
  });

  it("a headline with a colon, a quote or a number is not a menu", () => {
    for (const headline of [
      "Gia Lai: Công đoàn ngành Giáo dục tổng kết năm học",
      'Công đoàn tổ chức "Tết Sum vầy" cho đoàn viên khó khăn',
      "Đại hội Công đoàn phường Tân Lập lần thứ I",
    ]) {
      const r = extract(`${headline}\n\n${LEAD}`);
      expect(r.title).toBe(headline);
    }
  });

  it("a view counter under the headline leaves it the headline; beside the date it leaves the date line", () => {
    const r = extract(`${HEADLINE}\nLượt xem: 1.234\n\n${LEAD}`);
    expect(r.title).toBe(HEADLINE);
    const d = extract(`${HEADLINE}\n05/01/2024 10:20 | Lượt xem: 120\n\n${LEAD}`);
    expect(d.title).toBe(HEADLINE);
    expect(d.published).toEqual({ date: "2024-01-05", time: "10:20" });
    const e = extract(`${HEADLINE}\nNgày đăng: 11/01/2024 | Lượt xem: 1.016\n\n${LEAD}`);
    expect(e.published).toEqual({ date: "2024-01-11", time: null });
    // the counter's number is no statistic
    expect(e.statistics.map((s) => s.value)).not.toContain(1016);
  });
});

describe("isMenuLine", () => {
  it("tells menus from headlines and sentences by shape", async () => {
    const { isMenuLine } = await import("../../src/pipeline/clean.js");
    for (const menu of ["Trang chủ | Giới thiệu | Tin tức | Liên hệ", "Trang chủ » Tin tức » Hoạt động công đoàn", "Tin tức - Sự kiện", "Trang chủ Tin tức Thư viện ảnh"]) {
      expect(isMenuLine(menu), menu).toBe(true);
    }
    for (const line of [
      "Công đoàn ngành Y tế tổng kết hoạt động năm 2023",
      "Phú Yên: Công đoàn Viên chức tỉnh biểu dương cán bộ công đoàn",
      "Hoạt động chăm lo Tết cho công nhân lao động",
      "Đồng chí Lê Văn Hùng phát biểu tại hội nghị.",
      'Trao quà " Tết sum vầy " cho công nhân',
      "Sau buổi làm việc  khẩn trương và  nghiêm túc",
    ]) {
      expect(isMenuLine(line), line).toBe(false);
    }
  });
});

describe("publication lines with '|' fields", () => {
  const HEAD = "Công đoàn Viên chức tỉnh Hậu Giang tổng kết hoạt động năm 2024";
  const BODY =
    "Ngày 10/01/2025, Công đoàn Viên chức tỉnh Hậu Giang tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2024. Năm 2024, Công đoàn đã trao 75 suất quà cho đoàn viên khó khăn.";

  it("tells a publication line from a menu and a sentence", async () => {
    const { publicationLine, publicationAuthor } = await import("../../src/pipeline/clean.js");
    expect(publicationLine("Ngày đăng: 03/02/2025 | Tác giả: Văn phòng Công đoàn | Số lượt xem: 212")).toBe("dateline");
    expect(publicationLine("Thứ Hai, 03/02/2025 - 08:30 | Người viết: Lê Hồng Vân | 1.045 lượt xem")).toBe("dateline");
    expect(publicationLine("Lượt xem: 74 | Người đăng: Quản trị viên")).toBe("furniture");
    expect(publicationLine("Chuyên mục: Tin hoạt động | Bình luận: 0")).toBe("furniture");
    // a field that is not page data (a sentence, a figure of the body) makes it no publication line
    expect(publicationLine("Tổng số: 69 | Năm 2024 trao 75 suất quà")).toBeNull();
    expect(publicationLine("Trang chủ | Giới thiệu | Tin tức")).toBeNull();
    expect(publicationLine("Ngày đăng: 03/02/2025")).toBeNull();
    expect(publicationAuthor("Ngày đăng: 03/02/2025 | Tác giả: Văn phòng Công đoàn | Số lượt xem: 212")).toBe("Văn phòng Công đoàn");
    expect(publicationAuthor("Lượt xem: 74 | Người đăng: Quản trị viên")).toBeNull();
    expect(publicationLine("Tin, ảnh: Đào Thu Hà | 14/03/2024 09:10")).toBe("dateline");
    expect(publicationAuthor("Tin, ảnh: Đào Thu Hà | 14/03/2024 09:10")).toBe("Đào Thu Hà");
  });

  it("its date is the page's, not the meeting's; its author the byline; its counter no statistic", () => {
    const text = `${HEAD}\nNgày đăng: 14/01/2025 | Tác giả: Văn phòng Công đoàn | Số lượt xem: 212\n${BODY}`;
    const r = extract(text, { includeText: true }) as WithText;
    expectSpansSlice(r, r.text);
    expect(r.title).toBe(HEAD);
    expect(r.published).toEqual({ date: "2025-01-14", time: null });
    expect(r.author).toBe("Văn phòng Công đoàn");
    expect(r.meeting.date).toBe("2025-01-10");
    expect(r.statistics.map((s) => s.value)).not.toContain(212);
    expect(r.statistics.map((s) => [s.metric, s.value])).toContainEqual(["gifts.count", 75]);
    expectNothingFrom(r, range(r.text, "Ngày đăng", "212"));
  });

  it("a line of a counter and an uploader yields no statistic and no date", () => {
    const text = `${HEAD}\nLượt xem: 74 | Người đăng: Quản trị viên\n${BODY}`;
    const r = extract(text, { includeText: true }) as WithText;
    expect(r.title).toBe(HEAD);
    expect(r.published).toBeNull();
    expect(r.author).toBeNull();
    expect(r.statistics.map((s) => s.value)).not.toContain(74);
    expectNothingFrom(r, range(r.text, "Lượt xem: 74", "Quản trị viên"));
  });
});
