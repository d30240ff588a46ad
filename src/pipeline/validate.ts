/**
 * Stage 6, validate: the assembled report must satisfy the zod schema. A report that does not
 * is an error naming the failing field, never a silent drop.
 */
import { ReportSchema, type Report } from "../schema/report.js";

export class ValidationError extends Error {
  constructor(
    readonly issues: { path: string; message: string }[],
  ) {
    super(`the extracted report failed validation: ${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`);
    this.name = "ValidationError";
  }
}

export function validate(candidate: unknown): Report {
  const result = ReportSchema.safeParse(candidate);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  );
}
