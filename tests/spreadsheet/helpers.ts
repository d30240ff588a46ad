/** Shared by the spreadsheet tests: run the compiled CLI, parse csv/tsv back. */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/report-extract.js");
export const SEEDS = path.join(ROOT, "fixtures/seeds");
export const SEED_004 = "004_26480470671b356b.txt";
export const SEED_000 = "000_535c95fd56643c6a.txt";

export interface CliResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Run bin/report-extract.js (compiled by the global setup) with stdin closed. */
export function runCli(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, encoding: "buffer", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === "number" ? ((err as { code: number }).code) : -1) : 0;
        if (code === -1) return reject(err);
        resolve({ code, stdout: stdout as Buffer, stderr: (stderr as Buffer).toString("utf8") });
      },
    );
    child.stdin?.end();
  });
}

export function tempDir(prefix = "re-sheet-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * RFC 4180 csv: fields separated by the delimiter, records by \n or \r\n; a field in double
 * quotes may hold delimiters, quotes (doubled) and line breaks. Throws on malformed quoting.
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  const endField = () => {
    row.push(field);
    field = "";
    atFieldStart = true;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") throw new Error(`csv: text after a closing quote at ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (c === delimiter) {
      endField();
      i++;
      continue;
    }
    if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      endField();
      rows.push(row);
      row = [];
      i += c === "\r" ? 2 : 1;
      continue;
    }
    if (c === '"') throw new Error(`csv: a quote inside an unquoted field at ${i}`);
    field += c;
    atFieldStart = false;
    i++;
  }
  if (quoted) throw new Error("csv: unterminated quoted field");
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** tsv as written by report-extract: no quoting, a record per line. */
export function parseTsv(text: string): string[][] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => l.split("\t"));
}

/** Rows as objects keyed by the header. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => {
    if (r.length !== header.length) throw new Error(`row has ${r.length} cells, header ${header.length}: ${JSON.stringify(r)}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
  });
}

/** The ndjson output of a run, parsed. */
export function parseNdjson(buf: Buffer): any[] {
  return buf
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}
