/**
 * Metric cue words: what is counted (the noun after a number) and what is done to it (the verbs
 * around). The statistics classifier reads only these tables; to teach it a new phrasing, add a
 * line here with an example.
 */
import type { Metric } from "../schema/report.js";
import { caseless, vre } from "./regex.js";

/** What a counted noun says about the number before it. */
export type SubjectClass =
  | "gift" // suất quà: gifts.count
  | "member" // đoàn viên: members.* unless an award or participation verb says otherwise
  | "union" // CĐCS: unions.*
  | "collective" // tập thể: awards.collective (in award context)
  | "individual" // cá nhân: awards.individual
  | "person" // người, cán bộ, đồng chí: participants, awards or nothing, by the verbs
  | "attendance" // lượt, đại biểu, thí sinh: participants
  | "event" // cuộc, lớp, buổi: activities.count
  | "unit" // đơn vị: awards.collective in award context
  | "award" // "12 Bằng khen ... cho các cá nhân": the award itself counted
  | "organization" // doanh nghiệp, trường, đội: awards.collective when an award is given to them, else nothing
  | "case" // trường hợp: gifts.count right after a verb of support ("thăm hỏi 52 trường hợp"), else nothing
  | "ignore"; // sáng kiến, ủy viên, nhiệm vụ, tiểu ban, năm: not a scored metric

export interface Subject {
  words: string;
  cls: SubjectClass;
  example: string;
}

/** Nouns after a number, longest first when matched. Case-insensitive except abbreviations. */
export const SUBJECTS: Subject[] = [
  // gifts
  { words: "suất quà", cls: "gift", example: "2.000 suất quà" },
  { words: "xuất quà", cls: "gift", example: "172 xuất quà (a common misspelling)" },
  { words: "phần quà", cls: "gift", example: "455 phần quà" },
  { words: "túi quà", cls: "gift", example: "300 túi quà" },
  { words: "suất trợ cấp", cls: "gift", example: "50 suất trợ cấp" },
  { words: "suất hỗ trợ", cls: "gift", example: "30 suất hỗ trợ" },
  { words: "suất học bổng", cls: "gift", example: "20 suất học bổng" },
  { words: "vé xe", cls: "gift", example: "500 vé xe" },
  { words: "vé tàu", cls: "gift", example: "100 vé tàu" },
  { words: "vé máy bay", cls: "gift", example: "40 vé máy bay" },
  { words: "phiếu mua hàng", cls: "gift", example: "2.000 phiếu mua hàng" },
  { words: "phiếu quà tặng", cls: "gift", example: "500 phiếu quà tặng" },
  { words: "thẻ quà tặng", cls: "gift", example: "300 thẻ quà tặng" },
  { words: "suất", cls: "gift", example: "10 suất" },
  { words: "phần", cls: "gift", example: "200 phần (quà)" },
  { words: "phần thi", cls: "ignore", example: "tranh tài qua 3 phần thi (parts of a contest, not gifts)" },
  { words: "phần việc", cls: "ignore", example: "5 phần việc (pieces of work, not gifts)" },
  { words: "phần mềm", cls: "ignore", example: "2 phần mềm (software, not gifts)" },
  { words: "món quà", cls: "gift", example: "50 món quà" },
  { words: "quà", cls: "gift", example: "50 quà" },
  // members
  { words: "đoàn viên công đoàn", cls: "member", example: "3.571 đoàn viên công đoàn" },
  { words: "đoàn viên", cls: "member", example: "1.489 đoàn viên" },
  // pairs written as one noun: what follows them is said of both
  { words: "đoàn viên, người lao động", cls: "member", example: "1.200 đoàn viên, người lao động được tặng quà" },
  { words: "đoàn viên, NLĐ", cls: "member", example: "800 đoàn viên, NLĐ" },
  { words: "nữ đoàn viên", cls: "member", example: "310 nữ đoàn viên đạt danh hiệu" },
  { words: "ĐVCĐ", cls: "member", example: "215 CĐCS với 31.600 ĐVCĐ" },
  { words: "ĐVCĐ nữ", cls: "member", example: "1.200 ĐVCĐ nữ" },
  // unions
  { words: "công đoàn cơ sở", cls: "union", example: "50 công đoàn cơ sở" },
  { words: "CĐCS", cls: "union", example: "59 CĐCS" },
  { words: "CĐ cơ sở", cls: "union", example: "12 CĐ cơ sở" },
  { words: "nghiệp đoàn", cls: "union", example: "5 nghiệp đoàn" },
  { words: "công đoàn", cls: "union", example: "26 Công đoàn" },
  { words: "CĐ", cls: "union", example: "33 CĐ" },
  // awards
  { words: "lượt tập thể", cls: "collective", example: "6 lượt tập thể được tuyên dương" },
  { words: "lượt cá nhân", cls: "individual", example: "21 lượt cá nhân được tuyên dương" },
  { words: "tập thể", cls: "collective", example: "15 tập thể" },
  { words: "cá nhân", cls: "individual", example: "47 cá nhân" },
  { words: "gương", cls: "individual", example: "20 gương Người tốt - Việc tốt" },
  { words: "Bằng khen", cls: "award", example: "12 Bằng khen của CĐYTVN" },
  { words: "Giấy khen", cls: "award", example: "13 Giấy khen" },
  { words: "Cờ thi đua", cls: "award", example: "3 Cờ thi đua" },
  { words: "Kỷ niệm chương", cls: "award", example: "11 Kỷ niệm chương" },
  { words: "đơn vị", cls: "unit", example: "17 đơn vị nhận Cờ thi đua" },
  { words: "giải", cls: "award", example: "trao 4 giải cho các đội (a prize; other.count unless given to someone)" },
  { words: "giải cá nhân", cls: "individual", example: "trao 11 giải cá nhân (prizes to people)" },
  { words: "giải tập thể", cls: "collective", example: "trao 3 giải tập thể" },
  // bodies and teams: counted as collectives only when an award is given to them
  { words: "doanh nghiệp", cls: "organization", example: "tặng Bằng khen cho 5 doanh nghiệp; 120 doanh nghiệp (no award: other)" },
  { words: "công ty", cls: "organization", example: "3 công ty được tặng Giấy khen" },
  { words: "cơ quan", cls: "organization", example: "30 cơ quan" },
  { words: "trường", cls: "organization", example: "30 trường" },
  { words: "đội", cls: "organization", example: "trao Giấy khen cho 4 đội" },
  { words: "tổ sản xuất", cls: "organization", example: "tặng Giấy khen cho 5 tổ sản xuất" },
  { words: "tổ công đoàn", cls: "organization", example: "Giấy khen cho 3 tổ công đoàn; 6 tổ công đoàn (no award: other)" },
  { words: "tổ", cls: "organization", example: "Giấy khen cho 4 tổ" },
  { words: "đội viên", cls: "person", example: "30 đội viên (not a team)" },
  { words: "trường hợp", cls: "case", example: "thăm hỏi 45 trường hợp ốm đau (cases, not schools)" },
  // attendance
  { words: "lượt", cls: "attendance", example: "hơn 8.000 lượt đoàn viên" },
  { words: "đại biểu", cls: "attendance", example: "129 đại biểu chính thức" },
  { words: "thí sinh", cls: "attendance", example: "hơn 9.000 thí sinh" },
  { words: "học viên", cls: "attendance", example: "120 học viên" },
  { words: "vận động viên", cls: "attendance", example: "200 vận động viên" },
  { words: "VĐV", cls: "attendance", example: "200 VĐV" },
  // people: the verbs decide
  { words: "người lao động", cls: "person", example: "900 người lao động" },
  { words: "công nhân viên chức lao động", cls: "person", example: "900 công nhân viên chức lao động" },
  { words: "nữ công nhân viên chức lao động", cls: "person", example: "trên 900 nữ công nhân viên chức lao động" },
  { words: "công nhân lao động", cls: "person", example: "300 công nhân lao động" },
  { words: "công nhân", cls: "person", example: "500 công nhân" },
  { words: "CNVCLĐ", cls: "person", example: "900 CNVCLĐ" },
  { words: "CNVC-LĐ", cls: "person", example: "900 CNVC-LĐ" },
  { words: "CNLĐ", cls: "person", example: "300 CNLĐ" },
  { words: "NLĐ", cls: "person", example: "723 NLĐ" },
  { words: "cán bộ", cls: "person", example: "200 cán bộ Công đoàn cơ sở" },
  { words: "chủ tịch", cls: "person", example: "tuyên dương 50 chủ tịch công đoàn cơ sở tiêu biểu" },
  { words: "ủy viên", cls: "person", example: "28 ủy viên Ban Chấp hành" },
  { words: "đồng chí", cls: "person", example: "49 đồng chí đạt danh hiệu" },
  { words: "đ/c", cls: "person", example: "3 đ/c" },
  { words: "người", cls: "person", example: "1.000 người" },
  { words: "nữ", cls: "person", example: "1.822 nữ" },
  { words: "chị em", cls: "person", example: "58 chị em được công nhận danh hiệu" },
  { words: "chị", cls: "person", example: "1.250 chị đạt danh hiệu \"Giỏi việc nước, đảm việc nhà\"" },
  { words: "lao động", cls: "person", example: "20 lao động" },
  { words: "giáo viên", cls: "person", example: "30 giáo viên" },
  { words: "nhà giáo", cls: "person", example: "30 nhà giáo" },
  { words: "giảng viên", cls: "person", example: "45 giảng viên" },
  { words: "thợ", cls: "person", example: "hội thi với 90 thợ tham gia" },
  { words: "nhân viên", cls: "person", example: "95 nhân viên y tế" },
  { words: "viên chức", cls: "person", example: "86 viên chức" },
  { words: "viên chức, người lao động", cls: "person", example: "512 viên chức, người lao động đạt danh hiệu Lao động tiên tiến" },
  { words: "công chức", cls: "person", example: "40 công chức" },
  { words: "bác sĩ", cls: "person", example: "25 bác sĩ" },
  { words: "y bác sĩ", cls: "person", example: "60 y bác sĩ" },
  { words: "lái xe", cls: "person", example: "tập huấn cho 140 lái xe" },
  { words: "tài xế", cls: "person", example: "80 tài xế" },
  { words: "sinh viên", cls: "person", example: "300 sinh viên" },
  { words: "hộ", cls: "person", example: "50 hộ" },
  { words: "học sinh", cls: "person", example: "100 học sinh" },
  { words: "trẻ em", cls: "person", example: "100 trẻ em" },
  { words: "cháu", cls: "person", example: "100 cháu" },
  // events
  { words: "cuộc", cls: "event", example: "544 cuộc" },
  { words: "buổi", cls: "event", example: "12 buổi" },
  { words: "lớp", cls: "event", example: "3 lớp tập huấn" },
  { words: "hội nghị", cls: "event", example: "45 hội nghị" },
  { words: "đại hội", cls: "event", example: "59/59 đại hội" },
  { words: "hội thi", cls: "event", example: "3 hội thi" },
  { words: "hội thao", cls: "event", example: "2 hội thao" },
  { words: "giải thể thao", cls: "event", example: "4 giải thể thao" },
  { words: "đợt", cls: "event", example: "2 đợt" },
  { words: "kỳ họp", cls: "event", example: "3 kỳ họp" },
  { words: "kỳ hội nghị", cls: "event", example: "4 kỳ Hội nghị cán bộ, công chức" },
  { words: "kỳ đối thoại", cls: "event", example: "tổ chức 6 kỳ đối thoại định kỳ" },
  { words: "kỳ sinh hoạt", cls: "event", example: "12 kỳ sinh hoạt chuyên đề" },
  { words: "phiên", cls: "event", example: "2 phiên" },
  { words: "chương trình", cls: "event", example: "5 chương trình" },
  { words: "hoạt động", cls: "event", example: "30 hoạt động" },
  { words: "chuyến", cls: "event", example: "5 chuyến" },
  // counted things that are not scored metrics
  // work stoppages happen to the union, it does not hold them: not activities
  { words: "cuộc ngừng việc", cls: "ignore", example: "xảy ra 2 cuộc ngừng việc tập thể" },
  { words: "cuộc đình công", cls: "ignore", example: "3 cuộc đình công" },
  { words: "cuộc lãn công", cls: "ignore", example: "1 cuộc lãn công" },
  { words: "sáng kiến", cls: "ignore", example: "930 sáng kiến" },
  { words: "đề tài", cls: "ignore", example: "281 đề tài" },
  { words: "ý kiến", cls: "ignore", example: "16 ý kiến" },
  { words: "tiểu ban", cls: "ignore", example: "4 tiểu ban" },
  { words: "ủy viên", cls: "ignore", example: "44 ủy viên" },
  { words: "uỷ viên", cls: "ignore", example: "168 uỷ viên" },
  { words: "thành viên", cls: "ignore", example: "07 thành viên" },
  { words: "nhiệm vụ", cls: "ignore", example: "8 nhiệm vụ trọng tâm" },
  { words: "trọng tâm", cls: "ignore", example: "3 trọng tâm" },
  { words: "trọng điểm", cls: "ignore", example: "10 trọng điểm" },
  { words: "chỉ tiêu", cls: "ignore", example: "13/13 chỉ tiêu" },
  { words: "giải pháp", cls: "ignore", example: "5 giải pháp" },
  { words: "nội dung", cls: "ignore", example: "3 nội dung" },
  { words: "khối", cls: "ignore", example: "3 khối" },
  { words: "vòng", cls: "ignore", example: "3 vòng bầu" },
  { words: "phiếu", cls: "ignore", example: "150 phiếu" },
  { words: "câu lạc bộ", cls: "ignore", example: "53 câu lạc bộ" },
  { words: "công trình", cls: "ignore", example: "01 công trình" },
  { words: "nhà", cls: "ignore", example: "20 nhà Mái ấm Công đoàn" },
  { words: "biểu trưng", cls: "ignore", example: "79 biểu trưng" },
  { words: "năm", cls: "ignore", example: "10 năm" },
  { words: "tháng", cls: "ignore", example: "6 tháng" },
  { words: "ngày", cls: "ignore", example: "3 ngày" },
  { words: "giờ", cls: "ignore", example: "13 giờ" },
  { words: "phút", cls: "ignore", example: "30 phút" },
  { words: "tuổi", cls: "ignore", example: "35 tuổi" },
  { words: "km", cls: "ignore", example: "5 km" },
  { words: "m2", cls: "ignore", example: "300 m2" },
  { words: "tấn", cls: "ignore", example: "5 tấn" },
  { words: "kg", cls: "ignore", example: "10 kg" },
  { words: "xã", cls: "ignore", example: "12 xã" },
  { words: "phường", cls: "ignore", example: "10 phường" },
  { words: "huyện", cls: "ignore", example: "7 huyện" },
];

/**
 * Who an award counted by itself ("6 giải", "12 Bằng khen") is given to, after "cho": collectives or
 * individuals ("trao 6 giải cho các đội", "12 Bằng khen cho các cá nhân").
 */
export const AWARD_RECIPIENTS: { words: string; cls: "collective" | "individual"; example: string }[] = [
  { words: "tập thể", cls: "collective", example: "Bằng khen cho 02 tập thể" },
  { words: "đơn vị", cls: "collective", example: "Cờ thi đua cho các đơn vị" },
  { words: "đội", cls: "collective", example: "trao 4 giải cho các đội" },
  { words: "doanh nghiệp", cls: "collective", example: "5 Bằng khen cho các doanh nghiệp" },
  { words: "công đoàn cơ sở", cls: "collective", example: "Giấy khen cho các công đoàn cơ sở" },
  { words: "CĐCS", cls: "collective", example: "Giấy khen cho các CĐCS" },
  { words: "trường", cls: "collective", example: "giải cho các trường" },
  { words: "cá nhân", cls: "individual", example: "12 Bằng khen cho các cá nhân" },
  { words: "đoàn viên", cls: "individual", example: "Giấy khen cho đoàn viên" },
  { words: "cán bộ", cls: "individual", example: "Bằng khen cho cán bộ" },
  { words: "vận động viên", cls: "individual", example: "trao 9 giải cho các vận động viên" },
  { words: "VĐV", cls: "individual", example: "trao 9 giải cho các VĐV" },
  { words: "thí sinh", cls: "individual", example: "trao 10 giải cho các thí sinh" },
];

/**
 * Counted nouns named before the number, after "số"/"tổng số" ("Tổng số đoàn viên toàn ngành hiện
 * là 6.410 người", "Số CĐCS thành lập mới là 7", "tổng lượt dự thi hơn 15.100"); longest first
 * when matched. Each must be a SUBJECTS entry (its class decides).
 */
export const HEAD_NOUNS: { words: string; example: string }[] = [
  { words: "đoàn viên công đoàn", example: "Tổng số đoàn viên công đoàn của khối hiện là 2.745 người" },
  { words: "đoàn viên", example: "Đến nay, tổng số đoàn viên toàn huyện là 4.215 người" },
  { words: "công đoàn cơ sở", example: "số công đoàn cơ sở trực thuộc là 96" },
  { words: "CĐCS", example: "Số CĐCS thành lập mới trong năm là 7" },
  { words: "lượt", example: "tổng lượt dự thi hơn 15.100" },
  { words: "người", example: "tổng số người tham gia là 870" },
  { words: "đại biểu", example: "tổng số đại biểu là 185" },
  { words: "thí sinh", example: "số thí sinh dự thi là 300" },
  { words: "sáng kiến", example: "số sáng kiến là 40" },
  { words: "đề tài", example: "số đề tài là 12" },
  { words: "suất quà", example: "tổng số suất quà là 1.200" },
  { words: "phần quà", example: "số phần quà trao tặng là 500" },
];

/**
 * Nouns after a number that only say "people" or "units": what they count is the head noun
 * named before ("Số đoàn viên phát triển mới đạt 318 người") or after "là" ("80 người là đoàn viên").
 */
export const GENERIC_NOUNS = ["người", "đơn vị"];

/** Verbs and phrases that decide the metric, matched in the clause around the number. */
export const CUES = {
  /** giving an award or honour: "tặng Bằng khen cho", "khen thưởng", "tuyên dương" */
  award: /(?:khen thưởng|tặng (?:bằng khen|giấy khen|cờ|kỷ niệm chương|danh hiệu)|trao (?:tặng )?(?:bằng khen|giấy khen|cờ|kỷ niệm chương|danh hiệu)|tuyên dương|biểu dương|tôn vinh|vinh danh|đạt danh hiệu|danh hiệu|được công nhận|công nhận|đạt giải|giải khuyến khích|bằng khen|giấy khen|cờ thi đua|kỷ niệm chương|chiến sĩ thi đua|chiến sỹ thi đua|lao động tiên tiến|lao động xuất sắc|lao động sáng tạo|thành tích xuất sắc|điển hình tiên tiến|xuất sắc, tiêu biểu|tiêu biểu|giáo viên dạy giỏi|giáo viên giỏi|lao động giỏi|thợ giỏi|giỏi việc nước)/iu,
  /** receiving gifts or support: "tặng quà cho", "chăm lo cho", "hỗ trợ" */
  gift: /(?:quà|trợ cấp|chăm lo|hỗ trợ|thăm hỏi|giúp đỡ|trợ giúp|tặng quà|trao quà|học bổng|sum vầy|vé xe|vé tàu)/iu,
  /** taking part: "tham gia", "thu hút", "tham dự" */
  participate: /(?:tham gia|tham dự|thu hút|dự thi|dự hội nghị|dự đại hội|dự lớp|dự buổi|tới dự|đến dự|về dự|có mặt|cùng dự|được tuyên truyền|được tập huấn|được bồi dưỡng|lượt người)/iu,
  /** new members: "kết nạp mới", "phát triển mới" */
  newMembers: /(?:kết nạp(?: mới)?|phát triển(?: mới| thêm)?|thu hút mới)\s*(?:được\s*)?(?:thêm\s*)?$/iu,
  /** new unions: "thành lập mới" */
  newUnions: /(?:thành lập(?: mới)?|thành lập thêm)\s*(?:được\s*)?$/iu,
  /** "new" said after the noun: "6 CĐCS mới thành lập", "12 đoàn viên mới kết nạp", "5 CĐCS được thành lập mới", "3 CĐCS được LĐLĐ thành lập mới" */
  newAfter: vre(String.raw`^\s*(?:mới(?![\p{L}\p{M}])|(?:được\s+(?:[^.;,]{1,40}?\s)?)?(?:thành lập|kết nạp|phát triển)\s+mới(?![\p{L}\p{M}]))`, "iu"),
  /**
   * unions closed or merged, right before the number: "giải thể 2 CĐCS", "sáp nhập 4 công đoàn cơ sở"
   * (a change, not the union total)
   */
  /**
   * unions something was done to, not how many there are: "kiểm tra 15 CĐCS", "khảo sát tại 8
   * CĐCS", "kiểm tra việc thu, chi tài chính tại 6 CĐCS"
   */
  actedOn: /(?:(?:kiểm tra|giám sát|khảo sát|làm việc với|làm việc tại|hướng dẫn)\s*(?:tại|cho|đối với|với)?|(?:kiểm tra|giám sát|khảo sát)\s[^;.]{0,60}?\stại)\s*(?:các\s*)?(?:hơn|trên|gần|khoảng)?\s*$/iu,
  dissolve: /(?:giải thể|sáp nhập|hợp nhất|chấm dứt hoạt động|ngừng hoạt động|thu hồi quyết định công nhận)(?:\s*(?:,|và)\s*(?:giải thể|sáp nhập|hợp nhất))?\s*(?:được\s*)?$/iu,
  /**
   * people spoken for, right before the number: "đại biểu đại diện cho gần 5.200 công nhân lao động"
   * (the membership when they are đoàn viên, otherwise no scored metric; never participants)
   */
  represent: /(?:đại diện cho|thay mặt cho|đại diện|thay mặt)\s*(?:hơn|trên|gần|khoảng)?\s*$/iu,
  /**
   * an attendance list that opens the sentence, "Tham dự hội nghị có ...", "Dự buổi đối thoại có ...",
   * or one named in it, "với sự tham dự của ...": the people listed after it take part
   */
  attendOpen: /(?:^\s*(?:[^,.;:]{0,40},\s*)?(?:về dự|tới dự|đến dự|cùng dự|tham dự|tham gia|dự)(?:\s+[^\s.;:,]+){0,10}?\s+(?:có|gồm có|gồm)(?:\s|:)|(?:sự tham dự|sự tham gia|sự có mặt)\s+của\s)/iu,
  /**
   * between an attendance opener and the number: words that show the list has ended ("đã", "được",
   * "tặng quà"; not the "Ban Quản lý các KCN" of a guest's body)
   */
  attendBreak: /(?:^|\s)(?:đã|được|đạt|kết nạp|phát triển|(?<![Bb]an\s)quản lý|với tổng số|tặng|trao|thăm hỏi|chăm lo|hỗ trợ)(?:\s|$)/iu,
  /** holding an event: "tổ chức", "mở", "tuyên truyền được" */
  hold: /(?:tổ chức|mở|tuyên truyền|phối hợp|triển khai|diễn ra|thực hiện)/iu,
  /** owning or being made of: "có 59 CĐCS", "với 1.489 đoàn viên", "quản lý 120" */
  have: /(?:hiện có|có|với|tổng số|gồm|quản lý|đại diện cho|đại diện|thay mặt cho|thay mặt|trực thuộc|trên tổng số|tổng cộng|toàn bộ)\s*(?:hơn|trên|gần|khoảng)?\s*$/iu,
  /**
   * drawing people in, right before the number: participants even when gifts were named earlier
   * in the clause ("tổ chức 95 buổi thăm hỏi, tặng quà, giao lưu, thu hút hơn 7.200 lượt đoàn viên tham gia")
   */
  participateBefore: /(?:thu hút|với sự tham gia của|có sự tham gia của|sự tham gia của|sự tham dự của|sự có mặt của|tới dự có|tham dự có)\s*(?:được\s*)?(?:hơn|trên|gần|khoảng|các)?\s*$/iu,
  /**
   * jobs, pay and insurance kept or made for people ("tạo việc làm ổn định cho 1.400 lao động",
   * "truy đóng bảo hiểm xã hội cho 120 công nhân"): not participants
   */
  jobs: /(?:việc làm|thu nhập|tiền lương|nâng lương|ký hợp đồng|bảo hiểm|truy đóng|truy nộp|nợ đóng|chốt sổ|chế độ|quyền lợi)[^;,.]{0,25}?\s(?:cho|của)\s*(?:hơn|trên|gần|khoảng|các)?\s*$/iu,
  /** people given gifts, said after them: "48 đoàn viên khó khăn được nhận quà", "60 công nhân được tặng thêm quà" */
  giftAfter: /^[^;.,]{0,60}?(?:được|nhận|đã nhận)\s+(?:(?:trao|tặng|trao tặng|nhận|hỗ trợ)\s+)?(?:thêm\s+)?(?:quà|suất quà|phần quà|túi quà)/iu,
  /**
   * people cared for, said after them (a headline's "N đoàn viên, người lao động được chăm lo Tết",
   * "N đoàn viên khó khăn được thăm hỏi, hỗ trợ"): the support given, as "chăm lo cho N đoàn viên" is
   */
  caredAfter: /^(?:\s*,?\s*(?:người lao động|NLĐ|CNLĐ|công nhân lao động|lao động))?[^;.,]{0,40}?\s(?:được|đã được)\s+(?:chăm lo|thăm hỏi|hỗ trợ|trợ cấp|tặng quà|trao quà|nhận quà)/iu,
  /**
   * a neutral money phrase right before the amount ("với tổng kinh phí trên 320 triệu đồng"): the
   * money is what the clause before it did, gift value after gifts
   */
  moneyTotal: /(?:với\s+(?:tổng\s+)?kinh phí|tổng kinh phí)\s*(?:là|khoảng|gần|hơn|trên|xấp xỉ|ước tính)?\s*$/iu,
  /** elected or appointed: numbers of people elected are not participants */
  elect: /(?:bầu|trúng cử|đắc cử|chỉ định|kiện toàn|gồm)/iu,
  /** a loan or credit ("cho 10 CNLĐ vay"): neither gift nor participants */
  loan: /(?:vay|tín chấp|cho vay)/iu,
  /** money raised or spent, not gift value */
  fundStrong: /(?:ủng hộ|đóng góp|quyên góp|vận động được|công trình|xây dựng|sửa chữa|vay|tín chấp|kinh phí|đoàn phí|tiết kiệm|giải ngân)/iu,
  /** fundStrong without "kinh phí": the acts that make money a fund even when its total is a "kinh phí" */
  fundActs: /(?:ủng hộ|đóng góp|quyên góp|công trình|xây dựng|xây mới|sửa chữa|vay|tín chấp|đoàn phí|tiết kiệm|giải ngân|mua sắm)/iu,
  /** earnings and wages are economic facts, not money of the union: other.value */
  income: /(?:thu nhập|tiền lương|mức lương|lương bình quân|doanh thu|lợi nhuận|nộp ngân sách|kim ngạch)/iu,
  /**
   * the value initiatives bring, right before the amount ("sáng kiến ..., làm lợi hơn 12 tỷ đồng",
   * "làm lợi cho công ty trên 900 triệu đồng"): an economic fact, not money raised or spent: other.value
   */
  benefit: /làm lợi(?:\s+cho\s+[^,;.]{1,40}?)?\s*(?:được\s*)?(?:hơn|trên|gần|khoảng|xấp xỉ|ước tính|ước)?\s*$/iu,
  fundWeak: /(?:quỹ|vận động|chi|tổng thu)/iu,
  /** a price per unit: "mỗi suất trị giá 300.000đ", "300.000đ/suất" */
  perUnitBefore: caseless(/(?:mỗi (?:suất|phần|người|cá nhân|tập thể|đoàn viên|trường hợp|hộ|em|cháu)(?: quà)?(?: được)?(?: hỗ trợ| tặng| nhận| trị giá| giá trị| có giá trị| với)*|mỗi suất trị giá|trị giá mỗi suất|bình quân|trung bình)\s*(?:là|từ)?\s*$/iu),
  perUnitAfter: /^\s*\/\s*(?:suất|phần|người|cá nhân|tập thể|hộ|em|cháu|trường hợp)/iu,
  /** a goal for a coming period */
  /** ("hằng năm" alone is not one: "hằng năm có 92% CĐCS đạt vững mạnh" reports a past term) */
  target: /(?:chỉ tiêu|mục tiêu|phấn đấu|định hướng|dự kiến|kế hoạch|sẽ|phải đạt|đề ra|đến cuối nhiệm kỳ|đến năm 20\d\d)/iu,
  /** a list of goals opened before a colon: "Đại hội đề ra các chỉ tiêu chủ yếu, trong đó: ...; 95% CĐCS ...; 100% ..." */
  targetList: /(?:các chỉ tiêu|chỉ tiêu chủ yếu|mục tiêu|phấn đấu|đề ra)[^.:;]{0,80}:\s*$/iu,
};

/** Metrics a subject class can give, by context. */
export const DEFAULT_METRIC: Record<SubjectClass, Metric> = {
  gift: "gifts.count",
  member: "members.count",
  union: "unions.count",
  collective: "awards.collective",
  individual: "awards.individual",
  person: "other.count",
  attendance: "participants",
  event: "activities.count",
  unit: "other.count",
  award: "other.count",
  organization: "other.count",
  case: "other.count",
  ignore: "other.count",
};
