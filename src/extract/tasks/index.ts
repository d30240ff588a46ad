import type { ReportDocument } from "../../document.js";
import type { Task } from "../../schema/report.js";
import type { ArticleFacts } from "../meeting/index.js";
export function extractTasks(_doc: ReportDocument, _facts: ArticleFacts): Task[] {
  return [];
}
