/**
 * `report-extract summarize <inputs...>`: extract every input, total every metric per organizer
 * and/or period, print the totals. Failed inputs are named on stderr and left out; the others
 * are still totalled (exit code 1). Exit codes as for extraction: 0, 1 some failed, 2 usage.
 */
import { atomicFileSink, stdoutSink } from "../emit/emitter.js";
import { GROUP_BY, Totals, type GroupBy } from "../summarize/totals.js";
import type { SummaryMeta } from "../summarize/render.js";
import type { FileJob } from "./extract-file.js";
import { expandInputs, type Input } from "./inputs.js";
import { runBatch } from "./run.js";

const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;
const FORMATS = ["table", "csv", "json", "xlsx"] as const;

export interface SummarizeCliOptions {
  format?: (typeof FORMATS)[number];
  by?: GroupBy;
  out?: string;
  glob?: string;
  encoding?: string;
  bom?: boolean;
  /** false with --no-escape-formulas */
  escapeFormulas?: boolean;
}

function usage(message: string): number {
  process.stderr.write(`report-extract summarize: ${message}\n`);
  return EXIT.usage;
}

export async function runSummarize(args: string[], opts: SummarizeCliOptions): Promise<number> {
  const format = opts.format ?? "table";
  const by = opts.by ?? "organizer-period";
  if (!FORMATS.includes(format)) return usage(`unknown format ${format}: use ${FORMATS.join(", ")}`);
  if (!GROUP_BY.includes(by)) return usage(`cannot group by ${by}: use ${GROUP_BY.join(", ")}`);
  if (args.length === 0) return usage("name the files or folders to summarize");
  if (args.includes("-")) return usage('summarize reads files and folders, not standard input ("-")');
  if (format === "xlsx" && !opts.out) return usage("--format xlsx writes a workbook: give it a file with --out FILE.xlsx");

  const inputs = await expandInputs(args, { glob: opts.glob ?? "*.txt" });
  const totals = new Totals(by);
  let failed = 0;
  // the text lets the totals tell a breakdown's parts and a covered derived total apart
  const jobOptions: FileJob["options"] = { encoding: opts.encoding, includeText: true };
  const progress = await (await import("./progress.js")).createProgress(inputs.length, undefined);
  // the default plan: worker threads only for batches large enough to pay for them
  const { executor, close, window } = await (await import("./pool.js")).createExecutor(undefined, inputs.length);
  try {
    await runBatch<Input>({
      jobs: inputs,
      concurrency: window,
      execute: async (input) => {
        if (input.kind === "error") return { ok: false, path: input.path, code: "input", message: input.message };
        if (input.kind === "stdin") return { ok: false, path: null, code: "input", message: "standard input cannot be summarized" };
        return executor({ path: input.path, options: jobOptions });
      },
      onOutcome: (outcome) => {
        progress.tick(outcome.ok);
        if (outcome.ok) {
          totals.add(outcome.report);
          return;
        }
        failed++;
        progress.clear();
        process.stderr.write(`report-extract: ${outcome.path ?? "<stdin>"}: ${outcome.message}\n`);
      },
    });
  } finally {
    await close();
    progress.done();
  }

  const rows = totals.rows();
  const meta: SummaryMeta = { by, inputs: inputs.length, reports: totals.reports, failed, counted: totals.counted, skipped: { ...totals.skipped } };
  const sink = opts.out ? atomicFileSink(opts.out) : stdoutSink();
  try {
    const render = await import("../summarize/render.js");
    switch (format) {
      case "table":
        sink.write(render.renderTable(rows, meta));
        await sink.end();
        break;
      case "json":
        sink.write(render.renderJson(rows, meta));
        await sink.end();
        break;
      case "csv":
        sink.write(render.renderCsv(rows, by, { bom: opts.bom, escapeFormulas: opts.escapeFormulas !== false }));
        await sink.end();
        break;
      case "xlsx":
        await render.writeXlsx(sink, rows, by);
        break;
    }
  } catch (err) {
    await sink.abort();
    throw err;
  }
  if (failed > 0) process.stderr.write(`report-extract: ${failed} of ${inputs.length} input${inputs.length === 1 ? "" : "s"} failed\n`);
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
