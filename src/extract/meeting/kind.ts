/**
 * The kind of meeting, by the contract's rules: a year-end review (tổng kết ... năm X) is
 * annual_review, a half-year review (sơ kết 6 tháng, nhiệm vụ 6 tháng cuối năm) is
 * midyear_review, whoever holds it, an executive-committee meeting is executive_committee only
 * when it reviews nothing, a congress is congress, anything else with a meeting is other.
 */
import { KIND_CUES, MEETING_NOUN, NOT_THE_MEETING_BEFORE } from "../../lexicon/meeting.js";
import type { MeetingKind } from "../../schema/report.js";

/** The first meeting noun that names the reported meeting (not "Nghị quyết Đại hội"). */
const CONGRESS_HELD = /tổ chức\s+(?:thành công\s+)?(?:Đại h[ộôo]i|đại h[ộôo]i|Hội nghị đại biểu|hội nghị đại biểu)\s+(?:[^.;]{0,80}?)(?:lần thứ|nhiệm kỳ)/u;

export function mainMeetingNoun(s: string): { noun: string; at: number } | null {
  MEETING_NOUN.lastIndex = 0;
  for (const m of s.matchAll(MEETING_NOUN)) {
    const before = s.slice(Math.max(0, m.index! - 50), m.index!);
    if (NOT_THE_MEETING_BEFORE.test(before)) continue;
    // a quoted name ("Ngày hội non sông") is not the meeting
    if ((s.slice(0, m.index!).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    return { noun: m[0].toLowerCase(), at: m.index! };
  }
  return null;
}

/**
 * `lead` is the headline and the opening of the article (where the meeting is named);
 * `body` the whole article text.
 */
export function meetingKind(lead: string, body: string): MeetingKind | null {
  const noun = mainMeetingNoun(lead);
  // the meetings the article reports on are not the one it reports: a year-end review telling
  // how its units held their "hội nghị viên chức" stays a review, so the office meeting must be
  // the reported meeting itself ("tổ chức Hội nghị người lao động năm 2024")
  if (KIND_CUES.workplaceAssembly.test(lead) && (!noun || /hội nghị/u.test(noun.noun))) {
    const assembly = lead.search(KIND_CUES.workplaceAssembly);
    if (!noun || assembly === noun.at) return "other";
  }
  // "tổ chức Đại hội ... lần thứ I", "tổ chức Hội nghị đại biểu Công đoàn phường lần thứ I, nhiệm kỳ ...";
  // not a congress that a review meeting named before it reports on ("hội nghị sơ kết 9 tháng
  // ... đã chỉ đạo 47 CĐCS tổ chức Đại hội nhiệm kỳ 2023 - 2028")
  const held = CONGRESS_HELD.exec(lead);
  if (held && (!noun || held.index <= noun.at || /đại h/u.test(noun.noun))) return "congress";
  const annual = lead.search(KIND_CUES.annual);
  const midyear = lead.search(KIND_CUES.midyear);
  if (noun && /đại h[ộôo]i/u.test(noun.noun) && (annual < 0 || annual > noun.at) && (midyear < 0 || midyear > noun.at)) return "congress";
  if (noun && KIND_CUES.congress.test(lead.slice(noun.at, noun.at + 40)) && /hội nghị đại biểu/iu.test(lead.slice(noun.at, noun.at + 30))) return "congress";
  if (annual >= 0 || midyear >= 0) {
    if (annual >= 0 && (midyear < 0 || annual < midyear)) return "annual_review";
    return "midyear_review";
  }
  if (KIND_CUES.executive.test(lead)) return "executive_committee";
  if (noun) return "other";
  // the meeting may only be named further down
  const later = mainMeetingNoun(body);
  if (later && /đại h[ộôo]i/u.test(later.noun)) return "congress";
  if (KIND_CUES.executive.test(body)) return "executive_committee";
  return later ? "other" : null;
}
