/**
 * Patterns that ignore case, written without the "i" (lexicon/caseless.ts, used by vre and
 * caseless in lexicon/regex.ts): the case groups are V8's own, and every rewritten pattern matches
 * exactly what the original matches, on every code unit and on real report text.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_GROUPS } from "../../src/lexicon/case-groups.js";
import { caselessSource } from "../../src/lexicon/caseless.js";
import { caseless, explicitProperties, madePatterns, unicodeBoundaries, vre } from "../../src/lexicon/regex.js";
import { ROOT, SEEDS } from "../helpers.js";
// every pattern of the pipeline is made when its modules load
import "../../src/cli/engine.js";

/** Every code unit of the Basic Multilingual Plane but the surrogates, as one string. */
const BMP = (() => {
  const units: number[] = [];
  for (let u = 0; u < 0x10000; u++) if (u < 0xd800 || u > 0xdfff) units.push(u);
  let s = "";
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
  return s;
})();
const hex = (u: number) => `\\u${u.toString(16).padStart(4, "0")}`;

/** The groups as V8 draws them: each code unit with another case, and what "giu" matches of it. */
function groupsFromV8(): string {
  const seen = new Set<number>();
  const groups: string[] = [];
  for (let i = 0; i < BMP.length; i++) {
    const u = BMP.charCodeAt(i);
    const c = BMP[i]!;
    if (seen.has(u) || (c.toLowerCase() === c && c.toUpperCase() === c)) continue;
    const same = [...new Set((BMP.match(new RegExp(hex(u), "giu")) ?? []).map((m) => m.charCodeAt(0)))].sort((a, b) => a - b);
    for (const x of same) seen.add(x);
    if (same.length > 1) groups.push(String.fromCharCode(...same));
  }
  return groups.join(" ");
}

/** What a pattern matches of each code unit alone, as the list of those it matches. */
const matchedUnits = (re: RegExp) => BMP.match(new RegExp(`(?:${re.source})`, re.flags.includes("g") ? re.flags : re.flags + "g")) ?? [];

describe("the case groups", () => {
  it("are V8's: generated again from the engine, they are the same", () => {
    expect(groupsFromV8()).toBe(CASE_GROUPS);
  });

  it("hold the exotic members too: the Kelvin sign with k, the long s with s, both sigmas", () => {
    const groupOf = (c: string) => CASE_GROUPS.split(" ").find((g) => g.includes(c));
    expect(groupOf("k")).toBe("Kk\u212A");
    expect(groupOf("s")).toBe("Ss\u017F");
    expect(groupOf("σ")).toBe("Σςσ");
    expect(groupOf("ế")).toBe("Ếế");
    expect(groupOf("đ")).toBe("Đđ");
    expect(groupOf("1")).toBeUndefined();
  });

  it("leave nothing outside the Basic Multilingual Plane: no code unit in a group shares a case with one there", () => {
    let astral = "";
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 1) astral += String.fromCodePoint(cp);
    const members = CASE_GROUPS.replaceAll(" ", "");
    expect(astral.match(new RegExp(`[${members}]`, "giu"))).toBeNull();
  });
});

describe("caselessSource", () => {
  const same = (source: string) => {
    const rewritten = caselessSource(source);
    expect(rewritten, source).not.toBeNull();
    // (each pattern here matches one code unit): each of the BMP's is matched by both or by neither
    const want = matchedUnits(new RegExp(source, "iu"));
    expect(want.length).toBeGreaterThan(0);
    expect(matchedUnits(new RegExp(rewritten!, "u"))).toEqual(want);
  };

  it("matches every code unit as the pattern with the i flag does: letters, escapes, classes, ranges, negations", () => {
    for (const source of ["a", "ế", "k", "s", "K", "σ", "\\u00E0", "\\x41", "\\u{1EC7}", "[a-z]", "[^a-zà-ỹ]", "[\\u00C0-\\u1EFF]", "[\\d\\s.-]", "[^\\S]", "[Ω]", "[ǅ]", "[ſ]", "[-a]", "[a-]", "[a\\-z]", "[^\\d]"]) same(source);
  });

  it("gives a class's other cases after its own members, a trailing dash staying a dash", () => {
    expect(caselessSource("[a-c]")).toBe("[a-c\\u0041\\u0042\\u0043]");
    expect(caselessSource("[a-]")).toBe("[a\\-\\u0041]");
    expect(caselessSource("tổ chức")).toBe("[Tt][Ổổ] [Cc][Hh][Ứứ][Cc]");
    expect(caselessSource("[\\d.]")).toBe("[\\d.]");
  });

  it("keeps what is not a letter of the text: group names, quantifiers, lookarounds, escapes of syntax", () => {
    expect(caselessSource("(?<năm>\\d{4})(?<!a)\\.x{2,3}")).toBe("(?<năm>\\d{4})(?<![Aa])\\.[Xx]{2,3}");
  });

  it("matches real sentences at the same places with the same groups", () => {
    const sources = [
      "(?<!đã )(?<verb>tổ chức|khai mạc)\\s+(hội nghị|đại h[ộôo]i)(?:\\s+([IVXLC]+))?",
      "^(?:chủ tịch|phó chủ tịch)\\s+(LĐLĐ|công đoàn)\\s+[a-zà-ỹ]+",
      "(\\d{1,3}(?:[.,]\\d{3})*)\\s*(?:triệu|tỷ)?\\s*đồng",
      "[^\\s,.]+\\s+(?:xã|phường|thị trấn)",
      "công đoàn(?: cơ sở)?",
    ];
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
    const text = seeds.map((f) => readFileSync(path.join(SEEDS, f), "utf8").normalize("NFC")).join("\n");
    const found = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
    let matches = 0;
    for (const source of sources) {
      const original = found(new RegExp(source, "giu"));
      expect(found(new RegExp(caselessSource(source)!, "gu"))).toEqual(original);
      matches += original.length;
    }
    expect(matches).toBeGreaterThan(50);
  });

  it("leaves alone, with null, what it does not rewrite: \\w, \\b, \\p{...}, backreferences, characters outside the BMP", () => {
    for (const source of ["\\w+", "a\\b", "\\p{Lu}", "(a)\\1", "(?<x>a)\\k<x>", "a\u{10400}", "[\\W]"]) expect(caselessSource(source), source).toBeNull();
  });
});

describe("the pipeline's patterns that ignore case", () => {
  const made = Object.entries(madePatterns());
  /** The pattern as it was before its "i" was written out. */
  const original = (key: string) => {
    const space = key.indexOf(" ");
    const slash = key.indexOf("/");
    const kind = key.slice(0, space);
    const flags = key.slice(space + 1, slash);
    const given = key.slice(slash + 1);
    return kind === "vre" ? new RegExp(explicitProperties(unicodeBoundaries(given)), [...new Set(flags + "u")].join("")) : new RegExp(given, flags);
  };
  const ignoringCase = made.filter(([key]) => original(key).ignoreCase);

  it("are almost all written without the i", () => {
    expect(ignoringCase.length).toBeGreaterThan(100);
    expect(ignoringCase.filter(([, [, flags]]) => flags.includes("i"))).toEqual([]);
  });

  it("each match what they matched, at the same places with the same groups, on every line of the seeds and probes", () => {
    const dirs = [SEEDS, path.join(ROOT, "fixtures", "probes")];
    const lines = dirs
      .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(d, f), "utf8").normalize("NFC")))
      .flatMap((t) => t.split("\n"))
      .filter((l) => l.trim() !== "");
    const global = (re: RegExp) => new RegExp(re.source, re.flags.replace("y", "").replace("g", "") + "g");
    const found = (re: RegExp, line: string) => JSON.stringify([...line.matchAll(re)].map((m) => [m.index, ...m]));
    let matches = 0;
    const differ: string[] = [];
    for (const [key, [source, flags]] of ignoringCase) {
      const before = global(original(key));
      const after = global(new RegExp(source, flags));
      for (const line of lines) {
        const want = found(before, line);
        if (found(after, line) !== want) differ.push(`${key.slice(0, 80)} on ${line.slice(0, 60)}`);
        if (want !== "[]") matches++;
      }
    }
    expect(differ).toEqual([]);
    expect(matches).toBeGreaterThan(1000);
  });

  it("caseless leaves patterns that do not ignore case, or are not Unicode, as they are", () => {
    const plain = /Công đoàn/u;
    expect(caseless(plain)).toBe(plain);
    expect(caseless(/skip to content/i).flags).toBe("i");
    expect(vre(/tổ chức/iu).flags).toBe("u");
    expect(vre(/tổ chức/iu).test("TỔ CHỨC")).toBe(true);
  });
});
