/**
 * The organizer: the body that held the meeting. Read as the name standing before a holding
 * verb ("Liên đoàn lao động huyện Quảng Hòa đã tổ chức Hội nghị"), or inside a congress name
 * ("Đại hội Công đoàn huyện KBang lần thứ VIII"); abbreviations are expanded, the level and
 * the locality are read from the name.
 */
import { expandAbbreviations } from "../../lexicon/abbreviations.js";
import {
  ADMIN_UNITS,
  CENTRAL_CITIES,
  GENERIC_ORG_NAMES,
  NOT_THE_MEETING_BEFORE,
  ORG_ALIASES,
  HOLD_VERB,
  LEVEL_WORDS,
  NATIONAL_BODY,
  NATIONAL_CONGRESS,
  ORG_HEAD,
  ORG_HEAD_SCAN,
  ORG_INNER_AFTER,
  ORG_INNER_WORDS,
  ORG_STOP_WORDS,
  PLACE,
} from "../../lexicon/meeting.js";
import type { Level, Organizer } from "../../schema/report.js";
import { allMatches, isSpaceUnit, vre } from "../../lexicon/regex.js";
import { hasAsciiLower } from "./chars.js";
import { MIDDLE_NAMES, SURNAMES } from "../../lexicon/people.js";

/**
 * Whether a code unit ends a word of a name: white space (what \s matches: all of it is in the
 * Basic Multilingual Plane, so a surrogate is never one) or one of , ; : ( ) ". Words are runs
 * of the other units, as /[^\s,;:()"]+/u reads them.
 */
export function endsWord(c: number): boolean {
  return isSpaceUnit(c) || c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34;
}
/**
 * A body's head word right at a given offset (sticky: no search past it). Callers start a name
 * after a space or at a head word's own match, so the word boundary before it holds.
 */
const ORG_HEAD_AT = new RegExp(ORG_HEAD.source, "uy");

/** The name so far ends in a union's head word: "Công đoàn", "Ban Chấp hành Công đoàn". */
const UNION_HEAD_END = /(?:^|\s)(?:Công đoàn|Công Đoàn|CĐ)$/u;
const BLOC_END = /(?:^|\s)Khối$/u;
const UNITS = ADMIN_UNITS.join("|");
/** "Công đoàn phường" (a kind of unit, no unit named) */
const UNIT_AT_END = new RegExp(`(?:^|\\s)(?:Công đoàn|Công Đoàn|CĐ)\\s+(?:${UNITS})$`, "u");
/** ", phường, thị trấn tại tỉnh Hà Nam", " và thị trấn": more kinds of unit, then where they are */
const UNIT_LIST = vre(
  `^(?:\\s*(?:,|và)\\s*(?:${UNITS})(?![\\p{L}]))+(?:\\s+(?:tại|ở|trên địa bàn)\\s+(?:(?:tỉnh|thành phố|TP\\.?)\\s*)?\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)*)?`,
  "u",
);

/** A kind of unit or a capitalised word after the first word of a name: it says which union. */
const NAMES_A_UNIT = vre(String.raw`(?:tỉnh|huyện|quận|thị xã|thành phố|TP|phường|xã|thị trấn|Việt Nam|VN)(?![\p{L}])|\s\p{Lu}[\p{Ll}\p{M}]`, "u");

const CAPITALIZED = /^[\p{Lu}\d]/u;
/** Starts with a capital or a digit (ASCII answered without the pattern). */
const isCapitalized = (w: string) => {
  const c = w.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c >= 97 && c <= 122) return false;
  return CAPITALIZED.test(w);
};
const isDigit = (c: number) => c >= 48 && c <= 57;
/** `s.slice(from, to)` is one or more plain spaces (what /^ +$/ tests). */
function onlySpaces(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 32) return false;
  return true;
}
/** Every digit (what /^\d+$/ tests of a non-empty word). */
function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isDigit(w.charCodeAt(i))) return false;
  return true;
}
const COMPANY_WORDS = ["Công ty", "Tập đoàn", "Tổng công ty", "Nhà máy", "Xí nghiệp", "TNHH", "Cổ phần", "CP"];
const CAPITALISED_VERB = /^(?:Tổ chức|Tổng kết|Sơ kết|Triển khai|Long trọng|Tiến hành|Phối hợp|Biểu dương|Tuyên dương|Trao|Tặng|Đã|Vừa|Sẽ)(?![\p{L}])/iu;

/** What follows the body after "do": "do LĐLĐ tỉnh tổ chức", "do ... phối hợp tổ chức". */
const HELD_BY_AFTER = /^\s*(?:đứng ra\s+|phối hợp\s+)?tổ chức(?![\p{L}\p{M}])/u;

/**
 * The body's name starting at `at` in `s`: the head word, then words that belong in a name
 * (capitalised words, administrative words, the inner words of union names).
 */
export function readOrgName(s: string, at: number): { name: string; end: number } | null {
  ORG_HEAD_AT.lastIndex = at;
  const head = ORG_HEAD_AT.exec(s);
  if (!head) return null;
  let end = at + head[0].length;
  // where the next word is looked for
  let from = end;
  // no body's name runs past 40 words: the bound keeps a page of capitalised words linear
  let words = 0;
  // "Liên đoàn Lao động (LĐLĐ) huyện ...": the abbreviation in parentheses, left out of the name
  const skipped: [number, number][] = [];
  while (++words <= 40) {
    // the next word: [start, stop)
    let start = from;
    while (start < s.length && endsWord(s.charCodeAt(start))) start++;
    if (start >= s.length) break;
    let stop = start + 1;
    while (stop < s.length && !endsWord(s.charCodeAt(stop))) stop++;
    from = stop;
    // only plain spaces may separate the words of a name
    if (!onlySpaces(s, end, start)) {
      if (skipped.length === 0 && s.slice(end, start) === " (" && /^\p{Lu}{2,6}$/u.test(s.slice(start, stop)) && s[stop] === ")" && / \p{L}/u.test(s.slice(stop + 1, stop + 3))) {
        skipped.push([end, stop + 1]);
        end = stop + 1;
        from = end;
        continue;
      }
      break;
    }
    const w = s.slice(start, stop);
    const lowered = w.toLowerCase();
    const lower = lowered.endsWith(".") ? lowered.slice(0, -1) : lowered;
    const capitalized = isCapitalized(w);
    // verbs end a name: lower-case ones always, capitalised ones when they read as a verb ("Tổ chức")
    if (ORG_STOP_WORDS.has(lower) && (!capitalized || CAPITALISED_VERB.test(s.slice(start, start + 20)))) break;
    // a person's name after the body ("... tỉnh Bình Phước Lê Văn Tâm")
    if (SURNAMES.has(w)) {
      const following = /^ (\S+) (\p{Lu})/u.exec(s.slice(stop));
      if (following && MIDDLE_NAMES.has(following[1]!)) break;
    }
    // "phát động", "Phát biểu" end a name; "Phát triển" and a company's "Hưng Thịnh Phát" do not
    if (lower === "phát" && (capitalized ? /^ (?:động|biểu|huy|hành|quà)(?![\p{L}\p{M}])/iu : /^(?! triển)/u).test(s.slice(stop, stop + 8))) break;
    // "... và Đại hội IX ...": another meeting's name begins
    if ((lower === "đại" && /^ h[ộôo]i/iu.test(s.slice(stop))) || (lower === "hội" && /^ nghị/iu.test(s.slice(stop)))) break;
    // a lower-case word that is not one of a name's inner words ends the name, unless one of
    // the cases below keeps it (asked only then: most words of a name are capitalised)
    if (!capitalized && !ORG_INNER_WORDS.has(lower)) {
      const sofar = s.slice(at, start);
      // "Công đoàn các Khu công nghiệp tỉnh", "Công đoàn các KCN": a union of several bodies
      // "Công đoàn Khối các cơ quan tỉnh": the union of the province's offices
      const plural = lower === "các" && ((UNION_HEAD_END.test(sofar.trimEnd()) && /^ \p{Lu}/u.test(s.slice(stop))) || (BLOC_END.test(sofar.trimEnd()) && /^ cơ quan/u.test(s.slice(stop))));
      const pairedWith = ORG_INNER_AFTER.get(lower);
      const pairs = pairedWith !== undefined && sofar.trimEnd().toLowerCase().endsWith(" " + pairedWith);
      // a company's name may hold lower-case words ("Công ty TNHH Giày da Phú Thịnh")
      // (the words first: a union's name rarely holds one, and the pattern is costly at every word)
      const inCompany = () => COMPANY_WORDS.some((c) => sofar.includes(c)) && /(?:Công ty|Tập đoàn|Tổng công ty|Nhà máy|Xí nghiệp|TNHH|Cổ phần|CP)(?:\s+\S+){0,5}$/u.test(sofar.trimEnd());
      if (!plural && !pairs && !(inCompany() && /^\s\p{Lu}|^\s\S+\s\p{Lu}/u.test(s.slice(stop)))) break;
    }
    if (isDigit(w.charCodeAt(0)) && !allDigits(w)) break;
    if (w.endsWith(".") && w !== "TP." && w !== "Tp.") {
      // a dot ends the sentence unless it belongs to "TP."
      end = stop - 1;
      break;
    }
    end = stop;
  }
  // "Công đoàn xã, phường, thị trấn tại tỉnh Hà Nam": a union of each of several kinds of unit
  // (every such name ends in a unit's word)
  const named = s.slice(at, end);
  if (ADMIN_UNITS.some((u) => named.endsWith(u)) && UNIT_AT_END.test(named)) {
    const list = UNIT_LIST.exec(s.slice(end));
    if (list) end += list[0].length;
  }
  let name = s.slice(at, end).trim();
  // a name does not end in a bare connector
  if (name.endsWith("và") || name.endsWith("của") || name.endsWith("cơ") || name.endsWith("ngành")) name = name.replace(/\s+(?:và|của|cơ|ngành)$/u, "");
  const nameEnd = at + name.length;
  // the parenthesised abbreviation inside the name is left out ("Liên đoàn Lao động huyện ...")
  if (skipped.length > 0 && skipped[0]![1] < nameEnd) name = (s.slice(at, skipped[0]![0]) + s.slice(skipped[0]![1], nameEnd)).trim();
  else if (skipped.length > 0) name = s.slice(at, skipped[0]![0]).trim();
  return name.length > head[0].length - 1 ? { name, end: nameEnd } : null;
}

/** Words after which a capitalised name follows: places and institutions. */
const NAMED_AFTER = new Set(["tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "tp", "trường", "học", "sở", "viện", "ty", "đoàn", "nam"]);
const CAPITALISED_WORDS = new Set(["liên", "công", "tổng", "trường", "sở", "bệnh", "tập", "văn", "khối", "cụm", "ban", "việt"]);

const ADMIN_SINGLE = new Set(ADMIN_UNITS.filter((u) => !u.includes(" ")));
const ADMIN_PAIRS = ADMIN_UNITS.filter((u) => u.includes(" ")).map((u) => u.split(" ") as [string, string]);

/** A word of an administrative unit ("huyện", "thị" of "thị xã", "phố" of "thành phố"), in lower case. */
function isAdminWord(lower: string, prev: string, next: string): boolean {
  if (ADMIN_SINGLE.has(lower)) return true;
  return ADMIN_PAIRS.some(([a, b]) => (lower === a && next === b) || (lower === b && prev === a));
}

/**
 * Names written in capitals ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG ĐIỀN TỔ CHỨC ...") in the usual
 * case: "Liên đoàn Lao động huyện Phong Điền tổ chức ...". Same length, so offsets hold.
 */
export function fixCapitals(name: string): string {
  if (hasAsciiLower(name)) return name; // not all capitals: the test below would say so, slowly
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (letters.length < 6 || letters !== letters.toUpperCase()) return name;
  const words = name.split(" ");
  let naming = false;
  return words
    .map((w, i) => {
      if (/^(?:LĐLĐ|CĐCS|CĐ|UBND|HĐND|TP\.?|VN|THPT|THCS|CNVCLĐ|BCH|MTTQ)$/u.test(w)) return w;
      const lower = w.toLowerCase();
      const prev = (words[i - 1] ?? "").toLowerCase();
      if (ORG_STOP_WORDS.has(lower) || /^\d/.test(w)) naming = false;
      else if (NAMED_AFTER.has(prev) && !["lao", "cơ", "viên"].includes(lower)) naming = true;
      const next = (words[i + 1] ?? "").toLowerCase();
      const plain =
        (lower === "sở" && prev === "cơ") ||
        (lower === "học" && ["tiểu", "trung", "đại"].includes(prev)) ||
        (lower === "non" && prev === "mầm") ||
        // "HUYỆN MƯỜNG KHƯƠNG" is "huyện Mường Khương": a unit word before the unit's name
        (i > 0 && isAdminWord(lower, prev, next));
      const cap = !plain && (i === 0 || naming || CAPITALISED_WORDS.has(lower) || (lower === "lao" && prev === "đoàn") || (lower === "nam" && prev === "việt"));
      return cap ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(" ");
}

const PREAMBLE_OPENINGS = ["Thực hiện", "Căn cứ", "Theo", "Được sự"];
const PREAMBLE = new RegExp(`^\\s*(?:${PREAMBLE_OPENINGS.join("|")})\\s+(?:Kế hoạch|Hướng dẫn|Nghị quyết|Quyết định|Công văn|Chỉ thị|Chương trình|Thông báo|chỉ đạo|sự)`, "u");
/** A sentence that opens by citing a plan or a decision (PREAMBLE, asked only of one that opens with its first word). */
function isPreamble(s: string): boolean {
  const opening = s.trimStart();
  return PREAMBLE_OPENINGS.some((w) => opening.startsWith(w)) && PREAMBLE.test(s);
}

function isAllCaps(s: string): boolean {
  // a lowercase a-z is a letter that upper case changes: not all capitals (the common case, fast)
  if (hasAsciiLower(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length > 12 && letters === letters.toUpperCase();
}

function titleCaseSameLength(s: string): string {
  const out = fixCapitals(s);
  return out.length === s.length ? out : s;
}

/**
 * Canonical names already made: a report names its bodies again and again, and candidates are
 * weighed sentence by sentence. Bounded so a long batch does not grow it without end.
 */
const CANONICAL = new Map<string, string>();

/** Canonical form: abbreviations expanded, "Liên đoàn lao động" capitalised, "Ban Chấp hành" dropped. */
export function canonicalOrgName(raw: string): string {
  let name = CANONICAL.get(raw);
  if (name === undefined) {
    if (CANONICAL.size >= 5000) CANONICAL.clear();
    CANONICAL.set(raw, (name = makeCanonicalOrgName(raw)));
  }
  return name;
}

function makeCanonicalOrgName(raw: string): string {
  let name = fixCapitals(raw.trim());
  name = name.replace(/^(?:Ban Chấp hành|Ban chấp hành|BCH|Ban Thường vụ|Thường trực)\s+(?=\S)/u, "");
  name = expandAbbreviations(name);
  name = name.replace(/Liên đoàn lao động/gu, "Liên đoàn Lao động").replace(/\bCông Đoàn\b/gu, "Công đoàn");
  name = name.replace(/Công đoàn Cơ Sở/gu, "Công đoàn cơ sở").replace(/\s+/g, " ").trim();
  return ORG_ALIASES[name] ?? name;
}

export function levelOf(full: string): Level | null {
  // "Công đoàn xã, phường, thị trấn tại thành phố Huế": the level of the units, not of where they are
  // (each match holds one of the three words)
  const name = full.includes("tại") || full.includes("ở") || full.includes("trên địa bàn") ? full.replace(/\s+(?:tại|ở|trên địa bàn)\s.*$/u, "") : full;
  if (name.startsWith("Tổng Liên đoàn")) return "national";
  for (const city of CENTRAL_CITIES) {
    // (named after "thành phố" or "TP.", or alone: it ends the name either way)
    if (name.endsWith(city)) {
      if (/^(?:Liên đoàn Lao động|Công đoàn)\s+(?:thành phố|TP\.?)?\s*/u.test(name) && !/huyện|quận|phường|xã/u.test(name)) return "province";
    }
  }
  const lower = name.toLowerCase();
  for (const l of LEVEL_WORDS) if (l.cues.some((c) => lower.includes(c)) && l.pattern.test(name)) return l.level;
  return null;
}

export function placeOf(name: string): string | null {
  const m = PLACE.exec(name);
  if (!m) return null;
  const place = m[0].trim();
  return /\s\p{Lu}/u.test(place) || /^TP\.\s?\p{Lu}/u.test(place) ? place : place.split(/\s+/).length > 1 ? place : null;
}

/** "(NN&PTNT)", "(KCN)": an abbreviation in parentheses, as a report defines one. */
const ABBREVIATION_IN_PARENTHESES = /\(([A-ZĐ][A-ZĐ&-]{1,11})\)/gu;
/** Words that join the words of a name without a letter of its abbreviation. */
const JOINING_WORDS = new Set(["và", "&", "-"]);

/**
 * Abbreviations a report defines for itself: "Công đoàn ngành Nông nghiệp và Phát triển nông
 * thôn (NN&PTNT)", the initials of the words before the parentheses spelling the abbreviation
 * ("và" aside). Each abbreviation maps to those words.
 */
export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of allMatches(ABBREVIATION_IN_PARENTHESES, text)) {
    const short = m[1]!;
    const letters = short.replace(/[&-]/gu, "");
    if (letters.length < 2 || out.has(short)) continue;
    const words = text.slice(Math.max(0, m.index! - 160), m.index!).trimEnd().split(/\s+/u);
    // the words, last first, whose initials spell the letters from the last
    let k = letters.length - 1;
    let first = words.length;
    for (let i = words.length - 1; i >= 0 && k >= 0; i--) {
      const w = words[i]!;
      if (JOINING_WORDS.has(w.toLowerCase()) && k < letters.length - 1) continue;
      if (w.charAt(0).toUpperCase() !== letters[k]) break;
      k--;
      first = i;
    }
    if (k < 0) out.set(short, words.slice(first).join(" "));
  }
  return out;
}

/** `name` with the abbreviations the report defines written out (definedAbbreviations). */
export function withDefinedAbbreviations(name: string, text: string): string {
  // (only a name that holds two capitals in a row can hold one)
  if (!/[A-ZĐ]{2}/u.test(name)) return name;
  let out = name;
  for (const [short, long] of definedAbbreviations(text)) {
    if (!out.includes(short)) continue;
    // (the letters, "&" and "-" of an abbreviation stand for themselves in a pattern)
    out = out.replace(new RegExp(`(^|\\s)${short}(?=\\s|$)`, "gu"), (_m, pre: string) => pre + long);
  }
  return out;
}

export function makeOrganizer(raw: string): Organizer {
  const name = canonicalOrgName(raw);
  return { name, level: levelOf(name), place: placeOf(name) };
}

export interface OrgCandidate {
  name: string;
  /** read from a headline in capitals, recased: its spelling is a guess */
  recased?: boolean;
  /** offset in the view */
  at: number;
  score: number;
}

/**
 * Candidate organizers in one sentence: names at the head of a clause followed by a holding
 * verb, and the body inside a congress name.
 */
const ORG_HEADS = ORG_HEAD_SCAN;
/** A union's own body, not an office or a company. */
const UNION_BODY_HEADS = ["Liên đoàn", "LĐLĐ", "Công đoàn", "Công Đoàn", "CĐ", "Tổng Liên đoàn", "Tổng LĐLĐ", "Khối thi đua", "Ban Chấp hành", "Ban chấp hành", "BCH"];
const isUnionBody = (name: string) => UNION_BODY_HEADS.some((h) => name.startsWith(h));
/** A holding verb right before a congress: "long trọng tổ chức Đại hội", "đã tổ chức thành công Đại hội". */
/** "Đại hội Công đoàn ...", "Đại hội đại biểu XII công đoàn ...": a union's congress by name. */
const CONGRESS_OF_UNION = /(?:Đại h[ộôo]i|đại h[ộôo]i)\s+(?:đại biểu\s+)?(?:[IVXLC]+\s+)?(?=[Cc]ông đoàn\s)/gu;
const CONGRESS_HELD_BY = /^(?:long trọng\s+|đã\s+|vừa\s+)*(?:tổ chức|khai mạc|tiến hành)\s+(?:thành công\s+)?đại h[ộôo]i(?![\p{L}])/iu;

/** Whether `s` holds "." or ";" before `end` (what /[.;]/ tests of s.slice(0, end)). */
function hasStop(s: string, end: number): boolean {
  const dot = s.indexOf(".");
  const semi = s.indexOf(";");
  return (dot >= 0 && dot < end) || (semi >= 0 && semi < end);
}

/** Words before a recipient ("trao ... cho LĐLĐ huyện"), in lower case. */
const RECIPIENT_WORDS = ["cho", "tập thể", "khen thưởng", "tặng", "biểu dương", "tuyên dương"];
const RECIPIENT_BEFORE = new RegExp(`(?:${RECIPIENT_WORDS.join("|")})\\s+(?:các\\s+)?$`, "iu");
/** The last letters of those words and of "các", in either case: what stands before the spaces of a match. */
const RECIPIENT_LAST = new Set([...RECIPIENT_WORDS, "các"].flatMap((w) => [w.charCodeAt(w.length - 1), w.slice(-1).toUpperCase().charCodeAt(0)]));
/** What every match of the pattern of a meeting's name before a head holds (below), in any case. */
const MEETING_NAME_HINT = /đại h|hội nghị/iu;
const meetingNameHint = (lowerBefore: string) => lowerBefore.includes("đại h") || lowerBefore.includes("hội nghị");

export function organizerCandidates(text: string, base: number, inLead: boolean, congressContext = false): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  // a headline in capitals reads like any other once in title case (same length, same offsets)
  const capitals = isAllCaps(text);
  const s = capitals ? titleCaseSameLength(text) : text;
  // every candidate below holds a body's head word, or "công đoàn" for a congress
  const heads = allMatches(ORG_HEADS, s);
  // The sentence in lower case, for cheap tests of words that case-insensitive patterns below
  // need (none holds an "s", whose other case "ſ" stays as it is in lower case). Lower case
  // keeps the length of Vietnamese text, and then every offset: only "İ" grows, nothing shrinks.
  const lower = s.toLowerCase();
  const aligned = lower.length === s.length;
  if (heads.length === 0 && !lower.includes("công đoàn")) return out;
  const national = lower.includes("công đoàn việt nam") ? NATIONAL_CONGRESS.exec(s) : null;
  if (national) out.push({ name: NATIONAL_BODY, at: base + national.index, score: 2 });
  // "Đại hội công đoàn VKSND tỉnh Sóc Trăng", "Đại hội Công đoàn tỉnh Đồng Nai lần thứ I": the union holds its congress
  // (each match holds "Đại h" or "đại h")
  for (const m of s.includes("ại h") ? allMatches(CONGRESS_OF_UNION, s) : []) {
    const at = m.index! + m[0].length;
    const org = readOrgName(s.slice(0, at) + "C" + s.slice(at + 1), at);
    if (!org) continue;
    const after = s.slice(org.end, org.end + 30);
    const ends = /^\s*(?:lần thứ|nhiệm kỳ|khóa|khoá|,|\(|\.|$)/u.test(after);
    // "tiến tới Đại hội Công đoàn huyện ...", "Nghị quyết Đại hội ...": another congress
    if (NOT_THE_MEETING_BEFORE.test(s.slice(Math.max(0, m.index! - 50), m.index!))) continue;
    // the name must say which union: a place or a proper name, not an abbreviation alone
    // ("Đại hội Công đoàn huyện lần thứ VI", held by "LĐLĐ huyện Chư Sê", names no district)
    const specific = /(?:tỉnh|huyện|quận|thị xã|thành phố|TP\.?|phường|xã|thị trấn)\s*\p{Lu}|\s\p{Lu}\p{Ll}/u.test(org.name.slice(9));
    if (ends && specific && !GENERIC_ORG_NAMES.has(canonicalOrgName(org.name))) out.push({ name: org.name, at: base + at, score: (inLead ? 4 : 2.5) + (congressContext ? 2 : 0) - (isPreamble(s) ? 4 : 0) });
  }
  // "Phát biểu khai mạc, Chủ tịch LĐLĐ tỉnh ...": whoever opens the meeting hosts it
  const opener = lower.includes("khai mạc") ? /(?:phát biểu khai mạc|khai mạc hội nghị|khai mạc đại hội),?\s+(?:đồng chí\s+)?(?:Phó\s+)?Chủ tịch\s+(?:Thường trực\s+)?/iu.exec(s) : null;
  if (opener) {
    const org = readOrgName(s, opener.index + opener[0].length);
    if (org) out.push({ name: org.name, at: base + opener.index, score: 3 + (inLead ? 1 : 0) });
  }
  // a sentence citing a plan or a decision (asked once, for its first head read)
  let preamble: boolean | undefined;
  for (const h of heads) {
    const at = h.index!;
    const org = readOrgName(s, at);
    if (!org) continue;
    const before = s.slice(Math.max(0, at - 40), at);
    // `before` without the white space it ends in (\s and trimEnd mean the same characters), and
    // its last character: the patterns on `before` below are tested by them first
    const trimmed = before.trimEnd();
    const spaced = trimmed.length < before.length;
    const last = trimmed.charCodeAt(trimmed.length - 1);
    const after = s.slice(org.end, org.end + 110);
    let score = 0;
    // at the head of a clause: sentence start, after a date or a comma
    // (what /(?:^|[,.:]\s*|\d{4}\s+|\d\s+)$/u tests of `before`)
    const clauseHead = before === "" || last === 44 /* , */ || last === 46 /* . */ || last === 58 /* : */ || (spaced && isDigit(last)) || at === 0;
    // (the verb counts only at the head of a clause)
    const verb = clauseHead ? HOLD_VERB.exec(after) : null;
    if (clauseHead && verb && verb.index < 90 && !hasStop(after, verb.index)) score += 4 - verb.index / 60;
    // "... đã diễn ra tại ..., do Liên đoàn Lao động tỉnh X tổ chức": the body the sentence says
    // held it, named after the meeting
    const heldBy = !verb && spaced && trimmed.endsWith("do") && /(?:^|\s)do$/u.test(trimmed) && HELD_BY_AFTER.test(after);
    if (heldBy) score += 4;
    // "Đại hội Công đoàn huyện KBang lần thứ VIII", "Hội nghị Ban Chấp hành LĐLĐ quận"
    // (each match ends in white space, and holds "đại h" or "hội nghị")
    if (
      spaced &&
      (aligned ? meetingNameHint(lower.slice(Math.max(0, at - 40), at)) : MEETING_NAME_HINT.test(before)) &&
      /(?:đại h[ộôo]i|hội nghị(?: ban chấp hành| BCH)?|kỳ họp thứ [\dIVXLC]+ hội nghị ban chấp hành|hội nghị đại biểu)\s+(?:[IVXLC]+\s+)?$/iu.test(before) &&
      !NOT_THE_MEETING_BEFORE.test(before.replace(/(?:đại h[ộôo]i|hội nghị)[^]*$/iu, ""))
    ) {
      if (/^\s*(?:lần thứ|nhiệm kỳ|khóa|khoá|,|\(|\.|$)/u.test(after)) score += 2.5;
      else score += 0.5;
    }
    // "tại Công ty CP Bao Bì Tiền Giang đã diễn ra Đại hội Công đoàn cơ sở"
    if (spaced && trimmed.endsWith("tại") && /^\s*(?:đã\s+)?diễn ra\s+đại h[ộôo]i\s+công đoàn cơ sở/iu.test(after)) {
      out.push({ name: `Công đoàn cơ sở ${org.name}`, at: base + at, score: 3 + (inLead ? 1 : 0) });
      continue;
    }
    if (GENERIC_ORG_NAMES.has(canonicalOrgName(org.name))) score -= 1.5;
    // "Công đoàn CSTV": an abbreviation alone does not say which union
    else if (!NAMES_A_UNIT.test(org.name.slice(org.name.indexOf(" ") + 1))) score -= 1.5;
    // "khen thưởng tập thể CĐCS ...", "trao ... cho LĐLĐ huyện": a recipient, not the host
    // (a match ends in white space after the last letter of one of its words)
    if (spaced && RECIPIENT_LAST.has(last) && RECIPIENT_BEFORE.test(before)) score -= 1;
    // "Thực hiện Kế hoạch số ... của LĐLĐ huyện": bodies cited in a preamble did not hold the meeting
    if ((preamble ??= isPreamble(s))) score -= 3;
    if (score === 0) score = 0.1;
    if (inLead) score += 1;
    // "Liên đoàn Lao động huyện X long trọng tổ chức Đại hội Công đoàn huyện ...": the body the
    // text says held the congress, over the union the congress is named after
    // union (a company holds no union's congress: its union does)
    const unionBody = isUnionBody(org.name);
    if (congressContext && clauseHead && verb && verb.index < 90 && unionBody && CONGRESS_HELD_BY.test(after.slice(verb.index))) score += 2.5;
    // "Đại hội Công đoàn tỉnh X lần thứ XV do Liên đoàn Lao động tỉnh X tổ chức": the same, said after
    else if (congressContext && heldBy && unionBody) score += 2.5;
    // a union body is more likely the organizer than an office or a company
    if (unionBody) score += 0.5;
    out.push({ name: org.name, at: base + at, score });
  }
  if (capitals) for (const c of out) c.recased = true;
  return out;
}
