/**
 * How reports name people: honorifics, the shape of Vietnamese names (common surnames and
 * middle names; any capitalised name after an honorific, which covers ethnic-minority names such
 * as "Kon Sơ K'Lim"), the words positions begin with, and the verbs that say what a person did.
 * Names are recognised by shape, never by a list of known people.
 */
import { vre } from "./regex.js";

/** "đồng chí", "đ/c", "ông", "bà" before a name. "Đ/c" may even follow stray letters ("LĐ/c"). */
export const HONORIFIC = vre(/(?:\b(?:đồng chí|Đồng chí|ĐỒNG CHÍ|ông|Ông|bà|Bà)\b|[đĐ]\/[cC]\b)(?:\s*:)?/u);

/** Common surnames: a capitalised run starting with one of these may be a name without an honorific. */
export const SURNAMES = new Set(
  (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm " +
    "Phùng Mai Tô Hà Tạ Lưu Đinh Cao Kiều Thái Quách Triệu Lương Mạc Chu Hứa Khúc Kha Ngọ Lò Lục Nông Tăng Từ La " +
    "Đàm Thân Châu Chẩu Giáp Tống Âu Ông Diệp Lã Lại Nghiêm Doãn Bế Ninh Tôn Vi Hầu Phí Cù Khổng " +
    "Nhữ Lường Bành Thiều Trình Đậu Thiệu Hàn Lữ Ksor Siu"
  ).split(/\s+/),
);

/** Middle names that make a run of capitalised words very likely a person's name. */
export const MIDDLE_NAMES = new Set(
  (
    "Văn Thị Đức Minh Hữu Thanh Quang Ngọc Xuân Công Đình Thu Kim Hồng Trọng Tuấn Việt Hoàng Quốc Duy Anh Phương " +
    "Thành Bảo Trung Mạnh Tiến Thế Khắc Huy Hải Nam Gia Như Bích Thúy Thùy Tài Sà Chí Song Phúc Lê Tử Kỳ Trường Hoài " +
    "Tấn Thái Hà Sơn Viết Phi Nhật Lan Diệu Mỹ Cẩm Bá Đăng Hùng Vĩnh Tường Thuận Hạnh Hiền Huyền Thảo Khánh"
  ).split(/\s+/),
);

/** Words a position begins with: a title is a run of comma- or dash-separated positions. */
export const POSITION_START = vre(
  /^(?:tân\s+|nguyên\s+|đương kim\s+)?(?:(?:phó|Phó|PHÓ)\s+)?(?:chủ tịch|bí thư|trưởng ban|trưởng phòng|trưởng khoa|trưởng|giám đốc|tổng giám đốc|hiệu trưởng|viện trưởng|chủ nhiệm|chánh văn phòng|chánh án|chánh thanh tra|chánh|tổng biên tập|ủy viên|uỷ viên|thư ký|kế toán|tổ trưởng|bộ trưởng|thứ trưởng|đại biểu quốc hội|tỉnh ủy viên|tỉnh uỷ viên|huyện ủy viên|huyện uỷ viên|quận ủy viên|quận uỷ viên|thành ủy viên|thành uỷ viên|thị ủy viên|đảng ủy viên|thường trực|trưởng đoàn|bí thư chi bộ|thủ trưởng|chỉ huy trưởng|chính ủy|tư lệnh|ủy viên ban|UV|UVBTV|UVBCH|UVTV|UVTW|UVBTVQU|UVBTVTU|UVBTVHU|HUV|TUV|QUV|ĐUV|CT|PCT|BT|PBT|GĐ|PGĐ|TGĐ|HT|PHT|TP|PTP|TB|PTB)\b/iu,
);

/** Verbs that end a title: "Chủ tịch LĐLĐ huyện chủ trì hội nghị", "... phát biểu". */
export const TITLE_STOP = vre(
  /\b(?:và\s+(?:đồng chí|đ\/c|ông|bà|các)|chủ trì|phát biểu|dự và|dự hội nghị|dự đại hội|tham dự|chỉ đạo|trao|tặng|nhấn mạnh|ghi nhận|đánh giá|đã|được|tái đắc cử|đắc cử|trúng cử|cùng|báo cáo|thông qua|chúc mừng|khẳng định|tiếp tục|giữ chức|bỏ phiếu|kết luận|cho biết|đề nghị|yêu cầu|trình bày|điều hành|phát động|vinh dự|khai mạc|bế mạc|lên|nhận|gửi|biểu dương|tuyên dương|với|tại|trong|vào|ký|ban hành|về dự|đến dự|tới dự|dự)\b/iu,
);

export type RoleCue = "guest" | "chair" | "presenter" | "speaker" | "elected" | "awardee" | "giver";

/** Verbs and phrases that say what a person did, in priority order. */
export const ROLE_CUES: { role: RoleCue; before?: RegExp; after?: RegExp; example: string }[] = [
  { role: "guest", before: vre(/\b(?:dự hội nghị có|dự đại hội có|tham dự hội nghị có|tham dự đại hội có|tới dự|đến dự|về dự|tham dự|dự và chỉ đạo|dự, chỉ đạo|sự tham dự của|có sự tham gia của|chào đón|dự hội nghị|dự đại hội|dự buổi|dự lễ|dự)\b[^.]*$/iu), after: vre(/^[^.;]{0,12}?\b(?:dự và chỉ đạo|dự hội nghị|dự đại hội|tham dự|về dự|đến dự|tới dự|dự)\b/iu), example: "Dự hội nghị có đồng chí ..." },
  { role: "chair", after: vre(/^[^.;]{0,40}?\bchủ trì\b/iu), before: vre(/\bchủ trì\b[^.;]*$/iu), example: "... chủ trì hội nghị" },
  { role: "presenter", after: vre(/^[^.;]{0,12}?\b(?:đã\s+)?(?:thông qua|trình bày|báo cáo)\b/iu), example: "... đã thông qua dự thảo báo cáo" },
  { role: "elected", after: vre(/^[^.;]{0,60}?\b(?:tái đắc cử|đắc cử|trúng cử|được bầu|được chỉ định|giữ chức|được tín nhiệm|được bầu bổ sung)\b/iu), before: vre(/\b(?:bầu bổ sung|bầu|chỉ định|tín nhiệm đối với|bỏ phiếu tín nhiệm)\b[^.]*$/iu), example: "bầu bổ sung 02 đồng chí ..., gồm đồng chí ..." },
  { role: "awardee", after: vre(/^[^.;]{0,40}?\bđược(?:\s+[^.;,]{0,40}?)?\s+(?:tặng|trao|nhận|khen thưởng|tuyên dương|công nhận)\b/iu), example: "... được LĐLĐ tỉnh tặng Bằng khen" },
  { role: "speaker", after: vre(/^[^.;]{0,40}?\b(?:phát biểu|kết luận|phát động|nhấn mạnh|ghi nhận|chúc mừng|đánh giá|đề nghị|cho biết|khẳng định|chia sẻ|yêu cầu|biểu dương|gửi lời|bày tỏ|quán triệt|lưu ý|chỉ đạo|báo cáo)\b/iu), before: vre(/\b(?:phát biểu|kết luận|theo|lắng nghe|nghe)\b[^.;]*$/iu), example: "... phát biểu chỉ đạo" },
  { role: "giver", after: vre(/^[^.;]{0,40}?\b(?:trao|tặng)\b/iu), example: "... trao Bằng khen cho ..." },
];

/** "lãnh đạo LĐLĐ tỉnh", "đại diện các công đoàn cơ sở": bodies attending without a named person. */
export const UNNAMED_BODY_LEAD = vre(/\b(?:các đồng chí lãnh đạo|lãnh đạo|đại diện lãnh đạo|đại diện)\s*:?\s*(?:các\s+)?/giu);
