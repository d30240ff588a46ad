/**
 * csv and tsv: one table, streamed a report at a time. Cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) are prefixed with a quote unless
 * escaping is turned off.
 */
import { stringify } from "csv-stringify/sync";
import type { Report } from "../schema/report.js";
import type { Emitter, Sink } from "./emitter.js";
import { headerOf, rowsOf, type Cell, type TableName } from "./tables.js";

const FORMULA = /^[=+\-@\t\r]/;

/**
 * The cell as a spreadsheet may show it safely. A lone "-" (the file column of standard input)
 * is text to every spreadsheet, not the start of a formula: it stays as it is.
 */
export function neutralizeFormula(cell: Cell): Cell {
  return typeof cell === "string" && FORMULA.test(cell) && cell !== "-" ? `'${cell}` : cell;
}

export interface DelimitedOptions {
  table: TableName;
  delimiter: "," | "\t";
  escapeFormulas: boolean;
  bom: boolean;
}

function toText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return String(cell);
}

export function delimitedEmitter(sink: Sink, options: DelimitedOptions): Emitter {
  const format = (rows: Cell[][]) =>
    stringify(
      rows.map((r) => r.map((c) => {
        const cell = options.escapeFormulas ? neutralizeFormula(c) : c;
        // tsv has no quoting of its own: tabs and line breaks inside a cell become spaces
        return options.delimiter === "\t" ? toText(cell).replace(/[\t\r\n]+/g, " ") : toText(cell);
      })),
      { delimiter: options.delimiter, record_delimiter: "\n", quoted_match: options.delimiter === "\t" ? undefined : [/^$/u, /\r/u], quote: options.delimiter === "\t" ? false : '"' },
    );
  sink.write((options.bom ? "\uFEFF" : "") + format([headerOf(options.table)]));
  return {
    write(report: Report) {
      const rows = rowsOf(options.table, report);
      if (rows.length) sink.write(format(rows));
    },
    async end() {
      await sink.end();
    },
  };
}
