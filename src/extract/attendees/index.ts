/**
 * Attendees: every named person taking part in the reported meeting, with honorific, name,
 * title, organization and role, and the bodies that attended without a named person.
 * Three ways a report names someone, tried in order:
 *  1. an honorific before the name: "đồng chí Lê Thị Hạnh, Phó Chủ tịch ...", "đ/c Trần Minh Đức";
 *  2. a list after a colon: "có các đồng chí: Nông Thị Mai- Phó chủ tịch ..., Đinh Công Sơn- ...",
 *     "các Phó Chủ tịch Tổng LĐLĐ Việt Nam: Vũ Minh Hải; Đỗ Thanh Tùng, ...";
 *  3. a title before the name: "Chủ tịch Liên đoàn Lao động tỉnh Phạm Thu Trang".
 * Mentions of one person are merged (first span kept, fullest title kept).
 */
import type { ReportDocument, Segment } from "../../document.js";
import { ADDRESS_FORMS, ADDRESS_HONORIFIC, DONE_BY_AFTER, HONORIFIC, honorificValue, mayStartPosition, NOT_ADDRESS_BEFORE, OFFICE_TAKEN, PERSON_SURNAMES, POSITION_START, RECIPIENT_BEFORE, PREFIX_CUE, ROLE_NOUNS, STRONG_MIDDLE_NAMES, TAKES_PART_OF, TITLE_STOP, UNNAMED_BODY_LEAD } from "../../lexicon/people.js";
import type { Attendee, AttendeeRole } from "../../schema/report.js";
import type { ArticleFacts } from "../meeting/index.js";
import { canonicalOrgName } from "../meeting/organizer.js";
import { allMatches, isUpperUnit, LETTER, unitClass } from "../../lexicon/regex.js";
import { capitalizedRun, contextBefore, looksLikeName, nameAfterHonorific, nameInRun, nameKey, notAPersonName, PLACE_BEFORE, type NameRun } from "./names.js";
import { isWordUnit } from "./chars.js";
import { roleOf } from "./roles.js";
import { organizationOf, titleAfter, titleBefore } from "./titles.js";

interface Mention {
  name: string;
  honorific: string | null;
  title: string | null;
  /** offsets in the sentence: whole mention, and the name itself */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  role: AttendeeRole;
}

const CITED_BEFORE = /(?:của|do|thay|thay cho|kế nhiệm|tiếp nối công việc của|(?:kết quả|thành quả|thành tích|công sức) mà)\s+(?:các\s+)?$/iu;
const ELECTED_TITLE = /^\s*(?:được\s+)?(?:tín nhiệm\s+)?(?:bầu\s+)?(?:tiếp tục\s+)?(?:tái đắc cử|đắc cử|trúng cử|giữ chức|làm|được bầu giữ chức|được chỉ định giữ chức)\s+(?:chức\s+(?:danh\s+)?)?/iu;

/** Does [start, end) fall inside a mention already found (its name or its title)? */
function overlaps(list: Mention[], start: number, end: number): boolean {
  return list.some((m) => Math.min(m.start, m.nameStart) < end && Math.max(m.end, m.nameEnd) > start);
}

/** The title of a person named before "giữ chức Chủ tịch ..." / "tái đắc cử Chủ tịch ...". */
function titleAfterElection(s: string, at: number): { title: string; end: number } | null {
  const m = ELECTED_TITLE.exec(s.slice(at));
  if (!m) return null;
  const from = at + m[0].length;
  if (!mayStartPosition(s, from, s.length) || !POSITION_START.test(s.slice(from))) return null;
  const t = /^[^,;.()]+/u.exec(s.slice(from));
  if (!t) return null;
  const title = t[0].replace(/\s+(?:khóa|khoá|nhiệm kỳ|với|vào)\b.*$/u, "").trim();
  return { title, end: from + title.length };
}

const HONORIFICS = new RegExp(HONORIFIC.source, "gu");
/**
 * Without the u flag, which costs a quarter of the scan: the pattern is of BMP characters only
 * (literal words, classes of BMP ranges, \s), and reads a pair's halves (never a letter of its
 * classes) as the u flag reads the pair (a character outside its classes).
 */
const ADDRESS_HONORIFICS = new RegExp(ADDRESS_HONORIFIC.source, "g");
const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A sentence that may hold a name without an honorific: a surname, "Văn"/"Thị"/"A"/..., or an
 * apostrophe followed by a capital (a sentence without one has none of these names). As a
 * pattern (the reference, in the tests):
 * `(?:SURNAMES) [CAPITAL]|'[CAPITAL]| (?:STRONG_MIDDLE_NAMES) [CAPITAL]`, the surname matched
 * anywhere, also at the end of a longer word; read here at each space or apostrophe before a
 * capital, where the pattern with its hundreds of alternatives tried every position.
 */
export function holdsNameCue(s: string): boolean {
  return sentenceShape(s).nameCue;
}
/** Does a surname or a strong middle name (after a space) end at `at`? It starts at the nearest of their first letters (the capitals, which no other letter of theirs is). */
function cueWordEndsAt(s: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - CUE_WORD_LONGEST; k--) {
    if (!CUE_WORD_FIRST[s.charCodeAt(k)]) continue;
    const word = s.slice(k, at);
    if (PERSON_SURNAMES.has(word) || (STRONG_MIDDLE_NAMES.has(word) && k > 0 && s.charCodeAt(k - 1) === 32)) return true;
    if (CUE_WORD_FIRST_ONLY_FIRST) break;
  }
  return false;
}
const CUE_WORDS = [...PERSON_SURNAMES, ...STRONG_MIDDLE_NAMES];
const CUE_WORD_LONGEST = Math.max(...CUE_WORDS.map((w) => w.length));
const CUE_WORD_FIRST = new Uint8Array(65536);
for (const w of CUE_WORDS) CUE_WORD_FIRST[w.charCodeAt(0)] = 1;
/** No word holds one of the first letters after its first (then only the nearest can start a word). */
const CUE_WORD_FIRST_ONLY_FIRST = CUE_WORDS.every((w) => [...w.slice(1)].every((c) => !CUE_WORD_FIRST[c.charCodeAt(0)]));
/** A rough class of capitals (the range Ạ-Ỹ holds small letters too: good enough for a prefilter). */
export const CAPITAL = "A-ZÀ-ÝĂĐĨŨƠƯẠ-Ỹ";
const isCueCapital = unitClass(new RegExp(`^[${CAPITAL}]$`, "u"));
/** The role nouns as written, in lower case and capitalised, longest first. */
const ROLE_NOUN_FORMS = ROLE_NOUNS.flatMap((r) => [r.noun, r.noun.charAt(0).toUpperCase() + r.noun.slice(1)]).sort((a, b) => b.length - a.length);
/** ROLE_NOUN_FORMS by their last code unit, longest first. */
const ROLE_NOUN_FORMS_BY_LAST = new Map<number, string[]>();
for (const form of ROLE_NOUN_FORMS) {
  const last = form.charCodeAt(form.length - 1);
  ROLE_NOUN_FORMS_BY_LAST.set(last, [...(ROLE_NOUN_FORMS_BY_LAST.get(last) ?? []), form]);
}
/**
 * A role noun, a space and a capital: "đoàn viên Hầu ..." (the word start is checked on each), as
 * the matches of `(?:ROLE_NOUN_FORMS) (?=[CAPITAL])` in order, looked for only before the words of
 * `pairs`: a name read after the noun (two syllables or more) begins at one of them. The longest
 * noun ending there is the pattern's match (the nouns hold no capital after a space, so no match
 * runs over another).
 */
export function roleNounsBeforeWords(s: string, pairs: number[]): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const at = pairs[k]!;
    if (at < 2 || s.charCodeAt(at - 1) !== 32 || !isCueCapital(s.charCodeAt(at))) continue;
    const forms = ROLE_NOUN_FORMS_BY_LAST.get(s.charCodeAt(at - 2));
    if (!forms) continue;
    for (const noun of forms) {
      if (at - 1 < noun.length || !s.startsWith(noun, at - 1 - noun.length)) continue;
      out.push({ index: at - 1 - noun.length, 0: `${noun} ` });
      break;
    }
  }
  return out;
}

/** Does the person's mention cite someone outside the meeting ("tiếp nối công việc của đồng chí ...")? */
function citedBefore(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 40), start);
  if (!CITED_BEFORE.test(before) || TAKES_PART_OF.test(before)) return false;
  // "báo cáo do bà ..., Phó Chủ tịch ... trình bày": the person presents; "do bà ... làm Chủ
  // tịch": takes an office (the words a title read in are looked at too)
  if (!/(?:^|\s)do\s+(?:các\s+)?$/iu.test(before)) return true;
  return !(DONE_BY_AFTER.test(s.slice(end)) || OFFICE_TAKEN.test(s.slice(start, end + 24)));
}

const LETTER_RE = new RegExp(`[${LETTER}]`, "u");

/** A capital letter, or half of a character outside the BMP (whose letters may be capitals: "𝐍𝐠𝐮𝐲ễ𝐧"). */
const mayBeCapital = (unit: number): boolean => (unit < 128 ? unit >= 65 && unit <= 90 : (unit >= 0xd800 && unit <= 0xdfff) || isUpperUnit(unit));

/** What one pass over a sentence's characters says of it (see sentenceShape). */
export interface SentenceShape {
  /**
   * The words (from a space, or the start, to a space) that hold a capital and are followed by a
   * space and a capital, as [start, end) pairs: every name of two syllables or more begins in one
   * (its first syllable is the word, or ends it after "(" or a quote). None: no name.
   */
  pairs: number[];
  /** a name without an honorific may be in it: the pattern of NAME_CUE would match */
  nameCue: boolean;
  /** a capital that is no word character (outside LETTER, or outside the BMP: "𝐍𝐠𝐮𝐲ễ𝐧") */
  otherCapital: boolean;
}

/**
 * Can sentence `s` name a person? Every way of reading a name needs two capitalised syllables
 * with one space between ("Nguyễn Văn", "K'Lim Hà"): a word holding a capital, a space, a
 * capital. Half the sentences of a report have none and skip the search. The same pass finds
 * those words (where a name without an honorific may begin: the search for one visits them
 * only), the name cue (NAME_CUE), and capitals that are no word character: one pass over the
 * characters, where a loop or a pattern for each question went over the sentence again.
 */
export function sentenceShape(s: string): SentenceShape {
  const pairs: number[] = [];
  let nameCue = false;
  let otherCapital = false;
  let capitalInWord = false;
  let wordStart = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const unit = s.charCodeAt(i);
    let kind = UNIT_KINDS[unit]!;
    if (kind === 0) kind = unitKind(unit);
    if (unit === 32) {
      if (i + 1 < n) {
        const nextUnit = s.charCodeAt(i + 1);
        let next = UNIT_KINDS[nextUnit]!;
        if (next === 0) next = unitKind(nextUnit);
        if (capitalInWord && next & CAPITAL_UNIT) pairs.push(wordStart, i);
        // NAME_CUE: a surname or "Văn", "Thị", ... before a space and a capital
        if (next & CUE_CAPITAL_UNIT && !nameCue && cueWordEndsAt(s, i)) nameCue = true;
      }
      capitalInWord = false;
      wordStart = i + 1;
    } else if (kind & CAPITAL_UNIT) {
      capitalInWord = true;
      if (kind & OTHER_CAPITAL_UNIT) otherCapital = true;
    } else if (unit === 39 && i + 1 < n && isCueCapital(s.charCodeAt(i + 1))) nameCue = true; // NAME_CUE: "H'Bia"
  }
  return { pairs, nameCue, otherCapital };
}

/** Kinds of code unit for sentenceShape, as bits (0: not yet known). */
const KNOWN_UNIT = 1;
/** mayBeCapital */
const CAPITAL_UNIT = 2;
/** a capital that is no word character: outside LETTER (which holds every capital below U+0500 and those of U+1E00-U+1EFF), or a half of a pair */
const OTHER_CAPITAL_UNIT = 4;
/** a capital of NAME_CUE's rough class */
const CUE_CAPITAL_UNIT = 8;
const UNIT_KINDS = new Uint8Array(65536);
function unitKind(unit: number): number {
  let kind = KNOWN_UNIT;
  if (mayBeCapital(unit)) kind |= unit >= 0x0500 && (unit < 0x1e00 || unit > 0x1eff) ? CAPITAL_UNIT | OTHER_CAPITAL_UNIT : CAPITAL_UNIT;
  if (isCueCapital(unit)) kind |= CUE_CAPITAL_UNIT;
  UNIT_KINDS[unit] = kind;
  return kind;
}

/**
 * Can a word of address stand before a name in the sentence? A name after an honorific begins
 * with a capital right after the honorific, or after the spaces that follow it: at the start of
 * a word of `shape.pairs`; and the honorific (ADDRESS_HONORIFIC) ends with a word of address,
 * "đ/c" or a colon. Without spaces, only a colon or a capital that is no word character (the
 * word boundary after the word of address) can stand between them. A sentence where nothing of
 * the kind is found is not scanned for honorifics.
 */
export function addressBeforeName(s: string, shape: SentenceShape): boolean {
  if (shape.otherCapital) return true;
  const pairs = shape.pairs;
  // the first colon at or after the word, Infinity when there is none (the words come in order:
  // each search starts where the last one found its colon, not from every word to the end again)
  let colon = -1;
  for (let k = 0; k < pairs.length; k += 2) {
    if (colon < pairs[k]!) {
      const next = s.indexOf(":", pairs[k]!);
      colon = next < 0 ? Infinity : next;
    }
    if (colon < pairs[k + 1]! || addressEndsBefore(s, pairs[k]!)) return true;
  }
  return false;
}

/** Does a word of address (ADDRESS_FORMS) or a colon end right before `at`, or before the spaces ahead of it? */
function addressEndsBefore(s: string, at: number): boolean {
  let end = at;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  if (end === 0) return false;
  const last = s.charCodeAt(end - 1);
  if (last === 58) return true; // ":"
  const forms = ADDRESS_FORMS_BY_LAST.get(last);
  if (forms) for (const form of forms) if (end >= form.length && s.startsWith(form, end - form.length)) return true;
  return false;
}
/** ADDRESS_FORMS by their last code unit. */
const ADDRESS_FORMS_BY_LAST = new Map<number, string[]>();
for (const form of ADDRESS_FORMS) {
  const last = form.charCodeAt(form.length - 1);
  ADDRESS_FORMS_BY_LAST.set(last, [...(ADDRESS_FORMS_BY_LAST.get(last) ?? []), form]);
}

const HONORIFIC_AT_START = new RegExp(`^${HONORIFIC.source}\\s*`, "u");
const HONORIFIC_BEFORE = new RegExp(`(?:${HONORIFIC.source})\\s*$`, "u");
const UNNAMED_BODY_LEADS = new RegExp(UNNAMED_BODY_LEAD.source, "giu");


/** The mentions of people in sentence `s`; `prefixes`: does the document hold any honorific prefix ("PGS.TS", "Nhà giáo ưu tú")? */
function mentionsInSentence(s: string, prefixes: boolean): Mention[] {
  const found: Mention[] = [];
  const shape = sentenceShape(s);
  if (shape.pairs.length === 0) return found;
  // the role from the words around the mention; a person listed right after another ("cho đoàn
  // viên A và cô giáo B") shares that person's role when no word of their own says one
  const roleAt = (start: number, end: number): AttendeeRole => {
    const role = roleOf(s, start, end);
    const prev = found.at(-1);
    return role === "other" && prev && prev.end <= start && /^\s*[,;]?\s*(?:và|cùng)?\s*$/u.test(s.slice(prev.end, start)) ? prev.role : role;
  };
  const push = (m: Omit<Mention, "role">, role?: AttendeeRole) => {
    if (overlaps(found, m.nameStart, m.nameEnd)) return;
    found.push({ name: m.name, honorific: m.honorific, title: m.title, start: m.start, end: m.end, nameStart: m.nameStart, nameEnd: m.nameEnd, role: role ?? roleAt(m.start, m.end) });
  };

  // 1. honorific + name (+ title), and lists opened by "đồng chí:"
  // (a prefix may end otherwise than a word of address: "PGS.TS")
  const honorifics = prefixes ? allMatches(HONORIFICS, s) : addressBeforeName(s, shape) ? allMatches(ADDRESS_HONORIFICS, s) : [];
  for (const h of honorifics) {
    const hStart = h.index!;
    const before = s.slice(Math.max(0, hStart - 40), hStart);
    if (PLACE_BEFORE.test(before) || /\d\s*$/u.test(before)) continue; // "tỉnh Bà Rịa", "số 111 Bà Huyện Thanh Quan"
    if (NOT_ADDRESS_BEFORE.test(before) && /^anh$/iu.test(h[0])) continue; // "tiếng Anh"
    let pos = hStart + h[0].length;
    while (s[pos] === " ") pos++;
    const run = nameAfterHonorific(s, pos);
    if (!run) continue;
    const after = titleAfter(s, run.end);
    const election = after ? null : titleAfterElection(s, run.end); // "cô ... được bầu giữ chức Chủ tịch ..."
    const title = after ?? election;
    if (!citedBefore(s, hStart, title?.end ?? run.end)) {
      push({ name: run.syllables.join(" "), honorific: honorificValue(h[0]), title: title?.title ?? null, start: hStart, end: title?.end ?? run.end, nameStart: run.start, nameEnd: run.end }, election ? "elected" : undefined);
    }
    if (h[0].endsWith(":")) readList(s, title?.end ?? run.end, null, push);
    else if (PLURAL_BEFORE.test(before)) {
      // "các đồng chí A và B giữ chức Phó Chủ tịch": the names that follow share the honorific and the office
      const sep = LIST_SEPARATOR.exec(s.slice(title?.end ?? run.end));
      if (sep) pluralList(s, (title?.end ?? run.end) + sep[0].length, run.start, found, push);
    }
  }

  // 2. lists after a colon: "có các đồng chí: A - t1, B - t2", "các Phó Chủ tịch ...: A; B, C"
  for (let i = s.indexOf(":"); i >= 0; i = s.indexOf(":", i + 1)) {
    const pre = s.slice(Math.max(0, i - 90), i);
    const shared = titleBefore(s, i);
    if (/(?:các đồng chí|đồng chí|đ\/c|gồm|gồm có|tham dự có|dự có|tới dự có)\s*$/iu.test(pre)) readList(s, i + 1, null, push);
    else if (shared && /(?:^|\s)các\s+$/iu.test(s.slice(Math.max(0, shared.start - 5), shared.start))) {
      // "các Phó Chủ tịch Tổng LĐLĐ Việt Nam: A; B, C": the title is shared by the names
      readList(s, i + 1, shared.title, push);
    }
  }

  // 3. title + name: "Chủ tịch LĐLĐ tỉnh Nguyễn Thị Mai Lan", "Phó Chủ tịch UBND tỉnh Siu Y Kiên"
  // (a name without an honorific has a surname, "Văn"/"Thị" or an apostrophe: without one, none)
  // (a run of two syllables or more begins in a word of shape.pairs: the capitals of the others are passed over)
  const nameCue = shape.nameCue;
  const pairs = nameCue ? shape.pairs : [];
  let passed = 0;
  for (let k = 0; k < pairs.length; k += 2) for (let i = Math.max(pairs[k]!, passed), wordEnd = pairs[k + 1]!; i < wordEnd; i++) {
    // a capital first (below 128 that is A-Z): two Unicode tests on every character cost a tenth of the run
    const unit = s.charCodeAt(i);
    if (unit < 128 ? unit < 65 || unit > 90 : !isUpperUnit(unit)) continue;
    if (i > 0 && isWordUnit(s.charCodeAt(i - 1))) continue;
    const run = capitalizedRun(s, i, 8);
    if (!run) continue;
    i = run.end;
    passed = run.end + 1;
    if (run.syllables.length < 2) continue;
    const name = nameInRun(run, contextBefore(s, run.start));
    if (!name || overlaps(found, name.start, name.end)) continue;
    const tb = titleBefore(s, name.start);
    // a name right after an honorific was read (or left out, when cited) by the honorific loop
    // (a "title" holding "đồng chí" runs over another person: "... thay các đồng chí A và B")
    if (!tb || HONORIFIC_BEFORE.test(s.slice(Math.max(0, name.start - 30), name.start)) || /(?:^|\s)của\s/u.test(tb.title) || /đồng chí|đ\/c/iu.test(tb.title)) continue;
    // inside a quoted name ("Công nhân viên chức lao động Đồng Nai ...") there are no people
    if ((s.slice(0, tb.start).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    const after = titleAfter(s, name.end);
    if (citedBefore(s, tb.start, after?.end ?? name.end)) continue;
    push({ name: name.syllables.join(" "), honorific: null, title: after && after.title.length > tb.title.length ? after.title : tb.title, start: tb.start, end: after?.end ?? name.end, nameStart: name.start, nameEnd: name.end });
  }

  // 4. a role noun + name: "bàn giao nhà ... cho đoàn viên Hầu Thị Mai", "công nhân Lý Văn Sính phát biểu"
  if (nameCue) {
    for (const r of roleNounsBeforeWords(s, shape.pairs)) {
      const at = r.index + r[0].length;
      if (!isUpperUnit(s.charCodeAt(at)) || (r.index > 0 && LETTER_RE.test(s[r.index - 1]!))) continue;
      const run = capitalizedRun(s, at, 5);
      // the whole run right after the noun is the name
      if (!run || nameInRun(run, "none")?.start !== run.start || overlaps(found, run.start, run.end)) continue;
      // "điều dưỡng Vi Thị Thơm giữ chức Phó Chủ tịch": the office elected to is the title, not the noun
      const titled = titleAfter(s, run.end);
      const election = titled ? null : titleAfterElection(s, run.end);
      const after = titled ?? election;
      const end = after?.end ?? run.end;
      if (citedBefore(s, r.index, end)) continue;
      const recipient = RECIPIENT_BEFORE.test(s.slice(Math.max(0, r.index - 30), r.index));
      const role = election ? "elected" : recipient ? "awardee" : roleAt(r.index, end);
      if (role === "other") continue;
      push({ name: run.syllables.join(" "), honorific: null, title: after?.title ?? r[0].trim(), start: r.index, end, nameStart: run.start, nameEnd: run.end }, role);
      // "cho đoàn viên A (công nhân ...) và B (...)": the names listed after it share the noun
      if (after) continue;
      for (let pos = run.end; ; ) {
        const sep = LISTED_NEXT.exec(s.slice(pos, pos + 120));
        if (!sep) break;
        const at2 = pos + sep[0].length;
        if (!isUpperUnit(s.charCodeAt(at2))) break;
        const next = capitalizedRun(s, at2, 5);
        if (!next || next.syllables.length < 2 || !looksLikeName(next.syllables) || overlaps(found, next.start, next.end)) break;
        push({ name: next.syllables.join(" "), honorific: null, title: r[0].trim(), start: next.start, end: next.end, nameStart: next.start, nameEnd: next.end }, role);
        pos = next.end;
      }
    }
  }
  return found;
}

/** After a name of a list: its note in parentheses, then "," or "và" and the next name. */
const LISTED_NEXT = /^\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*|\s+và\s+|,\s*và\s+)(?=\p{Lu})/u;

/** A dash right after a name, before its title: "A - Chủ tịch", "A– Phó Chủ tịch". */
const DASH_AFTER = /^\s?[-–]/u;

/** "các" before an honorific: several people follow ("các đồng chí A và B ..."). */
const PLURAL_BEFORE = /(?:^|\s)các\s+$/iu;
/** Between two names of a list: a comma, a semicolon or "và". */
const LIST_SEPARATOR = /^\s*(?:[,;]|và)\s*/u;

/**
 * The further names after "các đồng chí A": "và B", ", B và C"; when an election follows the
 * last ("... giữ chức Phó Chủ tịch"), everyone of the list without a title of their own holds it.
 * The names share the honorific too.
 */
function pluralList(s: string, from: number, firstNameStart: number, found: Mention[], push: (m: Omit<Mention, "role">) => void) {
  // the list's first person; when left out ("thay các đồng chí A và B": cited), so are the others
  const head = found.at(-1)?.nameStart === firstNameStart ? found.at(-1)! : null;
  if (!head) return;
  const added = found.length;
  readList(s, from, null, push);
  if (found.length === added) return;
  const listed = [head, ...found.slice(added)];
  for (const m of listed) m.honorific ??= head.honorific;
  const last = found[found.length - 1]!;
  const election = last.title ? null : titleAfterElection(s, last.end);
  if (!election) return;
  for (const m of listed) {
    if (m.title) continue;
    m.title = election.title;
    m.role = "elected";
  }
  last.end = election.end;
}

/** Items of a list of people: "A - title, B - title; C" until an item is not a name. */
function readList(s: string, from: number, sharedTitle: string | null, push: (m: Omit<Mention, "role">) => void) {
  let pos = from;
  for (let guard = 0; guard < 30; guard++) {
    while (s[pos] === " ") pos++;
    const hon = HONORIFIC_AT_START.exec(s.slice(pos));
    let itemStart = pos;
    let honorific: string | null = null;
    if (hon) {
      honorific = honorificValue(hon[0].replace(/\s*:?\s*$/u, ""));
      pos += hon[0].length;
    }
    const run: NameRun | null = capitalizedRun(s, pos, 5);
    if (!run || run.syllables.length < 2 || run.syllables.length > 5) break;
    const title = titleAfter(s, run.end);
    // a name of a shape the lexicon does not know ("Hờ Mơ Ly - Chủ tịch ...") is still the next
    // item when a dash and a position follow it, as in the list's other items
    const dashed = title !== null && DASH_AFTER.test(s.slice(run.end, run.end + 3)) && !notAPersonName(run.syllables);
    if (!honorific && !looksLikeName(run.syllables) && !sharedTitle && !dashed) break;
    // "...; Trần Văn A, kỹ thuật viên Công ty B; ...": a description no title reads, in a list
    // parted by ";", runs to the next ";" and says who the person is
    const described = !title && DESCRIPTION_TO_SEMICOLON.test(s.slice(run.end, run.end + 160)) ? s.indexOf(";", run.end) : -1;
    const itemTitle = title?.title ?? (described > 0 ? s.slice(run.end + 1, described).trim() : sharedTitle);
    const itemEnd = title?.end ?? (described > 0 ? described : run.end);
    push({ name: run.syllables.join(" "), honorific, title: itemTitle, start: itemStart, end: itemEnd, nameStart: run.start, nameEnd: run.end });
    pos = itemEnd;
    const sep = /^\s*(?:[,;]|và)\s*/u.exec(s.slice(pos));
    if (!sep) break;
    pos += sep[0].length;
    itemStart = pos;
  }
}

/** ", " and lower-case words up to a ";" (no sentence ends before it). */
const DESCRIPTION_TO_SEMICOLON = /^,\s*\p{Ll}[^;.:]*;/u;

/**
 * The name as a value: the view's canonical letters (modern tone placement), the apostrophe of
 * names like "K’Lim" always the typographic one, however the input wrote it ("K'Lim", "K‘Lim",
 * "K`Lim"): the same name gives the same value, to compare, count and look up in a spreadsheet.
 */
function nameValue(canonical: string): string {
  return canonical.replaceAll("'", "’");
}

/** A past decade or a span of years of life: "những năm 1980", "thập niên 90", "(1925 - 1990)". */
const PAST_DECADE = /những năm (?:19|20)?\d0\b|thập (?:niên|kỷ) (?:19|20)?\d0\b|\(\s*(?:18|19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*\)/iu;
/** Whether what follows a name in its clause places the person in the past (PAST_DECADE). */
function inThePast(s: string, nameEnd: number): boolean {
  let end = nameEnd;
  // to the end of the clause: the next ";" or "." or 120 characters
  while (end < s.length && end - nameEnd < 120 && s.charCodeAt(end) !== 59 && s.charCodeAt(end) !== 46) end++;
  return PAST_DECADE.test(s.slice(nameEnd, end));
}

const ROLE_RANK: Record<AttendeeRole, number> = { chair: 0, presenter: 1, elected: 2, guest: 3, speaker: 4, awardee: 5, other: 6 };

export function extractAttendees(doc: ReportDocument, facts: ArticleFacts): Attendee[] {
  const byKey = new Map<string, Attendee>();
  const unnamed: Attendee[] = [];
  // one test of the whole text is cheaper than one of each sentence
  const prefixes = PREFIX_CUE.test(doc.view);
  for (const sentence of doc.bodySentences()) {
    const s = doc.view.slice(sentence.start, sentence.end);
    for (const m of mentionsInSentence(s, prefixes)) {
      if (doc.touchesFurniture(sentence.start + m.nameStart, sentence.start + m.nameEnd)) continue;
      // "... như đồng chí <name>, nguyên Chủ tịch Công đoàn huyện những năm 1970": a
      // person of the past, recalled, takes no part (one with a role in the meeting does)
      if (m.role === "other" && inThePast(s, m.nameEnd)) continue;
      const key = nameKey(m.name);
      const existing = byKey.get(key);
      if (existing) {
        existing.mentions++;
        if (m.title && (!existing.title || m.title.length > existing.title.length)) {
          existing.title = m.title;
          existing.organization = organizationOf(m.title);
        }
        if (existing.role === "other" || (m.role !== "other" && ROLE_RANK[m.role] < ROLE_RANK[existing.role] && existing.role !== "guest")) existing.role = m.role;
        if (!existing.honorific && m.honorific) existing.honorific = m.honorific;
        continue;
      }
      const { text, span } = doc.excerpt(sentence.start + m.start, sentence.start + m.end);
      byKey.set(key, { name: nameValue(m.name), honorific: m.honorific, title: m.title, organization: organizationOf(m.title), role: m.role, text, span, mentions: 1 });
    }
    for (const body of unnamedBodies(doc, sentence, s)) unnamed.push(body);
  }
  void facts;
  // "bà Mỹ Lan" after "Bà Ka Thị Mỹ Lan, ... Chủ tịch LĐLĐ huyện": a person named again by
  // the last words of a name found earlier is that person, counted there
  const keys = [...byKey.keys()];
  for (const [key, person] of byKey) {
    const fuller = keys.find((k) => k !== key && k.endsWith(` ${key}`) && byKey.get(k)!.span[0] < person.span[0]);
    if (!fuller || key.split(" ").length < 2) continue;
    byKey.get(fuller)!.mentions += person.mentions;
    byKey.delete(key);
  }
  return [...byKey.values(), ...unnamed].sort((a, b) => a.span[0] - b.span[0]);
}

const BODY_START = /^(?:Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Đoàn|Sở|Phòng|Đảng ủy|Đảng uỷ|Huyện ủy|Tỉnh ủy|Quận ủy|Thành ủy|Liên đoàn|LĐLĐ|Công đoàn|CĐ|các công đoàn|các CĐCS|Mặt trận|Văn phòng|Bộ|Tổng Liên đoàn|Tổng LĐLĐ|Thường trực|UBKT|Ủy ban Kiểm tra)/u;

/** "dự", "tham dự", ... ("dự kiến", "dự án" are other words). */
const ATTENDS = /(?:^|\s)(?:dự|tham dự|tới dự|về dự|đến dự)(?:\s(?!kiến|án|thảo|báo|toán|phòng|khuyết|trữ|định|thi)|,)/iu;
/** Does `s` hold "dự" in any case? Plain searches, far cheaper than ATTENDS, which every match of holds one. */
const holdsDu = (s: string): boolean => s.includes("dự") || s.includes("Dự") || s.includes("DỰ") || s.includes("dỰ");

/** "Dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh, ...": bodies without a named person. */
function unnamedBodies(doc: ReportDocument, sentence: Segment, s: string): Attendee[] {
  if (!holdsDu(s) || !ATTENDS.test(s)) return [];
  const out: Attendee[] = [];
  for (const m of allMatches(UNNAMED_BODY_LEADS, s)) {
    let pos = m.index! + m[0].length;
    for (let guard = 0; guard < 12; guard++) {
      const rest = s.slice(pos);
      const item = /^[^,;.]+/u.exec(rest);
      if (!item) break;
      // the body's name ends where a verb begins ("... Cần Thơ cho biết", "... vinh dự tham dự")
      const cut = TITLE_STOP.exec(item[0]);
      const raw = (cut && cut.index > 0 ? item[0].slice(0, cut.index) : item[0]).replace(/\s+(?:và|cùng)\s+(.*)$/u, (m, rest: string) => (/^\p{Lu}/u.test(rest) && !BODY_START.test(rest) ? m : "")).replace(/\s+(?:cho biết|vinh dự|đã|đang|sẽ)(?:\s.*)?$/u, "").trim();
      const andNext = /\s+và\s+/u.exec(item[0]);
      const lead = item[0].length - item[0].trimStart().length;
      if (!BODY_START.test(raw) || /đồng chí|đ\/c/iu.test(raw)) break;
      const start = pos + lead;
      const { text, span } = doc.excerpt(sentence.start + start, sentence.start + start + raw.length);
      if (!doc.touchesFurniture(sentence.start + start, sentence.start + start + raw.length)) {
        out.push({ name: null, honorific: null, title: null, organization: canonicalOrgName(raw), role: "guest", text, span, mentions: 1 });
      }
      if (andNext && BODY_START.test(item[0].slice(andNext.index + andNext[0].length))) {
        // "Công đoàn ngành Y tế và Công đoàn Viên chức tỉnh": the next body follows "và"
        pos += andNext.index + andNext[0].length;
        continue;
      }
      pos += item[0].length;
      const sep = /^\s*[,;]\s*/u.exec(s.slice(pos));
      if (!sep) break;
      pos += sep[0].length;
    }
  }
  return out;
}
