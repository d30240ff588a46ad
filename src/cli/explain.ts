import type { Report } from "../schema/report.js";
// Placeholder until issue 6 lands.
export function explainReport(_report: Report & { text: string }): string {
  throw new Error("--explain is not available yet");
}
