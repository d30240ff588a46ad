/**
 * Stage 6, validate: the assembled report must satisfy the zod schema. A report that does not
 * is an error naming the failing field, never a silent drop.
 */
import { compile } from "zod";
import { ReportSchema, type Report } from "../schema/report.js";

/**
 * The schema compiled to a plain function (zod 4.6's `compile`): a report checks in about a tenth
 * of the runtime parser's time. Compiling costs as much as checking some fifty reports that way,
 * a twentieth of a one-file run's start-up, so the first reports of a process go through the
 * runtime parser and the schema is compiled when a batch has shown itself. Either way it is the
 * same schema with the same answer (the parsed report and, for a report the schema refuses,
 * issues naming the failing field).
 *
 * The runtime parser itself generates code for each object schema on its first use (zod's
 * "fast path", made with `new Function`): 7 ms of a one-file run, for a parser that checks only
 * the first COMPILE_AFTER reports. Those reports are checked without it (`jitless`, zod's own
 * option for that, same answers): 3 ms for the first report instead of 10.
 */
let compiled: typeof ReportSchema | null = null;
/** Reports checked by the runtime parser before the schema is compiled. */
export const COMPILE_AFTER = 32;
let checked = 0;

function checker(): typeof ReportSchema {
  if (compiled) return compiled;
  if (++checked <= COMPILE_AFTER) return ReportSchema;
  return (compiled = compile(ReportSchema));
}

/** zod's parse option that skips its generated fast path (see above) */
const WITHOUT_GENERATED_CODE = { jitless: true } as const;

export class ValidationError extends Error {
  constructor(
    readonly issues: { path: string; message: string }[],
  ) {
    super(`the extracted report failed validation: ${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`);
    this.name = "ValidationError";
  }
}

export function validate(candidate: unknown): Report {
  const schema = checker();
  const result = schema === compiled ? schema.safeParse(candidate) : schema.safeParse(candidate, WITHOUT_GENERATED_CODE);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  );
}
