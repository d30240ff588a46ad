/**
 * How reports set tasks for the next period: the words that open a list of tasks, the words
 * that anchor it to the coming period, and the verbs a task item starts with.
 */
import { vre } from "./regex.js";

/**
 * "nhiệm vụ trọng tâm 6 tháng cuối năm, gồm:", "các nhiệm vụ, giải pháp:", "chỉ tiêu cụ thể như:",
 * a decision ("Năm 2025, Ban Giám đốc và Công đoàn thống nhất:", "cam kết:"), "sẽ tập trung vào các hoạt
 * động:", what a speaker asks for ("đề nghị các cấp công đoàn ... thực hiện tốt một số nội dung:").
 * Whether the list is the coming period's is decided after (COLON_FORWARD and listStart).
 */
export const COLON_INTRO = vre(/\b(?:nhiệm vụ|giải pháp|chỉ tiêu|phương hướng|mục tiêu|định hướng|trọng tâm|công việc trọng tâm|phấn đấu|khâu đột phá|đột phá|thống nhất|cam kết|các hoạt động|(?:đề nghị|yêu cầu)[^:.;"]{0,100}?\bnội dung)\b[^:.;"]{0,100}:\s*/iu);

/** Words that make a colon open the coming period's tasks rather than a list of past results. */
export const COLON_FORWARD = vre(/\b(?:gồm|như|sau đây|sau|thống nhất|đề ra|triển khai|nhấn mạnh|tập trung|nhiệm kỳ mới|thời gian tới|năm tới|cuối năm|tới)\b/iu);

/**
 * Words that set aims: before a colon they open the coming period's tasks. "Năm 2025, Công đoàn
 * ngành xác định những việc trọng tâm:", "Công đoàn cơ sở đặt ra ba mục tiêu:", "Hội nghị thông
 * qua các chỉ tiêu sau:", "Giai đoạn 2025 - 2030, nghiệp đoàn phấn đấu:".
 */
export const COLON_AIM = vre(/\b(?:xác định|đặt ra|thông qua|phấn đấu)\b/iu);

/**
 * The head of a colon list that names what is set for a period: "Ba khâu đột phá gồm: ...",
 * "Một số chỉ tiêu chủ yếu: ...", "Các giải pháp trọng tâm: ...". It opens tasks in a paragraph
 * that an earlier sentence tied to the coming period or the new term ("Nhiệm kỳ 2025 - 2030,
 * Đại hội xác định ...").
 */
export const COLON_SET_HEAD = vre(/\b(?:nhiệm vụ|giải pháp|chỉ tiêu|mục tiêu|khâu đột phá|đột phá|chương trình trọng tâm|nhóm việc)\b/iu);

/**
 * Results in the clause before a colon: "đã" before anything but the meeting's own act ("đã có 45
 * đơn vị đạt danh hiệu:", but not "Hội nghị đã xác định ..."), "đạt được", "kết quả", "năm qua".
 */
export const COLON_RESULT = vre(
  /(?:\bđã\s+(?!(?:xác định|đề ra|thống nhất|thông qua|bàn|thảo luận|đặt ra|nêu|chỉ ra)\b)|\b(?:đạt được|kết quả|hoàn thành|vượt|năm qua|nhiệm kỳ qua|thời gian qua)\b)/iu,
);

/** A bare "đạt" before a colon naming the next period reads as a result too: "Năm 2025 đạt các chỉ tiêu:". */
export const COLON_REACHED = vre(/\bđạt\b/iu);

/** Results before a colon naming the new term, where "đã" is the meeting's act ("Đại hội đã thông qua ..."). */
export const TERM_PAST = vre(/\b(?:đạt|hoàn thành|vượt|kết quả)\b/iu);

/**
 * A colon that lists the guests, not tasks: "Dự hội nghị bàn nhiệm vụ năm 2026 có các
 * đồng chí: ...", "Tham dự có đại biểu: ...".
 */
export const ATTENDANCE = vre(/(?:^(?:Về dự|Đến dự|Tới dự|Cùng dự|Tham dự|Dự)\b|\b(?:các đồng chí|đồng chí|đại biểu|khách mời)\s*:\s*$)/iu);

/**
 * A sentence that announces a list without a colon, the items following one a sentence:
 * "các đại biểu thống nhất tập trung vào ba nhóm giải pháp.", "công đoàn cơ sở cần tập trung vào
 * những nhiệm vụ chính.", "Công đoàn ngành đề ra sáu nhiệm vụ cụ thể sau." The count or "các", "một số",
 * "những" is required, and "triển khai" is not among the verbs: "..., triển khai nhiệm vụ trọng tâm quý
 * IV." is the meeting's agenda in a lead sentence.
 */
export const OPENER_END = vre(
  /\b(?:tập trung vào|tập trung thực hiện|tập trung|gồm|đề ra|xác định|thống nhất|thực hiện|làm)(?:\s+(?:tốt|có hiệu quả|hiệu quả|đồng bộ))?\s+(?:các|một số|những|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:nhóm\s+)?(?:nhiệm vụ|giải pháp|nội dung|mục tiêu|chỉ tiêu|công việc|định hướng)(?:,?\s+(?:và\s+)?(?:nhiệm vụ|giải pháp|trọng tâm|chủ yếu|cụ thể|trọng điểm|chính|quan trọng|lớn|cơ bản))*(?:\s+(?:của\s+|trong\s+)?(?:năm|6 tháng|9 tháng|3 tháng|quý|nhiệm kỳ|giai đoạn|thời gian)\b[^.;:!?]{0,30}?)?(?:\s+(?:sau đây|như sau|sau))?\s*[.!]?$/iu,
);

/**
 * A heading line of its own that names the tasks of a period, the tasks in the lines below it:
 * "Phương hướng, nhiệm vụ năm 2026", "Nhiệm vụ trọng tâm 6 tháng cuối năm", "Mục tiêu, giải pháp
 * nhiệm kỳ 2023 - 2028". No verb, no colon, no sentence end inside.
 */
export const HEADING = vre(/^(?:[IVX]{1,4}\.\s*|\d{1,2}\.\s*)?(?:phương hướng|nhiệm vụ|mục tiêu|chỉ tiêu|giải pháp|định hướng)\b[^.;:!?]{0,80}\.?$/iu);

/** What makes such an opening a plan: a directive or an aim word ("cần", "sẽ", "đề nghị", "thống nhất"). */
export const OPENER_DIRECTIVE = vre(/\b(?:cần|sẽ|phải|đề nghị|yêu cầu|thống nhất|xác định|đề ra)\b/iu);

/** Such an opening reporting what was done: "đã tập trung vào hai nhóm nhiệm vụ." (unless it names the coming period) */
export const OPENER_PAST = vre(String.raw`\bđã\s+(?:\p{L}+\s+)?(?:tập trung|gồm|đề ra|xác định|thống nhất|triển khai|thực hiện|có)\b`, "iu");

/**
 * Words that introduce the next item of a list told one sentence an item; dropped from the item:
 * "Trước hết, vận động ...", "Cùng với đó, nâng cao ...", "Bên cạnh đó, hỗ trợ ...", "Cụ thể, ...".
 */
export const SEQUENCE_LEAD = vre(
  /^(?:trước hết|trước tiên|đầu tiên|tiếp theo|tiếp đó|cùng với đó|bên cạnh đó|ngoài ra|đồng thời|mặt khác|sau cùng|cuối cùng|đặc biệt|cụ thể|trong đó|theo đó|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là|thứ (?:nhất|hai|ba|tư|năm))\s*,\s*/iu,
);

/** "Đại hội sẽ bầu ...": the meeting's own agenda, not a task. */
export const AGENDA = vre(/\b(?:Đại hội|Hội nghị|hội nghị|đại hội)\s+(?:cũng\s+)?(?:sẽ|tiếp tục)\b/u);
/**
 * "Đại hội có nhiệm vụ đánh giá ..., xác định mục tiêu ...", "Đại hội ... là dịp để nhìn lại ...,
 * xác định mục tiêu ...": what the meeting is held for, its agenda.
 */
export const MEETING_HAS_TASK = vre(/\b(?:Đại hội|Hội nghị|hội nghị|đại hội)(?:\s+có\s+nhiệm vụ\b|[^.]{0,220}?\slà dịp\b)/u);

/** What ties a sentence to the coming period: "năm 2022" (the next period), "thời gian tới", ... */
export const FUTURE_ANCHOR = vre(/\b(?:thời gian tới|năm tới|tới đây|từ nay đến(?: cuối năm)?|phương hướng|nhiệm vụ trọng tâm|nhiệm vụ năm|(?:3|03|ba|6|06|sáu) tháng cuối năm|nhiệm kỳ mới|nhiệm kỳ tới|giai đoạn tới|để thực hiện|theo định hướng|định hướng)\b/iu);
/**
 * Words one of which every FUTURE_ANCHOR match holds ("tới", "từ nay", "hướng", "nhiệm vụ",
 * "nhiệm kỳ mới", "thực hiện", "tháng cuối năm"), as bare literals in the same case-insensitive reading: four times
 * faster to scan than FUTURE_ANCHOR, it spares half the sentences with a directive word the search.
 */
export const FUTURE_ANCHOR_CUE = /tới|từ nay|hướng|nhiệm vụ|nhiệm kỳ mới|thực hiện|tháng cuối năm/iu;

/**
 * The coming period in plain words, without the weaker anchors ("nhiệm vụ trọng tâm", "phương
 * hướng") that a review uses too ("các cấp công đoàn đã tập trung thực hiện các nhiệm vụ trọng tâm.").
 */
export const NEAR_FUTURE = vre(/\b(?:thời gian tới|năm tới|tới đây|từ nay đến|nhiệm kỳ mới|nhiệm kỳ tới|giai đoạn tới|sắp tới|tháng tới|quý tới)\b/iu);

/**
 * Words after which the tasks begin: "sẽ tiếp tục A; B", "trong đó tập trung A; B", "cần A; B".
 * A target set opens the tasks with its own words, the target the first task: "Năm 2026, Công
 * đoàn ngành đặt mục tiêu kết nạp 500 đoàn viên; tập trung ...", "đề ra mục tiêu", "phấn đấu".
 */
export const DIRECTIVE = vre(/\b(?:sẽ tiếp tục|sẽ tập trung|sẽ|cần phải|cần|phải|đề nghị|yêu cầu|trong đó|tiếp tục|tập trung|phấn đấu|(?:đặt|đề ra|xác định)(?:\s+ra)?\s+mục tiêu)\b/giu);
/**
 * Words one of which every DIRECTIVE match holds, as bare literals: twice as fast to scan as
 * DIRECTIVE with its word boundaries, it spares the sentences without a directive word (most of
 * them) the full search.
 */
export const DIRECTIVE_CUE = /sẽ|cần|phải|đề nghị|yêu cầu|trong đó|tiếp tục|tập trung|phấn đấu|mục tiêu/iu;

/**
 * "công đoàn huyện phát động đoàn viên tham gia A; B; C": a launch opens the tasks only
 * when a list of two ";" or more follows it (a lone "phát động thi đua năm 2026" is the agenda).
 */
export const LAUNCH = vre(/\bphát động\b/iu);

/** A month named with its year ("tháng 5/2024", "tháng 5 năm 2024"): after the meeting's month, it is a coming one. */
export const MONTH_OF_YEAR = /\btháng\s+(\d{1,2})\s*(?:[/-]\s*|\s+năm\s+)(\d{4})(?!\d)/giu;

/** Markers that are dropped from the front of the first task ("sẽ tiếp tục bảo vệ ..." -> "bảo vệ ..."). */
export const DROPPED_LEAD = /^(?:sẽ\s+tiếp tục|sẽ|cần phải|cần|phải|đề nghị|yêu cầu|trong đó|tiếp tục)\s+/iu;

/** "Hội nghị triển khai nhiệm vụ 6 tháng cuối năm, tập trung ...": the tasks follow the comma. */
export const DEPLOY_INTRO = vre(String.raw`^(?:Hội nghị|Đại hội|[\p{Lu}][^,;.]{0,60}?)\s+(?:đã\s+)?triển khai\s+(?:phương hướng,?\s+)?nhiệm vụ[^,;.]{0,50},\s*`, "u");

/** "một là, ...; hai là, ...": the first of tasks counted out in words. */
export const COUNTED_OUT = vre(/(?:^|[\s,:;])(?:một là|thứ nhất)\s*,/iu);

/** "Theo định hướng, ...": everything after it in the paragraph is the plan. */
export const PLAN_INTRO = vre(/^(?:Theo định hướng|Theo kế hoạch|Theo phương hướng|Theo mục tiêu|Theo chỉ tiêu|Định hướng)[^,]{0,40},\s*/iu);

/**
 * Verbs a task item starts with; a following sentence starting so continues the list. "Tổng kết
 * công tác năm 2026, ..." is a task too; "Tổng kết hội nghị, ..." closes the meeting.
 */
export const TASK_VERB = vre(
  /^(?:tích cực|tăng cường|tổ chức|đẩy mạnh|triển khai|làm tốt|chủ động|mở|tập trung|nâng cao|phối hợp|thực hiện|tiếp tục|quan tâm|xây dựng|phát triển|đổi mới|chỉ đạo|duy trì|hướng dẫn|củng cố|kiện toàn|vận động|phát động|đảm bảo|bảo đảm|giám sát|kiểm tra|đôn đốc|rà soát|hoàn thành|phấn đấu|mỗi|hằng năm|hàng năm|bình quân|đến cuối|\d+\s*%|chăm lo|bảo vệ|giới thiệu|nghiên cứu|khen thưởng|động viên|hưởng ứng|làm|lựa chọn|xác định|đề xuất|phát huy|chuẩn bị|bàn giao|thu|đặc biệt|hỗ trợ|tuyên truyền|chú trọng|sắp xếp|giải quyết|ưu tiên|hoàn thiện|thường xuyên|nắm bắt|cải thiện|tạo điều kiện|kịp thời|đồng hành|vận hành|gắn|bồi dưỡng|đào tạo|thúc đẩy|mở rộng|ứng dụng|đa dạng hóa|(?:tổng kết|sơ kết)(?!\s+(?:hội nghị|đại hội)|\s*,))\b/iu,
);

/** A task item must not start like a fragment of the previous one. */
export const NOT_AN_ITEM = vre(/^(?:và|hoặc|cũng như|trong đó|nhất là)\b/iu);

/** Markers that number or bullet a task: "- ", "+ ", "• ", "1. ", "2) ", "(3) ", "a) ", "Một là, ", "Thứ hai, ". */
export const ITEM_MARKER = vre(/^(?:[-+•*–]\s*|\(?\d{1,2}[.)]\s+|\([a-zđ]\)\s+|[a-zđ]\)\s+|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là\s*[,:]\s*|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]\s*)/iu);

/** The same markers inside a sentence, where they separate items: "... (1) tăng cường ...; (2) ...". */
export const INLINE_MARKER = vre(/(?<=[\s;,.:])(?:\(\d{1,2}\)|\d{1,2}\)|\([a-zđ]\)|(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)\s+là\s*,|[Tt]hứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,)\s/gu);
