/**
 * Numbers that are not statistics: dates, years, times, terms, ordinals, document numbers,
 * anniversaries and durations. Each pattern marks a stretch of text whose digits are ignored.
 */
import { vre } from "./regex.js";
export interface Exclusion {
  pattern: RegExp;
  example: string;
  /** Text that every match holds, as written (plain ASCII). A sentence without it need not be scanned. */
  cue?: string;
  /** What every match holds around one of its numbers. A sentence with no such number need not be scanned. */
  number?: NumberCue;
}

/**
 * What a match holds around one of its numbers, a run of digits: each field is a condition that
 * every match meets at the same number, so that a sentence where no number meets them all holds
 * no match. Words are in lower case and compared case aside.
 */
export interface NumberCue {
  /** The run of digits: at most two, exactly four, four starting with 19 or 20, or three or more starting with 0. */
  digits?: "short" | "four" | "year" | "phone";
  /** A word that ends right before the number, apart from it by spaces only (the last word of the pattern's words). */
  before?: string[];
  /** Whether the word before may end a longer word (the pattern has no word boundary before it). */
  beforeInWord?: boolean;
  /** Words that may stand between the word before and the number, apart by spaces ("năm học 2022"). */
  between?: string[];
  /** What the text after the number starts with, past any spaces. */
  after?: string[];
  /**
   * What stands where the number is: a run of digits that starts a word (the default), a Roman
   * numeral as well ("khóa IX"), a code holding digits after spaces ("02-NQ/TW"), or digits glued
   * to a Latin letter, or to a letter and a hyphen ("A80", "COVID-19").
   */
  token?: "roman" | "code" | "glued";
  /**
   * Where every match starts: at the number (at its first digit), or at the word before it (a
   * single word, which `before` names). The pattern is then tried there only, not along the
   * whole sentence. Unset: anywhere.
   */
  starts?: "number" | "word";
}

const DOC_TYPE_WORDS = ["Nghị quyết", "Quyết định", "Kế hoạch", "Hướng dẫn", "Chỉ thị", "Thông tư", "Nghị định", "Công văn", "Kết luận", "Thông báo", "Chương trình", "Luật", "Điều", "Khoản", "Tờ trình", "Báo cáo", "QĐ", "NQ", "KH", "HD", "CT"];
const DOC_TYPES = `(?:${DOC_TYPE_WORDS.join("|")})`;
/** The words of a number of a term, a round, a place in a list: "lần thứ 9", "khóa 12", "Quận 3". */
const ORDINAL_WORDS = ["nhiệm kỳ", "giai đoạn", "khóa", "khoá", "kỳ", "đợt", "lần thứ", "lần", "thứ", "(?<!tổng\\s)số", "khối", "cụm", "quận", "phường", "đội", "tổ", "bão", "ca", "phòng", "xếp thứ", "hạng"];
/** Words before a day and month: "ngày 21/01", "Chiều 3/10". */
const DAY_WORDS = ["ngày", "hôm", "sáng", "chiều", "trưa", "tối", "đêm", "nay", "từ", "đến", "tới", "trước", "sau", "qua"];
/** The last word of each of `words` in lower case (a lookbehind before it aside). */
const lastWords = (words: string[]) => [...new Set(words.map((w) => w.replace(/^\(\?<!.*?\)/u, "").split(" ").pop()!.toLowerCase()))];

const SEPARATORS = ["/", ".", "-"];
const TIME_WORDS = ["giờ", "h"];

export const EXCLUSIONS: Exclusion[] = [
  // dates and times
  { pattern: vre(/\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b/gu), example: "12/7/2023, 6-9-2019", number: { digits: "short", after: SEPARATORS, starts: "number" } },
  { cue: "/", pattern: vre(/\b\d{1,2}\s*-\s*\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?\b/gu), example: "24-25/3", number: { digits: "short", after: ["-"], starts: "number" } },
  {
    // (no range of money or percent: "từ 30-50 triệu đồng", "từ 5-10%" are no day and month)
    pattern: new RegExp(`(?:${DAY_WORDS.join("|")})\\s+(?:ngày\\s+)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?!\\d)(?!\\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn|đồng)(?![\\p{L}\\p{M}]))`, "giu"),
    example: "ngày 21/01, Chiều 3/10, Sáng 24.6",
    number: { digits: "short", before: lastWords(DAY_WORDS), beforeInWord: true, between: ["ngày"], after: SEPARATORS },
  },
  { pattern: vre(/\b(?:ngày|mùng|mồng)\s+\d{1,2}\b/giu), example: "ngày 11", number: { digits: "short", before: ["ngày", "mùng", "mồng"], starts: "word" } },
  { pattern: vre(/\btháng\s+\d{1,2}(?:\s*[/.-]\s*\d{4}|\s+năm\s+\d{4})?\b/giu), example: "tháng 4/2023, tháng 5", number: { digits: "short", before: ["tháng"], starts: "word" } },
  { pattern: vre(/\bnăm\s+(?:học\s+)?\d{4}(?:\s*-\s*\d{4})?\b/giu), example: "năm 2021, năm học 2022-2023", number: { digits: "four", before: ["năm"], between: ["học"], starts: "word" } },
  { cue: "-", pattern: vre(/\b(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}\b/gu), example: "2018-2023", number: { digits: "year", after: ["-"], starts: "number" } },
  { pattern: vre(/\b(?:19|20)\d{2}\b/gu), example: "2021", number: { digits: "year", starts: "number" } },
  { pattern: vre(/\b\d{1,2}\s*(?:giờ|h)\s*\d{0,2}(?:\s*phút)?\b|\b\d{1,2}:\d{2}(?::\d{2})?\b/giu), example: "13 giờ 30 phút, 08:06", number: { digits: "short", after: [...TIME_WORDS, ":"], starts: "number" } },
  // terms, ordinals, numbering
  {
    pattern: vre(`\\b(?:${ORDINAL_WORDS.join("|")})\\s+(?:thứ\\s+)?[\\dIVXLC]+[a-z]?\\b`, "giu"),
    example: "lần thứ 9, khóa 12, Cụm thi đua số 6, Quận 3",
    number: { before: lastWords(ORDINAL_WORDS), between: ["thứ"], token: "roman" },
  },
  { pattern: vre(/\b\d+\s*(?:năm|tuổi)\s+(?:ngày\s+)?(?:thành lập|truyền thống|kỷ niệm|Quốc khánh|giải phóng|chiến thắng)/giu), example: "95 năm ngày thành lập", number: { after: ["năm", "tuổi"], starts: "number" } },
  { pattern: vre(/\bkỷ niệm\s+\d+\s+năm\b/giu), example: "kỷ niệm 80 năm", number: { before: ["niệm"], after: ["năm"] } },
  { pattern: vre(/\b\d+\s*(?:năm|tháng|ngày|tuần|giờ|phút)\s+(?:qua|tới|thực hiện|triển khai|liên tục|liền|hoạt động|đầu năm|cuối năm|đầu|cuối)\b/giu), example: "10 năm thực hiện, 6 tháng đầu năm", number: { after: ["năm", "tháng", "ngày", "tuần", "giờ", "phút"], starts: "number" } },
  { pattern: vre(/\b\d+\s*(?:năm|tháng|ngày)\b/giu), example: "10 năm, 6 tháng", number: { after: ["năm", "tháng", "ngày"], starts: "number" } },
  // document numbers and codes
  // a number after "số", or a code with a letter, "/" or "-", in any case; a bare number only after
  // the document's word written with its capital ("Điều 5", "Kế hoạch 125"): "chương trình 250
  // triệu đồng", "kế hoạch 50 suất quà" hold no document
  { pattern: vre(`${DOC_TYPES}\\s+(?:số\\s+|(?=[\\dA-Za-zĐđ./-]*[A-Za-zĐđ/-]))[\\dA-Za-zĐđ./-]*\\d[\\dA-Za-zĐđ./-]*`, "giu"), example: "Nghị quyết số 02-NQ/TW, Quyết định 217/QĐ-TW", number: { before: lastWords(DOC_TYPE_WORDS), beforeInWord: true, between: ["số"], token: "code" } },
  { pattern: vre(`${DOC_TYPES}\\s+\\d[\\d.]*`, "gu"), example: "Điều 5, Kế hoạch 125", number: { before: lastWords(DOC_TYPE_WORDS), beforeInWord: true } },
  { cue: "/", pattern: vre(/\b\d+[a-z]?\s*\/\s*[A-ZĐ][A-ZĐa-z-]*(?:\s*-\s*[A-ZĐ]+)*(?:\/[A-ZĐ]+)*/gu), example: "1723/HD -TLĐ, 6b/NQ" },
  { cue: "/", pattern: vre(/\b\d+[a-z]?-[A-ZĐ]{1,4}\/[A-ZĐ]+\b/gu), example: "77-KL/TW, 02-NQ/TW" },
  { pattern: vre(/(?<!tổng\s|Tổng\s)\b(?:số|Số)\s+\d+\b(?!\s*(?:đoàn viên|người|lượt|đại biểu|cán bộ|CĐCS|công đoàn))/gu), example: "số 111 Bà Huyện Thanh Quan", number: { before: ["số"], starts: "word" } },
  { pattern: vre(/\b(?:đại hội|Đại hội|hội nghị|Hội nghị)\s+\d+\b/gu), example: "đại hội 11 Công đoàn thành phố", number: { before: ["hội", "nghị"] } },
  // phone numbers, codes, names with digits
  { pattern: vre(/\b0\d{2,3}[\s.]?\d{3}[\s.]?\d{3,4}\b/gu), example: "0237 3721150", number: { digits: "phone", starts: "number" } },
  { pattern: vre(/\b[A-Za-zĐđ]+-?\d+[A-Za-z]*\b/gu), example: "A80, COVID-19", number: { token: "glued" } },
  { pattern: vre(/\b\d+\s*(?:\/|trên)\s*(?:tổng số\s*)?\d+\s*chỉ tiêu\b/giu), example: "13/13 chỉ tiêu", number: { after: ["/", "trên"], starts: "number" } },
  { pattern: vre(/\b\d{1,2}\s*(?:giờ|h)\b/giu), example: "13 giờ", number: { digits: "short", after: TIME_WORDS, starts: "number" } },
  // a page's counters, wherever they stand ("👁 318 lượt xem | Chia sẻ")
  { pattern: vre(/\b\d[\d.,]*\s*(?:lượt xem|lượt đọc|lượt truy cập|lượt thích|lượt chia sẻ|lượt bình luận|views?)\b/giu), example: "318 lượt xem, 2.050 lượt đọc", number: { after: ["lượt", "view", "views"] } },
];

/** Numbers that count the items of a list in the text itself, not a result: "8 nhiệm vụ trọng tâm". */
export const LIST_COUNT = /^\s*(?:(?:nhóm|nhóm nhiệm vụ,?)\s+)?(?:nhiệm vụ|trọng tâm|giải pháp|nội dung|chỉ tiêu|mục tiêu|khâu đột phá|chương trình hành động|tiểu ban)/iu;
