/**
 * Words about meetings: what kind of meeting it is, who held it, at what level, and for which
 * period. Each entry carries an example of the wording it recognises.
 */
import type { Level } from "../schema/report.js";
import { unicodeBoundaries, vre } from "./regex.js";

/**
 * `vre` without its implied lookahead, for a pattern searched along whole sentences: for some
 * patterns V8 skips ahead faster without it (measured per pattern: a long alternation of
 * capitalised names scans about 3.5x faster, a short case-insensitive one slower). Same matches.
 */
function vreScan(pattern: RegExp, flags?: string): RegExp {
  return new RegExp(unicodeBoundaries(pattern.source, false), flags ?? pattern.flags);
}

/** Meeting nouns. "Đại hôi" (a common typo) counts. */
export const MEETING_NOUN = vre(
  /\b(?:hội nghị|đại h[ộôo]i|kỳ họp|kì họp|phiên họp|buổi họp|họp báo|lễ|buổi lễ|hội thi|hội diễn|tọa đàm|toạ đàm|gặp mặt|đối thoại|tập huấn|chương trình|ngày hội|tuyên dương|biểu dương|giao ước thi đua)\b/giu,
);

/**
 * Meeting nouns of events that are neither reviews nor congresses: named first, the event is what
 * the article reports, and a congress it speaks of is its subject ("mở lớp tập huấn ... kỹ năng
 * tổ chức đại hội công đoàn cơ sở").
 */
export const OTHER_EVENT_NOUN = /^(?:tập huấn|hội thi|hội diễn|tọa đàm|toạ đàm|ngày hội|đối thoại|gặp mặt)$/u;

/** A meeting noun that is not the reported meeting: "Nghị quyết Đại hội", "chào mừng Đại hội". */
export const NOT_THE_MEETING_BEFORE = vre(
  /\b(?:nghị quyết|văn kiện|chào mừng|hướng tới|tiến tới|hưởng ứng|chuẩn bị(?: cho)?|sẵn sàng(?: cho)?|thông tin về|nhân dịp|nhân|sau|trước|kỷ niệm|đề án nhân sự|tham luận|phục vụ|thi đua lập thành tích chào mừng|đi dự|trung tâm|cung)\s+(?:các\s+)?$/iu,
);

export const KIND_CUES = {
  /** "Hội nghị cán bộ, công chức", "Hội nghị người lao động": an office meeting, kind other */
  workplaceAssembly: vre(/\bhội nghị\s+(?:cán bộ|CBCC|CBCCVC|viên chức|công chức|người lao động|đại biểu người lao động|NLĐ)/iu),
  /** "Đại hội Công đoàn ... lần thứ", "Hội nghị đại biểu Công đoàn phường lần thứ I" */
  congress: vre(/\b(?:đại h[ộôo]i|hội nghị đại biểu công đoàn)\b/iu),
  /** "tổng kết công tác công đoàn năm 2021", "tổng kết hoạt động ... năm học 2022-2023", "... năm qua" */
  annual: vre(/\btổng kết\b(?![,;.]?\s*(?:\d+|mười|hai|ba|năm)\s+năm\b)(?:(?!chương trình|chuyên đề|cuộc thi|hội thi|hội diễn|giải|đợt|tháng|"|[.;]).){0,90}?\bnăm(?:(?:\s+học)?\s+\d{4}|\s+qua\b)/iu),
  /** "sơ kết ... 6 tháng đầu năm", "9 tháng", "quý I", "học kỳ I", and the half-year reviewed or planned */
  midyear: vre(/\b(?:sơ kết\b(?:(?!\d+\s+năm|[.;]).){0,80}?\b(?:\d+\s+tháng|quý|nửa đầu năm|nửa năm|học kỳ|học kì)|(?:6|06|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm|nửa đầu năm|từ nay đến cuối năm|9 tháng đầu năm)/iu),
  /**
   * "Hội nghị Ban Chấp hành ... lần thứ", "kỳ họp thứ", "bầu bổ sung Ủy viên Ban Chấp hành"; the
   * Ban Chấp hành holding a numbered meeting ("Ban Chấp hành Liên đoàn Lao động huyện tổ chức Hội
   * nghị lần thứ 7 (mở rộng)", "Hội nghị lần thứ ba Ban Chấp hành"), and a numbered meeting of a
   * khóa ("Hội nghị lần thứ 5, khóa XI": a khóa is the Ban Chấp hành's term)
   */
  executive: vre(
    String.raw`\b(?:hội nghị (?:ban chấp hành|BCH)|kỳ họp|kì họp|bầu bổ sung|ban chấp hành [^.;]{0,40}bỏ phiếu|hội nghị ban thường vụ|(?:ban chấp hành|BCH)\b[^.;]{0,80}?\b(?:tổ chức|họp|tiến hành|khai mạc)\s+hội nghị\s+(?:lần\s+)?thứ|hội nghị\s+(?:lần\s+)?thứ\s+[\p{L}\d]+\s*(?:\(mở rộng\)\s*)?(?:,\s*)?(?:ban chấp hành|BCH|khóa|khoá)\b)`, "iu",
  ),
};

/** First words of a body that can hold a meeting. */
const ORG_HEAD_WORDS = /\b(?:Tổng Liên đoàn Lao động|Tổng LĐLĐ|Liên đoàn [Ll]ao động|LĐLĐ|Công đoàn|Công Đoàn|CĐCS|CĐ|Khối thi đua|Cụm thi đua|Ban Chấp hành|Ban chấp hành|BCH|Văn phòng|Tập đoàn|Công ty|Tổng công ty|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Nghiệp đoàn|Sở|Trung tâm|Bệnh viện)\b/u;
export const ORG_HEAD = vre(ORG_HEAD_WORDS);
/** Every head word of a sentence (global; ORG_HEAD's matches). */
export const ORG_HEAD_SCAN = vreScan(ORG_HEAD_WORDS, "gu");

/** A body named by its head word alone ("Công đoàn", "Công đoàn cơ sở") says nothing about who held the meeting. */
export const GENERIC_ORG_NAMES: ReadonlySet<string> = new Set(["Công đoàn", "Công đoàn cơ sở", "Liên đoàn Lao động", "Tổng Liên đoàn Lao động", "Khối thi đua", "Văn phòng", "Công ty", "Tập đoàn", "Nghiệp đoàn", "Ủy ban nhân dân", "Sở", "Trung tâm", "Bệnh viện"]);
export const GENERIC_ORG = new RegExp(`^(?:${[...GENERIC_ORG_NAMES].join("|")})$`, "u");

/** Bodies known by another name: "Công đoàn Việt Nam" is run by the Tổng Liên đoàn Lao động Việt Nam. */
export const ORG_ALIASES: Record<string, string> = {
  "Công đoàn Việt Nam": "Tổng Liên đoàn Lao động Việt Nam",
};

/**
 * Lower-case words that may stand inside a body's name ("Liên đoàn lao động huyện", "Công đoàn
 * ngành giáo dục tỉnh", "Sở Nông nghiệp và Phát triển nông thôn").
 */
export const ORG_INNER_WORDS = new Set([
  "lao", "động", "đoàn", "liên", "công", "cơ", "sở", "ngành", "viên", "chức", "giáo", "dục", "y", "tế", "nhân", "dân",
  "ban", "chấp", "hành", "thi", "đua", "và", "phát", "triển", "nông", "thôn", "nghiệp", "trường", "học", "tiểu",
  "mầm", "non", "trung", "phổ", "thông", "cao", "đẳng", "đại", "thị", "xã", "trấn", "phường", "huyện", "quận",
  "tỉnh", "thành", "phố", "tp", "tp.", "khối", "cụm", "văn", "phòng", "ủy", "uỷ", "hội", "đồng", "bệnh", "viện",
  "tập", "ty", "cổ", "phần", "tnhh", "mtv", "sắt", "dệt", "may", "thương", "mại", "dịch", "vụ", "xây", "dựng", "điện", "lực", "cao", "su",
  "bưu", "chính", "ngân", "hàng", "giao", "vận", "tải", "công", "thương", "tài", "nguyên", "môi", "trường", "kế",
  "hoạch", "đầu", "tư", "khoa", "kỹ", "thuật", "quốc", "phòng", "an", "ninh", "nội", "vụ", "tư", "pháp", "cơ",
  "quan", "đảng", "trực", "thuộc", "sản", "xuất", "kinh", "doanh", "lâm", "hải", "thủy", "sản", "chế", "biến",
]);

/**
 * Lower-case words that stand inside a body's name only after a given word: "Trung tâm Y tế
 * huyện", not "quan tâm".
 */
export const ORG_INNER_AFTER: ReadonlyMap<string, string> = new Map([
  ["tâm", "trung"], // "Công đoàn cơ sở Trung tâm Y tế huyện Cẩm Lý"
]);

/**
 * Administrative units that a union of several units is named by: "Công đoàn phường, xã, đặc
 * khu", "Công đoàn xã, thị trấn".
 */
export const ADMIN_UNITS = ["phường", "xã", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố", "tỉnh"];

/** Words after which a body's name has ended: verbs and connectors. */
export const ORG_STOP_WORDS = new Set(["tổ", "đã", "vừa", "sẽ", "long", "chính", "cũng", "tiến", "phối", "họp", "tổng", "sơ", "triển", "khai", "biểu", "tuyên", "trao", "tặng", "có", "là", "do", "nhằm", "để", "với", "về", "tại", "được", "đang", "lần", "nhiệm", "khóa", "khoá", "kỳ"]);

/** Verbs that say a body held the meeting: "LĐLĐ huyện ... tổ chức Hội nghị". */
export const HOLD_VERB = vre(
  /\b(?:tổ chức|long trọng tổ chức|đã tổ chức|vừa tổ chức|tổng kết|sơ kết|tiến hành|triển khai|khai mạc|họp|biểu dương|tuyên dương|phối hợp với [^,.;]{1,40} tổ chức)\b/iu,
);

/** Abbreviations that name the national body behind "Đại hội Công đoàn Việt Nam". */
export const NATIONAL_BODY = "Tổng Liên đoàn Lao động Việt Nam";
export const NATIONAL_CONGRESS = vreScan(/\bĐại hội (?:[XVILC]+\s+)?Công đoàn Việt Nam\b/iu);

/** Centrally governed cities: their city federation is at province level. */
export const CENTRAL_CITIES = ["Hà Nội", "Hồ Chí Minh", "TP.HCM", "TPHCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

/**
 * Administrative words in a body's name and the level they give. `cues`: words in lower case one
 * of which every match holds (none with an "s": a case-insensitive pattern reads "ſ" as one,
 * lower case keeps it), asked before the pattern.
 */
export const LEVEL_WORDS: { pattern: RegExp; cues: string[]; level: Level; example: string }[] = [
  { pattern: vre(/\bTổng Liên đoàn\b/iu), cues: ["tổng liên đoàn"], level: "national", example: "Tổng Liên đoàn Lao động Việt Nam" },
  { pattern: vre(String.raw`\b(?:Công đoàn Việt Nam|Công đoàn [\p{L} ]+ Việt Nam)$`, "u"), cues: ["việt nam"], level: "sector", example: "Công đoàn Giáo dục Việt Nam" },
  { pattern: vre(/\b(?:công đoàn cơ sở|CĐCS|nghiệp đoàn)\b/iu), cues: ["công đoàn cơ ", "cđc", "nghiệp đoàn"], level: "grassroots", example: "Công đoàn cơ sở Trường Tiểu học" },
  { pattern: vre(/\bCông đoàn\s+(?:ngành|Giáo dục|Y tế|Viên chức|Công Thương|Khu công nghiệp|Khu kinh tế|các Khu)\b/iu), cues: ["công đoàn"], level: "sector", example: "Công đoàn ngành Y tế" },
  { pattern: vre(/\bCông đoàn\s+(?:Trường|Bệnh viện|Công ty|Tập đoàn|Sở|Văn phòng|Ban|Viện|Cơ quan)\b/iu), cues: ["công đoàn"], level: "grassroots", example: "Công đoàn Trường Tiểu học" },
  { pattern: vre(/\b(?:tỉnh)\b/iu), cues: ["tỉnh"], level: "province", example: "Liên đoàn Lao động tỉnh" },
  { pattern: vre(/\b(?:huyện|quận|thị xã|thành phố|TP\.?)\b/iu), cues: ["huyện", "quận", "thị xã", "thành phố", "tp"], level: "district", example: "Liên đoàn Lao động huyện Tân Lạc" },
  { pattern: vre(/\b(?:phường|xã|thị trấn)\b/iu), cues: ["phường", "xã", "thị trấn"], level: "grassroots", example: "Công đoàn phường Vĩnh Yên" },
];

/** Place words: "huyện Tân Lạc", "tỉnh Lào Cai", "TP. Hội An". */
export const PLACE = vre(String.raw`\b(?:tỉnh|huyện|quận|thị xã|thành phố|TP\.?|phường|xã|thị trấn)\s*(?:\p{Lu}[\p{L}\p{M}.'-]*(?:\s+\p{Lu}[\p{L}\p{M}'-]*)*)?`, "u");

/** Ordinals written as words in sessions: "Hội nghị lần thứ ba Ban Chấp hành" -> 3. */
export const ORDINAL_WORDS: Record<string, number> = {
  "nhất": 1, // "lần thứ nhất"
  "hai": 2, // "Hội nghị lần thứ hai"
  "ba": 3, // "Hội nghị lần thứ ba Ban Chấp hành khóa XII"
  "tư": 4, // "Hội nghị Ban Chấp hành lần thứ tư"
  "năm": 5, // "kỳ họp thứ năm"
  "sáu": 6,
  "bảy": 7,
  "bẩy": 7,
  "tám": 8,
  "chín": 9,
  "mười": 10,
};

/** Roman numerals in sessions: "kỳ họp thứ XXII" -> 22. */
export function romanToNumber(s: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!.toUpperCase()];
    if (v === undefined) return null;
    const next = values[s[i + 1]?.toUpperCase() ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/**
 * Campaigns held in a month of every year: a meeting that launches one plans that month.
 * `name` is a pattern source (matched case-insensitively), `cue` a word every match holds.
 */
export const MONTH_CAMPAIGNS: { name: string; cue: string; month: number; example: string }[] = [
  { name: "\\bTháng Công nhân", cue: "tháng công nhân", month: 5, example: "phát động Tháng Công nhân năm 2025" },
  { name: "\\bTháng hành động về an toàn,? vệ sinh lao động", cue: "tháng hành động", month: 5, example: "hưởng ứng Tháng hành động về an toàn, vệ sinh lao động năm 2022" },
];

/** Words before a period expression that make it the reviewed period. */
export const REVIEW_CUES = vre(/\b(?:tổng kết|sơ kết|kết quả|đánh giá|đạt được|báo cáo|thành tích|hoạt động công đoàn|biểu dương|tuyên dương|tôn vinh|khen thưởng)\b/giu);
/**
 * A task or target reached: "hoàn thành vượt 6/6 chỉ tiêu năm 2021", "vượt kế hoạch năm" reviews
 * that year, unless a word of intent stands before it (`INTENT_CUES`).
 */
export const RESULT_CUES = vre(/\b(?:hoàn thành|vượt)\b/iu);
/** "phấn đấu hoàn thành các chỉ tiêu năm 2024": the target is still to reach. */
export const INTENT_CUES = vre(/\b(?:phấn đấu|quyết tâm|sẽ|cần|nhằm|để|bảo đảm|đảm bảo|tập trung|tiếp tục|thi đua|nỗ lực|cố gắng|đề nghị|yêu cầu)\b/iu);
/**
 * A school year runs from September to August, and is reviewed from May of its second year on:
 * "Chiều ngày 26/5/2025, ... tổng kết công tác Công đoàn năm học 2024 - 2025" reviews that year.
 */
export const SCHOOL_YEAR = { fromMonth: 9, toMonth: 8, reviewedFromMonth: 5 };

/**
 * Words before a planning verb that make it a thing's status, not the union's plan: "dự án ...
 * đang được triển khai, dự kiến hoàn thành trong năm 2025" names no period of new tasks.
 */
export const STATUS_BEFORE_PLAN = vre(/\b(?:được|đang|đang được|vẫn đang)\s+$/iu);
/** The planning verbs that `STATUS_BEFORE_PLAN` turns into a status: "đang được triển khai". */
export const PLAN_VERBS = new Set(["triển khai", "đề ra", "định hướng"]);

/**
 * Reported speech before a period at the head of its clause: "Chủ tịch Công đoàn ... cho biết,
 * trong năm 2025, công đoàn sẽ tiếp tục ..." is read as "Trong năm 2025, công đoàn sẽ ...".
 */
export const REPORTED_SPEECH = vre(/\b(?:cho biết|khẳng định|nhấn mạnh|thông tin|chia sẻ|nêu rõ|phát biểu|bày tỏ|cam kết)\s*(?:rằng\s*)?[,:]?\s*(?:trong\s+)?$/iu);

/** Words before a period expression that make it the period of the new tasks. */
export const NEXT_CUES = vre(/\b(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|đề ra|giao ước thi đua|ký giao ước|phát động thi đua|phát động phong trào thi đua|chương trình công tác|mục tiêu|chỉ tiêu|định hướng|từ nay đến)\b/giu);
