/**
 * Outcomes across threads. Kept apart from extract-file.ts so that the main thread of a run on
 * worker threads never loads the pipeline.
 */
import type { Outcome } from "./extract-file.js";
import type { Report } from "../schema/report.js";

/**
 * An outcome as a worker thread sends it: the report as its JSON text. A string crosses threads
 * as one copy, where the structured clone of a report's object tree cost a worker about as much
 * as a tenth of its extraction; and ndjson, the batch format, writes that text as it is.
 */
export type WireOutcome = { ok: true; path: string | null; json: string } | Extract<Outcome, { ok: false }>;

/** What a worker answers for a file too large for its capped heap (pool.ts gives it to one that is not). */
export const TOO_LARGE = "too-large-for-worker" as const;

export function toWire(outcome: Outcome): WireOutcome {
  return outcome.ok ? { ok: true, path: outcome.path, json: outcome.json ?? JSON.stringify(outcome.report) } : outcome;
}

/** The outcome again, its report parsed from the JSON only when something asks for it. */
export function fromWire(wire: WireOutcome): Outcome {
  if (!wire.ok) return wire;
  let report: Report | undefined;
  return {
    ok: true,
    path: wire.path,
    json: wire.json,
    get report(): Report {
      return (report ??= JSON.parse(wire.json) as Report);
    },
  };
}
