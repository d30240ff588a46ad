/**
 * JavaScript's \b only knows ASCII letters, so "\bthứ tư\b" never matches after "ư". The
 * lexicons write \b anyway for readability; `vre` rewrites each \b into a Unicode-aware
 * boundary: a word start where a word, a class or a group follows it, a word end elsewhere.
 */
const START = "(?<![\\p{L}\\p{M}\\p{N}])";
const END = "(?![\\p{L}\\p{M}\\p{N}])";

export function unicodeBoundaries(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "\\" && source[i + 1] === "b") {
      out += isStart(source, i + 2) ? START : END;
      i++;
    } else if (source[i] === "\\") {
      out += source[i]! + (source[i + 1] ?? "");
      i++;
    } else out += source[i];
  }
  return out;
}

/**
 * A \b is a word start when a letter or digit follows it, or when it opens the pattern or a
 * group or alternative ("(\b", "|\b", "(?:\b"); anywhere else it closes a word.
 */
function isStart(source: string, at: number): boolean {
  const next = source[at];
  const prev = at >= 3 ? source[at - 3] : undefined;
  if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) return true;
  if (next === "(") {
    // a group: lookarounds sit after a word; a group of words starts one
    if (/^\(\?(?:=|!|<=|<!)/.test(source.slice(at, at + 4))) return false;
    const inner = source.slice(at).replace(/^\((?:\?:)?/, "");
    if (inner.startsWith("\\")) return /^\\[dpw]/.test(inner);
    return /^[\p{L}\p{N}[]/u.test(inner);
  }
  if (next === "\\" && /[dpw]/.test(source[at + 1] ?? "")) return prev === undefined || "(|:^".includes(prev) || !/[\p{L}\p{N})\]}?*+]/u.test(prev);
  return prev === undefined || "(|:^".includes(prev);
}

/** A RegExp with Unicode-aware \b; the "u" flag is always on. */
export function vre(pattern: RegExp | string, flags?: string): RegExp {
  const source = typeof pattern === "string" ? pattern : pattern.source;
  const f = new Set((flags ?? (typeof pattern === "string" ? "" : pattern.flags)).split(""));
  f.add("u");
  return new RegExp(unicodeBoundaries(source), [...f].join(""));
}

export const WORD_START = START;
export const WORD_END = END;
