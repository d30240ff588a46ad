/**
 * Stage 4, segment: paragraphs (non-empty lines) and sentences inside them. Sentence ends are
 * ".", "!", "?", "…" before a capital letter, a quote or the end of the paragraph, except after
 * abbreviations that take a dot ("TP. Hội An", "ThS.") and inside numbers ("1.489", "24.6").
 */
import type { ReportDocument, Segment } from "../document.js";
import { splitLines } from "./clean.js";
import { DOTTED_ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { isUpperUnit, unitClass } from "../lexicon/regex.js";

// "[.…!?]+" is the same language as the former "(?:\.{3}|…|[.!?])+", whose overlapping
// alternatives split a long run of dots in exponentially many ways when the lookahead failed;
// and a match never starts inside a run (it could not succeed there when it failed at the
// run's start), which keeps a long run of dots linear
const SENTENCE_END = /(?<![.…!?])[.…!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d]|\s*$)/gu;

/** What may number a line: "2", "12", "II", "a". */
const LINE_MARKER = /^\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])$/u;

export function segment(doc: ReportDocument): ReportDocument {
  const view = doc.view;
  const paragraphs: Segment[] = [];
  const sentences: Segment[] = [];
  for (const line of splitLines(view)) {
    if (line.textEnd <= line.textStart) continue;
    const p = paragraphs.length;
    paragraphs.push({ start: line.textStart, end: line.textEnd, paragraph: p });
    const text = view.slice(line.textStart, line.textEnd);
    let from = 0;
    // an exec loop: matchAll would copy the pattern for every line
    SENTENCE_END.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = SENTENCE_END.exec(text)); ) {
      const end = m.index! + m[0].length;
      if (m[0] === "." && isAbbreviation(text, m.index!)) continue;
      // "2. Phương hướng, nhiệm vụ năm 2025", "II. KẾT QUẢ", "a. Công tác ...": the number of a
      // heading or an item at the start of its line, not a sentence of its own
      if (m[0] === "." && from === 0 && LINE_MARKER.test(text.slice(0, m.index!))) continue;
      pushSentence(sentences, line.textStart, text, from, end, p);
      from = end;
    }
    pushSentence(sentences, line.textStart, text, from, text.length, p);
  }
  doc.paragraphs = paragraphs;
  doc.sentences = sentences;
  return doc;
}

/**
 * No real sentence runs this long (the longest in the corpus is about 1,200 characters); a
 * "sentence" of punctuation-free noise is cut into pieces of at most this many characters at a
 * space, so the extractors' work per sentence stays bounded and the whole run stays linear.
 */
export const MAX_SENTENCE = 3000;

function pushSentence(out: Segment[], base: number, text: string, from: number, to: number, p: number) {
  while (from < to && text.charCodeAt(from) <= 32) from++;
  let end = to;
  while (end > from && text.charCodeAt(end - 1) <= 32) end--;
  while (end - from > MAX_SENTENCE) {
    const space = text.lastIndexOf(" ", from + MAX_SENTENCE);
    const cut = space > from + MAX_SENTENCE / 2 ? space : from + MAX_SENTENCE;
    pushSentence(out, base, text, from, cut, p);
    from = cut;
    while (from < end && text.charCodeAt(from) <= 32) from++;
  }
  if (end > from) out.push({ start: base + from, end: base + end, paragraph: p });
}

const isLetterUnit = unitClass(/^\p{L}$/u);
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/** The letters right before the dot, at most twelve code units back: the word a dot may abbreviate. */
export function wordBefore(text: string, dot: number): string {
  const from = Math.max(0, dot - 12);
  let start = dot;
  // read code unit by code unit from a table; a letter outside the BMP (a surrogate) is left to
  // the Unicode-aware pattern, which reads it as one code point
  while (start > from) {
    const unit = text.charCodeAt(start - 1);
    if (isSurrogate(unit)) return /(\p{L}+)$/u.exec(text.slice(from, dot))?.[1] ?? "";
    if (!isLetterUnit(unit)) break;
    start--;
  }
  return text.slice(start, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === "") return false;
  // a single capital letter is an initial ("H. Phúc"), a listed word is an abbreviation
  return (word.length === 1 && isUpperUnit(word.charCodeAt(0))) || DOTTED_ABBREVIATIONS.has(word);
}
