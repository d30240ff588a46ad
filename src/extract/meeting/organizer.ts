/**
 * The organizer: the body that held the meeting. Read as the name standing before a holding
 * verb ("Liên đoàn lao động huyện Đình Lập đã tổ chức Hội nghị"), or inside a congress name
 * ("Đại hội Công đoàn huyện KBang lần thứ VIII"); abbreviations are expanded, the level and
 * the locality are read from the name.
 */
import { expandAbbreviations } from "../../lexicon/abbreviations.js";
import {
  CENTRAL_CITIES,
  HOLD_VERB,
  LEVEL_WORDS,
  NATIONAL_BODY,
  NATIONAL_CONGRESS,
  ORG_HEAD,
  ORG_INNER_WORDS,
  ORG_STOP_WORDS,
  PLACE,
} from "../../lexicon/meeting.js";
import type { Level, Organizer } from "../../schema/report.js";

const TOKEN = /[^\s,;:()"]+/gu;

const isCapitalized = (w: string) => /^[\p{Lu}\d]/u.test(w);

/**
 * The body's name starting at `at` in `s`: the head word, then words that belong in a name
 * (capitalised words, administrative words, the inner words of union names).
 */
export function readOrgName(s: string, at: number): { name: string; end: number } | null {
  const head = ORG_HEAD.exec(s.slice(at));
  if (!head || head.index !== 0) return null;
  let end = at + head[0].length;
  TOKEN.lastIndex = end;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) {
    // only plain spaces may separate the words of a name
    if (!/^ +$/.test(s.slice(end, m.index))) break;
    const w = m[0];
    const lower = w.toLowerCase().replace(/\.$/, "");
    if (ORG_STOP_WORDS.has(lower)) break;
    if (!isCapitalized(w) && !ORG_INNER_WORDS.has(lower)) break;
    if (/^\d/.test(w) && !/^\d+$/.test(w)) break;
    if (w.endsWith(".") && !/^(?:TP|Tp)\.$/u.test(w)) {
      // a dot ends the sentence unless it belongs to "TP."
      end = m.index + w.length - 1;
      break;
    }
    end = m.index + w.length;
  }
  let name = s.slice(at, end).trim();
  // a name does not end in a bare connector
  name = name.replace(/\s+(?:và|của|cơ|ngành)$/u, "");
  return name.length > head[0].length - 1 ? { name, end: at + name.length } : null;
}

/** Title case for names written in capitals ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG ĐIỀN"). */
function fixCapitals(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (letters.length < 6 || letters !== letters.toUpperCase()) return name;
  const lowerWords = new Set(["lao", "động", "huyện", "tỉnh", "quận", "thị", "xã", "thành", "phố", "phường", "trấn", "cơ", "sở", "ngành", "viên", "chức", "và"]);
  return name
    .split(" ")
    .map((w, i) => {
      if (/^(?:LĐLĐ|CĐCS|CĐ|UBND|HĐND|TP\.?|VN)$/u.test(w)) return w;
      const lower = w.toLowerCase();
      if (i > 0 && lowerWords.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(" ")
    .replace(/^Liên đoàn lao động/u, "Liên đoàn Lao động");
}

/** Canonical form: abbreviations expanded, "Liên đoàn lao động" capitalised, "Ban Chấp hành" dropped. */
export function canonicalOrgName(raw: string): string {
  let name = fixCapitals(raw.trim());
  name = name.replace(/^(?:Ban Chấp hành|Ban chấp hành|BCH|Ban Thường vụ|Thường trực)\s+(?=\S)/u, "");
  name = expandAbbreviations(name);
  name = name.replace(/Liên đoàn lao động/gu, "Liên đoàn Lao động").replace(/\bCông Đoàn\b/gu, "Công đoàn");
  name = name.replace(/Công đoàn Cơ Sở/gu, "Công đoàn cơ sở");
  return name.replace(/\s+/g, " ").trim();
}

export function levelOf(name: string): Level | null {
  if (/^Tổng Liên đoàn/u.test(name)) return "national";
  for (const city of CENTRAL_CITIES) {
    if (new RegExp(`(?:thành phố|TP\\.?\\s*)\\s*${city.replace(/\./g, "\\.")}$`, "u").test(name) || name.endsWith(city)) {
      if (/^(?:Liên đoàn Lao động|Công đoàn)\s+(?:thành phố|TP\.?)?\s*/u.test(name) && !/huyện|quận|phường|xã/u.test(name)) return "province";
    }
  }
  for (const l of LEVEL_WORDS) if (l.pattern.test(name)) return l.level;
  return null;
}

export function placeOf(name: string): string | null {
  const m = PLACE.exec(name);
  if (!m) return null;
  const place = m[0].trim();
  return /\s\p{Lu}/u.test(place) || /^TP\.\s?\p{Lu}/u.test(place) ? place : place.split(/\s+/).length > 1 ? place : null;
}

export function makeOrganizer(raw: string): Organizer {
  const name = canonicalOrgName(raw);
  return { name, level: levelOf(name), place: placeOf(name) };
}

export interface OrgCandidate {
  name: string;
  /** offset in the view */
  at: number;
  score: number;
}

/**
 * Candidate organizers in one sentence: names at the head of a clause followed by a holding
 * verb, and the body inside a congress name.
 */
export function organizerCandidates(s: string, base: number, inLead: boolean): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  if (NATIONAL_CONGRESS.test(s)) out.push({ name: NATIONAL_BODY, at: base + s.search(NATIONAL_CONGRESS), score: 2 });
  ORG_HEAD.lastIndex = 0;
  const heads = new RegExp(ORG_HEAD.source, "gu");
  for (const h of s.matchAll(heads)) {
    const at = h.index!;
    const org = readOrgName(s, at);
    if (!org) continue;
    const before = s.slice(Math.max(0, at - 40), at);
    const after = s.slice(org.end, org.end + 110);
    let score = 0;
    // at the head of a clause: sentence start, after a date or a comma
    const clauseHead = /(?:^|[,.:]\s*|\d{4}\s+|\d\s+)$/u.test(before) || at === 0;
    const verb = HOLD_VERB.exec(after);
    if (clauseHead && verb && verb.index < 90 && !/[.;]/.test(after.slice(0, verb.index))) score += 4 - verb.index / 60;
    // "Đại hội Công đoàn huyện KBang lần thứ VIII", "Hội nghị Ban Chấp hành LĐLĐ quận"
    if (/(?:đại h[ộôo]i|hội nghị(?: ban chấp hành| BCH)?|kỳ họp thứ [\dIVXLC]+ hội nghị ban chấp hành|hội nghị đại biểu)\s+(?:[IVXLC]+\s+)?$/iu.test(before)) {
      if (/^\s*(?:lần thứ|nhiệm kỳ|khóa|khoá|,|\(|\.|$)/u.test(after)) score += 2.5;
      else score += 0.5;
    }
    // "tại Công ty CP Bao Bì Tiền Giang đã diễn ra Đại hội Công đoàn cơ sở"
    if (/tại\s+$/u.test(before) && /^\s*(?:đã\s+)?diễn ra\s+đại h[ộôo]i\s+công đoàn cơ sở/iu.test(after)) {
      out.push({ name: `Công đoàn cơ sở ${org.name}`, at: base + at, score: 3 + (inLead ? 1 : 0) });
      continue;
    }
    if (score === 0) score = 0.1;
    if (inLead) score += 1;
    // a union body is more likely the organizer than an office or a company
    if (/^(?:Liên đoàn|LĐLĐ|Công đoàn|Công Đoàn|CĐ|Tổng Liên đoàn|Tổng LĐLĐ|Khối thi đua)/u.test(org.name)) score += 0.5;
    out.push({ name: org.name, at: base + at, score });
  }
  return out;
}
