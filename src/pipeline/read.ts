/**
 * Stage 1, read: bytes -> text. Decides the encoding (BOM, strict UTF-8, then the legacy
 * code pages Vietnamese offices used), refuses what is not text at all, and turns text typed in
 * the old TCVN3 (ABC) and VNI font encodings into Unicode.
 */
import { createHash } from "node:crypto";
import chardet from "chardet";
import iconv from "iconv-lite";
import { convertLegacyFont, detectLegacyFont } from "../lexicon/legacy-fonts.js";
import { vietnameseScore } from "../lexicon/vietnamese.js";

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
  /** force an encoding by name (anything iconv-lite knows, plus "tcvn3" and "vni") */
  encoding?: string;
}

/** Magic numbers of formats people drop into a folder of reports by mistake. */
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: "a ZIP archive (or DOCX/XLSX)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "an old Office document (DOC/XLS)", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "a WebP/RIFF file", bytes: [0x52, 0x49, 0x46, 0x46] },
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function sniffBinary(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (bytes.length >= m.bytes.length && startsWith(bytes, m.bytes)) return m.name;
  // control bytes that text never holds (NUL, and C0 other than tab/newline/form feed/escape)
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return "a binary file (it contains NUL bytes)";
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  return n > 0 && control / n > 0.05 ? "a binary file (it is full of control bytes)" : null;
}

/** UTF-16 without a BOM: one byte of every pair is zero for Latin text. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length & ~1, 4096);
  if (n < 4) return null;
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

function decodeWith(bytes: Uint8Array, encoding: string): string {
  const name = encoding.toLowerCase();
  if (name === "tcvn3" || name === "abc" || name === "vni") {
    return convertLegacyFont(iconv.decode(Buffer.from(bytes), "latin1"), name === "vni" ? "vni" : "tcvn3");
  }
  if (!iconv.encodingExists(name)) throw new InputError("unknown-encoding", `unknown encoding "${encoding}"`);
  return iconv.decode(Buffer.from(bytes), name);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Decode a file's bytes. Throws InputError for empty, binary and undecodable input.
 */
export function decodeBytes(bytes: Uint8Array, options: ReadOptions = {}): Decoded {
  const notes: Decoded["notes"] = [];
  const base = { bytes: bytes.length, sha256: sha256(bytes) };
  if (bytes.length === 0) throw new InputError("empty", "the file is empty");

  let text: string;
  let encoding: string;
  if (options.encoding) {
    encoding = options.encoding.toLowerCase();
    text = decodeWith(bytes, encoding);
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8-bom";
    text = decodeUtf8Lenient(bytes.subarray(3), notes);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = "utf-16le";
    text = iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le");
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = "utf-16be";
    text = iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be");
  } else {
    const wide = sniffUtf16(bytes);
    if (wide) {
      encoding = wide;
      text = iconv.decode(Buffer.from(bytes), wide);
    } else {
      const binary = sniffBinary(bytes);
      if (binary) throw new InputError("binary", `this is ${binary}, not a text report`);
      ({ text, encoding } = guessEightBit(bytes));
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // Text typed in the TCVN3 or VNI fonts survives any decoding as Latin-1 look-alikes.
  const legacy = detectLegacyFont(text);
  if (legacy) {
    text = convertLegacyFont(text, legacy);
    notes.push({
      code: "legacy-font-encoding",
      message: `the text was typed in the ${legacy === "vni" ? "VNI" : "TCVN3 (ABC)"} font encoding and was converted to Unicode`,
    });
    encoding = `${encoding}+${legacy}`;
  }
  if (text.trim() === "") throw new InputError("blank", "the file holds only whitespace");
  return { text, encoding, notes, ...base };
}

function decodeUtf8Lenient(bytes: Uint8Array, notes: Decoded["notes"]): string {
  try {
    return utf8.decode(bytes);
  } catch {
    notes.push({ code: "invalid-utf8", message: "the file is not valid UTF-8; bad bytes were replaced" });
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * No BOM and not UTF-16: strict UTF-8 if it decodes, else the legacy code page under which the
 * text reads most like Vietnamese (Windows-1258 first), else whatever chardet thinks it is.
 */
function guessEightBit(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: a legacy code page
  }
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const names = new Set<string>(["windows-1258"]);
  for (const c of chardet.analyse(sample)) {
    const name = c.name.toLowerCase();
    if (iconv.encodingExists(name) && !name.startsWith("utf")) names.add(name);
  }
  names.add("windows-1252");
  let best = { text: "", encoding: "windows-1258", score: -1 };
  for (const encoding of names) {
    const text = iconv.decode(Buffer.from(sample), encoding);
    const legacy = detectLegacyFont(text);
    const score = vietnameseScore(legacy ? convertLegacyFont(text, legacy) : text);
    if (score > best.score) best = { text, encoding, score };
  }
  if (best.score <= 0) {
    // nothing reads as Vietnamese: trust chardet's first guess
    const first = chardet.detect(sample)?.toLowerCase();
    if (first && iconv.encodingExists(first)) best.encoding = first;
  }
  return { text: iconv.decode(Buffer.from(bytes), best.encoding), encoding: best.encoding };
}
