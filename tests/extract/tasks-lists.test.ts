/**
 * Tasks told in the layouts reports use beyond "gồm: a; b; c": bulleted and numbered lines after
 * an opening that sets aims or names the coming period, a list announced by a sentence without a
 * colon and told one sentence (or one line) an item, a congress's targets, the next period named
 * without its year, a coming month. The announcing sentence is not a task, the list ends where
 * the text leaves it (a caption, "Dịp này, ...", a sentence that is no item), and nothing comes
 * from the review of past results. Task texts are compared exactly, and every span slices the
 * normalized input to its text.
 */
import { describe, expect, it } from "vitest";
import { normalizedInput, run, showTasks } from "./helpers.js";

function expectExactTasks(input: string, want: string[]) {
  const r = run(input);
  expect(
    r.tasks.map((t) => t.text),
    `tasks of:\n${input}\nextracted:\n${showTasks(r)}`,
  ).toEqual(want);
  const norm = normalizedInput(input);
  for (const t of r.tasks) expect(norm.slice(t.span[0], t.span[1])).toBe(t.text);
  return r;
}

const ANNUAL =
  "Ngày 12/01/2024, Liên đoàn Lao động thị xã Buôn Hồ tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2023, triển khai nhiệm vụ năm 2024.";
const MIDYEAR =
  "Chiều 16/7/2024, Liên đoàn Lao động huyện Tam Đường tổ chức Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.";
const QUARTER =
  "Sáng 3/4/2025, Công đoàn các Khu công nghiệp tỉnh Long An tổ chức hội nghị sơ kết hoạt động quý I, triển khai nhiệm vụ quý II năm 2025.";
const CONGRESS = "Ngày 20/4/2023, Công đoàn cơ sở Trường Tiểu học Hòa Bình tổ chức Đại hội lần thứ V, nhiệm kỳ 2023 - 2028.";

const doc = (...paragraphs: string[]) => paragraphs.join("\n\n") + "\n";

describe("bulleted and numbered lines after an opening that sets aims or names the coming period", () => {
  it('"Bước sang năm 2024, ... xác định những công việc trọng tâm:" then "+" lines; the list ends at the caption', () => {
    expectExactTasks(
      doc(
        ANNUAL,
        "Năm 2023, LĐLĐ thị xã đã kết nạp 210 đoàn viên; tổ chức 14 cuộc đối thoại.",
        "Bước sang năm 2024, LĐLĐ thị xã xác định những công việc trọng tâm:\n+ Tăng cường công tác tuyên truyền pháp luật cho công nhân lao động;\n+ Phát triển 150 đoàn viên mới trong các hợp tác xã;\n+ Nâng cao chất lượng bữa ăn ca tại doanh nghiệp.",
        "Quang cảnh hội nghị.",
        "- Đồng chí Chủ tịch LĐLĐ thị xã trao Giấy khen cho các tập thể.",
      ),
      [
        "Tăng cường công tác tuyên truyền pháp luật cho công nhân lao động",
        "Phát triển 150 đoàn viên mới trong các hợp tác xã",
        "Nâng cao chất lượng bữa ăn ca tại doanh nghiệp",
      ],
    );
  });

  it('"... đặt ra cho năm 2025 bốn mục tiêu:" then "a)" lines; "Dịp này, ..." is no item', () => {
    expectExactTasks(
      doc(
        "Ngày 8/1/2025, Công đoàn ngành Y tế tỉnh Bến Tre tổ chức Hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025.",
        "Công đoàn ngành đặt ra cho năm 2025 bốn mục tiêu:\na) 100% đoàn viên được tuyên truyền, phổ biến Luật Công đoàn sửa đổi.\nb) Thành lập mới 2 công đoàn cơ sở ở các bệnh viện tư nhân.\nc) Tổ chức Hội thao ngành lần thứ V.",
        "Dịp này, Công đoàn ngành khen thưởng 12 tập thể.",
      ),
      [
        "100% đoàn viên được tuyên truyền, phổ biến Luật Công đoàn sửa đổi",
        "Thành lập mới 2 công đoàn cơ sở ở các bệnh viện tư nhân",
        "Tổ chức Hội thao ngành lần thứ V",
      ],
    );
  });

  it('the next period before the colon: "Trong năm 2024, ... 4 nhóm nhiệm vụ:" then "1)" lines', () => {
    expectExactTasks(
      doc(
        ANNUAL,
        "Trong năm 2024, Liên đoàn Lao động thị xã với 4 nhóm nhiệm vụ:\n1) Chăm lo Tết cho công nhân xa quê.\n2) Giám sát việc đóng bảo hiểm xã hội tại 20 doanh nghiệp.\n3) Củng cố công đoàn cơ sở khối xã, phường.\n4) Kiện toàn Ủy ban kiểm tra các cấp.",
      ),
      [
        "Chăm lo Tết cho công nhân xa quê",
        "Giám sát việc đóng bảo hiểm xã hội tại 20 doanh nghiệp",
        "Củng cố công đoàn cơ sở khối xã, phường",
        "Kiện toàn Ủy ban kiểm tra các cấp",
      ],
    );
  });

  it('"Hội nghị đã xác định ... năm 2024:" is the meeting\'s act; "phấn đấu, đã có 45 đơn vị đạt danh hiệu:" a result', () => {
    expectExactTasks(
      doc(
        "Ngày 10/01/2024, Liên đoàn Lao động huyện Đắk Song tổ chức Hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.",
        "Các công đoàn cơ sở tích cực phấn đấu, đã có 45 đơn vị đạt danh hiệu: Công đoàn cơ sở vững mạnh; Đơn vị văn hóa.",
        "Hội nghị đã xác định các nhiệm vụ trọng tâm năm 2024:\n- Củng cố tổ chức công đoàn ở các xã.\n- Vận động đoàn viên tham gia bảo hiểm xã hội tự nguyện.",
      ),
      ["Củng cố tổ chức công đoàn ở các xã", "Vận động đoàn viên tham gia bảo hiểm xã hội tự nguyện"],
    );
  });

  it("a list of the reviewed year after a colon is a result, not a plan", () => {
    const r = run(
      doc(
        ANNUAL,
        "Năm 2023, LĐLĐ thị xã xác định những công việc trọng tâm:\n- Kết nạp 150 đoàn viên mới;\n- Tổ chức 12 cuộc đối thoại tại doanh nghiệp.",
        "Năm 2023, công đoàn thị xã đã hoàn thành các chỉ tiêu:\n- Kết nạp 300 đoàn viên mới;\n- Thành lập 4 công đoàn cơ sở.",
        "Năm 2024, công đoàn thị xã đã đạt các chỉ tiêu:\n- Kết nạp 300 đoàn viên mới;\n- Thành lập 4 công đoàn cơ sở.",
      ),
    );
    expect(r.tasks, showTasks(r)).toEqual([]);
  });
});

describe("a list announced without a colon, one sentence or one line an item", () => {
  it('"... cần thực hiện tốt ba nhiệm vụ chủ yếu. Thứ nhất, ... Thứ hai, ... Thứ ba, ..."; the list ends with the items', () => {
    expectExactTasks(
      doc(
        MIDYEAR,
        "6 tháng đầu năm, LĐLĐ huyện đã tổ chức 32 cuộc tuyên truyền; trao 240 suất quà.",
        "Kết luận hội nghị, đồng chí Chủ tịch LĐLĐ huyện yêu cầu 6 tháng cuối năm các cấp công đoàn cần thực hiện tốt ba nhiệm vụ chủ yếu. Thứ nhất, tổ chức tốt các hoạt động kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam. Thứ hai, đẩy mạnh phát triển đoàn viên khu vực ngoài nhà nước. Thứ ba, làm tốt công tác kiểm tra tài chính công đoàn cơ sở. Hội nghị cũng đã biểu dương 5 tập thể.",
        "- Hội nghị trao Giấy khen cho 5 tập thể xuất sắc.",
      ),
      [
        "tổ chức tốt các hoạt động kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam",
        "đẩy mạnh phát triển đoàn viên khu vực ngoài nhà nước",
        "làm tốt công tác kiểm tra tài chính công đoàn cơ sở",
      ],
    );
  });

  it('"Trước hết, / Bên cạnh đó, / Ngoài ra," introduce the items and are dropped from them', () => {
    expectExactTasks(
      doc(
        ANNUAL,
        "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thị ủy đề nghị năm 2024 công đoàn thị xã chú ý thực hiện những nhiệm vụ chính. Trước hết, vận động công nhân tham gia bảo hiểm xã hội tự nguyện. Bên cạnh đó, nâng cao chất lượng thương lượng tập thể tại các nhà máy chế biến nông sản. Ngoài ra, hỗ trợ lao động nữ khám sức khỏe định kỳ.",
      ),
      [
        "vận động công nhân tham gia bảo hiểm xã hội tự nguyện",
        "nâng cao chất lượng thương lượng tập thể tại các nhà máy chế biến nông sản",
        "hỗ trợ lao động nữ khám sức khỏe định kỳ",
      ],
    );
  });

  it('"... đề ra 3 nhiệm vụ trọng tâm. Cụ thể, ... Trong đó, ..."', () => {
    expectExactTasks(
      doc(
        ANNUAL,
        "Năm 2024, Công đoàn ngành Giáo dục thị xã đề ra 3 nhiệm vụ trọng tâm. Cụ thể, đẩy mạnh chuyển đổi số trong hoạt động công đoàn. Trong đó, chú trọng bồi dưỡng cán bộ công đoàn trường học. Đến dự hội nghị có 80 đại biểu.",
      ),
      ["đẩy mạnh chuyển đổi số trong hoạt động công đoàn", "chú trọng bồi dưỡng cán bộ công đoàn trường học"],
    );
  });

  it('"Đối với nhiệm vụ 6 tháng cuối năm, ... thống nhất tập trung vào hai nhóm giải pháp. Một là, ... Hai là, ..."', () => {
    expectExactTasks(
      doc(
        MIDYEAR,
        "Đối với nhiệm vụ 6 tháng cuối năm, Ban Chấp hành thống nhất tập trung vào hai nhóm giải pháp. Một là, chuẩn bị tốt Đại hội Công đoàn huyện nhiệm kỳ 2025 - 2030. Hai là, hỗ trợ đoàn viên bị thiệt hại do mưa lũ.",
      ),
      ["chuẩn bị tốt Đại hội Công đoàn huyện nhiệm kỳ 2025 - 2030", "hỗ trợ đoàn viên bị thiệt hại do mưa lũ"],
    );
  });

  it("an announcing sentence then one task a paragraph; the list ends at the caption", () => {
    expectExactTasks(
      doc(
        "Ngày 9/1/2024, Liên đoàn Lao động huyện Cát Tiên tổ chức Hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.",
        "Hội nghị đã thống nhất đề ra năm nhiệm vụ trọng tâm năm 2024 như sau.",
        "Tăng cường tuyên truyền, phổ biến Bộ luật Lao động cho công nhân.",
        "Nâng cao chất lượng hoạt động của các công đoàn cơ sở khối trường học.",
        "Toàn cảnh hội nghị.",
        "Tổ chức trao 20 suất quà cho đoàn viên khó khăn.",
      ),
      ["Tăng cường tuyên truyền, phổ biến Bộ luật Lao động cho công nhân", "Nâng cao chất lượng hoạt động của các công đoàn cơ sở khối trường học"],
    );
  });

  it('an announcing sentence then "-" lines', () => {
    expectExactTasks(
      doc(
        ANNUAL,
        "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND thị xã đề nghị thời gian tới công đoàn thị xã cần làm tốt các nhiệm vụ sau.\n- Tăng cường tuyên truyền, vận động đoàn viên chấp hành pháp luật.\n- Chăm lo tốt hơn đời sống công nhân tại các khu sản xuất.",
        "Toàn cảnh hội nghị",
      ),
      ["Tăng cường tuyên truyền, vận động đoàn viên chấp hành pháp luật", "Chăm lo tốt hơn đời sống công nhân tại các khu sản xuất"],
    );
  });

  it('a heading line "Phương hướng, nhiệm vụ năm 2024" then "-" lines; the lines under "Kết quả năm 2023" are no tasks', () => {
    expectExactTasks(
      doc(
        "Ngày 11/01/2024, Liên đoàn Lao động huyện Na Rì tổ chức Hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.",
        "Kết quả năm 2023",
        "- Kết nạp 230 đoàn viên mới.\n- Tổ chức 15 cuộc đối thoại.",
        "Nhiệm vụ năm 2023",
        "- Kết nạp 200 đoàn viên mới.",
        "Phương hướng, nhiệm vụ năm 2024",
        "- Đẩy mạnh tuyên truyền Luật Công đoàn năm 2024.\n- Vận động 100% công đoàn cơ sở đăng ký thi đua.",
        "Tin, ảnh: Hoàng Lâm",
      ),
      ["Đẩy mạnh tuyên truyền Luật Công đoàn năm 2024", "Vận động 100% công đoàn cơ sở đăng ký thi đua"],
    );
  });

  it("the announcing sentence alone is never a task", () => {
    const r = run(doc(ANNUAL, "Năm 2024, công đoàn thị xã cần thực hiện các nhiệm vụ cơ bản.", "Quang cảnh hội nghị."));
    expect(r.tasks, showTasks(r)).toEqual([]);
  });

  it("an announcement tied only to 'nhiệm vụ trọng tâm' is a review; 'Những tháng tới, ...' opens the tasks", () => {
    expectExactTasks(
      doc(
        "Sáng 12/10/2024, Liên đoàn Lao động huyện Bảo Lâm tổ chức hội nghị sơ kết công tác công đoàn 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2024.",
        "Trong năm, các cấp công đoàn tập trung thực hiện các nhiệm vụ trọng tâm. Tổ chức 15 lớp tập huấn cho 800 đoàn viên. Phối hợp tổ chức 20 cuộc đối thoại.",
        "9 tháng đầu năm, LĐLĐ huyện đã tập trung thực hiện các nhiệm vụ trọng tâm. Tổ chức 12 lớp tập huấn. Phối hợp tổ chức 10 cuộc đối thoại.",
        "Những tháng tới, công đoàn huyện tập trung thực hiện các nhiệm vụ trọng tâm. Tổ chức Hội thao công nhân. Phối hợp tổ chức đối thoại tại 10 doanh nghiệp.",
      ),
      ["Tổ chức Hội thao công nhân", "Phối hợp tổ chức đối thoại tại 10 doanh nghiệp"],
    );
  });

  it("the same shapes in the review of the past give nothing", () => {
    const r = run(
      doc(
        ANNUAL,
        "Năm 2023, các cấp công đoàn đã tập trung vào ba nhóm giải pháp. Một là, tổ chức Tết sum vầy cho 1.200 công nhân. Hai là, kết nạp 300 đoàn viên mới. Ba là, tổ chức 20 cuộc đối thoại.",
        "Năm 2023, các cấp công đoàn thống nhất tập trung vào hai nhóm giải pháp. Một là, tổ chức Tết sum vầy cho công nhân. Hai là, kết nạp đoàn viên mới.",
        "Chương trình hội nghị gồm ba nội dung. Thứ nhất, thông qua báo cáo tổng kết. Thứ hai, tổ chức khen thưởng các tập thể.",
      ),
    );
    expect(r.tasks, showTasks(r)).toEqual([]);
  });
});

describe("a congress's targets for its term", () => {
  it('"Nhiệm kỳ 2023 - 2028, ... phấn đấu đến cuối nhiệm kỳ: A; B; C", not the past term nor the election', () => {
    expectExactTasks(
      doc(
        CONGRESS,
        "Trong nhiệm kỳ 2018 - 2023, Công đoàn cơ sở đã vận động đoàn viên đóng góp 40 triệu đồng; 98% đoàn viên hoàn thành tốt nhiệm vụ.",
        "Nhiệm kỳ 2023 - 2028, Ban Chấp hành Công đoàn cơ sở phấn đấu đến cuối nhiệm kỳ: 100% đoàn viên hoàn thành tốt nhiệm vụ; hằng năm giới thiệu 2 đoàn viên ưu tú cho Chi bộ; xây dựng công đoàn cơ sở vững mạnh.",
        "Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2023 - 2028 gồm 5 đồng chí, trong đó có 3 đồng chí nữ.",
      ),
      ["100% đoàn viên hoàn thành tốt nhiệm vụ", "hằng năm giới thiệu 2 đoàn viên ưu tú cho Chi bộ", "xây dựng công đoàn cơ sở vững mạnh"],
    );
  });

  it('"Đại hội biểu quyết thông qua hệ thống chỉ tiêu nhiệm kỳ 2025 - 2030: ...", "Nhiệm kỳ 2025 - 2030, ... sẽ ..."', () => {
    expectExactTasks(
      doc(
        "Ngày 14/5/2025, Công đoàn cơ sở Công ty TNHH Giày Tân Phú tổ chức Đại hội lần thứ IV, nhiệm kỳ 2025 - 2030.",
        "Đại hội biểu quyết thông qua hệ thống chỉ tiêu nhiệm kỳ 2025 - 2030: 95% người lao động được ký hợp đồng lao động; mỗi năm tổ chức ít nhất 2 cuộc đối thoại định kỳ.",
        "Nhiệm kỳ 2025 - 2030, Công đoàn Công ty sẽ tiếp tục đổi mới phương thức hoạt động; chăm lo bữa ăn ca cho công nhân.",
        "Đại hội đã thông qua các chỉ tiêu nhiệm kỳ 2025 - 2030: 100% công nhân được khám sức khỏe định kỳ; xây dựng 2 phòng đọc sách cho công nhân.",
      ),
      [
        "95% người lao động được ký hợp đồng lao động",
        "mỗi năm tổ chức ít nhất 2 cuộc đối thoại định kỳ",
        "đổi mới phương thức hoạt động",
        "chăm lo bữa ăn ca cho công nhân",
        "100% công nhân được khám sức khỏe định kỳ",
        "xây dựng 2 phòng đọc sách cho công nhân",
      ],
    );
  });
});

describe("colon lists later in a paragraph tied to the new term", () => {
  it('"Nhiệm kỳ 2025 - 2030, Đại hội xác định ... Ba khâu đột phá gồm: (1) ...; (2) .... Một số chỉ tiêu: ..."', () => {
    expectExactTasks(
      doc(
        "Ngày 9/8/2025, Liên đoàn Lao động huyện Cẩm Khê tổ chức Đại hội Công đoàn huyện lần thứ XI, nhiệm kỳ 2025 - 2030.",
        "Nhiệm kỳ 2025 - 2030, Đại hội xác định mục tiêu tiếp tục đổi mới nội dung hoạt động. Đại hội đề ra 2 khâu đột phá và 6 chỉ tiêu. Hai khâu đột phá gồm: (1) Phát triển đoàn viên trong hợp tác xã nông nghiệp; (2) Số hóa hồ sơ đoàn viên ở công đoàn cơ sở. Một số chỉ tiêu chủ yếu: mỗi năm kết nạp ít nhất 300 đoàn viên; 95% công đoàn cơ sở tổ chức hội nghị người lao động.",
      ),
      [
        "đổi mới nội dung hoạt động",
        "Phát triển đoàn viên trong hợp tác xã nông nghiệp",
        "Số hóa hồ sơ đoàn viên ở công đoàn cơ sở",
        "mỗi năm kết nạp ít nhất 300 đoàn viên",
        "95% công đoàn cơ sở tổ chức hội nghị người lao động",
      ],
    );
  });

  it("a list of targets under a sentence of the new term opens after its colon (the sentence's own direction a task too); the past term's list does not", () => {
    expectExactTasks(
      doc(
        "Ngày 9/8/2025, Liên đoàn Lao động huyện Cẩm Khê tổ chức Đại hội Công đoàn huyện lần thứ XI, nhiệm kỳ 2025 - 2030.",
        "Nhiệm kỳ 2020 - 2025, Công đoàn huyện đạt nhiều kết quả. Một số chỉ tiêu chủ yếu: kết nạp 1.400 đoàn viên; thành lập 12 công đoàn cơ sở.",
        "Nhiệm kỳ 2025 - 2030, Công đoàn huyện tập trung xây dựng tổ chức vững mạnh. Các chỉ tiêu chủ yếu: mỗi năm kết nạp ít nhất 300 đoàn viên; thành lập mới 10 công đoàn cơ sở.",
      ),
      ["tập trung xây dựng tổ chức vững mạnh", "mỗi năm kết nạp ít nhất 300 đoàn viên", "thành lập mới 10 công đoàn cơ sở"],
    );
  });
});

describe("a report copied with its numbered sections", () => {
  it('"2. Phương hướng, nhiệm vụ năm 2025" and its "-" lines; the list ends at the next numbered section', () => {
    expectExactTasks(
      doc(
        ANNUAL.replace("2023", "2024").replace("năm 2024.", "năm 2025."),
        "1. Kết quả năm 2024\n- Kết nạp mới 26 đoàn viên.",
        "2. Phương hướng, nhiệm vụ năm 2025\n- Thực hiện tốt việc sắp xếp tổ chức bộ máy theo hướng dẫn của cấp trên.\n- Đẩy mạnh chuyển đổi số trong quản lý đoàn viên.",
        "3. Hội nghị đã thảo luận, biểu quyết thông qua Quy chế chi tiêu nội bộ năm 2025 với 100% đại biểu nhất trí.",
      ),
      ["Thực hiện tốt việc sắp xếp tổ chức bộ máy theo hướng dẫn của cấp trên", "Đẩy mạnh chuyển đổi số trong quản lý đoàn viên"],
    );
  });

  it('"II. PHƯƠNG HƯỚNG, NHIỆM VỤ" with "1. Mục tiêu" and "2. Nhiệm vụ trọng tâm", each with "-" lines: the headings are no tasks', () => {
    expectExactTasks(
      doc(
        ANNUAL,
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n- Các cấp công đoàn tổ chức 40 buổi tuyên truyền pháp luật.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n1. Mục tiêu\n- Kết nạp mới ít nhất 90 đoàn viên.",
        "2. Nhiệm vụ trọng tâm\n- Tổ chức tốt các hoạt động chăm lo Tết cho đoàn viên;\n- Nâng cao chất lượng đối thoại tại nơi làm việc.",
      ),
      ["Kết nạp mới ít nhất 90 đoàn viên", "Tổ chức tốt các hoạt động chăm lo Tết cho đoàn viên", "Nâng cao chất lượng đối thoại tại nơi làm việc"],
    );
  });
});

describe("colons that list no tasks", () => {
  it("the guests of a meeting named with the coming period's tasks are no tasks", () => {
    const r = run(
      doc(
        "Ngày 10/01/2024, Liên đoàn Lao động huyện Krông Búk tổ chức Hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.",
        "Dự hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024 có các đồng chí: Y Ngông Niê, Phó Chủ tịch UBND huyện; H'Hoan Êban, Trưởng ban Dân vận Huyện ủy.",
      ),
    );
    expect(r.tasks, showTasks(r)).toEqual([]);
  });
});

describe("the coming period named in other words", () => {
  it('"Sang quý II, ... sẽ A; B; C" for the next period "quý II năm 2025", not "quý III"', () => {
    expectExactTasks(
      doc(
        QUARTER,
        "Trong quý I, Công đoàn các KCN đã kết nạp 900 đoàn viên; tổ chức 5 cuộc đối thoại.",
        "Sang quý II, Công đoàn các KCN sẽ phối hợp tổ chức Tháng Công nhân; vận động doanh nghiệp ký thỏa ước lao động tập thể; thăm hỏi công nhân bị tai nạn lao động.",
        "Trong quý III, Công đoàn các KCN sẽ tổng kết đợt thi đua; trao thưởng cho công nhân.",
      ),
      ["phối hợp tổ chức Tháng Công nhân", "vận động doanh nghiệp ký thỏa ước lao động tập thể", "thăm hỏi công nhân bị tai nạn lao động"],
    );
  });

  it('"6 tháng cuối năm, ... sẽ A; B" for the next period "6 tháng cuối năm 2024"', () => {
    expectExactTasks(
      doc(MIDYEAR, "6 tháng cuối năm, LĐLĐ huyện sẽ tập trung vận động quỹ Mái ấm Công đoàn; tổ chức Hội thi an toàn vệ sinh viên giỏi."),
      ["tập trung vận động quỹ Mái ấm Công đoàn", "tổ chức Hội thi an toàn vệ sinh viên giỏi"],
    );
  });

  it("a month after the meeting's opens a launch with a ';' list; a lone launch is the agenda", () => {
    expectExactTasks(
      doc(
        "Sáng 18/3/2025, Liên đoàn Lao động huyện Lạc Dương tổ chức hội nghị triển khai các hoạt động Tháng Công nhân năm 2025.",
        "Hưởng ứng Tháng Công nhân (tháng 5/2025), LĐLĐ huyện phát động đoàn viên, người lao động tham gia chương trình “Tết vì công nhân”; tổ chức “Ngày hội đoàn viên”; đối thoại với người sử dụng lao động.",
        "Tháng 2/2025, LĐLĐ huyện đã phát động phong trào thi đua; trao 50 suất quà; tổ chức 3 buổi tuyên truyền.",
        "Hội nghị cũng phát động thi đua năm 2025.",
      ),
      [
        "phát động đoàn viên, người lao động tham gia chương trình “Tết vì công nhân”",
        "tổ chức “Ngày hội đoàn viên”",
        "đối thoại với người sử dụng lao động",
      ],
    );
  });

  it('"cần chú trọng thực hiện tốt những nội dung: A; B": the tasks follow the colon', () => {
    expectExactTasks(
      doc(
        "Ngày 25/8/2024, Công đoàn ngành Giáo dục huyện Đức Trọng tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025.",
        "Phát biểu kết luận, đồng chí Chủ tịch Công đoàn ngành đề nghị trong năm học 2024 - 2025, các công đoàn trường học cần chú trọng thực hiện tốt những nội dung: phối hợp tổ chức hội nghị viên chức đầu năm học; chăm lo giáo viên ở điểm trường xa.",
      ),
      ["phối hợp tổ chức hội nghị viên chức đầu năm học", "chăm lo giáo viên ở điểm trường xa"],
    );
  });
});
