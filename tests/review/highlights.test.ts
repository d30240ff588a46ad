import { describe, expect, it } from "vitest";
import { highlightsOf, meetingFields, nest, type Highlight, type TextNode } from "../../src/emit/review/highlights.js";
import { SYNTHETIC_TEXT, spanOf, syntheticReport } from "./synthetic.js";

/** the tree back to text with [id ... ] markers, for exact assertions */
function show(nodes: TextNode[]): string {
  return nodes.map((n) => (typeof n === "string" ? n : `[${n.h.id}${n.first ? "" : "+"} ${show(n.children)}]`)).join("");
}
const hl = (id: string, start: number, end: number, kind: Highlight["kind"] = "statistic"): Highlight => ({ id, kind, key: id, start, end, label: id });

describe("nest", () => {
  it("leaves text without highlights alone", () => {
    expect(nest("abc", [])).toEqual(["abc"]);
  });

  it("nests a span inside another", () => {
    expect(show(nest("0123456789", [hl("in", 3, 5), hl("out", 2, 8, "task")]))).toBe("01[out 2[in 34]567]89");
  });

  it("splits a span that crosses the end of an enclosing one", () => {
    // a: [2,6), b: [4,9): b is cut where a ends and continues after it
    expect(show(nest("0123456789", [hl("a", 2, 6), hl("b", 4, 9)]))).toBe("01[a 23[b 45]][b+ 678]9");
  });

  it("puts a task outside a statistic on the same words, whatever the input order", () => {
    expect(show(nest("abcdef", [hl("s", 1, 4), hl("t", 1, 4, "task")]))).toBe("a[t [s bcd]]ef");
    expect(show(nest("abcdef", [hl("t", 1, 4, "task"), hl("s", 1, 4)]))).toBe("a[t [s bcd]]ef");
  });

  it("handles spans touching end to start and several ending together", () => {
    expect(show(nest("abcdefgh", [hl("x", 0, 3), hl("y", 3, 6), hl("z", 1, 3), hl("w", 0, 8, "task")]))).toBe("[w [x a[z bc]][y def]gh]");
  });

  it("ignores empty and out-of-range spans", () => {
    expect(show(nest("abc", [hl("e", 1, 1), hl("o", 2, 10), hl("n", -1, 2)]))).toBe("abc");
  });

  it("keeps every character exactly once for many random overlapping spans", () => {
    const text = "x".repeat(50);
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const hs: Highlight[] = [];
      for (let i = 0; i < 8; i++) {
        const a = rand(50);
        const b = a + 1 + rand(50 - a);
        hs.push(hl(`h${i}`, a, b, (["task", "meeting", "attendee", "statistic"] as const)[rand(4)]));
      }
      const tree = nest(text, hs);
      // flatten: the text comes back, and each highlight covers exactly its span
      const covered = new Map<string, number[]>();
      let pos = 0;
      const walk = (nodes: TextNode[], open: string[]) => {
        for (const n of nodes) {
          if (typeof n === "string") {
            for (const id of open) covered.get(id)!.push(...Array.from({ length: n.length }, (_, k) => pos + k));
            pos += n.length;
          } else {
            if (!covered.has(n.h.id)) covered.set(n.h.id, []);
            walk(n.children, [...open, n.h.id]);
          }
        }
      };
      walk(tree, []);
      expect(pos).toBe(50);
      for (const h of hs) {
        const cells = covered.get(h.id)!;
        expect(cells[0]).toBe(h.start);
        expect(cells.length).toBe(h.end - h.start);
        expect(cells[cells.length - 1]).toBe(h.end - 1);
      }
    }
  });
});

describe("meetingFields", () => {
  it("finds the organizer written with an abbreviation and the date written d/m/yyyy", () => {
    const r = syntheticReport();
    const fields = meetingFields(r, r.text);
    const byField = Object.fromEntries(fields.map((f) => [f.field, f]));
    expect(byField.organizer!.span).toEqual(spanOf(SYNTHETIC_TEXT, "LĐLĐ huyện Chi Lăng"));
    expect(byField.date!.span).toEqual(spanOf(SYNTHETIC_TEXT, "05/3/2024"));
    expect(byField.kind!.span).toBeNull();
    expect(fields.map((f) => f.field)).toEqual(["kind", "organizer", "date"]);
  });

  it("finds a meeting date written with words, and reports a date it cannot find as null", () => {
    const r = syntheticReport();
    const text = "Sáng ngày 5 tháng 3 năm 2024, hội nghị đã diễn ra.";
    expect(meetingFields(r, text).find((f) => f.field === "date")!.span).toEqual(spanOf(text, "ngày 5 tháng 3 năm 2024"));
    expect(meetingFields(r, "không có ngày nào").find((f) => f.field === "date")!.span).toBeNull();
  });
});

describe("highlightsOf", () => {
  it("gives every located value an id by report, kind and index, and skips spans outside the text", () => {
    const r = syntheticReport();
    const ids = highlightsOf(r, r.text, 3).map((h) => h.id);
    expect(ids).toEqual([
      "hl-3-meeting-organizer",
      "hl-3-meeting-date",
      "hl-3-attendee-0",
      "hl-3-statistic-0",
      "hl-3-statistic-1",
      "hl-3-statistic-2",
      "hl-3-statistic-3",
      "hl-3-statistic-4",
      "hl-3-statistic-5",
      "hl-3-task-0",
      "hl-3-task-1",
    ]);
  });
});
