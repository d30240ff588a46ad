/**
 * Issue 4, item 1 (attendees), line by line, on small hand-written report paragraphs:
 * honorific, name, title as written, organization, role; both orders and title first; one
 * attendee per person; bodies without a named person; who is not an attendee; names by shape.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/index.js";
import { isLetterOrMark, isWordUnit } from "../../src/extract/attendees/chars.js";
import { isUpperUnit } from "../../src/lexicon/regex.js";
import { DEGREE_ABBREVIATIONS, MINORITY_SURNAMES, PREFIX_CUE, ROLE_NOUNS, TITLE_PREFIX_PHRASES } from "../../src/lexicon/people.js";
import { expandOrg, expectPerson, named, normalizedInput, person, report, run, showAttendees, spanProblems } from "./helpers.js";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const sameOrg = (got: string | null, want: string) => expandOrg(got) === expandOrg(want);

describe("honorific, name and title as written", () => {
  it.each<[string, string, string, string]>([
    ["Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy.", "Hoàng Văn Tuấn", "đồng chí", "Phó Bí thư Thường trực Huyện ủy"],
    ["Dự hội nghị có đ/c Nông Văn Hải, Phó Chủ tịch UBND huyện.", "Nông Văn Hải", "đ/c", "Phó Chủ tịch UBND huyện"],
    ["Dự hội nghị có ông Trần Quốc Bảo, Trưởng phòng Lao động - Thương binh và Xã hội huyện.", "Trần Quốc Bảo", "ông", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"],
    ["Dự hội nghị có bà Lê Thị Hồng, Chủ tịch Hội Liên hiệp Phụ nữ huyện.", "Lê Thị Hồng", "bà", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"],
    ["Dự hội nghị có đồng chí Nông Thị Hạnh - HUV, Phó Chủ tịch UBMTTQ Việt Nam huyện.", "Nông Thị Hạnh", "đồng chí", "HUV, Phó Chủ tịch UBMTTQ Việt Nam huyện"],
  ])("%s", (paragraph, name, honorific, title) => {
    const r = run(report(paragraph));
    expectPerson(r, name, { name, honorific, title });
  });

  it("the honorific is read whatever its case at the start of a sentence ('Đồng chí', 'Đ/c')", () => {
    const r = run(report("Đồng chí Vi Văn Khánh, Chủ tịch LĐLĐ huyện chủ trì hội nghị. Đ/c Mã Thị Lan, Phó Chủ tịch LĐLĐ huyện điều hành thảo luận."));
    expect(person(r, "Vi Văn Khánh").honorific?.toLowerCase()).toBe("đồng chí");
    expect(person(r, "Mã Thị Lan").honorific?.toLowerCase()).toBe("đ/c");
  });

  it("the name excludes the honorific and the title; the text covers the mention", () => {
    const text = report("Dự hội nghị có đồng chí Lương Thị Mai, Phó Chủ tịch Liên đoàn Lao động tỉnh.");
    const r = run(text);
    const a = person(r, "Lương Thị Mai");
    expect(a.name).toBe("Lương Thị Mai");
    expect(a.text).toContain("Lương Thị Mai");
    expect(normalizedInput(text).slice(a.span[0], a.span[1])).toBe(a.text);
  });
});

describe("organization where the title names one", () => {
  it.each<[string, string, string]>([
    ["Dự hội nghị có đồng chí Lương Thị Mai, Phó Chủ tịch Liên đoàn Lao động tỉnh.", "Lương Thị Mai", "Liên đoàn Lao động tỉnh"],
    ["Dự hội nghị có đồng chí Vi Văn Khánh, Chủ tịch LĐLĐ huyện Văn Quan.", "Vi Văn Khánh", "Liên đoàn Lao động huyện Văn Quan"],
    ["Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy.", "Hoàng Văn Tuấn", "Huyện ủy"],
    ["Dự hội nghị có đồng chí Nông Thị Hạnh - HUV, Phó Chủ tịch UBMTTQ Việt Nam huyện.", "Nông Thị Hạnh", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"],
    ["Dự hội nghị có đ/c Ngô Minh Trí, Phó Chủ tịch Hội đồng nhân dân huyện Lộc Bình.", "Ngô Minh Trí", "Hội đồng nhân dân huyện Lộc Bình"],
    ["Dự hội nghị có đồng chí Ksor H’Bla, Trưởng Ban Dân vận Huyện ủy.", "Ksor H’Bla", "Ban Dân vận Huyện ủy"],
    ["Dự hội nghị có ông Trần Quốc Bảo, Trưởng phòng Lao động - Thương binh và Xã hội huyện.", "Trần Quốc Bảo", "Phòng Lao động - Thương binh và Xã hội huyện"],
  ])("%s", (paragraph, name, organization) => {
    const r = run(report(paragraph));
    const a = person(r, name);
    expect(sameOrg(a.organization, organization), `organization ${JSON.stringify(a.organization)}, want ${JSON.stringify(organization)}\n${showAttendees(r)}`).toBe(true);
  });

  it("a person named without a title has title and organization null", () => {
    const r = run(report("Dự hội nghị có đồng chí Hoàng Văn Tuấn và các đồng chí trong Ban Thường vụ LĐLĐ huyện."));
    expectPerson(r, "Hoàng Văn Tuấn", { title: null, organization: null, role: "guest" });
  });
});

describe("roles", () => {
  it('guest: "Dự hội nghị có ..."', () => {
    const r = run(report("Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy; đồng chí Lương Thị Mai, Phó Chủ tịch LĐLĐ tỉnh."));
    expect(person(r, "Hoàng Văn Tuấn").role).toBe("guest");
    expect(person(r, "Lương Thị Mai").role).toBe("guest");
  });

  it('guest: "... dự và chỉ đạo hội nghị"', () => {
    const r = run(report("Đồng chí Bế Thị Hằng, Phó Chủ tịch Thường trực LĐLĐ tỉnh dự và chỉ đạo hội nghị."));
    expectPerson(r, "Bế Thị Hằng", { role: "guest", title: "Phó Chủ tịch Thường trực LĐLĐ tỉnh" });
  });

  it('chair: "chủ trì"', () => {
    const r = run(report("Đồng chí Vi Văn Khánh, Chủ tịch LĐLĐ huyện chủ trì hội nghị."));
    expectPerson(r, "Vi Văn Khánh", { role: "chair", title: "Chủ tịch LĐLĐ huyện" });
  });

  it('presenter: "thông qua báo cáo"', () => {
    const r = run(report("Đồng chí Mã Thị Lan - Phó Chủ tịch LĐLĐ huyện đã thông qua báo cáo tổng kết công tác công đoàn năm 2022."));
    expectPerson(r, "Mã Thị Lan", { role: "presenter", title: "Phó Chủ tịch LĐLĐ huyện" });
  });

  it('speaker: "phát biểu"', () => {
    const r = run(report("Phát biểu tại hội nghị, đồng chí Hà Văn Sơn, Bí thư Huyện ủy đánh giá cao kết quả công đoàn huyện đạt được."));
    expectPerson(r, "Hà Văn Sơn", { role: "speaker", title: "Bí thư Huyện ủy" });
  });

  it('speaker: "kết luận" (title first)', () => {
    const r = run(report("Kết luận hội nghị, Chủ tịch Liên đoàn Lao động tỉnh Đinh Thị Thanh Hương ghi nhận những ý kiến đóng góp của các đại biểu."));
    expectPerson(r, "Đinh Thị Thanh Hương", { role: "speaker", title: "Chủ tịch Liên đoàn Lao động tỉnh", honorific: null });
  });

  it('speaker: "phát động"', () => {
    const r = run(report("Đồng chí Phùng Văn Đức, Phó Chủ tịch LĐLĐ huyện đã phát động thi đua năm 2023."));
    expectPerson(r, "Phùng Văn Đức", { role: "speaker", title: "Phó Chủ tịch LĐLĐ huyện" });
  });

  it('elected: "bầu bổ sung ... gồm"', () => {
    const r = run(
      report(
        "Hội nghị đã bầu bổ sung 02 đồng chí vào Ban Chấp hành LĐLĐ huyện khóa XII, gồm đồng chí Triệu Thị Hoa, Chủ tịch Công đoàn ngành Giáo dục huyện và đồng chí Lộc Văn Tâm, Chủ tịch Công đoàn xã Tân Văn.",
      ),
    );
    expectPerson(r, "Triệu Thị Hoa", { role: "elected", title: "Chủ tịch Công đoàn ngành Giáo dục huyện" });
    expectPerson(r, "Lộc Văn Tâm", { role: "elected", title: "Chủ tịch Công đoàn xã Tân Văn" });
  });

  it('awardee: "... được LĐLĐ tỉnh tặng Bằng khen"', () => {
    const r = run(report("Dịp này, đồng chí Bế Văn Hùng, Chủ tịch Công đoàn xã Hồng Phong được LĐLĐ tỉnh tặng Bằng khen."));
    expectPerson(r, "Bế Văn Hùng", { role: "awardee", title: "Chủ tịch Công đoàn xã Hồng Phong" });
  });

  it('awardee: "... được tặng Giấy khen"', () => {
    const r = run(report("Tại hội nghị, đồng chí Sầm Thị Vân, Chủ tịch Công đoàn Trường THCS Hoàng Văn Thụ được tặng Giấy khen của LĐLĐ huyện."));
    expect(person(r, "Sầm Thị Vân").role).toBe("awardee");
  });

  it("other: a person taking part in the events in some other way (handing out awards)", () => {
    const r = run(report("Đồng chí Lạc Văn Thành, Chủ tịch LĐLĐ huyện trao Giấy khen cho các tập thể có thành tích xuất sắc."));
    expect(person(r, "Lạc Văn Thành").role).toBe("other");
  });
});

describe("both orders, and title first", () => {
  it('"đồng chí Bế Thị Hằng, Phó Chủ tịch ..." (comma)', () => {
    const r = run(report("Tới dự hội nghị có đồng chí Bế Thị Hằng, Phó Chủ tịch Thường trực LĐLĐ tỉnh."));
    expectPerson(r, "Bế Thị Hằng", { honorific: "đồng chí", title: "Phó Chủ tịch Thường trực LĐLĐ tỉnh" });
  });

  it('"đồng chí Nguyễn Trường Sơn - Phó Chủ tịch ..." (dash)', () => {
    const r = run(report("Tại hội nghị, đồng chí Nguyễn Trường Sơn - Phó Chủ tịch LĐLĐ quận Hà Đông đã thông qua dự thảo báo cáo."));
    expectPerson(r, "Nguyễn Trường Sơn", { honorific: "đồng chí", title: "Phó Chủ tịch LĐLĐ quận Hà Đông", role: "presenter" });
  });

  it('"Chủ tịch Liên đoàn Lao động tỉnh Nguyễn Thị Thu Hà" (title first, no honorific)', () => {
    const r = run(report("Phát biểu kết luận, Chủ tịch Liên đoàn Lao động tỉnh Nguyễn Thị Thu Hà biểu dương những kết quả đạt được."));
    expectPerson(r, "Nguyễn Thị Thu Hà", { honorific: null, title: "Chủ tịch Liên đoàn Lao động tỉnh", role: "speaker" });
    expect(sameOrg(person(r, "Nguyễn Thị Thu Hà").organization, "Liên đoàn Lao động tỉnh")).toBe(true);
  });

  it("a place name at the end of a title-first mention is not part of the name", () => {
    const r = run(report("Phát biểu tại hội nghị, Phó Chủ tịch UBND huyện Cao Lộc Hoàng Minh Tú đề nghị công đoàn tiếp tục phối hợp chặt chẽ."));
    expect(person(r, "Hoàng Minh Tú").title).toBe("Phó Chủ tịch UBND huyện Cao Lộc");
    expect(named(r).map((a) => a.name)).toEqual(["Hoàng Minh Tú"]);
  });
});

describe("a person named twice is one attendee", () => {
  const text = report(
    "Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy; đồng chí Lương Thị Mai, Phó Chủ tịch LĐLĐ tỉnh.",
    "Phát biểu chỉ đạo tại hội nghị, đồng chí Hoàng Văn Tuấn đánh giá cao kết quả công đoàn huyện đạt được. Đồng chí Lương Thị Mai, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh trao Bằng khen cho các tập thể.",
    "Đồng chí Hoàng Văn Tuấn phát biểu tại hội nghị. Ảnh: Hà Minh Đức",
  );

  it("mentions are merged and counted", () => {
    const r = run(text);
    expect(named(r).filter((a) => a.name === "Hoàng Văn Tuấn"), showAttendees(r)).toHaveLength(1);
    expect(named(r).filter((a) => a.name === "Lương Thị Mai"), showAttendees(r)).toHaveLength(1);
    expect(person(r, "Hoàng Văn Tuấn").mentions).toBe(3);
    expect(person(r, "Lương Thị Mai").mentions).toBe(2);
  });

  it("the first span is kept", () => {
    const r = run(text);
    const norm = normalizedInput(text);
    const a = person(r, "Lương Thị Mai");
    expect(a.span[0]).toBeLessThan(norm.indexOf("Phát biểu chỉ đạo"));
    expect(a.text).toBe("đồng chí Lương Thị Mai, Phó Chủ tịch LĐLĐ tỉnh");
    expect(person(r, "Hoàng Văn Tuấn").text).toBe("đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy");
  });

  it("the fullest title is kept, with its organization", () => {
    const r = run(text);
    const a = person(r, "Lương Thị Mai");
    expect(a.title).toBe("Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh");
    expect(sameOrg(a.organization, "Liên đoàn Lao động tỉnh")).toBe(true);
    expect(person(r, "Hoàng Văn Tuấn").title).toBe("Phó Bí thư Thường trực Huyện ủy");
  });

  it("a person who is first a guest stays a guest when later speaking", () => {
    const r = run(text);
    expect(person(r, "Hoàng Văn Tuấn").role).toBe("guest");
  });
});

describe("bodies attending without a named person", () => {
  it('"Dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban Mặt trận Tổ quốc tỉnh, ..." are attendees with name null', () => {
    const r = run(report("Dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban Mặt trận Tổ quốc tỉnh, Hội Nông dân tỉnh, Tỉnh đoàn."));
    const bodies = r.attendees.filter((a) => a.name === null);
    for (const org of ["Ban Dân vận Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn"]) {
      const b = bodies.find((a) => sameOrg(a.organization, org));
      expect(b, `unnamed body ${org}\n${showAttendees(r)}`).toBeDefined();
      expect(b).toMatchObject({ name: null, honorific: null, role: "guest" });
    }
    expect(named(r), showAttendees(r)).toEqual([]);
  });

  it('"Dự hội nghị có các đồng chí lãnh đạo: ..." (a colon list of bodies)', () => {
    const r = run(report("Dự hội nghị có các đồng chí lãnh đạo: Ban Tuyên giáo Huyện ủy, Hội Cựu chiến binh huyện, Huyện đoàn."));
    const orgs = r.attendees.filter((a) => a.name === null).map((a) => a.organization);
    for (const org of ["Ban Tuyên giáo Huyện ủy", "Hội Cựu chiến binh huyện", "Huyện đoàn"]) {
      expect(orgs.some((o) => sameOrg(o, org)), `unnamed body ${org}\n${showAttendees(r)}`).toBe(true);
    }
    expect(named(r), showAttendees(r)).toEqual([]);
  });

  it("named people and bodies in one sentence are told apart", () => {
    const r = run(report("Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy, lãnh đạo LĐLĐ tỉnh, cùng đại diện các công đoàn cơ sở trực thuộc."));
    expect(named(r).map((a) => a.name)).toEqual(["Hoàng Văn Tuấn"]);
    expect(r.attendees.some((a) => a.name === null && sameOrg(a.organization, "Liên đoàn Lao động tỉnh")), showAttendees(r)).toBe(true);
  });
});

describe("not attendees", () => {
  it('the byline: "Tin, ảnh: ..." and a name alone at the foot', () => {
    const r = run(report("Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy.") + "\nTin, ảnh: Hoàng Thị Lan\n");
    expect(named(r).map((a) => a.name), showAttendees(r)).toEqual(["Hoàng Văn Tuấn"]);
    const r2 = run(report("Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy.") + "\nLý Văn Cường\n");
    expect(named(r2).map((a) => a.name), showAttendees(r2)).toEqual(["Hoàng Văn Tuấn"]);
  });

  it('photo credits: "Ảnh: ..." on its own line and after a caption', () => {
    const r = run(
      report(
        "Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy.",
        "Ảnh: Lý Thị Nga",
        "Đồng chí Hoàng Văn Tuấn phát biểu tại hội nghị. Ảnh: Hà Minh Đức",
      ),
    );
    expect(named(r).map((a) => a.name), showAttendees(r)).toEqual(["Hoàng Văn Tuấn"]);
  });

  it('people in headlines of other articles, after "Tin khác"', () => {
    const text =
      report("Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy.") +
      "Tin khác\nĐồng chí Nguyễn Văn Bình, Chủ tịch LĐLĐ tỉnh thăm công nhân dịp Tết\nBà Vũ Thị Hạnh nhận Bằng khen của Tổng Liên đoàn\nChủ tịch LĐLĐ tỉnh Trần Văn Hòa làm việc với Công đoàn ngành Y tế\n";
    const r = run(text);
    expect(named(r).map((a) => a.name), showAttendees(r)).toEqual(["Hoàng Văn Tuấn"]);
  });

  it('people only cited: "công việc của đồng chí X"', () => {
    const r = run(report("Hội nghị thống nhất giao đồng chí Phó Chủ tịch phụ trách tiếp tục công việc của đồng chí Nông Văn Dũng, nguyên Chủ tịch LĐLĐ huyện."));
    expect(named(r), showAttendees(r)).toEqual([]);
  });

  it("people only cited: the author of a resolution", () => {
    const r = run(report("Hội nghị quán triệt Chỉ thị do đồng chí Trần Văn Long, Bí thư Tỉnh ủy ký ban hành về tăng cường công tác dân vận."));
    expect(named(r), showAttendees(r)).toEqual([]);
  });

  it("place names and bodies are not people", () => {
    const r = run(
      report("Năm qua, LĐLĐ huyện Bà Rịa phối hợp với Công đoàn Công ty Hoàng Anh, Trường Tiểu học Lê Văn Tám tổ chức tốt Tháng Công nhân tại thị trấn Đồng Mỏ."),
    );
    expect(named(r), showAttendees(r)).toEqual([]);
  });
});

describe("names recognised by shape, including ethnic-minority names", () => {
  it.each<[string, string, string]>([
    ["Dự hội nghị có đồng chí Kon Sơ K’Lim - HUV, Phó Chủ tịch UBMTTQ Việt Nam huyện.", "Kon Sơ K’Lim", "HUV, Phó Chủ tịch UBMTTQ Việt Nam huyện"],
    ["Dự hội nghị có đồng chí Chẩu Thị Thu, Chủ tịch Liên đoàn Lao động thành phố.", "Chẩu Thị Thu", "Chủ tịch Liên đoàn Lao động thành phố"],
    ["Dự hội nghị có đồng chí Ka Huyền - Phó Chủ tịch UBND huyện.", "Ka Huyền", "Phó Chủ tịch UBND huyện"],
    ["Dự hội nghị có đồng chí Ksor H’Bla, Trưởng Ban Dân vận Huyện ủy.", "Ksor H’Bla", "Trưởng Ban Dân vận Huyện ủy"],
    ["Dự hội nghị có đồng chí Điểu Thị Hồng, Phó Bí thư Huyện ủy.", "Điểu Thị Hồng", "Phó Bí thư Huyện ủy"],
  ])("%s", (paragraph, name, title) => {
    const r = run(report(paragraph));
    const a = person(r, name);
    // names as written, NFC, typographic apostrophe kept
    expect(a.name).toBe(name);
    expect(a.title).toBe(title);
  });
});

describe("reports without people", () => {
  it("a report with no people gives no attendees", () => {
    const r = run(report("Hội nghị đã thông qua quy chế chi tiêu nội bộ năm 2023 và thống nhất kế hoạch tổ chức Tháng Công nhân."));
    expect(r.attendees, showAttendees(r)).toEqual([]);
  });

  it("a report with no named people gives attendees without named people only", () => {
    const r = run(report("Dự hội nghị có lãnh đạo Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện và đại diện các công đoàn cơ sở trực thuộc."));
    expect(r.attendees.length, showAttendees(r)).toBeGreaterThan(0);
    expect(r.attendees.every((a) => a.name === null && a.honorific === null), showAttendees(r)).toBe(true);
  });

  it("a bare text with no meeting at all extracts without error", () => {
    const input = "Trời hôm nay nắng đẹp.\n";
    const r = extract(input, { path: "bare.txt" });
    expect(r.attendees).toEqual([]);
    expect(r.tasks).toEqual([]);
    expect(spanProblems(r, input)).toEqual([]);
  });

  it("an empty text extracts without error", () => {
    const r = extract("", { path: "empty.txt" });
    expect(r.attendees).toEqual([]);
    expect(r.statistics).toEqual([]);
    expect(r.tasks).toEqual([]);
  });
});

describe("every attendee span slices the normalized input to exactly its text", () => {
  it("holds for BOM, NFD and CRLF variants of a report with people and bodies", () => {
    const text = report(
      "Dự hội nghị có đồng chí Kon Sơ K’Lim - HUV, Phó Chủ tịch UBMTTQ Việt Nam huyện; lãnh đạo Ban Dân vận Huyện ủy, Hội Nông dân huyện.",
      "Đồng chí Vi Văn Khánh, Chủ tịch LĐLĐ huyện chủ trì hội nghị. Kết luận hội nghị, Chủ tịch Liên đoàn Lao động tỉnh Đinh Thị Thanh Hương ghi nhận các ý kiến.",
    );
    for (const input of [text, "\uFEFF" + text, text.normalize("NFD"), "\uFEFF" + text.normalize("NFD").replace(/\n/g, "\r\n")]) {
      const r = extract(input, { path: "variant.txt" });
      expect(r.attendees.length).toBeGreaterThanOrEqual(5);
      expect(spanProblems(r, input)).toEqual([]);
    }
  });
});

describe("tricky inputs: the extractors do not depend on a meeting sentence", () => {
  it("an attendee is found in a text with no meeting sentence and no trailing newline", () => {
    const r = run("Dự hội nghị có đồng chí Hoàng Văn Tuấn - Phó Bí thư Thường trực Huyện ủy. Đã trao 320 suất quà cho đoàn viên.");
    expectPerson(r, "Hoàng Văn Tuấn", { honorific: "đồng chí", title: "Phó Bí thư Thường trực Huyện ủy", role: "guest" });
  });

  it("a one-line text with only a byline gives no attendees", () => {
    const r = run("Tin, ảnh: Hoàng Thị Lan\n");
    expect(r.attendees, showAttendees(r)).toEqual([]);
  });
});

describe("names after a title, without an honorific: the shape, not a fixed surname list", () => {
  it.each<[string, string, string]>([
    ["Dự hội nghị có Phó Giám đốc Sở Nội vụ Giàng Seo Lử; Phó Chủ tịch LĐLĐ tỉnh Thào A Tủa.", "Giàng Seo Lử", "Phó Giám đốc Sở Nội vụ"],
    ["Dự hội nghị có Phó Giám đốc Sở Nội vụ Giàng Seo Lử; Phó Chủ tịch LĐLĐ tỉnh Thào A Tủa.", "Thào A Tủa", "Phó Chủ tịch LĐLĐ tỉnh"],
    ["Bí thư Huyện ủy Y Thơng Niê phát biểu chỉ đạo hội nghị.", "Y Thơng Niê", "Bí thư Huyện ủy"],
    ["Phó Chủ tịch UBND tỉnh Rơ Mah Y Kiên trao Bằng khen cho các tập thể.", "Rơ Mah Y Kiên", "Phó Chủ tịch UBND tỉnh"],
    ["Chủ tịch LĐLĐ thị xã Lường Văn Khởi điều hành hội nghị.", "Lường Văn Khởi", "Chủ tịch LĐLĐ thị xã"],
    ["Tới dự có Phó Chủ tịch UBND tỉnh Thạch Sô Phol.", "Thạch Sô Phol", "Phó Chủ tịch UBND tỉnh"],
    ["Chủ tịch Công đoàn ngành Y tế Quảng Thị Mến trình bày báo cáo.", "Quảng Thị Mến", "Chủ tịch Công đoàn ngành Y tế"],
    ["Phó Chủ tịch UBND huyện Mù Cang Chải Vàng A Chu dự.", "Vàng A Chu", "Phó Chủ tịch UBND huyện Mù Cang Chải"],
    ["Hiệu trưởng Trường THCS Kim Đồng Lò Minh Hoa phát biểu.", "Lò Minh Hoa", "Hiệu trưởng Trường THCS Kim Đồng"],
    ["Giám đốc Sở Y Tế Nguyễn Văn An phát biểu.", "Nguyễn Văn An", "Giám đốc Sở Y Tế"],
  ])("%s -> %s", (paragraph, name, title) => {
    const text = report(paragraph);
    const r = run(text);
    const a = expectPerson(r, name, { name, honorific: null, title });
    expect(normalizedInput(text).slice(a.span[0], a.span[1])).toBe(a.text);
    expect(a.text).toContain(name);
  });

  it("the role comes from the verb after the name", () => {
    const r = run(report("Chủ tịch LĐLĐ thị xã Lường Văn Khởi điều hành hội nghị. Bí thư Huyện ủy Y Thơng Niê phát biểu chỉ đạo."));
    expect(person(r, "Lường Văn Khởi").role).toBe("chair");
    expect(person(r, "Y Thơng Niê").role).toBe("speaker");
  });

  it.each<string>([
    "Phó Chủ tịch UBND tỉnh Sơn La phát biểu tại hội nghị.",
    "Chủ tịch LĐLĐ tỉnh Quảng Ngãi chủ trì hội nghị.",
    "Dự hội nghị có Phó Chủ tịch Công đoàn ngành Giáo dục Hà Nội.",
    "Chủ tịch Công đoàn ngành Giáo dục Kon Tum phát biểu.",
    "Giám đốc Công ty TNHH Kim Long Phát phát biểu.",
    "Hiệu trưởng Trường THCS Lê Quý Đôn phát biểu.",
    "Hiệu trưởng Trường Tiểu học Võ Thị Sáu phát biểu.",
    "Chủ tịch LĐLĐ Thành phố Hồ Chí Minh phát biểu.",
    "Chủ tịch Hội Nông Dân Việt Nam tỉnh phát biểu.",
    "Chủ tịch Công đoàn Cao su Ea H'Leo phát biểu.",
    "Trưởng Ban Quản lý Khu công nghiệp Thạch Thất Quốc Oai phát biểu.",
    "Chủ tịch LĐLĐ huyện Đồng Văn chủ trì hội nghị.",
    "Quán triệt lời dạy của Tổng Bí thư Lý Văn Hào, hội nghị thống nhất phương hướng.",
  ])("no person in a place, a body or a cited leader: %s", (paragraph) => {
    const r = run(report(paragraph));
    expect(named(r), showAttendees(r)).toEqual([]);
  });
});

describe("more honorifics: thầy, cô, anh, chị, and academic prefixes", () => {
  it.each<[string, string, string, string | null]>([
    ["Dự đại hội có thầy Đoàn Minh Quý, Hiệu trưởng nhà trường.", "Đoàn Minh Quý", "thầy", "Hiệu trưởng nhà trường"],
    ["Dự đại hội có cô Lường Thị Hoa, Phó Chủ tịch Công đoàn ngành Giáo dục huyện.", "Lường Thị Hoa", "cô", "Phó Chủ tịch Công đoàn ngành Giáo dục huyện"],
    ["Chị Lục Thị Nga, Chủ tịch Công đoàn cơ sở trình bày báo cáo.", "Lục Thị Nga", "chị", "Chủ tịch Công đoàn cơ sở"],
    ["PGS.TS Lương Văn Hải, Bí thư Đảng ủy, Hiệu trưởng nhà trường dự và phát biểu chỉ đạo.", "Lương Văn Hải", "PGS.TS", "Bí thư Đảng ủy, Hiệu trưởng nhà trường"],
    ["ThS. Kha Văn Lộc, Chủ tịch Công đoàn trường trình bày báo cáo.", "Kha Văn Lộc", "ThS.", "Chủ tịch Công đoàn trường"],
    ["Dự hội nghị có BS.CKII Triệu Văn Phúc, Giám đốc Bệnh viện.", "Triệu Văn Phúc", "BS.CKII", "Giám đốc Bệnh viện"],
    ["Phát biểu tại hội nghị, Nhà giáo ưu tú Nông Văn Khải, Trưởng phòng Giáo dục huyện đánh giá cao kết quả.", "Nông Văn Khải", "Nhà giáo ưu tú", "Trưởng phòng Giáo dục huyện"],
    ["Dự hội nghị có ông TS. Doãn Văn Hợp, Phó Giám đốc Sở.", "Doãn Văn Hợp", "ông TS.", "Phó Giám đốc Sở"],
  ])("%s", (paragraph, name, honorific, title) => {
    const text = report(paragraph);
    const r = run(text);
    const a = expectPerson(r, name, { name, honorific, title });
    expect(a.text.toLowerCase().startsWith(honorific.toLowerCase())).toBe(true);
    expect(normalizedInput(text).slice(a.span[0], a.span[1])).toBe(a.text);
  });

  it("people elected at a congress, named with cô and thầy", () => {
    const r = run(report("Tại phiên họp thứ nhất, cô Mai Thị Yên được bầu giữ chức Chủ tịch Công đoàn trường. Thầy Sầm Văn Đông giữ chức Phó Chủ tịch."));
    expectPerson(r, "Mai Thị Yên", { honorific: "cô", title: "Chủ tịch Công đoàn trường", role: "elected" });
    expectPerson(r, "Sầm Văn Đông", { honorific: "thầy", title: "Phó Chủ tịch", role: "elected" });
  });

  it("a worker honoured at the meeting, named with anh, keeps the role noun as title", () => {
    const r = run(report("Hội nghị biểu dương 20 đoàn viên tiêu biểu, trong đó có anh Rơ Ô Hiền, công nhân Nông trường cao su, 10 năm liền đạt lao động giỏi."));
    expectPerson(r, "Rơ Ô Hiền", { honorific: "anh", title: "công nhân Nông trường cao su", role: "awardee" });
  });

  it('no person in "tiếng Anh", "anh chị em", "chị em", "cô giáo" without a name', () => {
    const r = run(report("Năm qua, công đoàn mở lớp tiếng Anh Giao tiếp cho anh chị em công nhân; chị em nữ công nhân và cô giáo các trường tích cực tham gia."));
    expect(named(r), showAttendees(r)).toEqual([]);
  });
});

describe("attendance phrases with của / do", () => {
  it('"Hội nghị có sự tham dự của ông ..." and "với sự tham dự của bà ..." are guests', () => {
    const r = run(
      report(
        "Hội nghị có sự tham dự của ông Hứa Văn Tám, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.",
        "Công đoàn ngành Giáo dục tổ chức hội nghị tổng kết năm học với sự tham dự của bà Âu Thị Mai, Phó Trưởng phòng Giáo dục và Đào tạo thành phố cùng chủ tịch công đoàn các trường.",
      ),
    );
    expectPerson(r, "Hứa Văn Tám", { honorific: "ông", title: "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", role: "guest" });
    expectPerson(r, "Âu Thị Mai", { honorific: "bà", title: "Phó Trưởng phòng Giáo dục và Đào tạo thành phố", role: "guest" });
  });

  it('"Theo báo cáo do bà ..., Phó Chủ tịch ... trình bày" is the presenter', () => {
    const r = run(report("Theo báo cáo do bà Lục Thị Nga, Phó Chủ tịch Thường trực LĐLĐ huyện trình bày, năm qua công đoàn huyện đạt nhiều kết quả."));
    expectPerson(r, "Lục Thị Nga", { honorific: "bà", title: "Phó Chủ tịch Thường trực LĐLĐ huyện", role: "presenter" });
  });

  it('"ý kiến phát biểu chỉ đạo của đồng chí ..." is a speaker at the meeting', () => {
    const r = run(report("Hội nghị đã nghe ý kiến phát biểu chỉ đạo của đồng chí Khúc Văn Hòa, Chủ tịch LĐLĐ tỉnh."));
    expectPerson(r, "Khúc Văn Hòa", { honorific: "đồng chí", title: "Chủ tịch LĐLĐ tỉnh" });
  });

  it("a predecessor and the signer of a document stay out", () => {
    const r = run(report("Hội nghị bầu đồng chí Phó Chủ tịch tiếp nối công việc của ông Nông Văn Dũng; quán triệt Chỉ thị do bà Hà Thị Lan, Bí thư Tỉnh ủy ký."));
    expect(named(r), showAttendees(r)).toEqual([]);
  });
});

describe("recipients named after a role noun", () => {
  it('"bàn giao nhà ... cho đoàn viên X" is an awardee, title from the words after the name', () => {
    const text = report("LĐLĐ huyện tổ chức lễ bàn giao nhà Mái ấm Công đoàn cho đoàn viên Hầu Thị Mai, giáo viên Trường Mầm non xã.");
    const r = run(text);
    const a = expectPerson(r, "Hầu Thị Mai", { honorific: null, title: "giáo viên Trường Mầm non xã", role: "awardee" });
    expect(a.text).toBe("đoàn viên Hầu Thị Mai, giáo viên Trường Mầm non xã");
  });

  it("two recipients joined by và are both awardees", () => {
    const r = run(report("Đại hội trao Giấy khen cho đoàn viên Tòng Văn Khăm và cô giáo Quàng Thị Lanh."));
    expectPerson(r, "Tòng Văn Khăm", { title: "đoàn viên", role: "awardee" });
    expectPerson(r, "Quàng Thị Lanh", { title: "cô giáo", role: "awardee" });
  });

  it("a role noun before a body, or a person only mentioned, is no attendee", () => {
    const r = run(report("Năm qua, đoàn viên Công ty May Việt Tiến và người lao động Việt Nam ở nước ngoài được quan tâm; công nhân Vương Văn Sáng có nhiều sáng kiến."));
    expect(named(r), showAttendees(r)).toEqual([]);
  });
});

describe("the person lexicons hold what their examples show", () => {
  it.each(DEGREE_ABBREVIATIONS.map((d) => d.example).concat(TITLE_PREFIX_PHRASES.map((p) => p.example)))("prefix: %s", (example) => {
    // every prefix is found by the cheap cue, is the honorific and is left out of the name
    expect(PREFIX_CUE.test(example)).toBe(true);
    const r = run(report(`Dự hội nghị có ${example}.`));
    const a = named(r)[0];
    expect(a, showAttendees(r)).toBeDefined();
    expect(example.startsWith(`${a!.honorific} ${a!.name}`), `${a!.honorific} | ${a!.name}`).toBe(true);
  });

  it("prefixes are read in any capitalisation of their words", () => {
    const r = run(report("Dự hội nghị có Phó Giáo sư Tạ Văn Hòa, Nhà giáo Ưu tú Đinh Thị Lan và THẠC SĨ Lò Văn Tú."));
    expect(person(r, "Tạ Văn Hòa").honorific).toBe("Phó Giáo sư");
    expect(person(r, "Đinh Thị Lan").honorific).toBe("Nhà giáo Ưu tú");
    expect(person(r, "Lò Văn Tú").honorific).toBe("THẠC SĨ");
  });

  it.each(MINORITY_SURNAMES.map((g) => [g.group, g.example]))("minority names (%s): %s", (_group, example) => {
    const r = run(report(`${example} phát biểu tại hội nghị.`));
    expect(named(r).length, showAttendees(r)).toBeGreaterThan(0);
    for (const a of named(r)) expect(example).toContain(a.name!);
  });

  it.each(ROLE_NOUNS.map((r) => r.example))("role noun: %s", (example) => {
    const r = run(report(`${cap(example)}.`));
    const a = named(r)[0];
    expect(a, showAttendees(r)).toBeDefined();
    expect(a!.honorific).toBeNull();
    expect(example.toLowerCase()).toContain(`${a!.title} ${a!.name}`.toLowerCase()); // the title as written: "Công nhân" at the start
    expect(["awardee", "speaker"]).toContain(a!.role);
  });
});

describe("a title holding the next person's name is that person's", () => {
  it('"Phó Chủ tịch UBND tỉnh A, Bí thư Huyện ủy B": two people, each with a title', () => {
    const r = run(report("Dự hội nghị có Phó Chủ tịch UBND tỉnh Nay Y Bhăn, Bí thư Huyện ủy Y Thơng Niê."));
    expectPerson(r, "Nay Y Bhăn", { title: "Phó Chủ tịch UBND tỉnh", role: "guest" });
    expectPerson(r, "Y Thơng Niê", { title: "Bí thư Huyện ủy", role: "guest" });
  });

  it('"đồng chí A, Trưởng Ban ..., Phó Chủ tịch UBND tỉnh B, Chủ tịch LĐLĐ tỉnh C"', () => {
    const r = run(report("Dự hội nghị có đồng chí Lù Văn Sình, Trưởng Ban Dân vận Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hờ A Dơ, Chủ tịch LĐLĐ tỉnh Tráng Thị Xuân."));
    expectPerson(r, "Lù Văn Sình", { honorific: "đồng chí", title: "Trưởng Ban Dân vận Tỉnh ủy" });
    expectPerson(r, "Hờ A Dơ", { honorific: null, title: "Phó Chủ tịch UBND tỉnh" });
    expectPerson(r, "Tráng Thị Xuân", { honorific: null, title: "Chủ tịch LĐLĐ tỉnh" });
  });
});

describe("several people after one plural honorific: 'các đồng chí A và B giữ chức ...'", () => {
  it('"các đồng chí A và B giữ chức Phó Chủ tịch": both elected, both with the office', () => {
    const text = report("Tại phiên họp thứ nhất, Ban Chấp hành đã bầu đồng chí Lù Văn Pao giữ chức Chủ tịch; các đồng chí Hoàng Thị Hoa và Đặng Quốc Việt giữ chức Phó Chủ tịch.");
    const r = run(text);
    expectPerson(r, "Lù Văn Pao", { title: "Chủ tịch", role: "elected" });
    expectPerson(r, "Hoàng Thị Hoa", { honorific: "đồng chí", title: "Phó Chủ tịch", role: "elected" });
    expectPerson(r, "Đặng Quốc Việt", { honorific: "đồng chí", title: "Phó Chủ tịch", role: "elected" });
    const b = person(r, "Đặng Quốc Việt");
    expect(normalizedInput(text).slice(b.span[0], b.span[1])).toBe(b.text);
  });

  it('"các đồng chí A, B và C được bầu làm Phó Chủ tịch LĐLĐ huyện": three names', () => {
    const r = run(report("Ban Chấp hành đã bầu các đồng chí Hà Thị Lụa, Sầm Văn Sinh và Trịnh Quốc Hưng được bầu làm Phó Chủ tịch LĐLĐ huyện."));
    for (const name of ["Hà Thị Lụa", "Sầm Văn Sinh", "Trịnh Quốc Hưng"]) expectPerson(r, name, { title: "Phó Chủ tịch LĐLĐ huyện", role: "elected" });
  });

  it('"thay các đồng chí A và B": people cited, none of them an attendee', () => {
    const r = run(report("Đại hội bầu bổ sung 2 ủy viên Ban Chấp hành thay các đồng chí Mạc Văn Hùng và Tôn Thị Lệ đã nghỉ hưu."));
    expect(named(r).map((a) => a.name)).toEqual([]);
  });

  it('"sự tham dự của các đồng chí A và B", "do các đồng chí C và D chủ trì": guests and chairs', () => {
    const r = run(report("Hội nghị có sự tham dự của các đồng chí Mạc Văn Hùng và Tôn Thị Lệ, Phó Chủ tịch UBND huyện. Hội nghị do các đồng chí Lò Văn Sinh và Hà Thị Lụa chủ trì."));
    expectPerson(r, "Mạc Văn Hùng", { honorific: "đồng chí", role: "guest" });
    expectPerson(r, "Tôn Thị Lệ", { honorific: "đồng chí", title: "Phó Chủ tịch UBND huyện", role: "guest" });
    expectPerson(r, "Lò Văn Sinh", { role: "chair" });
    expectPerson(r, "Hà Thị Lụa", { honorific: "đồng chí", role: "chair" });
  });

  it('"các đồng chí A và các đại biểu": the list ends at a word that is no name', () => {
    const r = run(report("Dự hội nghị có các đồng chí Phan Văn Toàn và các đại biểu đại diện các Công đoàn cơ sở."));
    expect(named(r).map((a) => a.name)).toEqual(["Phan Văn Toàn"]);
  });
});

describe("a long title ending in a place, then the name", () => {
  it('"Trưởng Ban Quản lý Khu kinh tế X và các KCN Y <name> trao Bằng khen"', () => {
    const r = run(report("Tại hội nghị, Trưởng Ban Quản lý Khu kinh tế Vân Phong và các KCN Khánh Hòa Trần Quốc Huy trao Bằng khen cho 5 tập thể."));
    expectPerson(r, "Trần Quốc Huy", { honorific: null, title: "Trưởng Ban Quản lý Khu kinh tế Vân Phong và các KCN Khánh Hòa" });
  });

  it('"... các khu công nghiệp và các khu chế xuất tỉnh X <name> đánh giá ..."', () => {
    const r = run(report("Phát biểu tại hội nghị, Trưởng Ban Quản lý các khu công nghiệp và các khu chế xuất tỉnh Bình Dương Trần Văn Kiên đánh giá cao hoạt động công đoàn."));
    expectPerson(r, "Trần Văn Kiên", { title: "Trưởng Ban Quản lý các khu công nghiệp và các khu chế xuất tỉnh Bình Dương", role: "speaker" });
  });

  it('"Chủ tịch LĐLĐ tỉnh và các đồng chí A": "và các đồng chí" still ends a title', () => {
    const r = run(report("Dự hội nghị có Chủ tịch LĐLĐ tỉnh và các đồng chí Nguyễn Văn Long, Phó Chủ tịch UBND tỉnh."));
    expectPerson(r, "Nguyễn Văn Long", { honorific: "đồng chí", title: "Phó Chủ tịch UBND tỉnh" });
  });
});

describe("names in a colon list after the first item, without an honorific", () => {
  it("minority surnames (Gia Rai 'Rah Lan', 'Rmah', 'Kpuih') in a list", () => {
    const r = run(report("Tham dự có các đồng chí: Trần Văn Hải - Phó Bí thư Tỉnh ủy; Rah Lan Hoa - Phó Chủ tịch HĐND tỉnh; Rmah Dơk - Giám đốc Sở Lao động; Kpuih Blen - Phó Chủ tịch LĐLĐ tỉnh."));
    expectPerson(r, "Rah Lan Hoa", { honorific: null, title: "Phó Chủ tịch HĐND tỉnh", role: "guest" });
    expectPerson(r, "Rmah Dơk", { title: "Giám đốc Sở Lao động", role: "guest" });
    expectPerson(r, "Kpuih Blen", { title: "Phó Chủ tịch LĐLĐ tỉnh", role: "guest" });
  });

  it("a name of an unknown shape is an item when a dash and a position follow it; a body is not", () => {
    const r = run(report("Tham dự có các đồng chí: Trần Văn Hải - Phó Bí thư Tỉnh ủy; Hờ Mơ Ly - Phó Chủ tịch HĐND tỉnh; Blơ Nhiên - Giám đốc Sở Lao động."));
    expectPerson(r, "Hờ Mơ Ly", { title: "Phó Chủ tịch HĐND tỉnh" });
    expectPerson(r, "Blơ Nhiên", { title: "Giám đốc Sở Lao động" });
    const bodies = run(report("Tham dự có các đồng chí: Trần Văn Hải - Phó Bí thư Tỉnh ủy; Sở Nội vụ - Giám đốc."));
    expect(named(bodies).map((a) => a.name)).toEqual(["Trần Văn Hải"]);
  });
});

describe("degree and teacher prefixes instead of an honorific, and the office elected to", () => {
  it('"BS.CKII A - Bí thư Chi bộ", "bầu ThS.BS B giữ chức Chủ tịch", "điều dưỡng C giữ chức Phó Chủ tịch"', () => {
    const r = run(
      report(
        "Tới dự Đại hội có BS.CKII Trần Minh Khang - Bí thư Chi bộ, Giám đốc Bệnh viện. Đại hội đã bầu ThS.BS Phạm Thị Hải Yến giữ chức Chủ tịch Công đoàn cơ sở, CN Điều dưỡng Hà Văn Tiến giữ chức Phó Chủ tịch.",
      ),
    );
    expectPerson(r, "Trần Minh Khang", { honorific: "BS.CKII", title: "Bí thư Chi bộ, Giám đốc Bệnh viện", role: "guest" });
    expectPerson(r, "Phạm Thị Hải Yến", { honorific: "ThS.BS", title: "Chủ tịch Công đoàn cơ sở", role: "elected" });
    expectPerson(r, "Hà Văn Tiến", { title: "Phó Chủ tịch", role: "elected" });
  });

  it('"thầy A - Hiệu trưởng; cô B - Phó Hiệu trưởng"; "Hội nghị do bà C, Phó Giám đốc chủ trì"', () => {
    const r = run(report("Dự hội nghị có thầy Đỗ Văn Tâm - Bí thư Chi bộ, Hiệu trưởng nhà trường; cô Lê Thị Thu Hà - Phó Hiệu trưởng. Hội nghị do bà Đoàn Thị Ngọc, Phó Giám đốc Trung tâm chủ trì."));
    expectPerson(r, "Đỗ Văn Tâm", { honorific: "thầy", title: "Bí thư Chi bộ, Hiệu trưởng nhà trường", role: "guest" });
    expectPerson(r, "Lê Thị Thu Hà", { honorific: "cô", title: "Phó Hiệu trưởng", role: "guest" });
    expectPerson(r, "Đoàn Thị Ngọc", { honorific: "bà", role: "chair" });
  });
});

describe("foreign guests' hyphenated given names", () => {
  it('"ông Choi Min-jun, Giám đốc ..." is one name with its hyphen; a capital after a hyphen is a place', () => {
    const r = run("Dự hội nghị có ông Choi Min-jun, Giám đốc Công ty TNHH Điện tử Sao Mai; đồng chí Lê Văn Toàn, Chủ tịch LĐLĐ tỉnh Bà Rịa-Vũng Tàu.");
    expect(r.attendees.map((a) => a.name)).toEqual(["Choi Min-jun", "Lê Văn Toàn"]);
    expect(r.attendees[0]!.title).toBe("Giám đốc Công ty TNHH Điện tử Sao Mai");
    expect(r.attendees[1]!.title).toBe("Chủ tịch LĐLĐ tỉnh Bà Rịa-Vũng Tàu");
  });
});

describe("a title whose place is left unsaid", () => {
  it('"Phó Chủ tịch LĐLĐ tỉnh Trần Phước Hiền": a common surname after "tỉnh" starts a person of three syllables', () => {
    const r = run("Đến dự và phát biểu khai mạc có Phó Chủ tịch LĐLĐ tỉnh Trần Phước Hiền.");
    expect(r.attendees.map((a) => [a.name, a.title])).toEqual([["Trần Phước Hiền", "Phó Chủ tịch LĐLĐ tỉnh"]]);
  });
  it("but a place named after the place word is no person, and a surname that starts place names needs a middle name", () => {
    expect(run("Dự hội nghị có Chủ tịch UBND huyện Trần Đề.").attendees.filter((a) => a.name)).toEqual([]);
    expect(run("Dự hội nghị có Chủ tịch UBND huyện Võ Nhai Đông.").attendees.filter((a) => a.name)).toEqual([]);
  });
});

describe("the cheap character tests agree with their patterns", () => {
  it.each<[string, (u: number) => boolean, RegExp]>([
    ["capital", isUpperUnit, /\p{Lu}/u],
    ["letter or mark", isLetterOrMark, /[\p{L}\p{M}]/u],
    ["word character", isWordUnit, /[\p{L}\p{M}\d']/u],
  ])("%s: every UTF-16 code unit", (_name, test, pattern) => {
    const wrong: number[] = [];
    for (let u = 0; u < 65536; u++) if (test(u) !== pattern.test(String.fromCharCode(u))) wrong.push(u);
    expect(wrong).toEqual([]);
  });

  it("a name in letters outside the BMP (bold letters pasted from social media) is still read", () => {
    // the sentence gate (two capitalised words in a row) counts a surrogate as a possible capital
    const r = run(report("Dự hội nghị có đồng chí 𝐍𝐠𝐮𝐲ễ𝐧 𝐕ă𝐧 𝐀𝐧, Chủ tịch LĐLĐ tỉnh."));
    expect(person(r, "𝐍𝐠𝐮𝐲ễ𝐧 𝐕ă𝐧 𝐀𝐧").title).toBe("Chủ tịch LĐLĐ tỉnh");
  });

  it("a sentence without two capitalised words in a row names nobody, and one with them is searched", () => {
    const r = run(report("Dự hội nghị có lãnh đạo công đoàn các cấp. Phát biểu tại hội nghị, bà Lò Thị Mai, Chủ tịch Công đoàn ngành, đề nghị tiếp tục chăm lo."));
    expect(named(r).map((a) => a.name)).toEqual(["Lò Thị Mai"]);
  });
});
