/**
 * Date vocabulary beyond what chrono-node's Vietnamese locale knows, and the shapes of a
 * page's own date line.
 */
import { vre } from "./regex.js";

/** Parts of the day that stand before a meeting date: "Chiều ngày 12/7/2023", "Sáng 24.6". */
export const PARTS_OF_DAY: Record<string, number> = {
  "sáng": 8, // "Sáng ngày 23/01/2026"
  "sáng nay": 8, // "Sáng nay 21/3"
  "trưa": 12, // "Trưa 5/6"
  "chiều": 14, // "Chiều 3/10"
  "chiều nay": 14,
  "chiều tối": 17, // "chiều tối 2-12"
  "tối": 19, // "Tối 1/7"
  "tối nay": 19,
  "đêm": 21,
};

/** Meridiem marks after a clock time: "13/07/2023 08:06 SA" (sáng = a.m., chiều = p.m.). */
export const MERIDIEM: Record<string, "am" | "pm"> = { SA: "am", CH: "pm", AM: "am", PM: "pm" };

export const PART_OF_DAY_SOURCE = "(?:sáng nay|chiều nay|chiều tối|tối nay|sáng|trưa|chiều|tối|đêm)";

/** A weekday: "thứ Năm", "Thứ 6", "Chủ nhật". */
export const WEEKDAY_SOURCE = "(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật)";

/**
 * Months named by word, as pages write them in full dates: "ngày 12 tháng Tư năm 2023", "15 tháng
 * Năm". Read only with their capital: in lower case "tháng năm 2023" is "the month, the year".
 */
export const MONTH_WORDS: Record<string, number> = {
  "Giêng": 1, "Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Bẩy": 7, "Tám": 8, "Chín": 9, "Mười": 10,
  "Mười một": 11, "Mười Một": 11, "Mười hai": 12, "Mười Hai": 12, "Chạp": 12,
};

/** Pieces a date line is made of; what is left after removing them must be (almost) nothing. */
export const DATELINE_PIECES = {
  dates: [
    vre(/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b/gu), // "24/01/2021", "19.07.2024"
    vre(/\b\d{4}-\d{1,2}-\d{1,2}\b/gu), // "2018-09-26"
    vre(/\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b/giu), // "ngày 11 tháng 1 năm 2022"
    vre(/\b\d{1,2}\s+tháng\s+\d{1,2},?\s+(?:năm\s+)?\d{4}\b/giu), // "31 Tháng 12 2019"
  ],
  extras: [
    vre(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:SA|CH|AM|PM)?\b/giu), // "08:06 SA"
    vre(/\b(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật|CN)\b/giu), // "Thứ ba", "THỨ TƯ", "Thứ 6"
    // a view counter beside the date: "18/02/2021 15:05 | Lượt xem: 77"
    vre(/\b(?:lượt xem|lượt đọc|số lượt xem|đã xem|lượt truy cập)\s*:?\s*[\d.,]+/giu),
    vre(/\b(?:cập nhật(?: lúc)?|ngày đăng|đăng ngày|đăng lúc|thời gian đăng|ngày|lúc|GMT\s*[+-]?\s*\d*(?::\d+)?|admin|ngày xuất bản|xuất bản)\b/giu),
  ],
};

/** A written-out month: "Tháng 12", as chrono's locale misses "31 Tháng 12 2019" without "năm". */
export const MONTH_WORD = "tháng";

/**
 * Words joining the two days of a meeting over several days; the meeting date is the first day.
 * A dash joins them anywhere ("19-21/7/2023"); a word or a comma only after "ngày" or "từ"
 * ("Trong hai ngày 14 và 15/6/2023", "từ ngày 15 đến 17/7/2024", "các ngày 9, 10/5"), so a count
 * ("từ 5 đến 7 ngày") is no date.
 */
export const DAY_RANGE_JOINERS = {
  dash: ["-", "–"], // "từ ngày 24-25/3"
  words: ["và", "đến", "tới", ","], // "hai ngày 14 và 15/6/2023", "từ ngày 15 đến 17/7/2024", "ngày 9, 10/5"
};
