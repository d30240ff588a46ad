/**
 * The command line. `report-extract [inputs...]` extracts reports; `report-extract schema` prints
 * the JSON Schema; `report-extract summarize` totals metrics. Exit codes: 0 every input
 * extracted, 1 some inputs failed (each named on stderr, the others still emitted), 2 usage.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { Report } from "../schema/report.js";
import { atomicFileSink, stdoutSink, type Emitter, type Sink } from "../emit/emitter.js";
import type { TableName } from "../emit/tables.js";
import type { FileJob, Outcome } from "./extract-file.js";
import { expandInputs, type Input } from "./inputs.js";
import { runBatch } from "./run.js";
import { VERSION } from "./version.js";
import { IN_PROCESS_MAX, WORKERS_FROM } from "./plan.js";

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

const FORMATS = ["json", "ndjson", "csv", "tsv", "xlsx", "html"] as const;
type Format = (typeof FORMATS)[number];
const TABLE_NAMES = ["statistics", "reports", "attendees", "tasks"] as const;

export interface ExtractCliOptions {
  format: Format;
  table: TableName;
  out?: string;
  glob: string;
  encoding?: string;
  html?: boolean;
  includeText?: boolean;
  strict?: boolean;
  escapeFormulas: boolean;
  bom?: boolean;
  explain?: boolean;
  /** undefined: the default (plan.ts, planThreads) */
  jobs?: number;
  progress?: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of at least 1");
  return n;
}

const EXAMPLES = `
Examples:
  $ report-extract report.txt                       one report as JSON
  $ report-extract reports/ --format ndjson         a folder, one JSON line per report
  $ report-extract reports/ --format csv > stats.csv
  $ report-extract reports/ --format csv --table attendees --bom --out attendees.csv
  $ report-extract page.html --include-text         a saved web page
  $ report-extract reports/ --format xlsx --out reports.xlsx
  $ report-extract reports/ --format html --out review.html
  $ report-extract report.txt --explain             the text with what was found, in colour
  $ cat report.txt | report-extract - --format csv
  $ report-extract summarize reports/ --by organizer
  $ report-extract schema > report.schema.json

Exit codes: 0 all inputs extracted; 1 some inputs failed (named on stderr, the rest emitted);
2 usage error.`;

/**
 * 5000 -> "5,000". Not toLocaleString: its first call sets up ICU's number formatting, 12 ms of
 * every run's start-up for one number in the help text.
 */
export const withThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");

export function buildProgram(io: { exitCode: number }): Command {
  const program = new Command();
  program
    .name("report-extract")
    .description("Turn Vietnamese trade-union conference reports into typed, validated records.")
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const extract = program
    .command("extract", { isDefault: true })
    .description("extract reports from files, folders or standard input")
    .argument("[inputs...]", 'files or folders; "-" or nothing (with piped input) reads standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
    .addOption(new Option("-t, --table <table>", "which table for csv/tsv").choices(TABLE_NAMES).default("statistics"))
    .option("-o, --out <file>", "write to this file (atomically) instead of standard output")
    .option("-g, --glob <pattern>", "which files of a folder to read (e.g. '*.{txt,html}')", "*.txt")
    .option("-e, --encoding <name>", "force the input encoding (e.g. windows-1258, utf-16le, tcvn3, vni)")
    .option("--html", "treat every input as HTML (default: by extension or content)")
    .option("--include-text", "add the normalized text to json/ndjson output")
    .option("--strict", "treat warnings as errors: a report with warnings fails")
    .option("--no-escape-formulas", "do not neutralise csv/tsv cells that start with = + - @")
    .option("--bom", "start csv/tsv output with a UTF-8 byte order mark (for Excel)")
    .option("--explain", "show the text with every extracted value highlighted (terminal)")
    .option("-j, --jobs <n>", `worker threads for batches over ${IN_PROCESS_MAX} files (default: the number of cores; on 2 cores or fewer, one below ${withThousands(WORKERS_FROM)} files)`, positiveInt)
    .option("--progress", "show a progress bar on stderr even when it is not a terminal")
    .option("--no-progress", "never show a progress bar")
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      io.exitCode = await runExtract(inputs, opts);
    });

  program
    .command("schema")
    .description("print the JSON Schema of a report")
    .action(async () => {
      const { reportJsonSchema } = await import("../schema/report.js");
      process.stdout.write(JSON.stringify(reportJsonSchema(), null, 2) + "\n");
    });

  program
    .command("summarize")
    .description("totals of every metric per organizer and per period over a set of reports")
    .argument("<inputs...>", "files or folders")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "csv", "json", "xlsx"]).default("table"))
    .addOption(new Option("--by <key>", "group by").choices(["organizer", "period", "organizer-period"]).default("organizer-period"))
    .option("-o, --out <file>", "write to this file instead of standard output")
    .option("-g, --glob <pattern>", "which files of a folder to read", "*.txt")
    .option("-e, --encoding <name>", "force the input encoding")
    .option("--bom", "start csv output with a UTF-8 byte order mark")
    .option("--no-escape-formulas", "do not neutralise csv cells that start with = + - @")
    .action(async (inputs: string[], opts) => {
      const { runSummarize } = await import("./summarize-command.js");
      io.exitCode = await runSummarize(inputs, opts);
    });

  // `report-extract --help` shows the options of extraction too: it is what a bare
  // `report-extract FILE` runs, and a user should not have to know it has a name
  program.addHelpText("after", () => `\nOptions of extract (the default command):\n${optionList(extract)}${EXAMPLES}`);
  return program;
}

/** A command's options as commander lays them out in its own help. */
function optionList(command: Command): string {
  const help = command.createHelp();
  const options = help.visibleOptions(command).filter((o) => o.long !== "--help");
  const width = Math.max(...options.map((o) => help.optionTerm(o).length));
  return options.map((o) => help.formatItem(help.optionTerm(o), width, help.optionDescription(o), help)).join("\n") + "\n";
}

function fail(outcome: Extract<Outcome, { ok: false }>): void {
  process.stderr.write(`report-extract: ${outcome.path ?? "<stdin>"}: ${outcome.message}\n`);
}

async function makeEmitter(opts: ExtractCliOptions, sink: Sink, many: boolean): Promise<Emitter> {
  switch (opts.format) {
    case "json": {
      const { jsonEmitter } = await import("../emit/emitter.js");
      return jsonEmitter(sink, { array: many, pretty: true });
    }
    case "ndjson": {
      const { ndjsonEmitter } = await import("../emit/emitter.js");
      return ndjsonEmitter(sink);
    }
    case "csv":
    case "tsv": {
      const { delimitedEmitter } = await import("../emit/delimited.js");
      return delimitedEmitter(sink, { table: opts.table, delimiter: opts.format === "csv" ? "," : "\t", escapeFormulas: opts.escapeFormulas, bom: !!opts.bom });
    }
    case "xlsx": {
      const { xlsxEmitter } = await import("../emit/xlsx.js");
      return xlsxEmitter(sink);
    }
    case "html": {
      const { htmlEmitter } = await import("../emit/html.js");
      return htmlEmitter(sink);
    }
  }
}

export async function runExtract(args: string[], opts: ExtractCliOptions): Promise<number> {
  if (args.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write("report-extract: no input: name files or folders, or pipe a report into standard input (--help for usage)\n");
      return EXIT.usage;
    }
    args = ["-"];
  }
  if (opts.format === "xlsx" && !opts.out) {
    process.stderr.write("report-extract: --format xlsx writes a workbook: give it a file with --out FILE.xlsx\n");
    return EXIT.usage;
  }
  if (opts.out) {
    const dir = (await import("node:path")).dirname((await import("node:path")).resolve(opts.out));
    const stat = await (await import("node:fs")).promises.stat(dir).catch(() => null);
    if (!stat?.isDirectory()) {
      process.stderr.write(`report-extract: --out ${opts.out}: the folder ${dir} does not exist\n`);
      return EXIT.usage;
    }
  }
  const inputs = await expandInputs(args, { glob: opts.glob });
  const many = inputs.length > 1 || args.length > 1 || inputs.some((i) => i.kind === "file" && !args.includes(i.path));
  const sink = opts.out ? atomicFileSink(opts.out) : stdoutSink();
  const explain = opts.explain ? await import("./explain.js") : null;
  const emitter = explain ? null : await makeEmitter(opts, sink, many);
  const progress = await (await import("./progress.js")).createProgress(inputs.length, opts.progress, { interleaved: !opts.out });
  let failed = 0;
  const jobOptions: FileJob["options"] = { encoding: opts.encoding, html: opts.html, includeText: opts.includeText || opts.format === "html" || !!explain, strict: opts.strict };

  const jobs = async function* (): AsyncGenerator<Input> {
    for (const input of inputs) yield input;
  };
  const { executor, close, window } = await (await import("./pool.js")).createExecutor(opts.jobs, inputs.length);
  try {
    await runBatch<Input>({
      jobs: jobs(),
      // enough files in flight that every thread has its next block queued (pool.ts), few
      // enough that memory holds only this window
      concurrency: window,
      execute: async (input) => {
        if (input.kind === "error") return { ok: false, path: input.path, code: "input", message: input.message };
        // the pipeline loads on demand: with worker threads, this thread never needs it
        if (input.kind === "stdin") return (await (await import("./load-engine.js")).loadEngine()).extractStdin(jobOptions);
        return executor({ path: input.path, options: jobOptions });
      },
      onOutcome: async (outcome) => {
        progress.tick(outcome.ok);
        if (!outcome.ok) {
          failed++;
          progress.clear();
          fail(outcome);
          return;
        }
        try {
          // into a file (--out) plain text: escapes belong on a terminal only
          if (explain) sink.write(explain.explainReport(outcome.report as Report & { text: string }, opts.out ? { color: false } : {}));
          else if (outcome.json !== undefined && emitter!.writeJson) emitter!.writeJson(outcome.json);
          else await emitter!.write(outcome.report);
        } catch (err) {
          // a record too large to serialise fails its file, not the run: emitters build a
          // record's text before they write any of it, so nothing half-written stays behind
          failed++;
          progress.clear();
          fail({ ok: false, path: outcome.path, code: "unwritable", message: `its record cannot be written: ${(err as Error)?.message ?? String(err)}` });
        }
      },
    });
  } catch (err) {
    await sink.abort();
    throw err;
  } finally {
    await close();
    progress.done();
  }
  if (explain) await sink.end();
  if (emitter) {
    try {
      await emitter.end();
    } catch (err) {
      process.stderr.write(`report-extract: ${(err as Error).message}\n`);
      return EXIT.someFailed;
    }
  }
  if (failed > 0) process.stderr.write(`report-extract: ${failed} of ${inputs.length} input${inputs.length === 1 ? "" : "s"} failed\n`);
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

export async function main(argv: string[]): Promise<number> {
  // a reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  const io = { exitCode: EXIT.ok as number };
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with code 0 through the same path
      if (err.exitCode === 0 || err.code === "commander.helpDisplayed" || err.code === "commander.version") return EXIT.ok;
      return EXIT.usage;
    }
    process.stderr.write(`report-extract: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.someFailed;
  }
  return io.exitCode;
}
