/**
 * Statistics: every numeric fact of the article body, typed and traceable.
 * Like a chrono configuration: a parser proposes amounts sentence by sentence (numbers.ts),
 * filters drop what is not a statistic (dates, codes, ordinals: lexicon/exclusions.ts), the
 * classifier names the metric (classify.ts), and refiners attach awards and grantors, unit
 * prices and derived totals, and the parts of a parenthesised breakdown.
 */
import type { ReportDocument, Segment } from "../../document.js";
import { AWARDS, GRANTOR } from "../../lexicon/awards.js";
import { LIST_COUNT } from "../../lexicon/exclusions.js";
import { excludedRanges } from "./excluded.js";
import { foldsLikeLower, lowerCase, mayStartWith, twoLetterStarts } from "./chars.js";
import { CUES } from "../../lexicon/metrics.js";
import type { Metric, Statistic } from "../../schema/report.js";
import { classifyCount, classifyMoney, isGeneric, subjectAfter, subjectAfterIs, subjectBefore, subjectCutShort, type Context, type SubjectMatch } from "./classify.js";
import type { SubjectClass } from "../../lexicon/metrics.js";
import { combineQualifiers, fromIsNoBound, qualifierAfter, qualifierBefore, scanAmounts, type Amount } from "./numbers.js";
import { caseless, isSpaceUnit, vre } from "../../lexicon/regex.js";

/** Where the clause around `at` starts: after the last ";" or ":" or the sentence start. */
function clauseStart(s: string, at: number): number {
  if (at <= 0) return 0;
  return Math.max(s.lastIndexOf(";", at - 1), s.lastIndexOf(":", at - 1), s.lastIndexOf("\n", at - 1)) + 1;
}

/** Where the ";", ":" and line breaks of a sentence are, in order: what clauseStart looks back for. */
function clauseBreaks(s: string): number[] {
  const out: number[] = [];
  for (const mark of [";", ":", "\n"]) for (let i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + 1)) out.push(i);
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}

/** clauseStart(s, at), from the sentence's clause breaks. */
function clauseStartAt(breaks: number[], at: number): number {
  let start = 0;
  for (const b of breaks) {
    if (b >= at) break;
    start = b + 1;
  }
  return start;
}

function clauseEnd(s: string, at: number): number {
  const semi = s.indexOf(";", at);
  const line = s.indexOf("\n", at);
  const end = Math.min(semi < 0 ? s.length : semi, line < 0 ? s.length : line);
  return Math.max(end, Math.min(at, s.length));
}

/** Spelled-out numbers are only kept when a counted noun follows and the word is not ambiguous. */
const AMBIGUOUS_SPELLED = new Set(["một", "năm", "tư", "không", "mốt", "lăm", "nhăm", "linh", "lẻ", "ba"]);
/**
 * Nouns after which "ba" can only be three: "có ba CĐCS trực thuộc" (an abbreviation, never a
 * father's). Only "ba": "năm", "một" and the others stay ambiguous before any noun.
 */
const UNAMBIGUOUS_AFTER_THREE = vre(String.raw`^\s(?:CĐCS|ĐVCĐ|tập thể|cá nhân|suất quà|phần quà|đồng chí|đoàn viên)(?![\p{L}])`, "u");
/** "cho một đồng chí", "cho một tập thể": one given something ("một" is "a" elsewhere): the noun after "một" ... */
const ONE_RECIPIENT_AFTER = /^\s(?:đồng chí|cá nhân|tập thể)(?![\p{L}\p{M}])/u;
/** ... and "cho" before it. */
const ONE_RECIPIENT_BEFORE = /(?:^|\s)cho\s+$/u;
function oneRecipient(s: string, a: { start: number; end: number; digits: string }): boolean {
  return lowerCase(a.digits) === "một" && ONE_RECIPIENT_AFTER.test(s.slice(a.end, a.end + 12)) && ONE_RECIPIENT_BEFORE.test(s.slice(Math.max(0, a.start - 6), a.start));
}
/** Classes that are listed together: "hai tập thể và năm cá nhân". */
const PAIRED = new Set(["collective+individual", "individual+collective", "unit+individual", "union+member", "member+union"]);
/** The last admitting or founding verb of a head's words ("được kết nạp trong năm"). */
const NEW_VERB = /(?:kết nạp|phát triển|thành lập)(?: mới| thêm)?(?!.*(?:kết nạp|phát triển|thành lập))/iu;
/** A part of the count before: "..., trong đó có 9 CĐCS khu vực ngoài nhà nước". */
const PART_OF = /(?:^|[,(]\s*)trong đó\s*(?:có\s*)?(?:gần như|xấp xỉ|khoảng|gần|hơn|trên)?\s*$/iu;

/**
 * No report states this many numbers (the longest in the corpora hold about 150): past it a
 * text is noise or an attack ("123 456 " repeated over megabytes), and scanning stops so that
 * time and memory stay bounded. The report says so in a warning.
 */
export const MAX_STATISTICS = 5000;

export function extractStatistics(doc: ReportDocument, cap = MAX_STATISTICS): Statistic[] {
  const out: Statistic[] = [];
  for (const sentence of doc.bodySentences()) {
    extractFromSentence(doc, sentence, out, cap);
    if (out.length >= cap) {
      out.length = cap;
      doc.warn("too-many-statistics", `the text holds more than ${cap} statistics; only the first ${cap} are reported`);
      break;
    }
  }
  return dedupe(out);
}

/** "1. Tổ chức ...", "2) Đẩy mạnh ...": the number of a list item, not a statistic. */
function isListNumber(doc: ReportDocument, sentence: Segment, s: string, a: Amount): boolean {
  if (a.spelled || a.unit !== "count" || a.hasScale || a.denominator !== null || a.digits.length > 2) return false;
  // (the two characters after the number read one by one)
  const next = s.charCodeAt(a.end);
  const spaceAfter = a.end + 1 < s.length && isSpaceUnit(s.charCodeAt(a.end + 1));
  // at the start of a line: "1." or "1)", then a space or the end
  if ((next === 46 || next === 41) && (a.end + 1 >= s.length || spaceAfter)) {
    const lineStart = a.start === 0 ? sentence.start === doc.paragraphs[sentence.paragraph]?.start : /\n[ \t]*$/u.test(s.slice(Math.max(0, a.start - 8), a.start));
    if (lineStart) return true;
  }
  // inside a run-in list: "gồm: 1) ...; 2) ..."
  return next === 41 && spaceAfter && /(?:^|[;:]\s*)$/u.test(s.slice(Math.max(0, a.start - 4), a.start));
}

/** An item of a list of goals: the clause follows "...các chỉ tiêu ..., trong đó:" through ";" separators. */
function inTargetList(s: string, clause: number): boolean {
  const colon = s.lastIndexOf(":", clause - 1);
  if (colon < 0) return false;
  return CUES.targetList.test(s.slice(Math.max(0, colon - 120), colon + 1));
}

/** "hai tập thể và năm cá nhân": a number word joined to a neighbouring count by "và" or ",". */
const COORDINATION = /^\s*(?:,|và|,\s*và)\s*$/u;
/** "ba tập thể và năm cá nhân": the words after a number word, up to the next count it is listed with */
const COORDINATED_NEXT = /^\s+(?:tập thể|cá nhân|đơn vị|CĐCS|công đoàn cơ sở|đoàn viên)\s*(?:,|và)\s*(?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)/iu;

/** A quoted name right after the number. */
const QUOTED_AFTER = /^\s*["“]/u;
/** Holding events, right before the number. */
const HELD_BEFORE = /(?:tổ chức|tổ chức được|duy trì)\s*(?:hơn|trên|gần|khoảng)?\s*$/iu;
/** Between two counts of one clause, the second joined by "và" (no ";", "." or ":" between). */
const ACTED_ON_JOINED = /^[^;.:]*\svà\s+(?:các\s+)?$/u;
/** "trong tổng số 28", "trên tổng số 326": the total a part is of, right after the part. */
const OF_TOTAL = /^\s+(?:trong|trên)\s+tổng\s+số\s+\d{1,3}(?:\.\d{3})*/u;
/** "toàn thể" right before a number: all of them. */
const ALL_OF = /toàn thể\s*$/iu;
/** "từ" alone before a number. */
const FROM_WORD = /^từ\s+$/iu;
/** The high end of a range right after a number: "- 50", " đến 50", "–60". */
const RANGE_HIGH_AFTER = /^\s?(?:-|–|đến|tới)\s?\d/u;

/** "chỉ tiêu", "mục tiêu" after a number's noun: a goal. */
const GOAL_AT_START = /^\s*(?:chỉ tiêu|mục tiêu)/iu;
/**
 * The first two letters of the words each pattern reads first after spaces: a pattern is only
 * run where they are (mayStartWith). (Each list is the first words of its pattern's alternatives.)
 */
export const FIRST_WORDS = {
  goal: ["chỉ tiêu", "mục tiêu"],
  coordinatedNext: ["tập thể", "cá nhân", "đơn vị", "cđcs", "công đoàn cơ sở", "đoàn viên"],
  listCount: ["nhóm", "nhiệm vụ", "trọng tâm", "giải pháp", "nội dung", "chỉ tiêu", "mục tiêu", "khâu đột phá", "chương trình hành động", "tiểu ban"],
};
const GOAL_STARTS = twoLetterStarts(FIRST_WORDS.goal);
const COORDINATED_NEXT_STARTS = twoLetterStarts(FIRST_WORDS.coordinatedNext);
const LIST_COUNT_STARTS = twoLetterStarts(FIRST_WORDS.listCount);

function extractFromSentence(doc: ReportDocument, sentence: Segment, out: Statistic[], cap: number) {
  const s = doc.view.slice(sentence.start, sentence.end);
  // (a digit is looked for first, alone: a pattern of one class finds it faster than one with words)
  if (!/\d/u.test(s) && !/một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm/iu.test(s)) return;
  // whether the sentence reads case aside as it reads in lower case (see chars.ts): asked once
  const plain = foldsLikeLower(s);
  const amounts = scanAmounts(s, plain);
  if (amounts.length === 0) return;
  // found when the first amount needs them: sentences whose only numbers are words need none
  let excluded: ReturnType<typeof excludedRanges> | null = null;
  // where its clauses start: found when the first amount needs them
  let breaks: number[] | null = null;
  // the awards the sentence names: found when an awards statistic first needs them
  let awards: AwardMention[] | null = null;
  let lastCount: { stat: Statistic; end: number } | null = null;
  const parents: { stat: Statistic; cls: SubjectClass | null; open: number; close: number }[] = [];
  // the last count of the sentence, with its noun's class: for "hai tập thể và năm cá nhân" and "trong đó" parts
  let prev: { stat: Statistic; cls: SubjectClass | null; end: number } | null = null;

  for (let i = 0; i < amounts.length; i++) {
    if (out.length >= cap) return;
    const a = amounts[i]!;
    const abs = sentence.start + a.start;
    if (doc.touchesFurniture(abs, sentence.start + a.end)) continue;
    // a lone "năm", "ba", "một" is a word of the sentence, not a number: dropped before any lookup,
    // unless it stands in a list of counts ("Bằng khen cho hai tập thể và năm cá nhân")
    const spelledWord = a.spelled && a.unit === "count" && a.digits === s.slice(a.start, a.end);
    const ambiguous = spelledWord && AMBIGUOUS_SPELLED.has(lowerCase(a.digits));
    const listedAfter = ambiguous && prev !== null && COORDINATION.test(s.slice(prev.end, a.start));
    if (ambiguous && !listedAfter && !(mayStartWith(s, a.end, COORDINATED_NEXT_STARTS, 1) && COORDINATED_NEXT.test(s.slice(a.end, a.end + 40))) && !(lowerCase(a.digits) === "ba" && UNAMBIGUOUS_AFTER_THREE.test(s.slice(a.end, a.end + 12))) && !oneRecipient(s, a)) continue;
    if (isListNumber(doc, sentence, s, a)) continue;
    // "Bếp ăn 0 đồng", "Siêu thị 0 đồng": a name that says free, never an amount
    if (a.unit === "VND" && a.value === 0) continue;
    const after = s.slice(a.end);
    // (a page cut off right after the number's first letters: "khen thưởng 4 tập t")
    let subj = a.unit === "count" ? (subjectAfter(after) ?? (endsThePage(doc, sentence) ? subjectCutShort(after) : null)) : null;
    // "cùng 26 trong tổng số 28 đoàn viên": a part counts what its total counts
    if (!subj && a.unit === "count" && OF_TOTAL.test(after)) {
      const total = OF_TOTAL.exec(after)!;
      const noun = subjectAfter(after.slice(total[0].length));
      if (noun) subj = { ...noun, end: noun.end + total[0].length };
    }
    if (a.maybeDate && (!subj || subj.subject.cls === "ignore")) continue;
    // the excluded stretches the amount overlaps: whether there is one, and whether all are bare years
    let blocked = false;
    let allYears = true;
    if (!a.maybeDate) {
      for (const r of (excluded ??= excludedRanges(s, plain))) {
        if (r.start < a.end && r.end > a.start) {
          blocked = true;
          allYears &&= r.yearOnly;
        }
      }
    }
    if (blocked) {
      // a bare year-like number is still a count when a counted noun follows ("2000 suất quà")
      const onlyYear = allYears && subj && subj.subject.cls !== "ignore";
      if (!onlyYear) continue;
    }
    if (spelledWord) {
      const words = lowerCase(a.digits).split(/\s+/);
      if (!subj || subj.subject.cls === "ignore") continue;
      // a coordinated number word counts the same kind of thing as its neighbour
      if (listedAfter && (prev!.cls === null || (subj.subject.cls !== prev!.cls && !PAIRED.has(`${prev!.cls}+${subj.subject.cls}`)))) continue;
      if (words.length === 1 && AMBIGUOUS_SPELLED.has(words[0]!) && !ambiguous) continue;
      if (/(?:thứ|lần|khóa|khoá)\s+$/iu.test(s.slice(Math.max(0, a.start - 8), a.start))) continue;
    }
    if (a.unit === "count" && mayStartWith(s, a.end, LIST_COUNT_STARTS) && LIST_COUNT.test(after)) continue;

    const cStart = clauseStartAt((breaks ??= clauseBreaks(s)), a.start);
    const subjectEnd = subj ? a.end + subj.end : a.end;
    const ctx: Context = {
      left: s.slice(cStart, a.start),
      right: s.slice(subjectEnd, clauseEnd(s, subjectEnd)),
      sentence: s,
      lead: s.slice(0, a.start),
    };
    let before = qualifierBefore(s, a.start);
    // "tăng từ 400.000 đồng lên 500.000 đồng", "đến từ 25 doanh nghiệp": "từ" bounds nothing
    if (before && fromIsNoBound(s, before.start, a.start, subjectEnd)) before = null;
    // "giảm giá từ 15 đến 40%", "từ 30-50 triệu đồng": the low end of a range is a value, not a bound
    const rangeLowEnd = before !== null && FROM_WORD.test(s.slice(before.start, a.start)) && RANGE_HIGH_AFTER.test(s.slice(a.end, a.end + 12));
    const qualifier = rangeLowEnd ? "exact" : combineQualifiers(before?.qualifier ?? null, qualifierAfter(s, subjectEnd));

    let metric: Metric;
    let cls: SubjectClass | null = null;
    let subject: string | null = subj?.text ?? null;
    let basis: Statistic["basis"] = "stated";
    if (a.unit === "percent") metric = "percent";
    else if (a.unit === "VND" || (a.hasScale && a.value >= 1e6 && !subj && /đồng|tiền|trị giá|giá trị/iu.test(ctx.left.slice(-30) + after.slice(0, 10)))) {
      metric = classifyMoney(ctx);
      a.unit = "VND";
      if (CUES.perUnitBefore.test(ctx.left) || CUES.perUnitAfter.test(after)) basis = "unit_price";
      if (metric === "gifts.value" && basis === "stated" && /mỗi\s*$/iu.test(ctx.left)) basis = "unit_price";
    } else {
      // what is counted: the noun after the number, unless it only says "people" ("4.215 người"),
      // when the noun after "là" or the head named before ("Tổng số đoàn viên hiện là") says it
      // "Tổng số đoàn viên công đoàn cơ quan: 84 đồng chí": a head before the colon says what
      // people are counted
      const colonHead = cStart > 0 && s[cStart - 1] === ":" && /^\s*$/u.test(ctx.left) ? s.slice(clauseStartAt(breaks, cStart - 1), cStart - 1) : null;
      const personOnly: boolean = subj !== null && (isGeneric(subj) || (colonHead !== null && subj.subject.cls === "person"));
      let noun: SubjectMatch | null = subj && !personOnly ? subj : null;
      let nounCtx = ctx;
      if (!noun && subj) noun = subjectAfterIs(ctx.right);
      if (!noun) {
        const head = subjectBefore(colonHead ?? ctx.left);
        if (head) {
          noun = head;
          // the head's own words describe it: "Số đoàn viên phát triển mới đạt 318 người"
          // (up to its last admitting verb: "Số đoàn viên được kết nạp trong năm là 300 người")
          const admitted = NEW_VERB.exec(head.middle);
          nounCtx = { ...ctx, left: admitted ? head.middle.slice(0, admitted.index + admitted[0].length) : head.middle, right: ` ${head.middle}${ctx.right}` };
        }
      }
      noun ??= subj;
      subject = noun?.text ?? null;
      cls = noun?.subject.cls ?? null;
      metric = noun ? classifyCount(noun.subject.cls, nounCtx) : "other.count";
      // "tổ chức 215 “Bữa cơm Công đoàn”": events held, named in quotes
      if (!noun && QUOTED_AFTER.test(after) && HELD_BEFORE.test(ctx.left)) metric = "activities.count";
      // "thành lập mới 16 CĐCS, trong đó có 9 CĐCS ...": a part keeps the metric of its whole
      if (prev && cls !== null && prev.cls === cls && prev.stat.metric !== "other.count" && prev.stat.metric !== metric && PART_OF.test(ctx.left)) {
        metric = prev.stat.metric;
      }
      // "kiểm tra 11 CĐCS chấp hành Điều lệ và 05 CĐCS về quản lý tài chính": unions joined by
      // "và" to unions something was done to had it done to them too
      if (cls === "union" && metric === "unions.count" && prev?.cls === "union" && prev.stat.metric === "other.count" && a.start - prev.end < 100 && ACTED_ON_JOINED.test(s.slice(prev.end, a.start))) {
        metric = "other.count";
      }
      // "thành lập mới 12 CĐCS (trong đó 8 CĐCS ..., 04 CĐCS ...)": each part in a breakdown's
      // parentheses counts what its whole counts
      const whole = parents.find((p) => a.start > p.open && a.start < p.close);
      if (whole && cls !== null && whole.cls === cls && whole.stat.metric !== "other.count" && whole.stat.metric !== metric) metric = whole.stat.metric;
    }

    // the text of a statistic runs from its qualifier to its counted noun
    const textStart = before ? before.start : a.start;
    const { text, span } = doc.excerpt(sentence.start + textStart, sentence.start + subjectEnd);
    const stat: Statistic = {
      metric,
      value: round(commaThousands(a, metric) ?? a.value),
      unit: a.unit,
      qualifier,
      subject,
      award: null,
      grantor: null,
      text,
      span,
      basis,
      denominator: a.denominator,
      target: CUES.target.test(ctx.left) || (mayStartWith(ctx.right, 0, GOAL_STARTS) && GOAL_AT_START.test(ctx.right)) || (cStart > 0 && inTargetList(s, cStart)),
    };
    if (metric === "awards.collective" || metric === "awards.individual") attachAward(stat, s, a.start, subjectEnd, (awards ??= findAwards(s)));
    attachBreakdown(stat, s, a.start, parents);
    out.push(stat);
    // "Tới dự có ... và toàn thể 27 đoàn viên công đoàn": all the members took part, which says
    // how many members there are too
    if (metric === "participants" && cls === "member" && ALL_OF.test(ctx.left)) out.push({ ...stat, metric: "members.count" });

    if (stat.unit === "count") prev = { stat, cls, end: subjectEnd };
    // (a count in parentheses, a breakdown's part, is not what a price after the breakdown is the
    // price of: "400 suất (... 120 suất), mỗi suất trị giá 500.000 đồng" prices the 400)
    if (metric === "gifts.count" && basis === "stated" && !insideParentheses(s, a.start)) lastCount = { stat, end: subjectEnd };
    else if (basis === "unit_price" && a.rangeLow) {
      // "mỗi suất từ 500.000 đến 1.000.000 đồng": a range of prices makes no total
      lastCount = null;
    } else if (basis === "unit_price" && lastCount && gapOutsideParentheses(s, lastCount.end, a.start) < 80) {
      out.push(derivedTotal(doc, sentence, lastCount, stat));
      lastCount = null;
    }
    // a number followed by "(" opens a breakdown of its parts
    let openAt = subjectEnd;
    while (openAt < s.length && isSpaceUnit(s.charCodeAt(openAt))) openAt++;
    if (s.charCodeAt(openAt) === 40) {
      const closeAt = s.indexOf(")", openAt);
      if (closeAt > openAt) {
        parents.push({ stat, cls, open: openAt, close: closeAt });
      }
    }
  }
}

/** Counts of what comes whole: "12,480 đoàn viên" on a page that parts thousands with commas is 12480, not 12.48. */
const WHOLE_COUNTS = new Set(["members.count", "members.new", "unions.count", "unions.new", "participants", "gifts.count", "awards.collective", "awards.individual", "activities.count"]);
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/u;
function commaThousands(a: Amount, metric: string): number | null {
  if (a.unit !== "count" || a.hasScale || !WHOLE_COUNTS.has(metric) || !COMMA_THOUSANDS.test(a.digits)) return null;
  return Number(a.digits.replaceAll(",", ""));
}

/** Whether nothing but white space follows the sentence in the page (a page cut off ends in one). */
function endsThePage(doc: ReportDocument, sentence: Segment): boolean {
  for (let i = sentence.end; i < doc.view.length; i++) if (!isSpaceUnit(doc.view.charCodeAt(i))) return false;
  return true;
}

/** Whether `at` stands inside parentheses opened before it in `s`. */
function insideParentheses(s: string, at: number): boolean {
  return s.lastIndexOf("(", at) > s.lastIndexOf(")", at);
}

/** The characters from `from` to `to` outside parentheses: a breakdown between a count and its price does not part them. */
function gapOutsideParentheses(s: string, from: number, to: number): number {
  let gap = 0;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
    else if (depth === 0) gap++;
  }
  return gap;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** "10 suất quà mỗi suất trị giá 300.000đ" -> gifts.value 3.000.000, derived from count x price. */
function derivedTotal(doc: ReportDocument, sentence: Segment, count: { stat: Statistic; end: number }, price: Statistic): Statistic {
  const start = count.stat.span[0];
  const end = price.span[1];
  return {
    ...price,
    value: round(count.stat.value * price.value),
    // "gần 400 suất ..., mỗi suất 500.000 đồng": about 200 million
    qualifier: count.stat.qualifier === "exact" ? price.qualifier : count.stat.qualifier,
    basis: "derived",
    subject: count.stat.subject,
    text: doc.text.slice(start, end),
    span: [start, end],
  };
}

/** Parts of a breakdown: "59 CĐCS (Khối giáo dục có 32 CĐCS; ...)" -> subject "CĐCS (Khối giáo dục)". */
function attachBreakdown(stat: Statistic, s: string, at: number, parents: { stat: Statistic; open: number; close: number }[]) {
  const parent = parents.find((p) => at > p.open && at < p.close);
  if (!parent) return;
  const from = Math.max(parent.open + 1, s.lastIndexOf(";", at) + 1);
  const part = s
    .slice(from, at)
    .replace(/\s*(?:có|gồm|là|với|:)\s*$/iu, "")
    .trim();
  if (part) stat.subject = `${stat.subject ?? parent.stat.subject ?? ""} (${part})`.trim();
}

interface AwardMention {
  start: number;
  end: number;
  name: string;
  title: boolean;
}

const AWARD_RES = AWARDS.map((a) => ({ re: caseless(a.pattern.source, "giu"), name: a.name, title: a.title === true }));
/** Any award at all: where the first one starts, or -1. */
const ANY_AWARD = caseless(AWARDS.map((a) => a.pattern.source).join("|"), "iu");

function findAwards(s: string): AwardMention[] {
  const found: AwardMention[] = [];
  // most sentences name no award: one scan for all of them spares a scan for each, and where
  // some award is named first, none starts before it
  const first = s.search(ANY_AWARD);
  if (first < 0) return found;
  for (const a of AWARD_RES) {
    a.re.lastIndex = first;
    // an exec loop finds what matchAll finds, without cloning the pattern for every sentence
    for (let m: RegExpExecArray | null; (m = a.re.exec(s)); a.re.lastIndex += m[0].length > 0 ? 0 : s.codePointAt(m.index)! > 0xffff ? 2 : 1) {
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && f.end > start)) continue;
      found.push({ start, end, name: a.name, title: a.title });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** ", 08 cá nhân", " và 47 cá nhân": coordinated numbers sharing the phrase after a noun */
const COORDINATED_NUMBERS = vre(String.raw`^(?:\s*(?:,|và)\s*(?:\d[\d.]*|[\p{L}]+)\s+(?:tập thể|cá nhân|đoàn viên|đồng chí|cán bộ|đơn vị)[^,;]{0,10}?)*`, "iu");

/**
 * The award of an awards statistic: named right after the counted noun, in a passive phrase
 * after the coordinated numbers ("06 tập thể, 08 cá nhân được LĐLĐ huyện tặng Giấy khen"), or
 * before the numbers in the same clause ("tặng Bằng khen cho 02 tập thể, 04 cá nhân").
 */
function attachAward(stat: Statistic, s: string, at: number, subjectEnd: number, awards: AwardMention[]) {
  // "02 Bằng khen của UBND huyện ... cho 02 tập thể": the award counted is the award
  const own = awards.find((a) => a.start >= at && a.start < subjectEnd);
  if (own) {
    stat.award = own.name;
    stat.grantor = grantorOf(s, own.end);
    return;
  }
  const end = clauseEnd(s, subjectEnd);
  // skip the coordinated numbers that share the phrase: ", 08 cá nhân", " và 47 cá nhân"
  const tail = s.slice(subjectEnd, end);
  const coordinated = COORDINATED_NUMBERS.exec(tail);
  const phraseStart = subjectEnd + (coordinated ? coordinated[0].length : 0);
  const phrase = s.slice(phraseStart, end);
  const phraseEnd = phraseStart + (/^[^,;]*(?:,\s*(?:trong|có|đã|với)[^,;]*)?/u.exec(phrase)?.[0].length ?? 0);
  // "tặng Cờ thi đua cho 2 tập thể, Bằng khen cho 9 tập thể": an award given "cho" the next numbers is theirs
  const after = awards.find(
    (a) => a.start >= subjectEnd && a.end <= Math.max(phraseEnd, subjectEnd + 60) && a.start < end && !givenToNext(s, subjectEnd, a),
  );
  const passive = /^\s*(?:đã\s+)?(?:được|nhận|đạt|đón nhận)/iu.test(phrase) || (after && after.start - subjectEnd < 6);
  // "cho 02 tập thể, 04 cá nhân, tặng Cờ thi đua cho 01 tập thể": a new giving verb starts another group
  const between = after ? s.slice(subjectEnd, after.start) : "";
  const newGift = /(?:^|[\s,;])(?:tặng|trao|khen thưởng)(?:\s|$)/iu.test(between) && !/(?:^|\s)được\s/u.test(between);
  if (after && !newGift && (passive || after.start - subjectEnd < 40)) {
    stat.award = after.name;
    stat.grantor = grantorIn(s.slice(phraseStart, after.start)) ?? grantorOf(s, after.end);
    return;
  }
  const clause = clauseStart(s, at);
  // an award before the numbers governs them when it is given "cho" them: "tặng Bằng khen cho 02 tập thể, 04 cá nhân"
  let before = awards.filter((a) => a.end <= at && a.start >= clause && /(?:^|\s)cho\s/u.test(s.slice(a.end, at))).pop();
  // "Bằng khen về phong trào "Giỏi việc nước, đảm việc nhà" cho 02 tập thể": the title names the movement, the award is the Bằng khen
  if (before?.title) {
    const b = before;
    const held = awards.filter((a) => !a.title && a.end <= b.start && a.start >= clause && !/(?:^|\s)cho\s/u.test(s.slice(a.end, b.start))).pop();
    if (held) before = held;
  }
  if (before) {
    stat.award = before.name;
    stat.grantor = grantorOf(s, before.end) ?? grantorIn(s.slice(clause, before.start));
    return;
  }
  // 'Hưởng ứng phong trào "Giỏi việc nước, đảm việc nhà", có 310 nữ đoàn viên đạt danh hiệu': the title named before
  const title = TITLE_HELD.test(phrase) ? awards.filter((a) => a.title && a.end <= at && a.start >= clause).pop() : undefined;
  if (title) stat.award = title.name;
  stat.grantor = grantorIn(phrase.slice(0, 60));
}

/** "... đạt danh hiệu." with no title after it: the title is the one the clause named before. */
const TITLE_HELD = /^\s*(?:đã\s+)?(?:đạt|được công nhận|được công nhận đạt|giữ vững)\s+(?:danh hiệu|các danh hiệu)?\s*(?:[.;,]|$)/iu;

/**
 * An award after a count that heads the next group rather than this one: it is followed by
 * "cho" and the words between carry no passive verb ("2 tập thể, Bằng khen cho 9 tập thể").
 */
function givenToNext(s: string, subjectEnd: number, a: AwardMention): boolean {
  if (/(?:^|\s)(?:được|nhận|đạt|đón nhận)\s/u.test(s.slice(subjectEnd, a.start))) return false;
  return /^\s*(?:"[^"]*"\s*)?(?:(?:của|do)\s+[^,;]{1,60}?\s+)?cho\s/u.test(s.slice(a.end, a.end + 90));
}

/** "Bằng khen của Tổng LĐLĐ Việt Nam" -> the body after "của". */
function grantorOf(s: string, awardEnd: number): string | null {
  const m = /^\s*(?:"[^"]*"\s*)?(?:toàn diện\s+|xuất sắc\s+)?(?:của|do)\s+/u.exec(s.slice(awardEnd));
  if (!m) return null;
  return grantorIn(s.slice(awardEnd + m[0].length, awardEnd + m[0].length + 80), true);
}

function grantorIn(s: string, anchored = false): string | null {
  const m = GRANTOR.exec(s);
  if (!m || (anchored && m.index !== 0)) return null;
  return m[0].trim();
}

/** One statistic per span and metric: headline and caption repeats stay, exact duplicates go. */
function dedupe(list: Statistic[]): Statistic[] {
  // kept by where they start, then compared field by field: the same as a key of all five
  // fields written out, without writing each number as text
  const kept = new Map<number, Statistic[]>();
  return list.filter((s) => {
    const same = kept.get(s.span[0]);
    if (!same) {
      kept.set(s.span[0], [s]);
      return true;
    }
    if (same.some((k) => sameNumber(k.span[1], s.span[1]) && k.metric === s.metric && sameNumber(k.value, s.value) && k.basis === s.basis)) return false;
    same.push(s);
    return true;
  });
}

/** Whether two numbers read the same as text: equal, or both NaN. */
function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

export type { Amount };
