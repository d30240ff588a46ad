/**
 * Stage 2, normalize: the decoded text becomes NFC (the coordinate system of every span), and
 * a matching view of it is built in which quotes, dashes, spaces and tone placement are uniform.
 * The view keeps one character per text character except where invisible characters are
 * dropped; then `doc.map` records where each view character came from.
 */
import { ReportDocument, type SourceInfo } from "../document.js";
import { unitClass, vre } from "../lexicon/regex.js";

/** Characters that the view replaces one for one. */
const REPLACE: Record<string, string> = {
  "\t": " ", "\u00a0": " ", "\u1680": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
  "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
  "\u202f": " ", "\u205f": " ", "\u3000": " ", "\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'", "\u02bc": "'",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
};
/** Characters with no visible width that the view drops. */
const DROP = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const SPECIAL = /[\t\r\f\v\u00a0\u00ab\u00ad\u00b4\u00bb\u02bc\u1680\u2000-\u201f\u2028\u2029\u202f\u2032\u2033\u205f\u2060\u2212\u3000\ufeff`]/;

/**
 * Old-style tone placement puts the mark on the second vowel of "oa", "oe", "uy" at the end of a
 * syllable ("hoà", "khoẻ", "thuỷ"); the modern style puts it on the first ("hòa", "khỏe",
 * "thủy"). Both are correct Vietnamese; the view uses the modern one so values compare equal.
 * "uy" after "q" is left alone ("quý"), as is any pair followed by a consonant ("hoàn").
 */
// (the "not after q" test is a lookbehind after the first vowel, not before it: a pattern that
// opens with a lookbehind is tried at every position of the text, one that opens with a
// character class only where that character stands, a third faster over a whole report)
const OLD_TONE = vre(String.raw`([oOuU])(?<![qQ][oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}\p{M}])`, "gu");

function modernTone(_: string, first: string, second: string): string {
  const lowerFirst = first.toLowerCase();
  const [base, ...marks] = second.normalize("NFD");
  const pair = lowerFirst === "o" ? "aAeE" : "yY";
  if (!pair.includes(base!)) return first + second;
  return (first + marks.join("")).normalize("NFC") + base;
}

export function normalizeTone(s: string): string {
  return s.replace(OLD_TONE, modernTone);
}

export function createDocument(decoded: string, source: SourceInfo): ReportDocument {
  const text = decoded.normalize("NFC");
  const doc = new ReportDocument(text, source);
  doc.view = buildView(doc);
  return doc;
}

/** Is this UTF-16 code unit one SPECIAL matches (the regex decides, once per unit)? */
const isSpecial = unitClass(SPECIAL);

function buildView(doc: ReportDocument): string {
  const text = doc.text;
  let view = text;
  // one pass over the code units instead of regex scans: most texts have no or few special characters
  let first = 0;
  while (first < text.length && !isSpecial(text.charCodeAt(first))) first++;
  if (first === text.length) return normalizeTone(text);
  if (!DROP.test(text)) {
    // nothing to drop: the view is the text with special characters replaced one for one
    let out = "";
    let last = 0;
    for (let i = first; i < text.length; i++) {
      if (!isSpecial(text.charCodeAt(i))) continue;
      const ch = text[i]!;
      out += text.slice(last, i) + (ch === "\r" ? (text[i + 1] === "\n" ? " " : "\n") : (REPLACE[ch] ?? ch));
      last = i + 1;
    }
    return normalizeTone(out + text.slice(last));
  }
  {
    let hasDrop = false;
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === "\r") out += text[i + 1] === "\n" ? " " : "\n";
      else if (DROP.test(ch)) {
        hasDrop = true;
        out += "\u0000";
      } else out += REPLACE[ch] ?? ch;
    }
    if (hasDrop) {
      // drop the placeholders and remember where every kept character came from
      const map = new Int32Array(text.length + 1);
      let kept = "";
      let j = 0;
      for (let i = 0; i < out.length; i++) {
        if (out.charCodeAt(i) === 0) continue;
        map[j++] = i;
        kept += out[i];
      }
      map[j] = text.length;
      doc.map = map.subarray(0, j + 1);
      out = kept;
    }
    view = out;
  }
  return normalizeTone(view);
}
