/**
 * Shared by the input tests (issue 5): seeds, encoders for every encoding the reader accepts
 * (written here as the inverse of the decoders, so a table error shows up as a failed round
 * trip), the records a copy must reproduce, the span invariant, and a CLI runner.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { expect } from "vitest";
import { TCVN3, VNI_BREVE, VNI_CIRCUMFLEX, VNI_SINGLE, VNI_TONE } from "../../src/lexicon/legacy-fonts.js";
import type { Report } from "../../src/schema/report.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/report-extract.js");
export const SEEDS = path.join(ROOT, "fixtures/seeds");
export const INPUTS = path.join(ROOT, "fixtures/inputs");

export const seedFiles = (): string[] => readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
export const seedText = (file: string): string => readFileSync(path.join(SEEDS, file), "utf8");
export const SEED_000 = "000_535c95fd56643c6a.txt";
export const SEED_001 = "001_459a7166bd750c28.txt";
export const SEED_002 = "002_a50bae05b9ac2406.txt";
export const SEED_003 = "003_8669d27cfbe45e39.txt";
export const SEED_004 = "004_26480470671b356b.txt";

// ---------------------------------------------------------------- records and invariants

/** Everything a report says, spans and verbatim texts included. */
export function records(r: Report) {
  return {
    title: r.title,
    published: r.published,
    author: r.author,
    meeting: r.meeting,
    attendees: r.attendees.map((a) => ({ name: a.name, honorific: a.honorific, title: a.title, organization: a.organization, role: a.role, mentions: a.mentions, text: a.text, span: a.span })),
    statistics: r.statistics.map((s) => ({ metric: s.metric, value: s.value, unit: s.unit, qualifier: s.qualifier, subject: s.subject, award: s.award, grantor: s.grantor, basis: s.basis, denominator: s.denominator, target: s.target, text: s.text, span: s.span })),
    tasks: r.tasks.map((t) => ({ text: t.text, span: t.span })),
  };
}

/**
 * The values only: what must come out the same when the text differs in ways the view folds
 * (tone placement, odd spaces, quotes, line endings). Verbatim fields (`text`, spans, tasks) are
 * compared after `fold`, since they must slice the report's own text.
 */
export function values(r: Report, fold: (s: string) => string = (s) => s) {
  return {
    meeting: r.meeting,
    attendees: r.attendees.map((a) => ({ name: a.name, honorific: a.honorific, title: a.title, organization: a.organization, role: a.role, mentions: a.mentions, text: fold(a.text) })),
    statistics: r.statistics.map((s) => ({ metric: s.metric, value: s.value, unit: s.unit, qualifier: s.qualifier, subject: s.subject, award: s.award, grantor: s.grantor, basis: s.basis, target: s.target, text: fold(s.text) })),
    tasks: r.tasks.map((t) => fold(t.text)),
  };
}

/** The contract's invariant: every span slices the report's text (the NFC decoded input) to exactly its value. */
export function expectSpansSlice(report: Report, text: string): void {
  const items = [...report.statistics, ...report.attendees, ...report.tasks];
  for (const v of items) {
    expect(v.span[0]).toBeGreaterThanOrEqual(0);
    expect(v.span[1]).toBeLessThanOrEqual(text.length);
    expect(text.slice(v.span[0], v.span[1])).toBe(v.text);
  }
}

// ---------------------------------------------------------------- Windows-1258

const CP1258_TONES: Record<string, number> = { "\u0300": 0xcc, "\u0301": 0xec, "\u0303": 0xde, "\u0309": 0xd2, "\u0323": 0xf2 };
const TONE_MARKS = new Set(Object.keys(CP1258_TONES));

function cp1258Byte(ch: string): number | null {
  const b = iconv.encode(ch, "windows-1258");
  return b.length === 1 && iconv.decode(b, "windows-1258") === ch ? b[0]! : null;
}

/**
 * Encode NFC text in Windows-1258 the way Vietnamese Windows did: a letter the code page has
 * precomposed is one byte; any other is its base letter (which may carry a circumflex, breve or
 * horn: â, ă, ơ, ...) followed by a combining tone mark (0xCC grave, 0xEC acute, 0xD2 hook,
 * 0xDE tilde, 0xF2 dot below). Throws on a character the code page cannot hold.
 */
export function encodeCp1258(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = cp1258Byte(ch);
    if (direct !== null) {
      out.push(direct);
      continue;
    }
    const parts = [...ch.normalize("NFD")];
    const tones = parts.filter((c) => TONE_MARKS.has(c));
    const base = parts.filter((c) => !TONE_MARKS.has(c)).join("").normalize("NFC");
    const baseByte = cp1258Byte(base);
    if (baseByte === null || tones.length !== 1) throw new Error(`Windows-1258 cannot hold ${JSON.stringify(ch)} (U+${ch.codePointAt(0)!.toString(16)})`);
    out.push(baseByte, CP1258_TONES[tones[0]!]!);
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------- TCVN3 (ABC) and VNI

const CP1252_PUNCT: Record<string, number> = {
  "\u00a0": 0xa0, "\u2018": 0x91, "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94, "\u2022": 0x95, "\u2013": 0x96, "\u2014": 0x97, "\u2026": 0x85, "\u20ac": 0x80,
};
const TCVN3_ENCODE = new Map(Object.entries(TCVN3).map(([byte, letter]) => [letter, byte.charCodeAt(0)]));

/** Characters a legacy-font file writes as themselves: ASCII, and Windows-1252 punctuation. */
function plainByte(ch: string): number | null {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x80) return c;
  return CP1252_PUNCT[ch] ?? null;
}

/**
 * What a TCVN3 document says once decoded: VN3 has no capitals with a tone (documents set them in
 * the capitals font with the lower-case codes), so those come back lower case.
 */
export function tcvn3Representable(text: string): string {
  return [...text.normalize("NFC")].map((ch) => (plainByte(ch) !== null || TCVN3_ENCODE.has(ch) ? ch : ch.toLowerCase())).join("");
}

/** Encode NFC text in TCVN3: the inverse of the decoding table. Throws on what VN3 cannot hold. */
export function encodeTcvn3(text: string): Buffer {
  const out: number[] = [];
  for (const ch of tcvn3Representable(text)) {
    const b = plainByte(ch) ?? TCVN3_ENCODE.get(ch) ?? null;
    if (b === null) throw new Error(`TCVN3 cannot hold ${JSON.stringify(ch)}`);
    out.push(b);
  }
  return Buffer.from(out);
}

const invert = (table: Readonly<Record<string, string>>) => new Map(Object.entries(table).map(([mark, tone]) => [tone, mark]));
const VNI_TONE_MARK = invert(VNI_TONE);
const VNI_CIRCUMFLEX_MARK = invert(VNI_CIRCUMFLEX);
const VNI_BREVE_MARK = invert(VNI_BREVE);
const VNI_LETTER = new Map(Object.entries(VNI_SINGLE).map(([code, letter]) => [letter, code]));

/**
 * Encode NFC text in VNI: the inverse of the decoder's tables. A letter VNI writes with one
 * character (đ, ơ, ư, and i/y with some tones) is that character, followed by its tone mark
 * if it has one; any other vowel is its base letter followed by one mark character that carries
 * the circumflex or breve and the tone together.
 */
export function encodeVni(text: string): Buffer {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (plainByte(ch) !== null) {
      out += ch;
      continue;
    }
    const single = VNI_LETTER.get(ch);
    if (single) {
      out += single;
      continue;
    }
    const parts = [...ch.normalize("NFD")];
    const tone = parts.find((c) => TONE_MARKS.has(c)) ?? "";
    const rest = parts.filter((c) => !TONE_MARKS.has(c));
    const upper = ch !== ch.toLowerCase();
    const caseOf = (s: string) => (upper ? s.toUpperCase() : s);
    const letter = rest.join("").normalize("NFC");
    let code: string | undefined;
    if (VNI_LETTER.has(letter)) code = VNI_LETTER.get(letter)! + (tone ? caseOf(VNI_TONE_MARK.get(tone)!) : "");
    else if (rest.length === 2 && rest[1] === "\u0302") code = rest[0] + caseOf(VNI_CIRCUMFLEX_MARK.get(tone)!);
    else if (rest.length === 2 && rest[1] === "\u0306") code = rest[0] + caseOf(VNI_BREVE_MARK.get(tone)!);
    else if (rest.length === 1 && tone && /[aeiouy]/iu.test(rest[0]!)) code = rest[0] + caseOf(VNI_TONE_MARK.get(tone)!);
    if (code === undefined) throw new Error(`VNI cannot hold ${JSON.stringify(ch)}`);
    out += code;
  }
  const bytes: number[] = [];
  for (const c of out) {
    const b = plainByte(c) ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : null);
    if (b === null) throw new Error(`VNI cannot hold ${JSON.stringify(c)}`);
    bytes.push(b);
  }
  return Buffer.from(bytes);
}

// ---------------------------------------------------------------- text variants

const TONE_OF: Record<string, true> = { "\u0300": true, "\u0301": true, "\u0303": true, "\u0309": true, "\u0323": true };

/** Move the tone of `first` onto `second` ("ò"+"a" -> "o"+"à"). */
function moveTone(first: string, second: string): string {
  const parts = [...first.normalize("NFD")];
  const tone = parts.filter((c) => TONE_OF[c]).join("");
  return parts.filter((c) => !TONE_OF[c]).join("").normalize("NFC") + (second + tone).normalize("NFC");
}

/** Old-style tone placement: "hòa" -> "hoà", "thủy" -> "thuỷ", "khỏe" -> "khoẻ" (not "quý", not "hoàn"). */
export function oldTonePlacement(text: string): string {
  return text
    .replace(/(?<![qQ])([òóỏõọÒÓỎÕỌ])([aAeE])(?![\p{L}\p{M}])/gu, (_, a: string, b: string) => moveTone(a, b))
    .replace(/(?<![qQ])([ùúủũụÙÚỦŨỤ])([yY])(?![\p{L}\p{M}])/gu, (_, a: string, b: string) => moveTone(a, b));
}

/** The modern placement, as the view has it (for comparing verbatim texts). */
export function modernTonePlacement(text: string): string {
  return text
    .replace(/(?<![qQ])([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?![\p{L}\p{M}])/gu, (_, a: string, b: string) => {
      const parts = [...b.normalize("NFD")];
      return (a + parts.slice(1).join("")).normalize("NFC") + parts[0];
    })
    .replace(/(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu, (_, a: string, b: string) => {
      const parts = [...b.normalize("NFD")];
      return (a + parts.slice(1).join("")).normalize("NFC") + parts[0];
    });
}

/** Fold the differences the view folds: odd spaces, invisible characters, quotes, dashes, line endings. */
export function foldView(text: string): string {
  return modernTonePlacement(text)
    .replace(/\r\n?/gu, "\n")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/gu, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, "")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/gu, '"')
    .replace(/[\u2018\u2019\u201a\u201b]/gu, "'")
    .replace(/[\u2010-\u2015\u2212]/gu, "-");
}

// ---------------------------------------------------------------- CLI

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** the signal that ended the process, if one did */
  signal?: NodeJS.Signals | null;
}

/** Run the compiled CLI synchronously (stdin from `input`, or closed). */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") + (r.signal ? `\n[killed by ${r.signal}]` : "") };
}

/**
 * Run the CLI as the unprivileged user "nobody" (for permission tests when the suite runs as
 * root, where chmod 000 does not stop reads). Null when that is not possible here.
 */
export function runCliAsNobody(args: string[]): CliResult | null {
  const probe = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "-e", "process.exit(0)"]);
  if (probe.error || probe.status !== 0) return null;
  const r = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, BIN, ...args], {
    cwd: "/",
    input: "",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

/** Run the CLI without blocking the test's event loop (for long runs and signals). */
export function runCliAsync(args: string[], options: { cwd?: string; onSpawn?: (pid: number) => void } = {}): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    if (child.pid) options.onSpawn?.(child.pid);
    child.on("close", (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
}

export function tempDir(prefix = "re-inputs-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const ndjson = (s: string): Report[] => s.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Report);
