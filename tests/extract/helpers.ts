/**
 * Shared by the extractor suites: run the library on a small hand-written report, check the
 * provenance of every value, find statistics / attendees / tasks and describe them when an
 * expectation fails (so a failing case prints what the extractor actually produced).
 */
import { expect } from "vitest";
import { extract } from "../../src/pipeline/index.js";
import type { Attendee, Report, Statistic, Task } from "../../src/schema/report.js";

/** An opening sentence that gives the meeting (organizer, date, period, next period) and no statistic. */
export const HEAD =
  "Ngày 15/01/2023, Liên đoàn Lao động huyện Bình Gia tổ chức Hội nghị tổng kết công tác công đoàn năm 2022, triển khai nhiệm vụ năm 2023.";

/** A mid-year opening: period 2023-01..06, next period 2023-07..12. */
export const HEAD_MIDYEAR =
  "Chiều ngày 14/7/2023, Liên đoàn Lao động huyện Mường Khương tổ chức Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.";

/** A report: the opening paragraph, then each given paragraph. */
export function report(...paragraphs: string[]): string {
  return [HEAD, ...paragraphs].join("\n\n") + "\n";
}

/** The text spans point into: BOM stripped, NFC. */
export function normalizedInput(input: string): string {
  return input.replace(/^\uFEFF/, "").normalize("NFC");
}

type Spanned = { text: string; span: [number, number] | readonly [number, number] };

/** Every value whose span does not slice the normalized input to exactly its text. */
export function spanProblems(r: Report, input: string): string[] {
  const norm = normalizedInput(input);
  const out: string[] = [];
  const check = (kind: string, v: Spanned) => {
    const [a, b] = v.span;
    const got = norm.slice(a, b);
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= a && b <= norm.length) || got !== v.text) {
      out.push(`${kind} span [${a}, ${b}] slices to «${got}» but text is «${v.text}»`);
    }
  };
  r.statistics.forEach((s) => check("statistic", s));
  r.attendees.forEach((a) => check("attendee", a));
  r.tasks.forEach((t) => check("task", t));
  return out;
}

/** Extract, and (softly, so the case's own assertions still run) check every span. */
export function run(input: string, path = "case.txt"): Report {
  const r = extract(input, { path });
  expect.soft(spanProblems(r, input), "every span slices the normalized input to exactly its text").toEqual([]);
  return r;
}

// ---------- statistics ----------

export function showStat(s: Statistic): string {
  const extra = [
    s.subject ? `subject=${JSON.stringify(s.subject)}` : "",
    s.award ? `award=${JSON.stringify(s.award)}` : "",
    s.grantor ? `grantor=${JSON.stringify(s.grantor)}` : "",
    s.basis !== "stated" ? `basis=${s.basis}` : "",
    s.denominator !== null ? `denominator=${s.denominator}` : "",
    s.target ? "target" : "",
  ].filter(Boolean);
  return `${s.metric}=${s.value} ${s.unit} ${s.qualifier} «${s.text}» ${extra.join(" ")}`.trim();
}

export function showStats(r: Report): string {
  return r.statistics.length ? r.statistics.map((s) => "  " + showStat(s)).join("\n") : "  (no statistics)";
}

/**
 * The one statistic with this value (and the given basis, unit or metric, when given).
 * Fails with the list of what was extracted when there is none.
 */
export function stat(r: Report, value: number, where: Partial<Pick<Statistic, "basis" | "unit" | "metric">> = {}): Statistic {
  const found = r.statistics.filter(
    (s) =>
      Math.abs(s.value - value) <= 1e-6 * Math.max(1, Math.abs(value)) &&
      (where.basis ? s.basis === where.basis : true) &&
      (where.unit ? s.unit === where.unit : true) &&
      (where.metric ? s.metric === where.metric : true),
  );
  expect(found.length, `expected a statistic with value ${value} ${JSON.stringify(where)}; extracted:\n${showStats(r)}`).toBeGreaterThan(0);
  // several: prefer the stated one
  return found.find((s) => s.basis === "stated") ?? found[0]!;
}

function pick<T extends object>(o: T, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
}

/** The statistic with this value has these fields (the failure shows their actual values and all statistics). */
export function expectStat(r: Report, value: number, want: Partial<Statistic>, where: Partial<Pick<Statistic, "basis" | "unit" | "metric">> = {}): Statistic {
  const s = stat(r, value, where);
  expect(pick(s, Object.keys(want)), `statistic ${value} «${s.text}»; all extracted:\n${showStats(r)}`).toEqual(want);
  return s;
}

/** Statistics of a scored metric (what the scorer counts). */
export const SCORED = new Set([
  "gifts.count",
  "gifts.value",
  "members.count",
  "members.new",
  "unions.count",
  "unions.new",
  "awards.collective",
  "awards.individual",
  "participants",
  "activities.count",
  "funds.value",
  "percent",
]);

// ---------- attendees ----------

export function showAttendee(a: Attendee): string {
  return `${a.name ?? "(unnamed)"} | honorific=${JSON.stringify(a.honorific)} | title=${JSON.stringify(a.title)} | org=${JSON.stringify(a.organization)} | role=${a.role} | mentions=${a.mentions} | «${a.text}»`;
}

export function showAttendees(r: Report): string {
  return r.attendees.length ? r.attendees.map((a) => "  " + showAttendee(a)).join("\n") : "  (no attendees)";
}

export function person(r: Report, name: string): Attendee {
  const key = fold(name);
  const found = r.attendees.find((a) => a.name !== null && fold(a.name) === key);
  expect(found, `expected attendee ${name}; extracted:\n${showAttendees(r)}`).toBeDefined();
  return found!;
}

/** The attendee with this name has these fields (the failure shows their actual values and all attendees). */
export function expectPerson(r: Report, name: string, want: Partial<Attendee>): Attendee {
  const a = person(r, name);
  expect(pick(a, Object.keys(want)), `attendee ${name}; all extracted:\n${showAttendees(r)}`).toEqual(want);
  return a;
}

export function named(r: Report): Attendee[] {
  return r.attendees.filter((a) => a.name !== null);
}

// ---------- tasks ----------

export function showTasks(r: Report): string {
  return r.tasks.length ? r.tasks.map((t) => `  «${t.text}»`).join("\n") : "  (no tasks)";
}

/**
 * The GUIDE lets an extractor drop a leading "sẽ"/"tiếp tục" connective before the first task
 * ("sẽ tập trung A; B" may give "tập trung A" or "A"); compare task texts without it.
 */
export function taskKey(s: string): string {
  return s
    .normalize("NFC")
    .trim()
    .replace(/^(?:sẽ\s+)?(?:tiếp tục\s+|tập trung\s+)?/iu, "")
    .replace(/[\s.;…]+$/u, "");
}

export function taskTexts(tasks: Task[]): string[] {
  return tasks.map((t) => taskKey(t.text));
}

// ---------- the scorer's folding and matching (../shared/eval/score.mjs) ----------

export const fold = (s: string | null | undefined) =>
  (s ?? "")
    .normalize("NFC")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Organization names compare with the usual abbreviations expanded. */
export const expandOrg = (s: string | null | undefined) =>
  fold(s)
    .replace(/\bldld\b/g, "lien doan lao dong")
    .replace(/\bcdcs\b/g, "cong doan co so")
    .replace(/\bubmttq\b/g, "uy ban mat tran to quoc")
    .replace(/\bmttq\b/g, "mat tran to quoc")
    .replace(/\bubnd\b/g, "uy ban nhan dan")
    .replace(/\bhdnd\b/g, "hoi dong nhan dan")
    .replace(/\bcd\b/g, "cong doan");

export const tokens = (s: string) => new Set(fold(s).split(" ").filter(Boolean));

export const jaccard = (a: string, b: string) => {
  const A = tokens(a);
  const B = tokens(b);
  let i = 0;
  for (const t of A) if (B.has(t)) i++;
  return i / (A.size + B.size - i || 1);
};

/** Greedy one-to-one matching, required golds first (as the scorer does). */
export function match<G extends { optional?: boolean }, P>(golds: G[], preds: P[], same: (g: G, p: P) => boolean) {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const unmatchedPred: P[] = [];
  const order = [...golds.keys()].sort((a, b) => (golds[a]!.optional ? 1 : 0) - (golds[b]!.optional ? 1 : 0));
  for (const p of preds) {
    const gi = order.find((i) => !used.has(i) && same(golds[i]!, p));
    if (gi === undefined) unmatchedPred.push(p);
    else {
      used.add(gi);
      pairs.push([golds[gi]!, p]);
    }
  }
  const missed = golds.filter((g, i) => !used.has(i) && !g.optional);
  return { pairs, unmatchedPred, missed };
}
