/**
 * Page furniture: what a scraped news page carries around the article. Recognised by shape,
 * never by site. Each pattern matches a whole line of the normalized view (quotes and dashes
 * already folded to ASCII) and carries an example of what it catches.
 */
import { vre } from "./regex.js";

export interface LinePattern {
  pattern: RegExp;
  example: string;
  /** a character every match holds, where the pattern's source does not show it plainly */
  needs?: string;
  /** words one of which every match holds: a second, narrower prefilter */
  needsOneOf?: readonly string[];
}

/** Lines that are furniture wherever they stand. */
export const FURNITURE_LINES: LinePattern[] = [
  { pattern: /^skip to (?:main )?content$/i, example: "Skip to main content" },
  { pattern: /^(?:(?:chế độ ban đêm|in trang|xuất pdf|đọc nội dung|in bài|gửi bài|lưu bài|chia sẻ|bản in|nghe đọc bài)\s*)+$/iu, example: "Chế độ ban đêm In trang Xuất PDF Đọc nội dung" },
  { pattern: vre(/^(?:mặc định\s+)?cỡ chữ\b.{0,20}$/iu), example: "Cỡ chữ: A+ A-" },
  { pattern: /^[-+]?A\s*[-+]?A\s*[-+]?A?$/, example: "-A A +A" },
  { pattern: /^(?:lượt xem|lượt đọc|số lượt xem|lượt truy cập)\s*:?\s*[\d.,]*$/iu, example: "Lượt xem: 194" },
  { pattern: /^[\d.,]+\s+(?:lượt xem|lượt đọc|views?)$/iu, example: "542 lượt xem" },
  { pattern: /^tổng số\s*:?\s*\d+.*trang/iu, example: "Tổng số: 69 | Trang: 1 trên tổng số 7 trang" },
  { pattern: /^xem tin theo ngày/iu, example: "Xem tin theo ngày: / /" },
  { pattern: /^(?:đang online|đang truy cập|trong tuần|trong tháng|trong năm|hôm nay|hôm qua|tổng truy cập|tổng lượt truy cập|truy cập)\s*:?\s*[\d.,]+$/iu, example: "Đang online: 83" },
  { pattern: /^[•·*\-–]?\s*[\d.,]+$/u, example: "• 002420752" },
  { pattern: /^(?:đường dây nóng|hotline|điện thoại|đt|fax|email|e-mail)\s*:.*$/iu, example: "Đường dây nóng: 0237 3721150" },
  { pattern: /^\S*\.(?:png|jpe?g|gif|webp|bmp)\)?$/iu, example: "Lien_Doan_Lao_Dong_1(2).png" },
  { pattern: /^!\[[^\]]*\]\([^)]*\)\s*\|?$/u, example: "![]() |" },
  { pattern: /^\|+$/u, example: "|" },
  { pattern: /^(?:left|center|right|del){2,}$/iu, example: "leftcenterrightdel" },
  { pattern: /^\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?$/u, example: "0:00 / 0:00" },
  { pattern: /^(?:site banner|banner|logo|menu|\{title\}|trang chủ|home)$/iu, example: "Site banner" },
  { pattern: /^(?:tìm kiếm|search|nhập từ khóa|nhập từ khoá)\s*(?:\.{2,3}|…)?$/iu, example: "Tìm kiếm..." },
  { pattern: /^(?:gửi bình luận|bình luận|reset captcha|nhập lại|comment|comments|gửi|hủy|vui lòng nhập tiếng việt có dấu|ý kiến bạn đọc|ý kiến của bạn|đọc bài viết|lượt thích|thích|tweet|facebook|zalo|twitter|share)(?:[\s:-].{0,40})?$/iu, example: "Gửi bình luận Nhập lại" },
  { pattern: /^>>\s*.*$/u, example: ">> TIN TỨC" },
  { pattern: /^[^\p{L}\d]+$/u, example: "." },
  { pattern: /^(?:LĐLĐ|Liên đoàn Lao động) (?:huyện|tỉnh), thị xã, thành phố$|^(?:LĐLĐ|Liên đoàn Lao động) huyện, thị xã, thành phố$/iu, example: "LĐLĐ huyện, thị xã, thành phố" },
  // pagination: page numbers between previous/next links (« » are '"' in the view)
  { pattern: /^(?:trang\s*(?::\s*)?)?(?:["'<>‹›]{1,2}|trước|trang trước|đầu|trang đầu|sau|trang sau|tiếp|tiếp theo|cuối|trang cuối|\.{2,3}|…|\d{1,4})(?:\s+(?:["'<>‹›]{1,2}|trước|trang trước|đầu|trang đầu|sau|trang sau|tiếp|tiếp theo|cuối|trang cuối|\.{2,3}|…|\d{1,4})){2,}$/iu, example: "« Trước 1 2 3 ... 12 Sau »" },
  { pattern: /^trang\s*(?::\s*)?\d{1,4}\s*(?:\/|trên|của)\s*(?:tổng số\s*)?\d{1,4}(?:\s*trang)?$/iu, example: "Trang 2/15, Trang 1 của 7" },
  { pattern: /^hiển thị\s+\d+\s*-\s*\d+\s+(?:của|trên|trong)\s+(?:tổng số\s+)?[\d.,]+(?:\s+(?:kết quả|tin|bài|bản ghi))?$/iu, example: "Hiển thị 1 - 20 của 69 kết quả" },
  // page counters not covered above
  { pattern: /^(?:đã xem|số lượt truy cập|số người truy cập|số lượt đọc|lượt tải|lượt thích|số người online|khách|thành viên)\s*(?:[:(]\s*)?[\d.,]+\)?$/iu, example: "Số lượt truy cập: 1.234.567" },
];

/**
 * Menus and section names above an article, recognised by shape (see `isMenuLine` in
 * pipeline/clean.ts): short items without digits between separators.
 */
export const MENU = {
  /** items between "|": "Trang chủ | Giới thiệu | Tin tức | Liên hệ" (three items or more) */
  pipe: /\s*\|\s*/u,
  /** a breadcrumb: "Trang chủ > Tin tức > Hoạt động Công đoàn", "Tin tức » Hoạt động" (» is '"' in the view) */
  breadcrumb: /\s+(?:>|›|»|"|\/)\s+/u,
  /** items set apart by runs of spaces: "Trang chủ   Giới thiệu   Văn bản   Liên hệ" */
  spaced: /\s{2,}|\t/u,
  /** items between dashes: "Trang chủ - Giới thiệu - Tin tức - Liên hệ" (three items or more) */
  dash: /\s+[-–]\s+/u,
  /** a menu that opens with the home link, whatever separates its items: "Trang chủ Tin tức Liên hệ" */
  home: /^(?:trang chủ|home)\s+\S/iu,
  /** no item of a menu runs longer than this many words */
  maxItemWords: 5,
};

/**
 * Names of a site's sections, above the headline: a line made only of them ("Tin tức - Sự kiện",
 * "Tin hoạt động") is furniture. An entry may be followed by "cấp huyện" and the like
 * ("Hoạt động công đoàn cơ sở").
 */
export const SECTION_NAMES = new Set([
  "trang chủ", // "Trang chủ"
  "tin tức", // "Tin tức - Sự kiện"
  "sự kiện",
  "tin hoạt động", // "Tin hoạt động"
  "hoạt động", // "Tin tức - Hoạt động"
  "hoạt động công đoàn", // "Hoạt động công đoàn cấp tỉnh"
  "hoạt động đoàn thể",
  "hoạt động cơ sở",
  "tin địa phương",
  "tin trong tỉnh",
  "tin trong nước",
  "tin công đoàn",
  "tin tổng hợp",
  "tin nổi bật",
  "thời sự",
  "chuyên mục",
  "tin ảnh",
  "giới thiệu",
  "văn bản",
  "liên hệ",
]);
/** What may follow a section name: "... cấp huyện", "... cơ sở". */
export const SECTION_TAIL = /^(?:cấp\s+(?:tỉnh|huyện|cơ sở|trên)|cơ sở|trong tỉnh|địa phương)$/iu;

/**
 * A line that starts the related-articles tail of a page: from here to the end is headlines
 * of other articles, counters and links, never the article itself.
 */
export const TAIL_MARKERS: LinePattern[] = [
  { pattern: /^(?:các )?tin (?:khác|liên quan|cùng chuyên mục|mới(?: nhất| hơn)?|cũ hơn|trước|đọc nhiều(?: nhất)?|nổi bật|đã đưa|xem nhiều)\s*:?$/iu, example: "Tin khác, Tin mới hơn:, Tin cũ hơn:" },
  { pattern: /^(?:bài|tin bài) (?:mới hơn|cũ hơn|trước|tiếp theo)\s*:?$/iu, example: "Bài cũ hơn" },
  { pattern: /^(?:bài viết|bài|tin bài) (?:liên quan|khác|cùng chuyên mục)\s*:?$/iu, example: "Bài viết liên quan" },
  { pattern: /^(?:có thể bạn quan tâm|nên xem|xem thêm|đọc thêm|xem tiếp|thống kê truy cập|liên kết website|liên kết web|ý kiến bạn đọc.*|gửi bình luận|comment)\s*:?$/iu, example: "Có thể bạn quan tâm" },
  { pattern: vre(/^xem thêm\b.{0,20}$/iu), example: "Xem thêm bìn" },
];

/** Pieces of a line that are furniture while the rest of the line is not. */
export const FURNITURE_INLINE: LinePattern[] = [
  { pattern: /\s*\((?:lượt xem|lượt đọc)\s*:\s*[\d.,]+\)/giu, example: "(Lượt xem: 2595)" },
  { pattern: /(?<!\s)\s+In trang$/gu, example: "... cuối năm 2023 In trang" },
  { pattern: /(?<!\s)\s*\[GMT\s*[+-]\s*\d+\]/giu, example: "16:25[GMT+7]" },
  { pattern: /(?<!\s)\s*\(GMT\s*[+-]\s*\d+(?::\d+)?\)/giu, example: "(GMT +07:00)" },
  { pattern: vre(/(?<![\s.|])[\s.|]*\b(?:ảnh|Ảnh|ẢNH|Nguồn ảnh)\s*:\s*[^.|\n]{1,60}?\s*\|?\s*$/gu), example: "Quang cảnh đại hội. Ảnh: HẢI NHI", needs: ":", needsOneOf: ["ảnh", "Ảnh", "ẢNH"] },
  { pattern: /(?<!\s)\s*\|\s*$/gu, example: "Kỳ họp thứ XXII ... |" },
  { pattern: /^\s*\(?(?:Baonghean\.vn|BTV|NDO|PLO|CSVNO|TTXVN|VOV|VTV|ĐCSVN|SGGP|QĐND|TG|BVP|LĐTĐ)\)?\s*[-:–]\s*/gu, example: "(BTV) Chiều 26/12, ..." },
  { pattern: /(?<!\s)\s*\|\s*(?:lượt xem|lượt đọc|số lượt xem|đã xem|lượt truy cập)\s*(?::\s*)?[\d.,]+\s*$/giu, example: "Ngày đăng: 10/01/2022 | Lượt xem: 345" },
];

/** Byline: who wrote or photographed the article, on its own line. */
export const BYLINE_LINES: LinePattern[] = [
  { pattern: /^(?:tin(?:\s*[,-]\s*|\s+và\s+)ảnh|tin\s*\/\s*ảnh|bài(?:\s*[,-]\s*|\s+và\s+)ảnh|tin bài|tin|bài|bài viết|thực hiện|nhóm pv|pv)\s*:\s*(.{2,80})$/iu, example: "Tin, ảnh: Đỗ Thị Gấm" },
  { pattern: /^nguồn\s*:?\s*(.{2,80})$/iu, example: "Nguồn: Công đoàn Trường" },
  // a source named after "Theo" ("Theo Báo Lao Động", "Theo: congdoan.vn"), not a sentence that
  // opens with it: "Theo kế hoạch, trong tháng 5, Công đoàn sẽ:" has a clause after a comma
  { pattern: /^theo\s*(?::\s*(.{2,80})|\s([^,;:]{2,60}))$/iu, example: "Theo Báo Người Lao Động" },
  { pattern: /^(PV|CTV|BTV|Phóng viên)$/u, example: "PV" },
];

/** A person's name alone on a line (a byline at the foot of the article). */
export const NAME_ONLY_LINE = vre(String.raw`^((?:\p{Lu}[\p{Ll}\p{M}]*\.?\s?){1,4}\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3})(?:\s*[-,]\s*(.{2,80}))?$`, "u");

/**
 * The labels of a publication line's fields, between "|": "Ngày đăng: 20/04/2023 | Tác giả:
 * Phòng Hành chính | Số lượt xem: 96", "Lượt xem: 58 | Người đăng: Admin". Each entry with an
 * example of its field. A line made only of such fields (and date pieces) is page furniture;
 * its date is the page's date line, never the meeting's.
 */
export const PUBLICATION_LABELS: { label: string; example: string }[] = [
  { label: "ngày đăng", example: "Ngày đăng: 12/03/2024" },
  { label: "đăng ngày", example: "Đăng ngày: 12/03/2024" },
  { label: "ngày đăng tin", example: "Ngày đăng tin: 12/03/2024" },
  { label: "đăng lúc", example: "Đăng lúc: 08:15 12/03/2024" },
  { label: "thời gian đăng", example: "Thời gian đăng: 12/03/2024" },
  { label: "ngày cập nhật", example: "Ngày cập nhật: 12/03/2024" },
  { label: "cập nhật", example: "Cập nhật: 12/03/2024 08:15" },
  { label: "cập nhật lúc", example: "Cập nhật lúc: 08:15" },
  { label: "ngày xuất bản", example: "Ngày xuất bản: 12/03/2024" },
  { label: "xuất bản", example: "Xuất bản: 12/03/2024" },
  { label: "ngày", example: "Ngày: 12/03/2024" },
  { label: "tác giả", example: "Tác giả: Trần Minh Khoa" },
  { label: "tin, ảnh", example: "Tin, ảnh: Đào Thu Hà | 14/03/2024" },
  { label: "tin và ảnh", example: "Tin và ảnh: Đào Thu Hà" },
  { label: "bài, ảnh", example: "Bài, ảnh: Đào Thu Hà" },
  { label: "bài và ảnh", example: "Bài và ảnh: Đào Thu Hà" },
  { label: "bài viết", example: "Bài viết: Đào Thu Hà" },
  { label: "người đăng", example: "Người đăng: Admin" },
  { label: "người viết", example: "Người viết: Lê Hồng Vân" },
  { label: "người cập nhật", example: "Người cập nhật: Quản trị" },
  { label: "biên tập", example: "Biên tập: Ban Biên tập" },
  { label: "nguồn", example: "Nguồn: Văn phòng Liên đoàn" },
  { label: "chuyên mục", example: "Chuyên mục: Tin hoạt động" },
  { label: "danh mục", example: "Danh mục: Tin tức" },
  { label: "lượt xem", example: "Lượt xem: 58" },
  { label: "số lượt xem", example: "Số lượt xem: 96" },
  { label: "lượt đọc", example: "Lượt đọc: 120" },
  { label: "lượt truy cập", example: "Lượt truy cập: 3.204" },
  { label: "đã xem", example: "Đã xem: 77" },
  { label: "bình luận", example: "Bình luận: 0" },
  { label: "lượt thích", example: "Lượt thích: 4" },
];

/** Fields whose value is who wrote the article (the page's author), of the labels above. */
export const AUTHOR_LABELS = new Set(["tác giả", "người viết", "tin, ảnh", "tin và ảnh", "bài, ảnh", "bài và ảnh", "bài viết"]);

/** A counter field without a label before it: "1.045 lượt xem", "12 bình luận". */
export const COUNTER_FIELD = /^[\d.,]+\s+(?:lượt xem|lượt đọc|lượt truy cập|bình luận|lượt thích|views?)$/iu;

/** A field of a publication line: "Label: value" (the value short, no sentence in it). */
export const PUBLICATION_FIELD = new RegExp(
  `^(${[...PUBLICATION_LABELS].map((l) => l.label).sort((a, b) => b.length - a.length).join("|")})\\s*:\\s*([^|;]{1,60})$`,
  "iu",
);
