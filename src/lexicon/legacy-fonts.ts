/**
 * The two 8-bit font encodings that still circulate in old Vietnamese office documents.
 * Both put Vietnamese letters where Latin-1 keeps its accented letters, so a file typed in them
 * decodes to look-alikes: "Liªn ®oµn Lao ®éng" (TCVN3, also called ABC) and
 * "Lieân ñoaøn Lao ñoäng" (VNI). These tables undo that.
 */

/**
 * TCVN3 (TCVN 5712:1993, VN3): one byte per letter. Example: "®oµn" -> "đoàn". Checked against
 * the VN3 code chart (the ABC fonts .VnTime/.VnArial): lower-case letters with their tones in
 * 0xB5-0xFE, the seven letters of their own in 0xA1-0xAE. VN3 has no upper-case letters with a
 * tone: documents set them in the capitals font (.VnTimeH) with the lower-case codes, so they
 * come back lower case.
 */
export const TCVN3: Readonly<Record<string, string>> = {
  "\u00a1": "Ă", "\u00a2": "Â", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ", "\u00a6": "Ư", "\u00a7": "Đ",
  "\u00a8": "ă", "\u00a9": "â", "\u00aa": "ê", "\u00ab": "ô", "\u00ac": "ơ", "\u00ad": "ư", "\u00ae": "đ",
  "\u00b5": "à", "\u00b6": "ả", "\u00b7": "ã", "\u00b8": "á", "\u00b9": "ạ",
  "\u00bb": "ằ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00be": "ắ", "\u00c6": "ặ",
  "\u00c7": "ầ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00ca": "ấ", "\u00cb": "ậ",
  "\u00cc": "è", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d0": "é", "\u00d1": "ẹ",
  "\u00d2": "ề", "\u00d3": "ể", "\u00d4": "ễ", "\u00d5": "ế", "\u00d6": "ệ",
  "\u00d7": "ì", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00dd": "í", "\u00de": "ị",
  "\u00df": "ò", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e3": "ó", "\u00e4": "ọ",
  "\u00e5": "ồ", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e8": "ố", "\u00e9": "ộ",
  "\u00ea": "ờ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ed": "ớ", "\u00ee": "ợ",
  "\u00ef": "ù", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f3": "ú", "\u00f4": "ụ",
  "\u00f5": "ừ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f8": "ứ", "\u00f9": "ự",
  "\u00fa": "ỳ", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fd": "ý", "\u00fe": "ỵ",
};

/**
 * VNI: a base letter followed by a mark character. Example: "ñoaøn" -> "đoàn" ("ø" is the grave
 * accent on the letter before it, "ñ" is đ). Marks: tone alone, circumflex (+tone), breve (+tone).
 */
export const VNI_TONE: Readonly<Record<string, string>> = { "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323" };
export const VNI_CIRCUMFLEX: Readonly<Record<string, string>> = { "â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323" };
export const VNI_BREVE: Readonly<Record<string, string>> = { "ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323" };
/** letters VNI writes with a single character of their own */
export const VNI_SINGLE: Readonly<Record<string, string>> = {
  "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
  "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
  "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
};

function vniMark(ch: string): { kind: "tone" | "circumflex" | "breve"; tone: string } | null {
  const lower = ch.toLowerCase();
  if (lower in VNI_TONE) return { kind: "tone", tone: VNI_TONE[lower]! };
  if (lower in VNI_CIRCUMFLEX) return { kind: "circumflex", tone: VNI_CIRCUMFLEX[lower]! };
  if (lower in VNI_BREVE) return { kind: "breve", tone: VNI_BREVE[lower]! };
  return null;
}

function convertVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    const lower = ch.toLowerCase();
    let base = ch;
    if (ch in VNI_SINGLE && (ch.toLowerCase() === "ô" || ch.toLowerCase() === "ö")) base = VNI_SINGLE[ch]!;
    else if (ch in VNI_SINGLE && !"aeiouy".includes(lower)) {
      out += VNI_SINGLE[ch];
      continue;
    }
    if (next !== undefined && /[aeiouyAEIOUYơƠưƯ]/.test(base)) {
      const mark = vniMark(next);
      if (mark) {
        let composed = base;
        if (mark.kind === "circumflex" && /[aeoAEO]/.test(base)) composed += "\u0302";
        else if (mark.kind === "breve" && /[aA]/.test(base)) composed += "\u0306";
        else if (mark.kind !== "tone") {
          out += base;
          continue;
        }
        out += (composed + mark.tone).normalize("NFC");
        i++;
        continue;
      }
    }
    out += base;
  }
  return out;
}

export type LegacyFont = "tcvn3" | "vni";

/** Windows-1252 punctuation in 0x80-0x9F (the fonts were used on Windows; their letters are all above 0xA0). */
const CP1252_C1: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š",
  0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "•", 0x96: "–",
  0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

/**
 * The bytes of a file typed in a legacy font as the characters the tables above are keyed by:
 * Latin-1, except that 0x80-0x9F are the Windows-1252 quotes and dashes they were typed as.
 */
export function legacyBytesToText(bytes: Uint8Array): string {
  return c1ToCp1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"));
}

/** C1 controls in legacy-font text are Windows-1252 punctuation that a Latin-1 conversion turned into controls. */
function c1ToCp1252(text: string): string {
  return /[\u0080-\u009f]/u.test(text) ? text.replace(/[\u0080-\u009f]/gu, (c) => CP1252_C1[c.charCodeAt(0)] ?? c) : text;
}

/** Text typed in a legacy font (as Latin-1 look-alikes) to Unicode. */
export function convertLegacyFont(text: string, font: LegacyFont): string {
  const input = c1ToCp1252(text);
  if (font === "vni") return convertVni(input);
  let out = "";
  for (const ch of input) out += TCVN3[ch] ?? ch;
  return out;
}

import { vietnameseScore } from "./vietnamese.js";

/**
 * Is this text typed in a legacy font? Real Unicode Vietnamese is full of letters above U+00FF
 * (ư, ơ, đ, ạ, ...); legacy-font text has almost none and many Latin-1 look-alikes instead.
 * Only then are the two conversions tried, and kept if they read as Vietnamese.
 */
export function detectLegacyFont(text: string): LegacyFont | null {
  const n = Math.min(text.length, 20000);
  let latin1 = 0;
  let vietnamese = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && c <= 0xff) latin1++;
    else if (c >= 0x100 && c <= 0x1ef9) vietnamese++;
  }
  if (latin1 < 8 || vietnamese > latin1 / 10) return null;
  const sample = text.slice(0, n);
  const before = vietnameseScore(sample);
  let best: { font: LegacyFont | null; score: number } = { font: null, score: before };
  for (const font of ["tcvn3", "vni"] as const) {
    const score = vietnameseScore(convertLegacyFont(sample, font));
    if (score > best.score * 1.5 + 2) best = { font, score };
  }
  return best.font;
}
