/**
 * How Vietnamese writes amounts: scale words, currency marks, spelled-out digits and the
 * qualifiers that bound a number. Read by the amount parser; extend here, not in regexes.
 */
import type { Qualifier } from "../schema/report.js";

/** Scale words after a number: "800 triệu", "2,5 tỷ", "5 nghìn", "10k". */
export const SCALES: Record<string, number> = {
  "nghìn": 1e3, // "5 nghìn"
  "ngàn": 1e3, // "3 ngàn"
  "k": 1e3, // "10k đồng"
  "triệu": 1e6, // "800 triệu đồng"
  "tr": 1e6, // "5 tr đồng"
  "tỷ": 1e9, // "2,5 tỷ"
  "tỉ": 1e9, // "3,7 tỉ đồng"
};

/** Currency marks: "52.500.000đ", "800 triệu đồng", "300.000 VNĐ". */
/**
 * Counted nouns a page may glue to their number, a slip of typing ("cho 02tập thể và 01 cá
 * nhân"): a number touching a letter is read only when one of these starts there.
 */
export const GLUED_COUNT_NOUNS = ["tập thể", "cá nhân", "đoàn viên", "CĐCS", "công đoàn cơ sở", "suất quà", "phần quà", "lượt", "người"];

export const CURRENCY = ["đồng", "đ", "VNĐ", "VND", "vnđ", "vnd", "Đ"];

/**
 * "đồng" starts many words that are not money: "06 đồng chí" (comrades), "đồng bào", ...
 * After a number, "đồng" followed by one of these is not the currency.
 */
export const NOT_CURRENCY_AFTER_DONG = ["chí", "bào", "nghiệp", "hành", "thời", "lòng", "ý", "loạt", "đội", "bộ", "tâm", "tình", "chủ", "minh", "thuận", "phục", "cảm", "diễn", "hương", "môn", "niên", "sự", "ca", "hồ", "ruộng", "cỏ", "bằng", "khởi", "giá"];

/** Words that say the amount is money even without a currency mark ("số tiền 877 triệu"). */
export const MONEY_CUES = /(?:số tiền|tổng số tiền|trị giá|tổng trị giá|giá trị|tổng giá trị|kinh phí|tiền)\s*(?:là|khoảng|gần|hơn|trên)?\s*$/iu;

/** Spelled-out digits: "hai tập thể", "ba mươi mốt", "hai mươi mốt nghìn không trăm mười một". */
export const DIGIT_WORDS: Record<string, number> = {
  "không": 0, "linh": -1, "lẻ": -1,
  "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
  "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
};
/** "mười" is ten, "mươi" multiplies by ten, "trăm" by a hundred; the scales follow. */
export const TEN_WORDS = { ten: "mười", tens: "mươi", hundred: "trăm" } as const;
export const SPELLED_SCALES: Record<string, number> = { "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9 };

/**
 * Qualifiers standing before a number, longest first. "trên 800 triệu" -> over.
 * "từ" alone ("phát triển mới từ 300 đoàn viên") is a lower bound.
 */
export const QUALIFIERS_BEFORE: { words: string; qualifier: Qualifier }[] = [
  { words: "gần như", qualifier: "approx" },
  { words: "xấp xỉ", qualifier: "approx" },
  { words: "ước tính", qualifier: "approx" },
  { words: "ước khoảng", qualifier: "approx" },
  { words: "khoảng", qualifier: "approx" },
  { words: "chừng", qualifier: "approx" },
  { words: "gần", qualifier: "approx" },
  { words: "ước", qualifier: "approx" },
  { words: "nhiều hơn", qualifier: "over" },
  { words: "cao hơn", qualifier: "over" },
  { words: "hơn", qualifier: "over" },
  { words: "trên", qualifier: "over" },
  { words: "vượt", qualifier: "over" },
  { words: "chưa đến", qualifier: "under" },
  { words: "chưa tới", qualifier: "under" },
  { words: "không tới", qualifier: "under" },
  { words: "không đến", qualifier: "under" },
  { words: "ít hơn", qualifier: "under" },
  { words: "kém hơn", qualifier: "under" },
  { words: "thấp hơn", qualifier: "under" },
  { words: "dưới", qualifier: "under" },
  { words: "không ít hơn", qualifier: "at_least" },
  { words: "ít nhất", qualifier: "at_least" },
  { words: "tối thiểu", qualifier: "at_least" },
  { words: "tối đa", qualifier: "at_most" },
  { words: "không quá", qualifier: "at_most" },
  { words: "không hơn", qualifier: "at_most" },
  { words: "không cao hơn", qualifier: "at_most" },
  { words: "nhiều nhất", qualifier: "at_most" },
  { words: "từ", qualifier: "at_least" },
];

/** After the counted thing: "từ 20 lao động trở lên" -> at_least, "... trở xuống" -> at_most. */
export const QUALIFIERS_AFTER: { words: string; qualifier: Qualifier }[] = [
  { words: "trở lên", qualifier: "at_least" },
  { words: "trở xuống", qualifier: "at_most" },
];

/**
 * After "từ N": the new value of a change, so N is the old value and "từ" no bound ("tăng từ
 * 400.000 đồng lên 450.000 đồng/người", "giảm từ 12 xuống còn 9 CĐCS"). "từ N đến M" stays a range.
 */
export const CHANGE_TO = /^\s*(?:\/[^\s\d,;.]{1,12}(?:\/[^\s\d,;.]{1,12})*\s*)?(?:lên|xuống|thành|còn)\s+(?:còn\s+|mức\s+|thành\s+)?(?:\d|mức)/iu;

/** Before "từ N": a verb of coming, so "từ" names where people come from, no bound ("đến từ 25 doanh nghiệp"). */
export const FROM_SOURCE = /(?:^|[^\p{L}\p{M}])(?:đến|tới|về|xuất phát|đi)\s+$/iu;
