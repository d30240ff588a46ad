/**
 * xlsx: one workbook with the four tables of tables.ts as the sheets reports, statistics,
 * attendees and tasks. Cells are typed by their column: numbers as numbers, dates as real date
 * cells (yyyy-mm-dd), booleans as booleans, the rest as text. Every sheet has a bold, frozen
 * header row and an autofilter over the header and its rows.
 *
 * The workbook is streamed: exceljs's WorkbookWriter zips rows as they are committed and the
 * zip goes chunk by chunk into the sink, which commits the file atomically at end(). (The zip
 * holds one sheet after another, so rows of the later sheets wait in memory, as compact XML,
 * until the earlier ones are closed; that is still far smaller than an in-memory workbook.)
 * exceljs is imported lazily, when the first workbook is opened, so the CLI starts fast.
 *
 * Text cells are never formulas in xlsx, so no formula escaping is needed here.
 */
import { Writable } from "node:stream";
import type { Report } from "../schema/report.js";
import type { Emitter, Sink } from "./emitter.js";
import { COLUMNS, rowsOf, TABLES, type Cell, type Column } from "./tables.js";

export const DATE_FORMAT = "yyyy-mm-dd";
/** Excel's limits: rows per sheet, characters per cell. */
export const MAX_ROWS = 1_048_576;
const MAX_CELL_CHARS = 32_767;

export interface SheetColumn {
  name: string;
  type: Column["type"];
  /** width in characters; a default by name and type when absent */
  width?: number;
}

export interface SheetSpec {
  name: string;
  columns: SheetColumn[];
}

/** A streamed workbook with fixed sheets, written to a sink. */
export interface WorkbookStream {
  /** append a row of cells (in the sheet's column order) */
  addRow(sheet: string, cells: Cell[]): Promise<void>;
  /** close every sheet, finish the zip and commit the sink */
  end(): Promise<void>;
}

/** Columns that hold prose get room; the rest are sized by type, never narrower than the header. */
const WIDTH_BY_NAME: Record<string, number> = {
  text: 60,
  title: 50,
  meeting_name: 45,
  organizer: 36,
  organization: 32,
  file: 32,
  subject: 24,
  award: 20,
  grantor: 20,
  name: 22,
  warnings: 24,
  sha256: 20,
  metric: 18,
};
const WIDTH_BY_TYPE: Record<Column["type"], number> = { string: 16, number: 12, date: 12, boolean: 10 };

export function columnWidth(c: SheetColumn): number {
  // + 3 leaves room for the autofilter's drop-down button
  return Math.max(c.width ?? WIDTH_BY_NAME[c.name] ?? WIDTH_BY_TYPE[c.type], c.name.length + 3);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2023-07-12" -> a Date at UTC midnight (exceljs turns it into the serial number 45119). */
export function dateCell(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3]) ? null : d;
}

function typed(cell: Cell, type: Column["type"]): string | number | boolean | Date | null {
  if (cell === null || cell === undefined) return null;
  switch (type) {
    case "date":
      return typeof cell === "string" ? (dateCell(cell) ?? cell) : cell;
    case "number":
      if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
      return cell;
    case "boolean":
      return cell;
    case "string":
      if (typeof cell === "string" && cell.length > MAX_CELL_CHARS) return cell.slice(0, MAX_CELL_CHARS - 1) + "…";
      return cell;
  }
}

/** A Writable that hands the zip's chunks to the sink. */
function sinkStream(sink: Sink): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      try {
        sink.write(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        callback();
      } catch (err) {
        callback(err as Error);
      }
    },
  });
}

export function streamWorkbook(sink: Sink, specs: SheetSpec[]): WorkbookStream {
  const opened = open(sink, specs);
  // a failed import surfaces on the first addRow/end; do not let it count as unhandled meanwhile
  opened.catch(() => undefined);
  let ended = false;
  return {
    async addRow(sheetName, cells) {
      const book = await opened;
      const sheet = book.sheets.get(sheetName);
      if (!sheet) throw new Error(`no sheet named ${sheetName}`);
      if (sheet.rows >= MAX_ROWS) {
        throw new Error(`the ${sheetName} sheet would have more than ${MAX_ROWS.toLocaleString("en-US")} rows, Excel's limit: use --format csv for a batch this large`);
      }
      const values = sheet.spec.columns.map((c, i) => typed(cells[i] ?? null, c.type));
      const row = sheet.ws.addRow(values);
      sheet.spec.columns.forEach((c, i) => {
        if (c.type === "date" && values[i] instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT;
      });
      row.commit();
      sheet.rows++;
    },
    async end() {
      if (ended) return;
      ended = true;
      const book = await opened;
      for (const sheet of book.sheets.values()) {
        // the filter covers the header and every row under it
        sheet.ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rows, column: sheet.spec.columns.length } };
        sheet.ws.commit();
      }
      await book.wb.commit();
      await sink.end();
    },
  };
}

async function open(sink: Sink, specs: SheetSpec[]) {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sinkStream(sink), useStyles: true, useSharedStrings: true });
  wb.creator = "report-extract";
  wb.created = new Date();
  const sheets = new Map<string, { spec: SheetSpec; ws: ReturnType<typeof wb.addWorksheet>; rows: number }>();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name, {
      views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    });
    ws.columns = spec.columns.map((c) => ({ key: c.name, width: columnWidth(c) }));
    const header = ws.addRow(spec.columns.map((c) => c.name));
    header.font = { bold: true };
    header.commit();
    sheets.set(spec.name, { spec, ws, rows: 1 });
  }
  return { wb, sheets };
}

/** The sheets of the extract workbook, in TABLES order. */
export function reportSheets(): SheetSpec[] {
  return TABLES.map((t) => ({ name: t, columns: COLUMNS[t].map((c) => ({ name: c.name, type: c.type })) }));
}

export function xlsxEmitter(sink: Sink): Emitter {
  const book = streamWorkbook(sink, reportSheets());
  return {
    async write(report: Report) {
      for (const table of TABLES) {
        for (const row of rowsOf(table, report)) await book.addRow(table, row);
      }
    },
    end() {
      return book.end();
    },
  };
}
