/**
 * Numbers that are not statistics: dates, years, times, terms, ordinals, document numbers,
 * anniversaries and durations. Each pattern marks a stretch of text whose digits are ignored.
 */
import { vre } from "./regex.js";
export interface Exclusion {
  pattern: RegExp;
  example: string;
  /**
   * What every match holds: text in lower case, or a cheap pattern (no lookbehind) over the
   * sentence as written. A sentence without it need not be scanned.
   */
  cue?: string | RegExp;
}

const DOC_TYPES = "(?:Nghị quyết|Quyết định|Kế hoạch|Hướng dẫn|Chỉ thị|Thông tư|Nghị định|Công văn|Kết luận|Thông báo|Chương trình|Luật|Điều|Khoản|Tờ trình|Báo cáo|QĐ|NQ|KH|HD|CT)";

export const EXCLUSIONS: Exclusion[] = [
  // dates and times
  { pattern: vre(/\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b/gu), example: "12/7/2023, 6-9-2019" },
  { cue: "/", pattern: vre(/\b\d{1,2}\s*-\s*\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?\b/gu), example: "24-25/3" },
  { pattern: /(?:ngày|hôm|sáng|chiều|trưa|tối|đêm|nay|từ|đến|tới|trước|sau|qua)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)/giu, example: "ngày 21/01, Chiều 3/10, Sáng 24.6" },
  { pattern: vre(/\b(?:ngày|mùng|mồng)\s+\d{1,2}\b/giu), example: "ngày 11" },
  { cue: "tháng", pattern: vre(/\btháng\s+\d{1,2}(?:\s*[/.-]\s*\d{4}|\s+năm\s+\d{4})?\b/giu), example: "tháng 4/2023, tháng 5" },
  { cue: "năm", pattern: vre(/\bnăm\s+(?:học\s+)?\d{4}(?:\s*-\s*\d{4})?\b/giu), example: "năm 2021, năm học 2022-2023" },
  { cue: "-", pattern: vre(/\b(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}\b/gu), example: "2018-2023" },
  { pattern: vre(/\b(?:19|20)\d{2}\b/gu), example: "2021" },
  { pattern: vre(/\b\d{1,2}\s*(?:giờ|h)\s*\d{0,2}(?:\s*phút)?\b|\b\d{1,2}:\d{2}(?::\d{2})?\b/giu), example: "13 giờ 30 phút, 08:06" },
  // terms, ordinals, numbering
  { pattern: vre(/\b(?:nhiệm kỳ|giai đoạn|khóa|khoá|kỳ|đợt|lần thứ|lần|thứ|(?<!tổng\s)số|khối|cụm|quận|phường|đội|tổ|bão|ca|phòng|xếp thứ|hạng)\s+(?:thứ\s+)?[\dIVXLC]+[a-z]?\b/giu), example: "lần thứ 9, khóa 12, Cụm thi đua số 6, Quận 3" },
  { pattern: vre(/\b\d+\s*(?:năm|tuổi)\s+(?:ngày\s+)?(?:thành lập|truyền thống|kỷ niệm|Quốc khánh|giải phóng|chiến thắng)/giu), example: "95 năm ngày thành lập" },
  { cue: "kỷ niệm", pattern: vre(/\bkỷ niệm\s+\d+\s+năm\b/giu), example: "kỷ niệm 80 năm" },
  { pattern: vre(/\b\d+\s*(?:năm|tháng|ngày|tuần|giờ|phút)\s+(?:qua|tới|thực hiện|triển khai|liên tục|liền|hoạt động|đầu năm|cuối năm|đầu|cuối)\b/giu), example: "10 năm thực hiện, 6 tháng đầu năm" },
  { pattern: vre(/\b\d+\s*(?:năm|tháng|ngày)\b/giu), example: "10 năm, 6 tháng" },
  // document numbers and codes
  { pattern: vre(`${DOC_TYPES}\\s+(?:số\\s+)?[\\dA-Za-zĐđ./-]*\\d[\\dA-Za-zĐđ./-]*`, "giu"), example: "Nghị quyết số 02-NQ/TW, Quyết định 217/QĐ-TW" },
  { cue: "/", pattern: vre(/\b\d+[a-z]?\s*\/\s*[A-ZĐ][A-ZĐa-z-]*(?:\s*-\s*[A-ZĐ]+)*(?:\/[A-ZĐ]+)*/gu), example: "1723/HD -TLĐ, 6b/NQ" },
  { cue: "/", pattern: vre(/\b\d+[a-z]?-[A-ZĐ]{1,4}\/[A-ZĐ]+\b/gu), example: "77-KL/TW, 02-NQ/TW" },
  { cue: "số", pattern: vre(/(?<!tổng\s|Tổng\s)\b(?:số|Số)\s+\d+\b(?!\s*(?:đoàn viên|người|lượt|đại biểu|cán bộ|CĐCS|công đoàn))/gu), example: "số 111 Bà Huyện Thanh Quan" },
  { pattern: vre(/\b(?:đại hội|Đại hội|hội nghị|Hội nghị)\s+\d+\b/gu), example: "đại hội 11 Công đoàn thành phố" },
  // phone numbers, codes, names with digits
  { pattern: vre(/\b0\d{2,3}[\s.]?\d{3}[\s.]?\d{3,4}\b/gu), example: "0237 3721150" },
  { cue: /[A-Za-zĐđ]-?\d/u, pattern: vre(/\b[A-Za-zĐđ]+-?\d+[A-Za-z]*\b/gu), example: "A80, COVID-19" },
  { cue: "chỉ tiêu", pattern: vre(/\b\d+\s*(?:\/|trên)\s*(?:tổng số\s*)?\d+\s*chỉ tiêu\b/giu), example: "13/13 chỉ tiêu" },
  { pattern: vre(/\b\d{1,2}\s*(?:giờ|h)\b/giu), example: "13 giờ" },
];

/** Numbers that count the items of a list in the text itself, not a result: "8 nhiệm vụ trọng tâm". */
export const LIST_COUNT = /^\s*(?:(?:nhóm|nhóm nhiệm vụ,?)\s+)?(?:nhiệm vụ|trọng tâm|giải pháp|nội dung|chỉ tiêu|mục tiêu|khâu đột phá|chương trình hành động|tiểu ban)/iu;
