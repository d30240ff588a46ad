import type { ReportDocument } from "../../document.js";
import type { Attendee } from "../../schema/report.js";
import type { ArticleFacts } from "../meeting/index.js";
export function extractAttendees(_doc: ReportDocument, _facts: ArticleFacts): Attendee[] {
  return [];
}
