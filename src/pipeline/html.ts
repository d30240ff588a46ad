/**
 * HTML inputs: a saved news page becomes its article text. Parsed with htmlparser2 (never with
 * regular expressions); scripts, styles, navigation, headers, footers, sidebars, comment and
 * share boxes are dropped by element, by ARIA role and by class/id; block elements become line
 * breaks. When the page marks its article (<article>, <main>, or a content-like class), only the
 * headline and that element are kept. Spans then refer to this text.
 *
 * Every walk over the tree is iterative: a page nested ten thousand elements deep is read like
 * any other, without exhausting the call stack.
 */
import { createRequire } from "node:module";
import type * as Htmlparser2 from "htmlparser2";

// htmlparser2 loads with the first HTML input (synchronously: require of an ES module, Node 20.19+);
// a run over text files never pays its 50 ms of start-up
const requireModule = createRequire(import.meta.url);
let htmlparser2: typeof Htmlparser2 | null = null;
const parseDocument: typeof Htmlparser2.parseDocument = (...args) => (htmlparser2 ??= requireModule("htmlparser2") as typeof Htmlparser2).parseDocument(...args);
import { InputError } from "./read.js";

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  parent?: Node | null;
}

function contains(outer: Node, inner: Node): boolean {
  for (let n: Node | null | undefined = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

const SKIP = new Set([
  "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "iframe", "menu",
  "button", "select", "option", "textarea", "input", "head", "title", "meta", "link", "object", "embed", "canvas", "video", "audio", "dialog", "map",
]);
const BLOCK = new Set([
  "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article", "header",
  "blockquote", "figcaption", "figure", "main", "pre", "hr", "dd", "dt", "dl", "address", "center", "td", "th", "caption", "tbody", "thead",
]);
/** class, id or role words of page furniture */
const FURNITURE_CLASS = /(?:^|[\s_-])(?:menu|nav|navbar|navigation|breadcrumbs?|footer|header|sidebar|side-bar|related|relate|relatednews|comments?|share|sharing|social|banner|advert|ads|adv|widget|tags?|pagination|pager|toolbar|print|font-size|fontsize|hotline|copyright|login|search|popup|modal|cookie|sitemap|other-news|othernews|tin-khac|tinkhac|lienquan|tinlienquan|lien-quan|most-view|mostview|box-news|list-news|contentinfo|complementary|visitors?|counter|thong-ke|thongke)(?:$|[\s_-])/iu;
const CONTENT_CLASS = /(?:^|[\s_-])(?:article|content|detail|post|entry|news-content|the-content|story|body-text|noidung|chitiet|chi-tiet|main-content|fck_detail)(?:$|[\s_-])/iu;

export function looksLikeHtml(text: string, path: string | null): boolean {
  if (path && /\.x?html?$/iu.test(path)) return true;
  const start = text.slice(0, 2048);
  // every test below needs a "<": a plain text report is answered without lower-casing its head
  if (!start.includes("<")) return false;
  const head = start.trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")) return true;
  const tags = head.match(/<\/?(?:p|div|body|head|br|span|a|h1|h2|table|article|meta|script)\b/g);
  return (tags?.length ?? 0) >= 4;
}

function classOf(n: Node): string {
  return `${n.attribs?.class ?? ""} ${n.attribs?.id ?? ""} ${n.attribs?.role ?? ""}`;
}

/**
 * Page furniture. A <header> is furniture at the top of a page, not inside the article, where
 * it holds the headline.
 */
function isFurniture(n: Node, inArticle: boolean): boolean {
  if (n.type === "script" || n.type === "style" || n.type === "comment" || n.type === "directive") return true;
  if (n.type !== "tag") return false;
  if (SKIP.has(n.name!)) return true;
  if (n.name === "header" && !inArticle) return true;
  const a = n.attribs;
  if (a?.hidden !== undefined || a?.["aria-hidden"] === "true" || /(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(a?.style ?? "")) return true;
  const cls = classOf(n);
  return FURNITURE_CLASS.test(cls) && !CONTENT_CLASS.test(cls);
}

const isArticle = (n: Node) => n.type === "tag" && (n.name === "article" || n.name === "main");

/** The text of an element: text nodes with white space collapsed, a line break around each block. */
function render(root: Node, inArticle: boolean, out: string[]): void {
  const stack: (string | { node: Node; article: boolean })[] = [{ node: root, article: inArticle }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const { node: n, article } = item;
    if (isFurniture(n, article)) continue;
    if (n.type === "text") {
      out.push(n.data!.replace(/[ \t\r\n\f]+/g, " "));
      continue;
    }
    const block = n.type === "tag" && BLOCK.has(n.name!);
    if (block) {
      out.push("\n");
      stack.push("\n");
    }
    const within = article || isArticle(n);
    const children = n.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, article: within });
  }
}

function textOf(n: Node, inArticle: boolean): string {
  const out: string[] = [];
  render(n, inArticle, out);
  return out
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n\n");
}

interface Found {
  node: Node;
  inArticle: boolean;
}

/** Elements outside furniture that satisfy `pred`, in document order. */
function find(root: Node, pred: (n: Node) => boolean, limit = Infinity): Found[] {
  const acc: Found[] = [];
  const stack: Found[] = [{ node: root, inArticle: false }];
  while (stack.length > 0 && acc.length < limit) {
    const { node: n, inArticle } = stack.pop()!;
    if (isFurniture(n, inArticle)) continue;
    if (pred(n)) acc.push({ node: n, inArticle });
    const within = inArticle || isArticle(n);
    const children = n.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inArticle: within });
  }
  return acc;
}

/** At most this many marked elements are weighed (a normal page has a handful). */
const MAX_MARKED = 64;

/** Elements that never hold others, and those the parser closes by itself when a sibling opens. */
const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rt", "rp",
]);

/** No saved page nests elements this deep; htmlparser2's time grows with the square of the depth. */
export const MAX_HTML_DEPTH = 10000;

/**
 * How deep the page's elements nest, counted over its tags in one linear pass (a guard before
 * parsing, not a parser: comments and scripts are counted as if they were markup).
 */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) {
    const close = html.charCodeAt(i + 1) === 47; // "/"
    let j = i + (close ? 2 : 1);
    let name = "";
    while (j < html.length && name.length < 16) {
      const c = html.charCodeAt(j);
      const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (name.length > 0 && c >= 48 && c <= 57);
      if (!letter) break;
      name += html[j];
      j++;
    }
    if (!name || NOT_NESTING.has(name.toLowerCase())) continue;
    const end = html.indexOf(">", j);
    if (end < 0) break;
    if (close) depth = Math.max(0, depth - 1);
    else if (html.charCodeAt(end - 1) !== 47) max = Math.max(max, ++depth); // not "<x/>"
  }
  return max;
}

/** Reduce an HTML page to the text of its article. */
export function htmlToText(html: string): string {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new InputError("html-too-deep", `the HTML nests its elements ${depth} deep (more than ${MAX_HTML_DEPTH}): this is not a saved web page`);
  }
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true }) as unknown as Node;
  const headline = find(root, (n) => n.type === "tag" && n.name === "h1", 1)[0];
  const marked = find(
    root,
    (n) => n.type === "tag" && (n.name === "article" || n.name === "main" || CONTENT_CLASS.test(classOf(n))),
    MAX_MARKED,
  )
    .map((x) => ({ n: x.node, text: textOf(x.node, x.inArticle) }))
    .filter((x) => x.text.length > 200)
    .sort((a, b) => a.text.length - b.text.length);
  let text: string;
  if (marked.length > 0) {
    // the innermost marked element that still holds most of the text, and the headline with
    // its date line when one of those holds them too
    const largest = marked[marked.length - 1]!;
    const most = marked.filter((x) => x.text.length >= largest.text.length * 0.6);
    const inner = (headline && most.find((x) => contains(x.n, headline.node))) || most[0] || largest;
    text = inner.text;
    const title = headline ? textOf(headline.node, headline.inArticle) : "";
    if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  } else {
    const body = find(root, (n) => n.type === "tag" && n.name === "body", 1)[0];
    text = body ? textOf(body.node, body.inArticle) : textOf(root, false);
  }
  return text;
}
