/**
 * The one object that flows through the pipeline, in the spirit of vfile: it carries the
 * input's provenance, the normalized text every span points into, a matching view of that text,
 * the ranges of page furniture, the segments, and every message raised on the way.
 *
 * Two strings, two jobs:
 *  - `text` is the decoded input in Unicode NFC. Spans are offsets into it, always, so that
 *    `text.slice(span[0], span[1]) === value.text` holds for every extracted value.
 *  - `view` is the same text made uniform for matching: typographic quotes and dashes folded,
 *    odd spaces made plain, old-style tone placement ("hoà", "thuỷ") moved to the modern vowel,
 *    invisible characters dropped. Extractors match on `view`; `toSpan` maps a view range back.
 */
import type { Span, Warning } from "./schema/report.js";

export interface Range {
  start: number;
  end: number;
}

export type Severity = "warning" | "error";

export interface Message extends Warning {
  severity: Severity;
  /** where in `text` the message points, when it points anywhere */
  span?: Span;
}

export type FurnitureKind = "furniture" | "dateline" | "related" | "byline" | "caption";

export interface Furniture extends Range {
  kind: FurnitureKind;
}

export interface Segment extends Range {
  /** index of the paragraph a sentence belongs to (paragraphs carry their own index) */
  paragraph: number;
}

export interface SourceInfo {
  path: string | null;
  bytes: number;
  sha256: string;
  encoding: string;
  format: "text" | "html";
}

export class ReportDocument {
  readonly source: SourceInfo;
  /** NFC text: the coordinate system of every span */
  readonly text: string;
  /** uniform text for matching; same length as `text` unless `map` is set */
  view = "";
  /** view index -> text index (length view.length + 1); null when the two align one to one */
  map: Int32Array | null = null;
  /** ranges of the view that are not article body, sorted by start, not overlapping */
  furniture: Furniture[] = [];
  paragraphs: Segment[] = [];
  sentences: Segment[] = [];
  messages: Message[] = [];

  constructor(text: string, source: SourceInfo) {
    this.text = text;
    this.view = text;
    this.source = source;
  }

  /** Map a [start, end) range of the view to a span of `text`. */
  toSpan(start: number, end: number): Span {
    if (!this.map) return [start, end];
    const s = this.map[start]!;
    // the end maps through the last character it covers, so dropped characters after it stay out
    const e = end > start ? this.map[end - 1]! + 1 : s;
    return [s, e];
  }

  /** The exact input text under a view range, with its span. */
  excerpt(start: number, end: number): { text: string; span: Span } {
    const span = this.toSpan(start, end);
    return { text: this.text.slice(span[0], span[1]), span };
  }

  warn(code: string, message: string, span?: Span): void {
    this.messages.push({ code, message, severity: "warning", ...(span ? { span } : {}) });
  }

  error(code: string, message: string, span?: Span): void {
    this.messages.push({ code, message, severity: "error", ...(span ? { span } : {}) });
  }

  /** The furniture range covering a view offset, if any. */
  furnitureAt(pos: number): Furniture | undefined {
    const r = this.furniture[this.furnitureFrom(pos)];
    return r !== undefined && r.start <= pos ? r : undefined;
  }

  isFurniture(pos: number): boolean {
    return this.furnitureAt(pos) !== undefined;
  }

  /**
   * Index of the first furniture range that ends after `pos` (binary search: the ranges are
   * sorted and do not overlap, so their ends are sorted too). Scans start here, which keeps
   * a page of thousands of furniture lines linear.
   */
  furnitureFrom(pos: number): number {
    const list = this.furniture;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether any part of [start, end) lies in furniture. */
  touchesFurniture(start: number, end: number): boolean {
    const r = this.furniture[this.furnitureFrom(start)];
    return r !== undefined && r.start < end;
  }

  /** Whether furniture covers all of [start, end). */
  isAllFurniture(r: Range): boolean {
    let at = r.start;
    const list = this.furniture;
    for (let i = this.furnitureFrom(at); i < list.length; i++) {
      const f = list[i]!;
      if (f.end <= at) continue;
      if (f.start > at) return false;
      at = f.end;
      if (at >= r.end) return true;
    }
    return at >= r.end;
  }

  private body: Segment[] | null = null;

  /** Body sentences: sentences not wholly inside furniture (computed once). */
  bodySentences(): Segment[] {
    return (this.body ??= this.sentences.filter((s) => !this.isAllFurniture(s)));
  }

  slice(r: Range): string {
    return this.view.slice(r.start, r.end);
  }
}
