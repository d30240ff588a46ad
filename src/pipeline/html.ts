/**
 * HTML inputs: a saved news page becomes its article text. Parsed with htmlparser2 (never with
 * regular expressions); scripts, styles, navigation, headers, footers, sidebars, comment and
 * share boxes are dropped by element and by class/id; block elements become line breaks. When
 * the page marks its article (<article>, <main>, or a content-like class), only the headline and
 * that element are kept. Spans then refer to this text.
 */
import { parseDocument } from "htmlparser2";

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

const SKIP = new Set([
  "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "iframe",
  "button", "select", "option", "textarea", "input", "head", "title", "meta", "link", "object", "embed", "canvas", "video", "audio",
]);
const BLOCK = new Set([
  "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article",
  "blockquote", "figcaption", "figure", "main", "pre", "hr", "dd", "dt", "dl", "address", "center", "td", "th",
]);
/** class or id words of page furniture */
const FURNITURE_CLASS = /(?:^|[\s_-])(?:menu|nav|navbar|breadcrumbs?|footer|header|sidebar|side-bar|related|relate|comments?|share|sharing|social|banner|advert|ads|adv|widget|tags?|pagination|pager|toolbar|print|font-size|fontsize|hotline|copyright|login|search|popup|modal|cookie|sitemap|other-news|tin-khac|tinkhac|lienquan|lien-quan|most-view|mostview|box-news|list-news)(?:$|[\s_-])/iu;
const CONTENT_CLASS = /(?:^|[\s_-])(?:article|content|detail|post|entry|news-content|the-content|story|body-text|noidung|chitiet|chi-tiet|main-content|fck_detail)(?:$|[\s_-])/iu;

export function looksLikeHtml(text: string, path: string | null): boolean {
  if (path && /\.x?html?$/iu.test(path)) return true;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")) return true;
  const tags = head.match(/<\/?(?:p|div|body|head|br|span|a|h1|h2|table|article|meta|script)\b/g);
  return (tags?.length ?? 0) >= 4;
}

function classOf(n: Node): string {
  return `${n.attribs?.class ?? ""} ${n.attribs?.id ?? ""} ${n.attribs?.role ?? ""}`;
}

function isFurniture(n: Node): boolean {
  if (n.type === "script" || n.type === "style" || n.type === "comment" || n.type === "directive") return true;
  if (n.type !== "tag") return false;
  if (SKIP.has(n.name!)) return true;
  if (n.attribs?.hidden !== undefined || /display\s*:\s*none/iu.test(n.attribs?.style ?? "")) return true;
  const cls = classOf(n);
  return FURNITURE_CLASS.test(cls) && !CONTENT_CLASS.test(cls);
}

function render(n: Node, out: string[]): void {
  if (isFurniture(n)) return;
  if (n.type === "text") {
    out.push(n.data!.replace(/[ \t\r\n\f]+/g, " "));
    return;
  }
  const block = n.type === "tag" && BLOCK.has(n.name!);
  if (block) out.push("\n");
  for (const c of n.children ?? []) render(c, out);
  if (block) out.push("\n");
}

function textOf(n: Node): string {
  const out: string[] = [];
  render(n, out);
  return out
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n\n");
}

function find(n: Node, pred: (n: Node) => boolean, acc: Node[] = []): Node[] {
  if (isFurniture(n)) return acc;
  if (pred(n)) acc.push(n);
  for (const c of n.children ?? []) find(c, pred, acc);
  return acc;
}

/** Reduce an HTML page to the text of its article. */
export function htmlToText(html: string): string {
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true }) as unknown as Node;
  const headline = find(root, (n) => n.type === "tag" && n.name === "h1")[0];
  const marked = find(
    root,
    (n) => n.type === "tag" && (n.name === "article" || n.name === "main" || CONTENT_CLASS.test(classOf(n))),
  )
    .map((n) => ({ n, text: textOf(n) }))
    .filter((x) => x.text.length > 200)
    // the innermost marked element that still holds most of the text
    .sort((a, b) => a.text.length - b.text.length);
  let text: string;
  if (marked.length > 0) {
    const largest = marked[marked.length - 1]!;
    const inner = marked.find((x) => x.text.length >= largest.text.length * 0.6) ?? largest;
    text = inner.text;
    const title = headline ? textOf(headline) : "";
    if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  } else {
    const body = find(root, (n) => n.type === "tag" && n.name === "body")[0] ?? root;
    text = textOf(body);
  }
  return text;
}
