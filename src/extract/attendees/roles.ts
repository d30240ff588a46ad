/** The role of a person in the reported meeting, from the verbs around the mention. */
import { ROLE_CUES } from "../../lexicon/people.js";
import type { AttendeeRole } from "../../schema/report.js";

export function roleOf(sentence: string, start: number, end: number): AttendeeRole {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  for (const cue of ROLE_CUES) {
    if ((cue.before && cue.before.test(before)) || (cue.after && cue.after.test(after))) {
      return cue.role === "giver" ? "other" : cue.role;
    }
  }
  return "other";
}
