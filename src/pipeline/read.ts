/**
 * Stage 1, read: bytes -> text. Decides the encoding (BOM, strict UTF-8, then the legacy
 * code pages Vietnamese offices used), refuses what is not text at all, and turns text typed in
 * the old TCVN3 (ABC) and VNI font encodings into Unicode.
 *
 * The order of the checks:
 *   1. nothing at all, or a forced encoding (`--encoding`);
 *   2. a byte order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
 *   3. the magic number of a format dropped in by mistake (PNG, PDF, ZIP, ...): an InputError;
 *   4. UTF-16 without a BOM (every other byte zero);
 *   5. binary noise (NUL and other control bytes): an InputError;
 *   6. strict UTF-8; UTF-8 with a few broken bytes (kept, with a warning);
 *   7. bytes typed in the TCVN3 or VNI fonts (their Latin-1 look-alikes read as Vietnamese);
 *   8. the legacy code page under which the text reads most like Vietnamese (the charset an
 *      HTML page declares, Windows-1258, VISCII, then chardet's candidates).
 * Then, whatever the decoding, text that still looks like TCVN3/VNI look-alikes (a legacy
 * document once converted to UTF-8 as if it were Latin-1) is converted, with a warning.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type * as Chardet from "chardet";
import type * as Iconv from "iconv-lite";
import { convertLegacyFont, detectLegacyFont, legacyBytesToText, type LegacyFont } from "../lexicon/legacy-fonts.js";
import { vietnameseScore } from "../lexicon/vietnamese.js";

// iconv-lite and chardet load with the first input that needs them (a legacy code page, UTF-16
// or UTF-32, an encoding forced by --encoding): a run over UTF-8 files, most of them, never pays
// their 5 ms of start-up
const requireModule = createRequire(import.meta.url);
let iconvModule: typeof Iconv | null = null;
let chardetModule: typeof Chardet | null = null;
const iconv = (): typeof Iconv => (iconvModule ??= requireModule("iconv-lite") as typeof Iconv);
const chardet = (): typeof Chardet => (chardetModule ??= requireModule("chardet") as typeof Chardet);

/** An input that cannot become a report. The CLI prints `file: message` and goes on. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

export interface Decoded {
  text: string;
  encoding: string;
  bytes: number;
  sha256: string;
  /** notes for the report's warnings (legacy encodings, replacement characters, ...) */
  notes: { code: string; message: string }[];
}

export interface ReadOptions {
  /** force an encoding by name (anything iconv-lite knows, plus "tcvn3"/"abc" and "vni") */
  encoding?: string;
}

/** Magic numbers of formats people drop into a folder of reports by mistake. */
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a PDF document (convert it to text first)", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a ZIP archive (or a DOCX/XLSX/ODT document: save it as plain text first)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "an empty ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "a spanned ZIP archive", bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "an old Office document (DOC/XLS: save it as plain text first)", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "an RTF document (save it as plain text first)", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a] },
  { name: "a WebP/WAV/AVI (RIFF) file", bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: "an executable (ELF)", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "an SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: "an MP3 audio file", bytes: [0x49, 0x44, 0x33] },
];

const startsWith = (b: Uint8Array, sig: number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

function sniffMagic(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.name;
  return null;
}

/** NUL bytes, or many control bytes that text never holds (C0 other than tab, newlines, form feed, escape). */
function sniffControl(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return "a binary file (it contains NUL bytes), not text";
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27 && c !== 11) control++;
  }
  return n > 0 && control / n > 0.05 ? "a binary file (it is full of control bytes), not text" : null;
}

/** UTF-16 without a BOM: one byte of every pair is zero for Latin text. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length & ~1, 4096);
  if (n < 4) return null;
  // no zero byte at all (a native search): no pair has one, and the answer is null
  if (bytes.subarray(0, n).indexOf(0) < 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return "utf-16le";
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return "utf-16be";
  return null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

/** Names of the two font encodings, as `--encoding` accepts them. */
const LEGACY_NAMES: Record<string, LegacyFont> = { tcvn3: "tcvn3", abc: "tcvn3", vn3: "tcvn3", tcvn: "tcvn3", vni: "vni", "vni-windows": "vni" };

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function legacyNote(font: LegacyFont): { code: string; message: string } {
  return {
    code: "legacy-font-encoding",
    message: `the text was typed in the ${font === "vni" ? "VNI" : "TCVN3 (ABC)"} font encoding and was converted to Unicode`,
  };
}

/** Decode with an encoding the user named. */
function decodeForced(bytes: Uint8Array, encoding: string, notes: Decoded["notes"]): { text: string; encoding: string } {
  const name = encoding.trim().toLowerCase();
  const font = LEGACY_NAMES[name];
  if (font) {
    notes.push(legacyNote(font));
    return { text: convertLegacyFont(legacyBytesToText(bytes), font), encoding: font };
  }
  if (!iconv().encodingExists(name)) {
    throw new InputError("unknown-encoding", `unknown encoding "${encoding}" (try utf-8, utf-16le, windows-1258, tcvn3 or vni)`);
  }
  if (name === "utf-8" || name === "utf8") return { text: decodeUtf8Lenient(bytes, notes), encoding: "utf-8" };
  return { text: iconv().decode(buffer(bytes), name), encoding: name };
}

/**
 * Decode a file's bytes. Throws InputError for empty, blank, binary and undecodable input.
 */
export function decodeBytes(bytes: Uint8Array, options: ReadOptions = {}): Decoded {
  const notes: Decoded["notes"] = [];
  const base = { bytes: bytes.length, sha256: sha256(bytes) };
  if (bytes.length === 0) throw new InputError("empty", "the file is empty (0 bytes)");

  let text: string;
  let encoding: string;
  let converted = false;
  if (options.encoding) {
    ({ text, encoding } = decodeForced(bytes, options.encoding, notes));
    converted = encoding === "tcvn3" || encoding === "vni";
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8-bom";
    text = decodeUtf8Lenient(bytes.subarray(3), notes);
  } else if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    encoding = "utf-32le";
    text = iconv().decode(buffer(bytes.subarray(4)), "utf-32le");
  } else if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    encoding = "utf-32be";
    text = iconv().decode(buffer(bytes.subarray(4)), "utf-32be");
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = "utf-16le";
    text = iconv().decode(buffer(bytes.subarray(2)), "utf-16le");
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = "utf-16be";
    text = iconv().decode(buffer(bytes.subarray(2)), "utf-16be");
  } else {
    const magic = sniffMagic(bytes);
    if (magic) throw new InputError("binary", `this is ${magic}, not a text report`);
    const wide = sniffUtf16(bytes);
    if (wide) {
      encoding = wide;
      text = iconv().decode(buffer(bytes), wide);
    } else {
      const binary = sniffControl(bytes);
      if (binary) throw new InputError("binary", `this is ${binary}`);
      ({ text, encoding, converted } = guessEightBit(bytes, notes));
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // Text typed in the TCVN3 or VNI fonts survives a decoding as UTF-8 as Latin-1 look-alikes.
  if (!converted) {
    const legacy = detectLegacyFont(text);
    if (legacy) {
      text = convertLegacyFont(text, legacy);
      notes.push(legacyNote(legacy));
      encoding = `${encoding}+${legacy}`;
    }
  }
  if (isBlank(text)) throw new InputError("blank", "the file holds only whitespace, no text");
  return { text, encoding, notes, ...base };
}

/** Only spaces, line breaks and invisible characters (zero-width spaces, BOMs, soft hyphens). */
function isBlank(text: string): boolean {
  return !/[^\s\u200b-\u200d\u2060\ufeff\u00ad]/u.test(text);
}

function decodeUtf8Lenient(bytes: Uint8Array, notes: Decoded["notes"]): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const text = utf8Lenient.decode(bytes);
    const bad = countReplacements(text);
    notes.push({ code: "invalid-utf8", message: `the file is not valid UTF-8: ${bad} broken byte sequence${bad === 1 ? " was" : "s were"} replaced with U+FFFD` });
    return text;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/** UTF-8 with a few broken bytes (a truncated copy, one stray Latin-1 byte) is still UTF-8. */
function mostlyUtf8(bytes: Uint8Array): string | null {
  const text = utf8Lenient.decode(bytes);
  const bad = countReplacements(text);
  let wide = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) wide++;
  const good = wide - bad;
  // well-formed multi-byte letters, and at most one broken sequence for every four of them
  // (Windows-1258 text has no well-formed ones: its letters are lone high bytes)
  return good >= 1 && bad * 4 <= good ? text : null;
}

/** The charset an HTML page declares in its head: <meta charset="..."> or content="...; charset=...". */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  return iconv().encodingExists(name) && !name.startsWith("utf") ? name : null;
}

/**
 * No BOM and not UTF-16: strict UTF-8 if it decodes; UTF-8 with a few broken bytes; text typed
 * in a legacy font; else the legacy code page under which the text reads most like Vietnamese
 * (Windows-1258 first), else whatever chardet thinks it is.
 */
function guessEightBit(bytes: Uint8Array, notes: Decoded["notes"]): { text: string; encoding: string; converted: boolean } {
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8", converted: false };
  } catch {
    // not UTF-8: a legacy code page, or UTF-8 with a few bad bytes
  }
  const nearly = mostlyUtf8(bytes);
  if (nearly !== null) {
    const bad = countReplacements(nearly);
    notes.push({ code: "invalid-utf8", message: `the file is not valid UTF-8: ${bad} broken byte sequence${bad === 1 ? " was" : "s were"} replaced with U+FFFD` });
    return { text: nearly, encoding: "utf-8", converted: false };
  }
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  // TCVN3 and VNI are byte tables over Latin-1: read the bytes as Latin-1 and convert. Decoding
  // them with Windows-1258 first would turn five of their letters into combining marks.
  const font = detectLegacyFont(legacyBytesToText(sample));
  if (font) {
    notes.push(legacyNote(font));
    return { text: convertLegacyFont(legacyBytesToText(bytes), font), encoding: font, converted: true };
  }
  const names = new Set<string>();
  const declared = declaredCharset(bytes);
  if (declared) names.add(declared);
  names.add("windows-1258");
  // VISCII: the other Vietnamese 8-bit code page (one byte per letter, capitals included)
  names.add("viscii");
  for (const c of chardet().analyse(sample)) {
    const name = c.name.toLowerCase();
    if (iconv().encodingExists(name) && !name.startsWith("utf")) names.add(name);
  }
  names.add("windows-1252");
  let best = { encoding: "windows-1258", score: -1 };
  for (const encoding of names) {
    const score = vietnameseScore(iconv().decode(buffer(sample), encoding));
    if (score > best.score) best = { encoding, score };
  }
  if (best.score <= 0 && !declared) {
    // nothing reads as Vietnamese: trust chardet's first guess
    const first = chardet().detect(sample)?.toLowerCase();
    if (first && iconv().encodingExists(first) && !first.startsWith("utf")) best.encoding = first;
  }
  return { text: iconv().decode(buffer(bytes), best.encoding), encoding: best.encoding, converted: false };
}
