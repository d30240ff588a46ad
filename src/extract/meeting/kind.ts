/**
 * The kind of meeting, by the contract's rules: a year-end review (tổng kết ... năm X) is
 * annual_review, a half-year review (sơ kết 6 tháng, nhiệm vụ 6 tháng cuối năm) is
 * midyear_review, whoever holds it, an executive-committee meeting is executive_committee only
 * when it reviews nothing, a congress is congress, anything else with a meeting is other.
 */
import { KIND_CUES, MEETING_NOUN, NOT_THE_MEETING_BEFORE, OTHER_EVENT_NOUN } from "../../lexicon/meeting.js";
import type { MeetingKind } from "../../schema/report.js";
import { countBefore } from "./chars.js";
import { vre } from "../../lexicon/regex.js";

/** A congress held: "tổ chức Đại hội ... lần thứ", "khai mạc Đại hội ... nhiệm kỳ". */
const CONGRESS_HELD = /(?:tổ chức|khai mạc)\s+(?:thành công\s+)?(?:Đại h[ộôo]i|đại h[ộôo]i|Hội nghị đại biểu|hội nghị đại biểu)\s+(?:[^.;]{0,80}?)(?:lần thứ|nhiệm kỳ)/u;

/** A review held ("sơ kết"), beside the period it reviews. */
const SO_KET = /sơ kết/iu;
/** Elected for a term: "tái đắc cử Chủ tịch ... nhiệm kỳ 2023 - 2028". */
const ELECTED_FOR_TERM = /(?:tái đắc cử|đắc cử|trúng cử)[^.;]{0,100}?nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}/iu;

/** Nouns of a meeting that can be a review ("hội nghị tổng kết", "kỳ họp ... sơ kết 6 tháng"). */
const REVIEW_MEETING = /^(?:hội nghị|kỳ họp|kì họp|phiên họp)$/u;

/**
 * Whether the sentence of the meeting noun at `at` says the meeting reviews a year or part of
 * one; for a noun in the headline (the first line), the sentence under it too ("Hội nghị lần thứ
 * ba Ban Chấp hành ..." over "..., sơ kết hoạt động công đoàn 6 tháng đầu năm").
 */
function reviews(lead: string, at: number): boolean {
  const first = lead.indexOf("\n");
  let stop = lead.indexOf("\n", at);
  if (first < 0 || at < first) stop = lead.indexOf("\n", first + 1);
  const sentence = lead.slice(at, stop < 0 ? lead.length : stop);
  return KIND_CUES.annual.test(sentence) || KIND_CUES.midyear.test(sentence);
}

/** "tổ chức hội nghị sơ kết ...", "tổ chức Hội nghị Ban Chấp hành lần thứ 5 để tổng kết ...": a review meeting held. */
const HOLDS_MEETING = vre(String.raw`(?:tổ chức|khai mạc|tiến hành|diễn ra)\s+(?:thành công\s+)?(?:hội nghị|kỳ họp|kì họp)(?![\p{L}])`, "iu");

/**
 * The kind of the review meeting held in the first lead sentence that holds a meeting (not the
 * headline): annual_review or midyear_review, by the first cue; null if that sentence holds
 * another kind of meeting or none holds one.
 */
function heldReview(lead: string): MeetingKind | null {
  const lines = lead.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("tổ chức") && !line.includes("khai mạc") && !line.includes("tiến hành") && !line.includes("diễn ra")) continue;
    const m = HOLDS_MEETING.exec(line);
    if (!m) continue;
    // the meeting held must be the first one the sentence names ("Sau Đại hội, ... tổ chức hội nghị" is fine)
    const first = mainMeetingNoun(line);
    if (!first || first.at < m.index) return null;
    const rest = line.slice(m.index);
    if (KIND_CUES.workplaceAssembly.test(rest.slice(0, 80)) && rest.search(KIND_CUES.workplaceAssembly) < 30) return null;
    const annual = rest.search(KIND_CUES.annual);
    const midyear = rest.search(KIND_CUES.midyear);
    if (annual < 0 && midyear < 0) return null;
    return annual >= 0 && (midyear < 0 || annual < midyear) ? "annual_review" : "midyear_review";
  }
  return null;
}

export function mainMeetingNoun(s: string): { noun: string; at: number } | null {
  // an exec loop on the shared pattern (matchAll copies it at each call), left at 0 as found
  MEETING_NOUN.lastIndex = 0;
  let found: { noun: string; at: number } | null = null;
  for (let m: RegExpExecArray | null; (m = MEETING_NOUN.exec(s)); ) {
    const before = s.slice(Math.max(0, m.index - 50), m.index);
    if (NOT_THE_MEETING_BEFORE.test(before)) continue;
    // a quoted name ("Ngày hội non sông") is not the meeting
    if (countBefore(s, '"', m.index) % 2 === 1) continue;
    found = { noun: m[0].toLowerCase(), at: m.index };
    break;
  }
  MEETING_NOUN.lastIndex = 0;
  return found;
}

/**
 * `lead` is the headline and the opening of the article (where the meeting is named);
 * `body` the whole article text (or what makes it: it is read only when the lead names no meeting).
 */
export function meetingKind(lead: string, body: string | (() => string)): MeetingKind | null {
  // the lead sentence that holds a review meeting says what the article reports, whatever
  // congress its headline speaks of ("Về đích sớm Đại hội công đoàn cơ sở"
  // over "..., LĐLĐ tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm")
  const held = heldReview(lead);
  if (held) return held;
  const noun = mainMeetingNoun(lead);
  // a review meeting named first ("hội nghị tổng kết ... năm học 2019 - 2020", "hội nghị sơ kết
  // ... 9 tháng") is the meeting reported: the office assemblies and congresses its units held,
  // told of further on, are not
  const review = noun && REVIEW_MEETING.test(noun.noun) && reviews(lead, noun.at) ? noun.at : -1;
  if (KIND_CUES.workplaceAssembly.test(lead) && (!noun || /hội nghị/u.test(noun.noun))) {
    const assembly = lead.search(KIND_CUES.workplaceAssembly);
    const congress = noun && /đại h/u.test(noun.noun) ? noun.at : Infinity;
    if (assembly < congress && !(review >= 0 && assembly > review)) return "other";
  }
  // "tổ chức Đại hội ... lần thứ I", "tổ chức Hội nghị đại biểu Công đoàn phường lần thứ I, nhiệm kỳ ..."
  const congressHeld = CONGRESS_HELD.exec(lead);
  // a training course or a contest named first ("tập huấn ... kỹ năng tổ chức đại hội công đoàn
  // cơ sở nhiệm kỳ ...") is the event reported: the congress is its subject
  const eventFirst = noun !== null && OTHER_EVENT_NOUN.test(noun.noun) && congressHeld !== null && noun.at < congressHeld.index;
  if (congressHeld && !(review >= 0 && congressHeld.index > review) && !eventFirst) return "congress";
  const annual = lead.search(KIND_CUES.annual);
  const midyear = lead.search(KIND_CUES.midyear);
  if (noun && /đại h[ộôo]i/u.test(noun.noun) && (annual < 0 || annual > noun.at) && (midyear < 0 || midyear > noun.at)) return "congress";
  if (noun && KIND_CUES.congress.test(lead.slice(noun.at, noun.at + 40)) && /hội nghị đại biểu/iu.test(lead.slice(noun.at, noun.at + 30))) return "congress";
  let bodyText: string | null = null;
  const whole = () => (bodyText ??= typeof body === "string" ? body : body());
  // a half-year named alone ("6 tháng đầu năm 2025, công đoàn đã kết nạp ...", no "sơ kết", no
  // meeting in the lead) is the period of a round-up: a review only if a meeting is named further down
  const periodOnly = annual < 0 && noun === null && !SO_KET.test(lead);
  if ((annual >= 0 || midyear >= 0) && !(periodOnly && mainMeetingNoun(whole()) === null)) {
    if (annual >= 0 && (midyear < 0 || annual < midyear)) return "annual_review";
    return "midyear_review";
  }
  // "... tái đắc cử Chủ tịch ... nhiệm kỳ 2023-2028" over "Tại phiên bế mạc, ..." and "Đại hội XV
  // ...": a page that opens with the congress's election reports the congress (re-elected for a
  // term: before the first session of the new Ban Chấp hành it speaks of, too)
  if (noun && ELECTED_FOR_TERM.test(lead) && /đại h[ộôo]i/iu.test(lead) && (/tái đắc cử/iu.test(lead) || !KIND_CUES.executive.test(lead))) return "congress";
  if (KIND_CUES.executive.test(lead)) return "executive_committee";
  if (noun) return "other";
  // the meeting may only be named further down
  const text = whole();
  const later = mainMeetingNoun(text);
  if (later && /đại h[ộôo]i/u.test(later.noun)) return "congress";
  if (KIND_CUES.executive.test(text)) return "executive_committee";
  return later ? "other" : null;
}
