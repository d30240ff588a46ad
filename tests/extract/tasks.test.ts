/**
 * Issue 4, item 2 (tasks), line by line: one item each, verbatim, with spans, from the phrasings
 * reports use; split where the text separates items (";", sentence ends, bullets, numbering); no
 * items from the review of past results; a report with no tasks gives [].
 * Task texts are compared without a leading "sẽ"/"tiếp tục" connective (the GUIDE allows either).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/index.js";
import { DIRECTIVE, DIRECTIVE_CUE } from "../../src/lexicon/tasks.js";
import { HEAD, HEAD_MIDYEAR, normalizedInput, report, run, showTasks, spanProblems, taskKey, taskTexts } from "./helpers.js";

function expectTasks(input: string, want: string[]) {
  const r = run(input);
  expect(taskTexts(r.tasks), `tasks of:\n${input}\nextracted:\n${showTasks(r)}`).toEqual(want.map(taskKey));
  // verbatim: each task's text is a stretch of the normalized input
  const norm = normalizedInput(input);
  for (const t of r.tasks) expect(norm.slice(t.span[0], t.span[1])).toBe(t.text);
  return r;
}

describe("phrasings that open a list of tasks", () => {
  it('"Thực hiện phương hướng, nhiệm vụ công tác năm 2023, LĐLĐ huyện ... sẽ tiếp tục A; B; C."', () => {
    expectTasks(
      report(
        "Năm 2022, công đoàn các cấp đã tổ chức tốt các phong trào thi đua; đã chăm lo đời sống cho đoàn viên; đã phát triển thêm 120 đoàn viên mới.",
        "Thực hiện phương hướng, nhiệm vụ công tác năm 2023, LĐLĐ huyện Bình Gia sẽ tiếp tục đổi mới nội dung, phương thức hoạt động công đoàn; Đẩy mạnh công tác tuyên truyền, giáo dục chính trị tư tưởng cho đoàn viên; Chăm lo đời sống vật chất, tinh thần cho người lao động.",
      ),
      [
        "đổi mới nội dung, phương thức hoạt động công đoàn",
        "Đẩy mạnh công tác tuyên truyền, giáo dục chính trị tư tưởng cho đoàn viên",
        "Chăm lo đời sống vật chất, tinh thần cho người lao động",
      ],
    );
  });

  it('the same opening with a further task in the next sentence of the paragraph', () => {
    expectTasks(
      report(
        "Thực hiện phương hướng, nhiệm vụ công tác năm 2023, LĐLĐ huyện Bình Gia sẽ tiếp tục đổi mới nội dung, phương thức hoạt động công đoàn; Chăm lo đời sống vật chất, tinh thần cho người lao động. Tích cực phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh.",
      ),
      [
        "đổi mới nội dung, phương thức hoạt động công đoàn",
        "Chăm lo đời sống vật chất, tinh thần cho người lao động",
        "Tích cực phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh",
      ],
    );
  });

  it('"nhiệm vụ trọng tâm 6 tháng cuối năm, gồm: a; b; c"', () => {
    expectTasks(
      [
        HEAD_MIDYEAR,
        "Phát biểu tại Hội nghị, đồng chí Lò Thị Hương - Chủ tịch LĐLĐ huyện nhấn mạnh một số nhiệm vụ trọng tâm 6 tháng cuối năm, gồm: Tổ chức tốt Tháng hành động về an toàn, vệ sinh lao động; đẩy mạnh phát triển đoàn viên trong doanh nghiệp ngoài nhà nước; chuẩn bị chu đáo các điều kiện tổ chức Đại hội Công đoàn huyện.",
      ].join("\n\n"),
      [
        "Tổ chức tốt Tháng hành động về an toàn, vệ sinh lao động",
        "đẩy mạnh phát triển đoàn viên trong doanh nghiệp ngoài nhà nước",
        "chuẩn bị chu đáo các điều kiện tổ chức Đại hội Công đoàn huyện",
      ],
    );
  });

  it('"thống nhất tập trung các nhiệm vụ, giải pháp: A. B. C."', () => {
    expectTasks(
      [
        HEAD_MIDYEAR,
        "Tại Hội nghị, các đại biểu đã thảo luận và thống nhất tập trung các nhiệm vụ, giải pháp: Đẩy mạnh công tác tuyên truyền pháp luật lao động cho công nhân. Phối hợp tổ chức các lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở. Tổ chức kiểm tra việc thu, chi tài chính công đoàn tại các đơn vị.",
      ].join("\n\n"),
      [
        "Đẩy mạnh công tác tuyên truyền pháp luật lao động cho công nhân",
        "Phối hợp tổ chức các lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở",
        "Tổ chức kiểm tra việc thu, chi tài chính công đoàn tại các đơn vị",
      ],
    );
  });

  it('"... khắc phục những tồn tại hạn chế ..., trong đó thống nhất tập trung các nhiệm vụ, giải pháp: A. B. C."', () => {
    expectTasks(
      [
        HEAD_MIDYEAR,
        "Tại Hội nghị các đại biểu đã thảo luận, bàn các giải pháp khắc phục những tồn tại hạn chế để thực hiện tốt hơn trong 6 tháng cuối năm 2023, trong đó thống nhất tập trung các nhiệm vụ, giải pháp: Đẩy mạnh công tác tuyên truyền pháp luật lao động cho công nhân. Phối hợp tổ chức các lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở. Tổ chức kiểm tra việc thu, chi tài chính công đoàn tại các đơn vị.",
      ].join("\n\n"),
      [
        "Đẩy mạnh công tác tuyên truyền pháp luật lao động cho công nhân",
        "Phối hợp tổ chức các lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở",
        "Tổ chức kiểm tra việc thu, chi tài chính công đoàn tại các đơn vị",
      ],
    );
  });

  it("a speaker's \"đề nghị năm 2020, Công đoàn huyện tiếp tục ...\"", () => {
    expectTasks(
      [
        "Ngày 28/12/2019, Liên đoàn Lao động huyện Văn Lãng tổ chức Hội nghị tổng kết công tác công đoàn năm 2019, triển khai nhiệm vụ năm 2020.",
        "Phát biểu chỉ đạo hội nghị, đồng chí Hoàng Thị Duyên, Phó Chủ tịch LĐLĐ tỉnh ghi nhận những kết quả công đoàn huyện đạt được trong năm 2019, đồng chí đề nghị năm 2020, Công đoàn huyện tiếp tục nâng cao chất lượng hoạt động của công đoàn cơ sở; làm tốt công tác chăm lo, bảo vệ quyền lợi của đoàn viên.",
      ].join("\n\n"),
      ["nâng cao chất lượng hoạt động của công đoàn cơ sở", "làm tốt công tác chăm lo, bảo vệ quyền lợi của đoàn viên"],
    );
  });
});

describe("split where the text separates items", () => {
  it('by ";"', () => {
    expectTasks(
      report(
        "Năm 2023, LĐLĐ huyện sẽ tập trung nâng cao chất lượng hoạt động của công đoàn cơ sở; đẩy mạnh phong trào thi đua lao động giỏi; làm tốt công tác kiểm tra, giám sát tài chính công đoàn.",
      ),
      [
        "tập trung nâng cao chất lượng hoạt động của công đoàn cơ sở",
        "đẩy mạnh phong trào thi đua lao động giỏi",
        "làm tốt công tác kiểm tra, giám sát tài chính công đoàn",
      ],
    );
  });

  it("by numbering in one paragraph: '1. A; 2. B; 3. C'", () => {
    expectTasks(
      report(
        "Hội nghị thống nhất phương hướng nhiệm vụ năm 2023 gồm: 1. Nâng cao chất lượng hoạt động của công đoàn cơ sở; 2. Đẩy mạnh phong trào thi đua lao động giỏi trong công nhân viên chức; 3. Làm tốt công tác kiểm tra, giám sát tài chính công đoàn.",
      ),
      [
        "Nâng cao chất lượng hoạt động của công đoàn cơ sở",
        "Đẩy mạnh phong trào thi đua lao động giỏi trong công nhân viên chức",
        "Làm tốt công tác kiểm tra, giám sát tài chính công đoàn",
      ],
    );
  });

  it("by numbering, one item a line", () => {
    expectTasks(
      HEAD +
        "\n\nPhương hướng, nhiệm vụ năm 2023 gồm:\n1. Nâng cao chất lượng hoạt động của công đoàn cơ sở.\n2. Đẩy mạnh phong trào thi đua lao động giỏi trong công nhân viên chức.\n3. Làm tốt công tác kiểm tra, giám sát tài chính công đoàn.\n",
      [
        "Nâng cao chất lượng hoạt động của công đoàn cơ sở",
        "Đẩy mạnh phong trào thi đua lao động giỏi trong công nhân viên chức",
        "Làm tốt công tác kiểm tra, giám sát tài chính công đoàn",
      ],
    );
  });

  it("by '-' bullets, one item a line", () => {
    expectTasks(
      HEAD +
        "\n\nNăm 2023, LĐLĐ huyện xác định các nhiệm vụ trọng tâm sau đây:\n- Tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng cho đoàn viên.\n- Đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở trong doanh nghiệp.\n- Tổ chức tốt các hoạt động chăm lo Tết cho người lao động.\n",
      [
        "Tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng cho đoàn viên",
        "Đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở trong doanh nghiệp",
        "Tổ chức tốt các hoạt động chăm lo Tết cho người lao động",
      ],
    );
  });

  it("by '•' bullets ending in ';'", () => {
    expectTasks(
      HEAD +
        "\n\nNăm 2023, LĐLĐ huyện tập trung thực hiện các nhiệm vụ:\n• Tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng cho đoàn viên;\n• Đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở trong doanh nghiệp;\n• Tổ chức tốt các hoạt động chăm lo Tết cho người lao động.\n",
      [
        "Tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng cho đoàn viên",
        "Đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở trong doanh nghiệp",
        "Tổ chức tốt các hoạt động chăm lo Tết cho người lao động",
      ],
    );
  });

  it("commas inside an item do not split it", () => {
    const r = expectTasks(
      report(
        "Thực hiện nhiệm vụ năm 2023, LĐLĐ huyện sẽ tiếp tục tăng cường tuyên truyền, vận động, giáo dục đoàn viên và người lao động thực hiện đường lối, chủ trương của Đảng; tổ chức các phong trào thi đua yêu nước.",
      ),
      [
        "tăng cường tuyên truyền, vận động, giáo dục đoàn viên và người lao động thực hiện đường lối, chủ trương của Đảng",
        "tổ chức các phong trào thi đua yêu nước",
      ],
    );
    expect(r.tasks).toHaveLength(2);
  });
});

describe("no items from the review of past results", () => {
  it("a paragraph of results with ';' gives no tasks", () => {
    const r = run(
      report(
        "Trong năm 2022, LĐLĐ huyện đã tổ chức tốt các phong trào thi đua; chăm lo đời sống cho đoàn viên có hoàn cảnh khó khăn; phát triển thêm 120 đoàn viên mới; tuyên truyền được 85 cuộc cho trên 3.000 lượt người.",
      ),
    );
    expect(r.tasks, showTasks(r)).toEqual([]);
  });

  it("results listed after a colon ('đạt được kết quả như: ...') are not tasks", () => {
    const r = run(
      report(
        "Năm 2022, hoạt động công đoàn huyện đã đạt được nhiều kết quả như: tổ chức thành công Đại hội Công đoàn huyện; chăm lo Tết cho hơn 1.000 đoàn viên; kết nạp mới 250 đoàn viên.",
      ),
    );
    expect(r.tasks, showTasks(r)).toEqual([]);
  });

  it("only the next-period items are taken when results and tasks share an article", () => {
    expectTasks(
      report(
        "Năm 2022, công đoàn huyện đã tổ chức 45 cuộc đối thoại tại doanh nghiệp; đã trao 320 suất quà cho đoàn viên.",
        "Những tồn tại, hạn chế: việc tổ chức các hoạt động phong trào chưa thường xuyên; công tác thông tin báo cáo của một số CĐCS còn chậm.",
        "Năm 2023, LĐLĐ huyện sẽ tập trung đổi mới phương thức hoạt động công đoàn; nâng cao chất lượng đội ngũ cán bộ công đoàn cơ sở.",
      ),
      ["tập trung đổi mới phương thức hoạt động công đoàn", "nâng cao chất lượng đội ngũ cán bộ công đoàn cơ sở"],
    );
  });
});

describe("reports without tasks", () => {
  it("a report with no tasks gives []", () => {
    const r = run(
      "Ngày 10/3/2023, Công đoàn cơ sở Trường Tiểu học Kim Đồng tổ chức Hội nghị viên chức, người lao động. Hội nghị đã thông qua quy chế chi tiêu nội bộ. 35 đoàn viên đã tham dự hội nghị.\n",
    );
    expect(r.tasks, showTasks(r)).toEqual([]);
  });

  it("a review report that only lists results gives []", () => {
    const r = run(
      report(
        "Năm qua, các công đoàn cơ sở phối hợp với lãnh đạo các cơ quan, đơn vị tổ chức thăm và tặng 1.500 suất quà cho đoàn viên. Đã có 12 tập thể và 30 cá nhân được khen thưởng.",
      ),
    );
    expect(r.tasks, showTasks(r)).toEqual([]);
  });

  it("an empty text gives []", () => {
    expect(extract("", { path: "empty.txt" }).tasks).toEqual([]);
  });
});

describe("every task span slices the normalized input to exactly its text", () => {
  it("holds for BOM, NFD and CRLF variants", () => {
    const text = report(
      "Thực hiện phương hướng, nhiệm vụ công tác năm 2023, LĐLĐ huyện Bình Gia sẽ tiếp tục đổi mới nội dung, phương thức hoạt động công đoàn; Đẩy mạnh công tác tuyên truyền “Tháng Công nhân” cho đoàn viên; Chăm lo đời sống vật chất, tinh thần cho người lao động.",
    );
    for (const input of [text, "\uFEFF" + text, text.normalize("NFD"), "\uFEFF" + text.normalize("NFD").replace(/\n/g, "\r\n")]) {
      const r = extract(input, { path: "variant.txt" });
      expect(r.tasks).toHaveLength(3);
      expect(spanProblems(r, input)).toEqual([]);
    }
  });
});

describe("tricky inputs: the extractors do not depend on a meeting sentence", () => {
  it("tasks are found in a text with no meeting sentence and no trailing newline", () => {
    expectTasks(
      "Thực hiện phương hướng, nhiệm vụ công tác năm 2023, LĐLĐ huyện Bình Gia sẽ tiếp tục đổi mới nội dung, phương thức hoạt động công đoàn; Chăm lo đời sống vật chất, tinh thần cho người lao động.",
      ["đổi mới nội dung, phương thức hoạt động công đoàn", "Chăm lo đời sống vật chất, tinh thần cho người lao động"],
    );
  });

  it("a text of whitespace and a BOM gives no tasks, attendees or statistics", () => {
    const r = run("\uFEFF   \n\n \t\n");
    expect({ tasks: r.tasks, attendees: r.attendees, statistics: r.statistics }).toEqual({ tasks: [], attendees: [], statistics: [] });
  });

  it("a past-tense review with no next period gives []", () => {
    const r = run(
      "Năm 2022, Công đoàn cơ sở Công ty May Tiên Sơn đã tiếp tục chăm lo tốt đời sống cho người lao động; đã tổ chức 4 cuộc đối thoại định kỳ; đã tặng 150 suất quà cho công nhân.\n",
    );
    expect(r.tasks, showTasks(r)).toEqual([]);
  });
});

describe("the next period worded otherwise: periods compared by their months and year", () => {
  const HEAD_Q4 =
    "Ngày 10/10/2023, Công đoàn Tổng công ty Lương thực miền Bắc tổ chức Hội nghị Ban Chấp hành lần thứ 4, sơ kết công tác công đoàn 9 tháng đầu năm và triển khai nhiệm vụ 3 tháng cuối năm 2023.";

  it('"Quý IV, ... tập trung: A. B. C." when the next period is "3 tháng cuối năm 2023"', () => {
    const r = expectTasks(
      [
        HEAD_Q4,
        "Quý IV, Công đoàn Tổng công ty tập trung: Hướng dẫn các công đoàn cơ sở chuẩn bị quà Tết cho đoàn viên khó khăn. Phối hợp với Ban Giám đốc tổ chức hội nghị người lao động năm 2024. Tổng kết phong trào thi đua năm 2023 và khen thưởng kịp thời.",
      ].join("\n\n") + "\n",
      [
        "Hướng dẫn các công đoàn cơ sở chuẩn bị quà Tết cho đoàn viên khó khăn",
        "Phối hợp với Ban Giám đốc tổ chức hội nghị người lao động năm 2024",
        "Tổng kết phong trào thi đua năm 2023 và khen thưởng kịp thời",
      ],
    );
    expect(r.meeting.nextPeriod).toMatchObject({ from: "2023-10", to: "2023-12" });
  });

  it('"Trong quý IV năm 2023, ..." names the year and still matches', () => {
    expectTasks(
      [HEAD_Q4, "Trong quý IV năm 2023, công đoàn sẽ tiếp tục rà soát đoàn viên; tổ chức Tết Sum vầy cho công nhân ở lại nhà máy."].join("\n\n") + "\n",
      ["rà soát đoàn viên", "tổ chức Tết Sum vầy cho công nhân ở lại nhà máy"],
    );
  });

  it("another quarter, or the same quarter of another year, opens nothing", () => {
    expectTasks(
      [HEAD_Q4, "Trong quý III, Công đoàn Tổng công ty tập trung: Hướng dẫn các công đoàn cơ sở chuẩn bị quà Tết. Phối hợp với Ban Giám đốc tổ chức hội nghị người lao động."].join("\n\n") + "\n",
      [],
    );
    expectTasks([HEAD_Q4, "Trong quý IV năm 2022, công đoàn sẽ tiếp tục rà soát đoàn viên; tổ chức Tết Sum vầy cho công nhân."].join("\n\n") + "\n", []);
  });

  it('"Trong 3 tháng cuối năm, ..." for "quý IV năm 2023"; "Quý IV, ..." for "quý 4/2023"', () => {
    const head = (next: string) => `Ngày 5/10/2023, Liên đoàn Lao động huyện Cẩm Khê tổ chức Hội nghị sơ kết 9 tháng đầu năm, triển khai nhiệm vụ ${next}.`;
    expectTasks(
      [head("quý IV năm 2023"), "Trong 3 tháng cuối năm, Liên đoàn Lao động huyện cần tập trung: Hoàn thành chỉ tiêu phát triển đoàn viên. Chuẩn bị chu đáo Chương trình Tết Sum vầy."].join("\n\n") + "\n",
      ["Hoàn thành chỉ tiêu phát triển đoàn viên", "Chuẩn bị chu đáo Chương trình Tết Sum vầy"],
    );
    expectTasks(
      [head("quý 4/2023"), "Quý IV, Liên đoàn Lao động huyện sẽ tiếp tục kiểm tra việc thực hiện chế độ cho người lao động; tổ chức Tết Sum vầy cho công nhân."].join("\n\n") + "\n",
      ["kiểm tra việc thực hiện chế độ cho người lao động", "tổ chức Tết Sum vầy cho công nhân"],
    );
  });

  it('"nửa cuối năm" for "6 tháng cuối năm 2023"', () => {
    expectTasks(
      [
        HEAD_MIDYEAR,
        "Trong nửa cuối năm, Liên đoàn Lao động huyện sẽ tiếp tục vận động đoàn viên tham gia Quỹ Xã hội; tổ chức tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở; kiểm tra tài chính tại 10 công đoàn cơ sở.",
      ].join("\n\n") + "\n",
      ["vận động đoàn viên tham gia Quỹ Xã hội", "tổ chức tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở", "kiểm tra tài chính tại 10 công đoàn cơ sở"],
    );
  });
});

describe("tasks in reported speech, with no next period in the lead", () => {
  const HEAD_NLD = "Ngày 20/01/2024, Công đoàn cơ sở Công ty TNHH May Tam Điệp tổ chức hội nghị người lao động năm 2024 để đánh giá kết quả năm 2023.";

  it('"X cho biết, trong năm 2024, công đoàn sẽ tiếp tục A, B và C": a year after the one reviewed', () => {
    const r = expectTasks(
      [
        HEAD_NLD,
        "Phó Chủ tịch Công đoàn cơ sở Trần Văn Đạt cho biết, trong năm 2024, công đoàn sẽ tiếp tục thương lượng nâng mức hỗ trợ tiền ăn ca, tổ chức khám sức khỏe định kỳ và đưa đón công nhân về quê đón Tết.",
      ].join("\n\n") + "\n",
      ["thương lượng nâng mức hỗ trợ tiền ăn ca, tổ chức khám sức khỏe định kỳ và đưa đón công nhân về quê đón Tết"],
    );
    expect(r.meeting.period).toMatchObject({ from: "2023-01", to: "2023-12" });
  });

  it("the year reviewed, or the past tense, is no plan", () => {
    expectTasks(
      [HEAD_NLD, "Phó Chủ tịch Công đoàn cơ sở Trần Văn Đạt cho biết, trong năm 2023, công đoàn đã tiếp tục thương lượng nâng mức hỗ trợ tiền ăn ca, tổ chức khám sức khỏe định kỳ."].join("\n\n") + "\n",
      [],
    );
    expectTasks(
      [HEAD_NLD, "Phó Chủ tịch Công đoàn cơ sở Trần Văn Đạt cho biết, trong năm 2024, công đoàn đã tiếp tục thương lượng nâng mức hỗ trợ tiền ăn ca."].join("\n\n") + "\n",
      [],
    );
  });
});

describe("a target clause opens the list and is its first task", () => {
  it('"Năm 2023, ... đề ra mục tiêu A, B; tập trung C; D"', () => {
    expectTasks(
      report(
        "Năm 2023, Liên đoàn Lao động huyện đề ra mục tiêu kết nạp mới ít nhất 300 đoàn viên, thành lập 4 công đoàn cơ sở; tập trung tổ chức đối thoại tại doanh nghiệp; nâng cao chất lượng bữa ăn ca.",
      ),
      ["đề ra mục tiêu kết nạp mới ít nhất 300 đoàn viên, thành lập 4 công đoàn cơ sở", "tổ chức đối thoại tại doanh nghiệp", "nâng cao chất lượng bữa ăn ca"],
    );
  });

  it('"đặt mục tiêu" after the next period; "đã đặt mục tiêu" in the past is none', () => {
    expectTasks(
      report("Trong năm 2023, Công đoàn ngành Giáo dục đặt mục tiêu 100% trường học có tổ chức công đoàn vững mạnh; phối hợp tổ chức hội thi giáo viên dạy giỏi."),
      ["đặt mục tiêu 100% trường học có tổ chức công đoàn vững mạnh", "phối hợp tổ chức hội thi giáo viên dạy giỏi"],
    );
    expectTasks(report("Năm 2022, Công đoàn ngành Giáo dục đã đặt mục tiêu 100% trường học có tổ chức công đoàn vững mạnh."), []);
  });
});

describe("the directive cue spares no sentence with a directive", () => {
  // DIRECTIVE runs only on sentences DIRECTIVE_CUE finds a word in: every directive, in any case, holds one
  const directives = ["sẽ tiếp tục", "sẽ tập trung", "sẽ", "cần phải", "cần", "phải", "đề nghị", "yêu cầu", "trong đó", "tiếp tục", "tập trung", "phấn đấu", "đặt mục tiêu", "đề ra mục tiêu", "xác định ra  mục tiêu"];
  it.each(directives.flatMap((d) => [d, d.toUpperCase(), d.charAt(0).toUpperCase() + d.slice(1)]))("%s", (d) => {
    const sentence = `Năm 2026, công đoàn ${d} nâng cao đời sống đoàn viên.`;
    expect(new RegExp(DIRECTIVE.source, "iu").test(sentence)).toBe(true);
    expect(DIRECTIVE_CUE.test(sentence)).toBe(true);
  });
  it("a sentence without one is passed over", () => {
    expect(DIRECTIVE_CUE.test("Năm 2025, công đoàn kết nạp 500 đoàn viên mới.")).toBe(false);
  });
});
