/**
 * Decide what a number counts, from the noun after it and the verbs around it. Every rule reads
 * its words from lexicon/metrics.ts; this module only says in which order they are weighed.
 */
import { AWARD_RECIPIENTS, CUES, DEFAULT_METRIC, GENERIC_NOUNS, HEAD_NOUNS, SUBJECTS, type Subject, type SubjectClass } from "../../lexicon/metrics.js";
import type { Metric } from "../../schema/report.js";
import { caseless, LETTER, vre } from "../../lexicon/regex.js";
import { isLowerWordAt, lowerCase, mayFoldUnlikeLower } from "./chars.js";

// letters and marks: an explicit class, cheap to build (see lexicon/regex.ts)
const L = LETTER;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Subjects sorted longest first so "công đoàn cơ sở" wins over "công đoàn". */
const SORTED = [...SUBJECTS].sort((a, b) => b.words.length - a.words.length);
const isAbbrev = (w: string) => /^[\p{Lu}/-]+$/u.test(w) && w.length > 1;
const SUBJECT_AT_START = caseless(
  `^\\s*(?:(?:các|những|tổng số|số)\\s+)?(${SORTED.map((s) => escape(s.words)).join("|")})(?![${L}])`,
  "iu",
);

/** SORTED with what subjectAfter compares precomputed, in the same order. */
const SORTED_KEYS = SORTED.map((x) => ({ subject: x, words: x.words, abbrev: isAbbrev(x.words), lower: x.words.toLowerCase() }));

export interface SubjectMatch {
  subject: Subject;
  /** offset just after the noun, relative to the string searched */
  end: number;
  text: string;
}

/** The counted noun right after a number ("15 tập thể" -> tập thể). */
export function subjectAfter(s: string): SubjectMatch | null {
  const m = SUBJECT_AT_START.exec(s);
  if (!m) return null;
  const written = m[1]!;
  const index = keyIndex(written);
  if (index === undefined) return null;
  return { subject: SORTED_KEYS[index]!.subject, end: m.index + m[0].length, text: written };
}

/**
 * The counted noun of a page cut off inside it: the text after the number, the last of the page,
 * is the start of one noun's words, three letters or more ("tập t", "cá n", "đoàn vi"). The
 * shortest noun it starts wins. Null when it is not, or is the whole of one (subjectAfter's).
 */
export function subjectCutShort(rest: string): SubjectMatch | null {
  const written = rest.trimStart();
  if (written.length < 3 || written.length > 24 || !/^[^\s\d][^\d.,;:!?]*$/u.test(written)) return null;
  const lower = lowerCase(written);
  let best: (typeof SORTED_KEYS)[number] | null = null;
  for (const x of SORTED_KEYS) {
    if (x.abbrev || x.lower.length <= lower.length || !x.lower.startsWith(lower)) continue;
    if (!best || x.lower.length < best.lower.length) best = x;
  }
  return best ? { subject: best.subject, end: rest.length, text: written } : null;
}

/** The first of SORTED_KEYS that `written` is: an abbreviation as written, another word case aside. */
function keyIndex(written: string): number | undefined {
  const abbrev = ABBREV_INDEX.get(written);
  const word = WORD_INDEX.get(lowerCase(written));
  return abbrev === undefined ? word : word === undefined ? abbrev : Math.min(abbrev, word);
}

/** Where each abbreviation, and each other word in lower case, first stands in SORTED_KEYS. */
const ABBREV_INDEX = new Map<string, number>();
const WORD_INDEX = new Map<string, number>();
SORTED_KEYS.forEach((x, i) => {
  const index = x.abbrev ? ABBREV_INDEX : WORD_INDEX;
  const key = x.abbrev ? x.words : x.lower;
  if (!index.has(key)) index.set(key, i);
});

const HEAD_BEFORE = new RegExp(
  `(?:^|[^${L}])(?:tổng số|tổng|số lượng|số)\\s+(${[...HEAD_NOUNS].sort((a, b) => b.words.length - a.words.length).map((h) => escape(h.words)).join("|")})(?![${L}])([^,;:\\d]{0,80}?)\\s*$`,
  "iu",
);
/** the link between a head noun's words and its number: "hiện là", "đạt", "lên" */
const HEAD_LINK = /\s*(?:(?:hiện|nay|đã|được)\s+)*(?:là|đạt|lên|có|gồm|tăng lên)?\s*(?:gần như|xấp xỉ|khoảng|gần|hơn|trên|vượt)?\s*$/iu;

const HEAD_CHANGE = /(?:^|\s)(?:tăng|giảm|ít hơn|nhiều hơn|so với)(?:\s|$)/iu;

export interface HeadMatch extends SubjectMatch {
  /** the words between the head noun and the number, without the link ("kết nạp mới") */
  middle: string;
}

/**
 * A counted noun named before the number in the same clause: "tổng lượt dự thi hơn 15.100",
 * "Tổng số đoàn viên toàn ngành hiện là 6.410 người", "Số đoàn viên phát triển mới đạt 512 người".
 */
export function subjectBefore(clauseLeft: string): HeadMatch | null {
  if (!/(?:số|tổng)/iu.test(clauseLeft)) return null;
  const m = HEAD_BEFORE.exec(clauseLeft);
  if (!m) return null;
  const written = m[1]!;
  // the first of SORTED that the words are (SORTED_KEYS is in its order)
  const index = keyIndex(written);
  if (index === undefined) return null;
  const subject = SORTED[index]!;
  const middle = m[2]!.replace(HEAD_LINK, "").trim();
  // "Số đoàn viên giảm 45 người": a change, not the count
  if (HEAD_CHANGE.test(middle)) return null;
  return { subject, end: 0, text: written, middle };
}

const GENERIC = new Set(GENERIC_NOUNS);
/** Whether the noun after a number only says "people" or "units" ("6.410 người"). */
export function isGeneric(m: SubjectMatch): boolean {
  return GENERIC.has(lowerCase(m.text));
}

/** "80 người là đoàn viên công đoàn": the noun after "là" says what the generic noun counts. */
export function subjectAfterIs(right: string): SubjectMatch | null {
  const m = /^\s*(?:đều\s+)?là\s+/iu.exec(right);
  if (!m) return null;
  const noun = subjectAfter(right.slice(m[0].length));
  if (!noun || noun.subject.cls === "ignore" || isGeneric(noun)) return null;
  return { ...noun, end: m[0].length + noun.end };
}

export interface Context {
  /** clause text left of the number (from the last ";", ":" or sentence start) */
  left: string;
  /** text right of the counted noun up to the clause end */
  right: string;
  /** the whole sentence */
  sentence: string;
  /** the sentence up to the number (its qualifier included); when absent, the clause left of it */
  lead?: string;
}

const AWARD_AFTER = caseless(/^[^;]{0,12}?(?:đã\s+)?(?:được|đạt|nhận|đón nhận|được nhận|được tặng|được trao|được công nhận|được khen thưởng|được tuyên dương|được biểu dương|được tôn vinh|xuất sắc|tiêu biểu|có thành tích|hoàn thành xuất sắc|"|đạt thành tích)/iu);
const AWARD_BEFORE = /(?:khen thưởng|tặng|trao|tuyên dương|biểu dương|tôn vinh|vinh danh|công nhận|khen)(?:[^;.]{0,120})$/iu;
const GIFT_BEFORE = /(?:quà|trợ cấp|chăm lo|hỗ trợ|thăm hỏi|giúp đỡ|trợ giúp|tặng quà|trao quà|học bổng|sum vầy)[^;.]{0,80}?(?:cho|tới|đến)?\s*(?:các\s+)?(?:hơn|trên|gần|khoảng)?\s*$/iu;
const PARTICIPATE_AFTER = vre(String.raw`^[^;.]{0,100}?(?:tham gia|tham dự|dự thi|dự hội nghị|dự đại hội|dự lớp|tới dự|đến dự|về dự|dự(?![\p{L}]))`, "iu");
/** Admitted to the Party, said after the people counted: "58 đoàn viên được kết nạp vào Đảng", "... vào Đảng". */
const PARTY_ADMISSION_AFTER = /^\s*(?:ưu tú\s+)?(?:đã\s+)?(?:được\s+)?(?:kết nạp|đứng vào hàng ngũ của|vào)\s+(?:vào\s+)?(?:Đảng|đảng)(?![\p{L}\p{M}])/u;
/** The same said before them: "kết nạp vào Đảng 30 đoàn viên", "kết nạp Đảng cho 12 đoàn viên". */
const PARTY_ADMISSION_BEFORE = /kết nạp\s+(?:vào\s+)?(?:Đảng|đảng)\s*(?:cho\s*)?(?:hơn|trên|gần|khoảng)?\s*$/u;
/** "trên tổng số": a part of the total counted after it. */
const OUT_OF_TOTAL = /^\s*trên tổng số/iu;
/** Attending, anywhere in the clause. */
const ATTENDING = /tham dự|có mặt|dự (?:đại hội|hội nghị)/iu;
/** A dialogue with the people counted: "đối thoại với gần 200 đoàn viên", "đối thoại trực tiếp với". */
const DIALOGUE_WITH = /đối thoại\s+(?:trực tiếp\s+)?với\s*(?:hơn|trên|gần|khoảng|các)?\s*$/iu;
/** The meeting itself having the people counted, right before them: "Đại hội có", "Hội nghị gồm". */
const MEETING_HAS = /(?:^|[\s,.])(?:Đại hội|Hội nghị|đại hội|hội nghị)\s+(?:có|gồm|gồm có)\s*(?:tổng cộng\s*)?$/u;
/** A verb of support right before the cases counted: "thăm hỏi 52 trường hợp", "hỗ trợ cho 9 trường hợp". */
const CASE_SUPPORTED = /(?:thăm hỏi|hỗ trợ|trợ cấp|tặng quà|trao quà|chăm lo|giúp đỡ|thăm|động viên|chi trả|chi hỗ trợ)(?:\s*,\s*(?:thăm hỏi|hỗ trợ|trợ cấp|tặng quà|trao quà|động viên|thăm))*\s*(?:cho\s*)?(?:hơn|trên|gần|khoảng|các)?\s*$/iu;
/** A body's members counted: "Ban Chấp hành lâm thời gồm 7 đồng chí", "bầu Ủy ban Kiểm tra gồm 3 người". */
const COMMITTEE_OF = /(?:Ban Chấp hành|BCH|Ban Thường vụ|BTV|Ủy ban Kiểm tra|Uỷ ban Kiểm tra|UBKT|Ban Thanh tra|Ban Nữ công|tiểu ban)[^;.]{0,40}?\s(?:gồm|gồm có)\s*$/iu;
/** Held for people: "dành cho hơn 900 công nhân". */
const HELD_FOR = /dành cho\s*(?:các\s*)?(?:hơn|trên|gần|khoảng)?\s*$/iu;
/** Something given for them, before "dành cho": "quà dành cho", "suất học bổng dành cho". */
const GIVEN_FOR = /(?:quà|suất|phần|trợ cấp|tiền|học bổng|vé)[^.;]{0,40}dành cho\s*(?:các\s*)?(?:hơn|trên|gần|khoảng)?\s*$/iu;
/** Taking part, right after the counted noun: "86 đoàn viên tham gia", not "... tham gia sinh hoạt". */
const JOINING_RIGHT_AFTER = vre(String.raw`^\s*(?:tham gia|tham dự|dự thi|đăng ký)(?![\p{L}])(?!\s+sinh hoạt)`, "iu");
const PARTICIPATE_BEFORE = /(?:với sự tham gia của|thu hút|có sự tham gia của|tham gia của|cùng|cho|tới dự có|tham dự có|dự có|gồm có)\s*(?:hơn|trên|gần|khoảng|các)?\s*$/iu;
/** after "N lượt": the people honoured ("lượt lao động đạt danh hiệu", "lượt đoàn viên được khen thưởng") */
const AWARD_TURNS = vre(String.raw`^\s*(?:[\p{L}]+\s+){0,3}?(?:đã\s+)?(?:được|đạt)\s+(?:các cấp\s+)?(?:khen thưởng|danh hiệu|bằng khen|giấy khen|công nhận danh hiệu|tuyên dương|biểu dương|tôn vinh|chiến s[ĩỹ] thi đua|lao động tiên tiến|lao động xuất sắc)`, "iu");
const ELECT = /(?:bầu|trúng cử|đắc cử|ứng cử|đề cử|chỉ định|kiện toàn|ưu tú|vào ban chấp hành|vào BCH|vào ban thường vụ|lựa chọn|đại diện tham gia đại hội|đi dự đại hội|dự khuyết|chính thức và)/iu;

/** "trao Bằng khen cho 5 doanh nghiệp": an award given to the bodies counted right after */
const AWARD_GIVEN_TO = /(?:khen thưởng|tặng|trao|tuyên dương|biểu dương|tôn vinh|vinh danh)[^;.]{0,80}?\s(?:cho|tới)\s+(?:các\s+)?$/iu;
/** The union's own role towards its members, right before them: "bảo vệ quyền lợi hợp pháp, chính đáng của". */
const MEMBERS_STOOD_FOR = /(?:chăm lo|bảo vệ|đại diện)[^;.]{0,40}?quyền lợi[^;.]{0,25}?\s(?:của|cho)\s*(?:hơn|trên|gần|khoảng|các)?\s*$/iu;
/** A rating of the bodies counted, said after them: "xếp loại ...", "(được ... công nhận) hoàn thành tốt/xuất sắc nhiệm vụ". */
const RATED_AFTER = /^[^;.]{0,60}?(?:xếp loại|hoàn thành (?:tốt|xuất sắc) nhiệm vụ)/iu;
/** The council that rates and rewards: "Hội đồng Thi đua - Khen thưởng", "Ban Thi đua, Khen thưởng". */
const COUNCIL = /Thi đua\s*[-–,]\s*Khen thưởng/gu;
/** `text` with the council's name cut short to "Thi đua": its "Khen thưởng" gives nothing. */
function withoutCouncil(text: string): string {
  return text.includes("Khen thưởng") ? text.replace(COUNCIL, "Thi đua") : text;
}
/** A verb of honouring right before the bodies counted: "khen thưởng 7 CĐCS", "tuyên dương cho các 12 CĐCS". */
const AWARD_VERB_BEFORE = /(?:khen thưởng|tuyên dương|biểu dương|tôn vinh|vinh danh)\s+(?:cho\s+)?(?:các\s+)?(?:hơn|trên|gần|khoảng)?\s*$/iu;
/** "3 công ty được tặng Giấy khen": the bodies counted receive an award */
const AWARDED_AFTER = /^[^;.]{0,40}?(?:được|đã được|nhận|đón nhận)\s+(?:[^;.]{0,30}?\s)?(?:khen thưởng|tặng|trao|tuyên dương|biểu dương|tôn vinh|vinh danh|công nhận)/iu;

/** "cho các đội", "cho 02 tập thể": who an award counted by itself goes to */
const RECIPIENT = new RegExp(
  `cho\\s+(?:các\\s+)?(?:\\d+\\s+)?(${[...AWARD_RECIPIENTS].sort((a, b) => b.words.length - a.words.length).map((r) => escape(r.words)).join("|")})(?![${L}])`,
  "iu",
);
const RECIPIENT_CLASS = new Map(AWARD_RECIPIENTS.map((r) => [r.words.toLowerCase(), r.cls]));

/** Right before the number, the words that continue an attendance list ("..., ngành và hơn", "có", "cùng"). */
const LIST_JOIN = /(?:^|[\s,:])(?:có|gồm|gồm có|và|cùng|cùng với|cùng các)(?:\s+toàn thể|\s+tổng cộng|\s+tất cả)?\s*$|^\s*$/iu;
/**
 * What the word before the number says in place of a list join: the membership or another frame
 * ("đại diện cho 1.200 lao động, trong đó có 1.100 đoàn viên": a part of a whole, not a guest).
 */
const NOT_LIST = /(?:với|tổng số|quản lý|trực thuộc|của|cho|tới|đến|thu hút|trong đó(?:\s+có)?)\s*$/iu;

/**
 * The people counted are in an attendance list the sentence opens ("Tham dự hội nghị có các đồng
 * chí: ...; đại diện các sở, ngành và hơn 1.000 công nhân lao động") or names ("với sự tham dự của
 * ... và 200 đoàn viên"), and no verb between shows that the list has ended.
 */
function inAttendanceList(ctx: Context, left: string): boolean {
  const lead = ctx.lead ?? ctx.left;
  if (!/dự|tham gia|có mặt/iu.test(lead)) return false;
  if (!LIST_JOIN.test(left) || NOT_LIST.test(left)) return false;
  const open = CUES.attendOpen.exec(lead);
  if (!open) return false;
  return !CUES.attendBreak.test(lead.slice(open.index + open[0].length));
}

/** The metric of a counted number. */
/** The clause left of a number without the qualifier standing right before it ("phát triển thêm khoảng"). */
export function withoutQualifier(left: string): string {
  // what the pattern removes, found without running it along the whole clause: the qualifier must
  // end where the spaces at the end start, and the leftmost match is the longest such qualifier
  const words = left.trimEnd();
  if (words.length === 0) return left;
  // only the characters a qualifier could cover are compared: none may fold unlike its lower case
  for (let i = Math.max(0, words.length - QUALIFIER_LONGEST); i < words.length; i++) {
    if (mayFoldUnlikeLower(words.charCodeAt(i))) return left.replace(QUALIFIER_AT_END, "");
  }
  let start = -1;
  for (const q of QUALIFIER_WORDS) {
    const at = words.length - q.length;
    if ((start < 0 || at < start) && isLowerWordAt(words, at, q)) start = at;
  }
  return start < 0 ? left : left.slice(0, start);
}
export const QUALIFIER_WORDS = ["gần như", "xấp xỉ", "ước tính", "khoảng", "chừng", "gần", "hơn", "trên", "vượt", "dưới", "ít nhất", "tối thiểu", "tối đa", "không quá", "chưa đến", "từ"];
const QUALIFIER_LONGEST = Math.max(...QUALIFIER_WORDS.map((q) => q.length));
const QUALIFIER_AT_END = new RegExp(`(?:${QUALIFIER_WORDS.join("|")})\\s*$`, "iu");

/** The low end of a range before the number: "thành lập từ 3 đến" before "5 CĐCS". */
const RANGE_LOW_AT_END = /(?:từ\s+)?\d+(?:[.,]\d+)*\s*(?:-|–|đến|tới)\s*$/u;

/** The clause left of the high end of a range without the range's low end: the words before the range say what both count. */
function withoutRangeLow(left: string): string {
  const words = left.trimEnd();
  if (!(words.endsWith("đến") || words.endsWith("tới") || words.endsWith("-") || words.endsWith("–"))) return left;
  const tail = left.slice(-40);
  const m = RANGE_LOW_AT_END.exec(tail);
  return m ? left.slice(0, left.length - tail.length + m.index) : left;
}

export function classifyCount(cls: SubjectClass | null, ctx: Context): Metric {
  const { right } = ctx;
  const left = withoutQualifier(withoutRangeLow(ctx.left));
  switch (cls) {
    case "gift":
      return "gifts.count";
    case "collective":
      return "awards.collective";
    case "individual":
      return "awards.individual";
    case "member":
    case "person": {
      if (CUES.loan.test(right.slice(0, 30)) || CUES.loan.test(left.slice(-20))) return "other.count";
      // "Ban Chấp hành lâm thời gồm 7 đồng chí": what a body is made of
      if (COMMITTEE_OF.test(left)) return "other.count";
      // "Đại hội có 86 đoàn viên trên tổng số 92 đoàn viên của đơn vị tham dự": those of the total who attend
      if (OUT_OF_TOTAL.test(right) && ATTENDING.test(right)) return "participants";
      // "58 đoàn viên được kết nạp vào Đảng": admitted to the Party, not to the union
      if (PARTY_ADMISSION_AFTER.test(right) || PARTY_ADMISSION_BEFORE.test(left)) return "other.count";
      if (cls === "member" && (CUES.newMembers.test(left) || CUES.newAfter.test(right) || /^\s*mới\b/u.test(right))) return "members.new";
      // "đoàn viên ưu tú" are members put forward to the Party, not an award
      if (/^\s*ưu tú/u.test(right)) return "other.count";
      // (the award verbs are read here only: no other class weighs them)
      if (AWARD_AFTER.test(right) && CUES.award.test(right.slice(0, 80))) return "awards.individual";
      if (AWARD_BEFORE.test(left) && CUES.award.test(left + " " + right.slice(0, 60))) return "awards.individual";
      // "có 48 đoàn viên được nhận quà": the people given gifts count the gifts
      if (CUES.giftAfter.test(right)) return "gifts.count";
      // "Hơn 9.000 đoàn viên, người lao động được chăm lo Tết": the support given
      if (CUES.caredAfter.test(right)) return "gifts.count";
      // "đại diện cho hơn 3.100 đoàn viên": the membership; "đại diện cho gần 5.200 công nhân": no scored metric
      if (CUES.represent.test(left)) return cls === "member" ? "members.count" : "other.count";
      // "Dự hội nghị có ... và hơn 200 đoàn viên", "Tham gia đối thoại có gần 150 công nhân lao động"
      if (inAttendanceList(ctx, left)) return "participants";
      // "Đại hội có 27 đoàn viên là đại diện cho 04 công đoàn bộ phận": those the meeting has
      if (MEETING_HAS.test(left)) return "participants";
      // "với 86 đoàn viên tham gia", "Có 9 đoàn viên tham gia hội thi": taking part, said right
      // after the count (not "tham gia sinh hoạt", which is belonging)
      if (cls === "member" && JOINING_RIGHT_AFTER.test(right)) return "participants";
      // "Chủ tịch UBND quận đối thoại với gần 180 đoàn viên": those in the dialogue
      if (DIALOGUE_WITH.test(left)) return "participants";
      // "với tổng số 4.348 đoàn viên": the membership
      if (cls === "member" && CUES.have.test(left)) return "members.count";
      // "chăm lo, bảo vệ quyền lợi của hơn 21.000 đoàn viên": the members a union stands for
      if (cls === "member" && MEMBERS_STOOD_FOR.test(left)) return "members.count";
      // "tạo việc làm ổn định cho 1.400 lao động": neither gifts nor participants
      if (CUES.jobs.test(left)) return "other.count";
      if (CUES.participateBefore.test(left)) return "participants";
      // "chương trình "Tết Sum vầy" dành cho hơn 900 công nhân": those it is held for take part
      // (what is given "dành cho" them is counted as given: "quà dành cho")
      if (HELD_FOR.test(left) && !GIVEN_FOR.test(left)) return "participants";
      if (GIFT_BEFORE.test(left)) return "gifts.count";
      if (ELECT.test(right.slice(0, 40)) || /(?:bầu|gồm)[^;.]{0,60}$/iu.test(left)) return "other.count";
      if (PARTICIPATE_AFTER.test(right) || PARTICIPATE_BEFORE.test(left)) return "participants";
      if (cls === "member" && (CUES.have.test(left) || /^\s*(?:của|thuộc|trong|công đoàn|đang)/iu.test(right) || /^\s*$/u.test(left))) return "members.count";
      if (cls === "member") return "members.count";
      return "other.count";
    }
    case "union": {
      // "tặng Giấy khen cho 4 công đoàn cơ sở", "6 CĐCS được tặng Cờ thi đua", "khen thưởng 7 CĐCS": collectives awarded
      // (not rated by the "Hội đồng Thi đua - Khen thưởng": the council's name is no award)
      // (nor is a rating: "15/15 CĐCS được công nhận hoàn thành tốt nhiệm vụ")
      const after = withoutCouncil(right);
      if ((AWARD_GIVEN_TO.test(left) && CUES.award.test(left)) || (AWARDED_AFTER.test(after) && CUES.award.test(after.slice(0, 80)) && !RATED_AFTER.test(after)) || AWARD_VERB_BEFORE.test(left)) return "awards.collective";
      if (CUES.newUnions.test(left) || CUES.newAfter.test(right)) return "unions.new";
      // "giải thể 3 công đoàn cơ sở": a change, not the union total; "kiểm tra 15 CĐCS": an act on some
      if (CUES.dissolve.test(left) || CUES.actedOn.test(left)) return "other.count";
      return "unions.count";
    }
    case "organization":
      // "trao Bằng khen cho 8 doanh nghiệp", "3 công ty được tặng Giấy khen": collectives awarded
      if ((AWARD_GIVEN_TO.test(left) && CUES.award.test(left)) || (AWARDED_AFTER.test(right) && CUES.award.test(right.slice(0, 80)))) return "awards.collective";
      return "other.count";
    case "unit":
      // "05 đơn vị hoàn thành xuất sắc nhiệm vụ": rated, not awarded
      return CUES.award.test(left.slice(-80) + right.slice(0, 80)) && !RATED_AFTER.test(right) ? "awards.collective" : "other.count";
    case "award": {
      const recipients = RECIPIENT.exec(right);
      if (!recipients) return "other.count";
      return RECIPIENT_CLASS.get(lowerCase(recipients[1]!)) === "collective" ? "awards.collective" : "awards.individual";
    }
    case "attendance":
      // "1.150 lượt công nhân đạt danh hiệu Lao động tiên tiến": person-turns honoured
      if (AWARD_TURNS.test(right)) return "awards.individual";
      // "thăm hỏi, tặng quà, giao lưu, thu hút hơn 7.200 lượt đoàn viên tham gia": the verb next to the number wins
      if (CUES.participateBefore.test(left)) return "participants";
      if (GIFT_BEFORE.test(left)) return "gifts.count";
      if (ELECT.test(left.slice(-60)) || ELECT.test(right.slice(0, 30))) return "other.count";
      return "participants";
    case "event":
      return "activities.count";
    case "case":
      // "thăm hỏi, hỗ trợ 52 trường hợp ốm đau": the people given support count the gifts
      return CASE_SUPPORTED.test(left) ? "gifts.count" : "other.count";
    case "ignore":
      return "other.count";
    case null:
      return "other.count";
  }
  return DEFAULT_METRIC[cls];
}

/** The metric of an amount of money. */
export function classifyMoney(ctx: Context): "gifts.value" | "funds.value" | "other.value" {
  const { left, right } = ctx;
  // "thu nhập bình quân đạt 8,6 triệu đồng" (not "hỗ trợ công nhân bị giảm thu nhập, mỗi người 2
  // triệu đồng": a comma parts the income from the money)
  const near = left.slice(-60);
  if (CUES.income.test(near.slice(Math.max(near.lastIndexOf(","), near.lastIndexOf(";")) + 1))) return "other.value";
  // "hỗ trợ tiền nhà trọ 300.000 đồng/tháng", "tiền ăn ca 30.000 đồng/bữa": a rate, not money given
  if (RATE_AFTER.test(right)) return "other.value";
  // "ủng hộ 200 phần quà mỗi phần 400 nghìn đồng": the price of a gift is a gift's value, whoever gave it
  if (GIFT_PRICE_BEFORE.test(left)) return "gifts.value";
  // "tặng 760 suất quà ... với tổng kinh phí trên 320 triệu đồng": the value of what was given
  const total = CUES.moneyTotal.exec(left);
  if (total) {
    const done = left.slice(0, total.index);
    if (CUES.gift.test(done) && !CUES.fundActs.test(done)) return "gifts.value";
  }
  if (CUES.fundStrong.test(left)) return "funds.value";
  if (CUES.gift.test(left) || /^\s*(?:để\s+)?(?:hỗ trợ|tặng quà|chăm lo|thăm hỏi|trao quà|trợ giúp|giúp đỡ)/iu.test(right)) return "gifts.value";
  if (CUES.fundWeak.test(left)) return "funds.value";
  // "tiếp nhận gần 800 triệu đồng do các nhà hảo tâm ủng hộ": money given to the union
  if (FUND_AFTER.test(right)) return "funds.value";
  return "other.value";
}
/** The price of one gift, right before the amount: "mỗi suất trị giá", "mỗi phần quà". */
const GIFT_PRICE_BEFORE = /(?:mỗi|một)\s+(?:suất|phần)(?:\s+quà)?(?:\s+(?:trị giá|có giá trị|giá trị|gồm))?\s*$/iu;
/** A rate per time or per meal after an amount: "/tháng", "/người/tháng", "/bữa". */
const RATE_AFTER = vre(String.raw`^\s*\/\s*(?:người\s*\/\s*)?(?:tháng|năm|ngày|giờ|ca|bữa)(?![\p{L}])`, "u");
/** Money that was given, said after it: "... đồng ủng hộ", "... đồng do các nhà hảo tâm ủng hộ". */
const FUND_AFTER = /^\s*(?:(?:do|từ|của)\s[^.;]{0,80}?)?(?:ủng hộ|đóng góp|quyên góp|tài trợ)/iu;
