/**
 * Issue 7's speed-ups must not change what is extracted. Beside the byte-for-byte comparisons of
 * whole runs (done when they were made), these pin the general rewrites:
 *  - vre's implied lookahead (lexicon/regex.ts): every \b-pattern of the lexicons, compiled with
 *    and without it, finds the same matches (index, text, groups) in real and generated reports;
 *  - the view (pipeline/normalize.ts): one pass over code units instead of regex scans gives the
 *    view the old loop gave, on texts full of the characters it replaces and drops;
 *  - clean.ts's prefilter: the character it requires is in every match;
 *  - the period cues (extract/meeting/period.ts): one scan finds the cues that ten searches of
 *    the lower-cased sentence found.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { cuesIn, PERIOD_CUES } from "../../src/extract/meeting/period.js";
import { BYLINE_LINES, FURNITURE_INLINE, FURNITURE_LINES, TAIL_MARKERS } from "../../src/lexicon/furniture.js";
import { impliedLookahead, isStart, LETTER, unicodeBoundaries, WORD_CHAR, WORD_END, WORD_START } from "../../src/lexicon/regex.js";
import { joinedByFlags, requiredCharacter } from "../../src/pipeline/clean.js";
import { createDocument, normalizeTone } from "../../src/pipeline/normalize.js";
import { wordBefore } from "../../src/pipeline/segment.js";
import { ROOT, SEEDS } from "../helpers.js";

/** The regex literals passed to vre(...) in src/, read with the TypeScript parser. */
function vrePatterns(): { file: string; source: string; flags: string }[] {
  const out: { file: string; source: string; flags: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts")) {
        const sf = ts.createSourceFile(p, readFileSync(p, "utf8"), ts.ScriptTarget.ES2022, true);
        const visit = (node: ts.Node) => {
          if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "vre") {
            const [arg, flagArg] = node.arguments;
            if (arg && ts.isRegularExpressionLiteral(arg)) {
              const text = arg.text;
              const slash = text.lastIndexOf("/");
              const flags = flagArg && ts.isStringLiteral(flagArg) ? flagArg.text : text.slice(slash + 1);
              out.push({ file: path.relative(ROOT, p), source: text.slice(1, slash), flags });
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
  };
  walk(path.join(ROOT, "src"));
  return out;
}

const compile = (source: string, flags: string, lookahead: boolean) => {
  const f = new Set(flags.split(""));
  f.add("u");
  f.add("g");
  return new RegExp(unicodeBoundaries(source, lookahead), [...f].join(""));
};

const matches = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, ...m]);

/** Real and generated report texts, their lines too (many patterns are anchored). */
async function texts(): Promise<string[]> {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(SEEDS, f), "utf8").normalize("NFC"));
  // @ts-expect-error: a plain ES module without types
  const { makeReport } = await import("../../scripts/corpus.mjs");
  const generated = Array.from({ length: 40 }, (_, i) => (makeReport(i, 11) as string).normalize("NFC"));
  const all = [...seeds, ...generated];
  return [...all, ...all.flatMap((t) => t.split("\n").filter((l) => l.trim()))];
}

describe("vre's implied lookahead changes no match", () => {
  it("every \\b-pattern of the lexicons, on real and generated reports", async () => {
    const patterns = vrePatterns();
    // the lexicons have dozens; the parser must have found them
    expect(patterns.length).toBeGreaterThan(40);
    const withLookahead = patterns.filter((p) => unicodeBoundaries(p.source, true) !== unicodeBoundaries(p.source, false));
    expect(withLookahead.length).toBeGreaterThan(15);
    const corpus = await texts();
    let compared = 0;
    for (const p of withLookahead) {
      const fast = compile(p.source, p.flags, true);
      const plain = compile(p.source, p.flags, false);
      for (const s of corpus) {
        expect(matches(fast, s), `${p.file}: /${p.source}/`).toEqual(matches(plain, s));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("adds the lookahead only where it is implied", () => {
    const START = `(?<![${WORD_CHAR}])`;
    const END = `(?![${WORD_CHAR}])`;
    expect(unicodeBoundaries("\\btổng kết\\b")).toBe(`(?=tổng kết)${START}tổng kết${END}`);
    expect(unicodeBoundaries("\\b(?:a(b)c|d)x")).toBe(`(?=(?:a(?:b)c|d))${START}(?:a(b)c|d)x`);
    // an optional group, a class, a quantified last letter: nothing, or only what is certain
    expect(unicodeBoundaries("\\b(?:tỉnh|huyện)?x")).toBe(`${START}(?:tỉnh|huyện)?x`);
    expect(unicodeBoundaries("\\b[A-Z]+\\d")).toBe(`${START}[A-Z]+\\d`);
    expect(unicodeBoundaries("\\bthứ?x")).toBe(`(?=th)${START}thứ?x`);
  });

  it("the word and letter classes are \\p{L}\\p{M}(\\p{N}) wherever a report's letters live", () => {
    // every character of Basic Latin, Latin-1, Latin Extended-A/B, IPA, combining marks, Greek,
    // Cyrillic and Latin Extended Additional (all of Vietnamese) is a word character exactly when
    // Unicode says it is a letter, a mark or a number (a few modifier symbols aside)
    const word = new RegExp(`^[${WORD_CHAR}]$`, "u");
    const unicode = /^[\p{L}\p{M}\p{N}]$/u;
    const letter = new RegExp(`^[${LETTER}]$`, "u");
    const unicodeLetter = /^[\p{L}\p{M}]$/u;
    const blocks: [number, number][] = [[0, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff]];
    for (const [from, to] of blocks) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCodePoint(c);
        expect([c.toString(16), word.test(ch)]).toEqual([c.toString(16), unicode.test(ch)]);
        expect([c.toString(16), letter.test(ch)]).toEqual([c.toString(16), unicodeLetter.test(ch)]);
      }
    }
    for (const ch of "Đđ Ơơ Ưư Ăă ẠạẶặỆệỸỹ") expect(word.test(ch)).toBe(ch !== " ");
    for (const ch of " .,;:!?()[]\"'’“”-–—/%") expect(word.test(ch)).toBe(false);
  });

  it("random texts over the letters and marks the patterns care about", () => {
    const sources = ["\\b(?:năm|tháng)\\s+(\\d{1,4})\\b", "\\bthứ\\s+(hai|ba|tư)\\b", "\\b(?:số|Số)\\s+\\d+\\b", "\\bkỷ niệm\\s+\\d+\\s+năm\\b"];
    const alphabet = fc.constantFrom(..."năm tháng thứ hai ba tư số Số kỷ niệm 0123456789 aăâ\u0301\u0300-./,".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const s = chars.join("");
        for (const src of sources) expect(matches(compile(src, "iu", true), s)).toEqual(matches(compile(src, "iu", false), s));
      }),
      { numRuns: 300 },
    );
  });
});

/** The view as the loop before issue 7 built it (pipeline/normalize.ts, kept here as the reference). */
const REPLACE: Record<string, string> = {
  "\t": " ", "\u00a0": " ", "\u1680": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
  "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
  "\u202f": " ", "\u205f": " ", "\u3000": " ", "\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
};
const DROP = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const SPECIAL = /[\t\r\f\v\u00a0\u00ab\u00ad\u00b4\u00bb\u1680\u2000-\u201f\u2028\u2029\u202f\u2032\u2033\u205f\u2060\u2212\u3000\ufeff`]/;
function referenceView(text: string): { view: string; map: number[] | null } {
  if (!SPECIAL.test(text)) return { view: text, map: null };
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
  if (!hasDrop) return { view: out, map: null };
  const map: number[] = [];
  let kept = "";
  for (let i = 0; i < out.length; i++) {
    if (out.charCodeAt(i) === 0) continue;
    map.push(i);
    kept += out[i];
  }
  map.push(text.length);
  return { view: kept, map };
}

describe("the view", () => {
  const source = { path: null, bytes: 0, sha256: "", encoding: "utf-8", format: "text" as const };
  const special = Object.keys(REPLACE).concat(["\r", "\r\n", "\u200b", "\u00ad", "\ufeff", "\u2060", "\u2016", "\u201f"]);

  it("is what the old loop built, on random texts with every special character", () => {
    const piece = fc.oneof(fc.constantFrom(...special), fc.constantFrom("a", "ă", "Đ", " ", "\n", "1", ".", "hoà", "thuỷ", "khoẻ"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("").normalize("NFC");
        const doc = createDocument(text, source);
        const ref = referenceView(doc.text);
        // the old view went through the same tone step after the loop
        expect(doc.view).toBe(normalizeTone(ref.view));
        expect(doc.map ? [...doc.map] : null).toEqual(ref.map);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves a plain text as it is and replaces special characters one for one", () => {
    expect(createDocument("Hội nghị năm 2021", source).view).toBe("Hội nghị năm 2021");
    const doc = createDocument("\u201cA\u201d\u00a0\u2013\tB\r\nC\rD", source);
    expect(doc.view).toBe('"A" - B \nC\nD');
    expect(doc.map).toBeNull();
  });
});

describe("unicodeBoundaries copies the stretches between escapes whole", () => {
  // the former loop, character by character, word for word
  const before = (source: string, lookahead = true): string => {
    let out = "";
    for (let i = 0; i < source.length; i++) {
      if (source[i] === "\\" && source[i + 1] === "b") {
        out += isStart(source, i + 2) ? (lookahead ? impliedLookahead(source, i + 2) : "") + WORD_START : WORD_END;
        i++;
      } else if (source[i] === "\\") {
        out += source[i]! + (source[i + 1] ?? "");
        i++;
      } else out += source[i];
    }
    return out;
  };

  it("rewrites as the character loop did, every pattern of the lexicons and random sources", () => {
    for (const { source } of vrePatterns()) {
      expect(unicodeBoundaries(source)).toBe(before(source));
      expect(unicodeBoundaries(source, false)).toBe(before(source, false));
    }
    const piece = fc.constantFrom("\\", "b", "\\b", "\\\\b", "(", "(?:", ")", "năm", "[", "]", "|", "\\d", " ", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const source = pieces.join("");
        expect(unicodeBoundaries(source)).toBe(before(source));
      }),
    );
  });
});

describe("clean's prefilter", () => {
  it("reads the character every match needs, and only when it is certain", () => {
    expect(requiredCharacter(/\s*\((?:lượt xem|lượt đọc)\s*:\s*[\d.,]+\)/giu)).toBe("(");
    expect(requiredCharacter(/\s+In trang$/gu)).toBe("I");
    expect(requiredCharacter(/\s*\|\s*$/gu)).toBe("|");
    // a leading lookbehind matches nothing: what follows it decides
    expect(requiredCharacter(/(?<!\s)\s*\[GMT\s*[+-]\s*\d+\]/giu)).toBe("[");
    expect(requiredCharacter(/(?<!\s)\s+In trang$/gu)).toBe("I");
    expect(requiredCharacter(/(?<![\s.])\s*\|\s*$/gu)).toBe("|");
    // a letter under the i flag, a quantified character, a class or an anchor: no prefilter
    expect(requiredCharacter(/\s+in trang$/giu)).toBeNull();
    expect(requiredCharacter(/\s*\(?GMT/gu)).toBeNull();
    expect(requiredCharacter(/[\s.|]*ảnh/gu)).toBeNull();
    expect(requiredCharacter(/^\s*\(?BTV/gu)).toBeNull();
  });

  it("every inline furniture match contains the character required of its pattern", async () => {
    const corpus = await texts();
    let checked = 0;
    for (const { pattern, needs: given } of FURNITURE_INLINE) {
      const needs = given ?? requiredCharacter(pattern);
      if (needs === null) continue;
      checked++;
      for (const s of corpus) for (const m of s.matchAll(new RegExp(pattern.source, pattern.flags))) expect(m[0]).toContain(needs);
    }
    for (const { pattern, needsOneOf } of FURNITURE_INLINE) {
      if (!needsOneOf) continue;
      for (const s of corpus) for (const m of s.matchAll(new RegExp(pattern.source, pattern.flags))) expect(needsOneOf.some((w) => m[0].includes(w)), m[0]).toBe(true);
    }
    // all but the line-start source tag have a prefilter
    expect(checked).toBe(FURNITURE_INLINE.length - 1);
  });
});

describe("clean's joined line patterns", () => {
  const anyOf = (patterns: RegExp[], s: string) => patterns.some((p) => p.test(s));

  it("answer as the patterns one by one, on every line of real and generated reports and every example", async () => {
    const lines = [...(await texts()), ...[...FURNITURE_LINES, ...TAIL_MARKERS, ...BYLINE_LINES].map((m) => m.example)];
    let furniture = 0;
    for (const list of [FURNITURE_LINES, TAIL_MARKERS, BYLINE_LINES]) {
      const each = list.map((m) => m.pattern);
      const joined = joinedByFlags(each);
      for (const line of lines) {
        const expected = anyOf(each, line);
        expect(anyOf(joined, line), line.slice(0, 80)).toBe(expected);
        if (expected && list === FURNITURE_LINES) furniture++;
      }
    }
    expect(furniture).toBeGreaterThan(FURNITURE_LINES.length);
  });

  it("keep each pattern's flags (an \"iu\" alternation written without its i) and refuse what joining could change", () => {
    const joined = joinedByFlags([/^a$/, /^b$/i, /^c$/iu, /^d$/i, /^ế$/iu]);
    expect(joined.map((p) => p.flags)).toEqual(["", "i", "u"]);
    expect(joined[0]!.test("A")).toBe(false);
    expect(joined[1]!.test("D")).toBe(true);
    expect(["C", "c", "Ế", "ế", "e"].map((s) => joined[2]!.test(s))).toEqual([true, true, true, true, false]);
    expect(() => joinedByFlags([/a/g])).toThrow();
    expect(() => joinedByFlags([/(a)\1/])).toThrow();
  });
});

describe("the modern tone pattern, its q-test after the vowel", () => {
  const before = /(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
  const modern = (s: string) => s.replace(before, (_m, a: string, b: string) => normalizeTone(a + b));
  it("moves the same marks as the pattern with the lookbehind in front", async () => {
    for (const t of await texts()) expect(normalizeTone(t)).toBe(modern(t));
    const piece = fc.constantFrom("q", "Q", "o", "O", "u", "U", "à", "ý", "ỳ", "é", "Ạ", "n", " ", "h");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        expect(normalizeTone(pieces.join(""))).toBe(modern(pieces.join("")));
      }),
    );
  });
});

describe("segment's word before a dot, read from a table", () => {
  const byPattern = (text: string, dot: number) => /(\p{L}+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  it("is the pattern's word on real reports and on random texts with letters outside the BMP", async () => {
    for (const t of await texts()) for (let dot = t.indexOf("."); dot >= 0; dot = t.indexOf(".", dot + 1)) expect(wordBefore(t, dot)).toBe(byPattern(t, dot));
    const piece = fc.constantFrom("TP", "ThS", "H", "đ", "Ư", "𝐀", "𝑥", "\ud835", " ", ".", "1", "abcdefghij", "ạ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(40), (pieces, at) => {
        const t = pieces.join("");
        const dot = Math.min(at, t.length);
        expect(wordBefore(t, dot)).toBe(byPattern(t, dot));
      }),
    );
  });
});

describe("the period cues found in one scan", () => {
  const byIncludes = (s: string) => new Set(PERIOD_CUES.filter((c) => s.toLowerCase().includes(c)));

  it("are the cues the lower-cased sentence includes, on real and generated reports", async () => {
    const corpus = await texts();
    let withCues = 0;
    for (const s of corpus) {
      const expected = byIncludes(s);
      expect(cuesIn(s), s.slice(0, 80)).toEqual(expected);
      if (expected.size > 1) withCues++;
    }
    expect(withCues).toBeGreaterThan(50);
  });

  it("in any case, next to each other and inside longer cues", () => {
    expect(cuesIn("QUÝ II NĂM HỌC 2024")).toEqual(new Set(["quý", "năm", "học"]));
    expect(cuesIn("phát động Tháng Công nhân")).toEqual(new Set(["tháng", "tháng công nhân"]));
    expect(cuesIn("Từ Nay đến cuối năm")).toEqual(new Set(["từ nay", "năm"]));
    expect(cuesIn("tháng hành độn")).toEqual(new Set(["tháng"]));
    expect(cuesIn("Hội nghị Ban Chấp hành")).toEqual(new Set());
  });

  it("random texts over the cues' letters", () => {
    const piece = fc.constantFrom(...PERIOD_CUES, ...PERIOD_CUES.map((c) => c.toUpperCase()), "n", "ă", "m", "Th", "áng", "ng", " ", "học", "Quý", "nửa", "1", ".");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const s = pieces.join("");
        expect(cuesIn(s)).toEqual(byIncludes(s));
      }),
      { numRuns: 500 },
    );
  });
});
