/**
 * Dates with chrono-node's Vietnamese locale (chrono.vi), extended where real reports go beyond
 * it. Parsers added: "31 Tháng 12 2019" (no "năm"), dash and dot dates after a day word
 * ("Chiều 6-9-2019", "Sáng 24.6", "Ngày 30-12"), day ranges ("từ ngày 24-25/3"). Refiners added:
 * a part of day merged into the date after it ("Chiều ngày 12/7/2023"), and the Vietnamese
 * meridiem after a clock time ("13/07/2023 08:06 SA").
 */
// types from the package's root; the code from the Vietnamese locale alone (the root module
// loads every locale, a quarter of a second at start-up)
import type * as chrono from "chrono-node";
import * as vi from "chrono-node/vi";
import { DAY_RANGE_JOINERS, MERIDIEM, MONTH_WORDS, PARTS_OF_DAY, PART_OF_DAY_SOURCE, WEEKDAY_SOURCE } from "../../lexicon/dates.js";

type Parser = chrono.Chrono["parsers"][number];
type Refiner = chrono.Chrono["refiners"][number];
type Result = chrono.ParsingResult;

const validDay = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/**
 * chrono runs a parser's pattern on the rest of the text after each match, so a lookbehind
 * cannot see what stood before; parsers check the character before the match here instead.
 */
const glued = (ctx: chrono.ParsingContext, index: number, chars: RegExp) => chars.test(ctx.text[index - 1] ?? "");

/** "31 Tháng 12 2019", "31 tháng 12, 2019": day, month word, year without "năm". */
const dayMonthWordYear: Parser = {
  pattern: () => /(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})(?!\d)/iu,
  extract: (ctx, m) => {
    if (glued(ctx, m.index!, /[\d/]/)) return null;
    const day = Number(m[1]);
    const month = Number(m[2]);
    return validDay(day, month) ? { day, month, year: Number(m[3]) } : null;
  },
};

/**
 * Dash and dot dates need a day word in front, or "2-9" in "Quốc khánh 2-9" and "24.6" in a
 * decimal would read as dates: "Chiều 6-9-2019", "Sáng 24.6", "Ngày 30-12", "ngày 24-12".
 */
// built once, not at every parse (chrono only reads it: no "g" flag, no lastIndex)
const PREFIXED_DASH_DATE = new RegExp(
  `(?:${PART_OF_DAY_SOURCE}\\s+(?:${WEEKDAY_SOURCE},?\\s+)?(?:ngày\\s+)?|${WEEKDAY_SOURCE},?\\s+(?:ngày\\s+)?|(?:ngày|hôm qua|hôm nay)\\s+)(\\d{1,2})\\s*[-.]\\s*(\\d{1,2})(?:\\s*[-.]\\s*(\\d{4}))?(?![\\d/]|[.,]\\d)`,
  "iu",
);
const prefixedDashDate: Parser = {
  pattern: () => PREFIXED_DASH_DATE,
  extract: (ctx, m) => {
    if (glued(ctx, m.index!, /[\p{L}\d]/u)) return null;
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (!validDay(day, month)) return null;
    return m[3] ? { day, month, year: Number(m[3]) } : { day, month };
  },
};

/** "ngày 12 tháng Tư năm 2023", "15 tháng Năm": a month named by its word (with its capital). */
const MONTH_WORD_DATE = new RegExp(
  `(\\d{1,2})\\s+tháng\\s+(${Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}])(?:,?\\s+năm\\s+(\\d{4})(?!\\d))?`,
  "u",
);
const monthWordDate: Parser = {
  pattern: () => MONTH_WORD_DATE,
  extract: (ctx, m) => {
    if (glued(ctx, m.index!, /[\d/]/)) return null;
    const day = Number(m[1]);
    const month = MONTH_WORDS[m[2]!]!;
    if (!validDay(day, month)) return null;
    return m[3] ? { day, month, year: Number(m[3]) } : { day, month };
  },
};

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const JOINER = `(?:\\s*(${DAY_RANGE_JOINERS.dash.map(escapeRe).join("|")})\\s*|\\s*(${DAY_RANGE_JOINERS.words.map(escapeRe).join("|")})\\s*)(?:ngày\\s+)?`;
/** the words before a range that let a word join its days ("từ", "ngày") */
const RANGE_PREFIX = `(?:(từ)\\s+)?(?:(ngày)\\s+)?`;

/**
 * "từ ngày 24-25/3", "19-21/7/2023", "Trong hai ngày 14 và 15/6/2023", "từ ngày 15 đến
 * 17/7/2024": the range starts on the first day.
 */
const DAY_RANGE = new RegExp(`${RANGE_PREFIX}(\\d{1,2})${JOINER}(\\d{1,2})\\s*\\/\\s*(\\d{1,2})(?:\\s*\\/\\s*(\\d{4}))?(?![\\d/])`, "iu");
const dayRange: Parser = {
  pattern: () => DAY_RANGE,
  extract: (ctx, m) => {
    if (glued(ctx, m.index!, /[\d/:.,]/)) return null;
    const [, from, dayWord, d1, , word, d2, mon, yr] = m;
    // a word or a comma joins two days only in a date phrase: "ngày 14 và 15/6", "từ 15 đến 17/7"
    if (word && !from && !dayWord) return null;
    const day = Number(d1);
    const endDay = Number(d2);
    const month = Number(mon);
    if (!validDay(day, month) || endDay <= day || endDay > 31) return null;
    const result = ctx.createParsingResult(m.index!, m[0]);
    result.start.assign("day", day);
    result.start.assign("month", month);
    result.end = ctx.createParsingComponents({ day: endDay, month });
    if (yr) {
      result.start.assign("year", Number(yr));
      result.end.assign("year", Number(yr));
    }
    return result;
  },
};

/**
 * "từ ngày 28/6 đến ngày 1/7/2023", "hai ngày 30/6 và 1/7/2024": a range over two months starts
 * on its first day, in the year stated at its end (the year before, when it runs into January).
 */
const MONTHS_RANGE = new RegExp(`${RANGE_PREFIX}(\\d{1,2})\\s*\\/\\s*(\\d{1,2})${JOINER}(\\d{1,2})\\s*\\/\\s*(\\d{1,2})(?:\\s*\\/\\s*(\\d{4}))?(?![\\d/])`, "iu");
const monthsRange: Parser = {
  pattern: () => MONTHS_RANGE,
  extract: (ctx, m) => {
    if (glued(ctx, m.index!, /[\d/:.,]/)) return null;
    const [, from, dayWord, d1, m1, , word, d2, m2, yr] = m;
    // a fraction pair ("1/2 - 3/4") is no range: a date word before it, or the year after it
    if (!from && !dayWord && (word || !yr)) return null;
    const day = Number(d1);
    const month = Number(m1);
    const endDay = Number(d2);
    const endMonth = Number(m2);
    if (!validDay(day, month) || !validDay(endDay, endMonth) || endMonth === month) return null;
    const result = ctx.createParsingResult(m.index!, m[0]);
    result.start.assign("day", day);
    result.start.assign("month", month);
    result.end = ctx.createParsingComponents({ day: endDay, month: endMonth });
    if (yr) {
      const endYear = Number(yr);
      result.start.assign("year", month > endMonth ? endYear - 1 : endYear);
      result.end.assign("year", endYear);
    }
    return result;
  },
};

const PART_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${PART_OF_DAY_SOURCE})\\s+(?:ngày\\s+)?$`, "diu");

/** "Chiều ngày 12/7/2023": the part of the day becomes the hour of the date after it. */
const partOfDayRefiner: Refiner = {
  refine: (ctx, results) => {
    for (const r of results) {
      if (!r.start.isCertain("day") || r.start.isCertain("hour")) continue;
      const windowStart = Math.max(0, r.index - 20);
      const m = PART_BEFORE.exec(ctx.text.slice(windowStart, r.index));
      if (!m) continue;
      const from = windowStart + m.indices![1]![0];
      r.text = ctx.text.slice(from, r.index + r.text.length);
      r.index = from;
      r.start.assign("hour", PARTS_OF_DAY[m[1]!.toLowerCase()] ?? 12);
    }
    // the bare casual time ("Chiều") that a date swallowed is no longer a result of its own
    return results.filter(
      (r) => !results.some((o) => o !== r && o.index <= r.index && o.index + o.text.length >= r.index + r.text.length && o.text.length > r.text.length),
    );
  },
};

/** "08:06 SA" is 08:06 a.m., "02:15 CH" is 14:15. */
const meridiemRefiner: Refiner = {
  refine: (ctx, results) => {
    for (const r of results) {
      const m = /^\s*(SA|CH|AM|PM)(?![\p{L}])/u.exec(ctx.text.slice(r.index + r.text.length));
      if (!m || !r.start.isCertain("hour")) continue;
      const hour = r.start.get("hour")!;
      if (MERIDIEM[m[1]!] === "pm" && hour < 12) r.start.assign("hour", hour + 12);
      if (MERIDIEM[m[1]!] === "am" && hour === 12) r.start.assign("hour", 0);
      r.text += m[0];
    }
    return results;
  },
};

const NEVER_A_STATED_DAY = new Set([
  "VIYearParser",
  "VIMonthYearParser",
  "VICasualDateParser",
  "VICasualTimeParser",
  "VITimeUnitCasualRelativeFormatParser",
  "VITimeUnitWithinFormatParser",
]);

/**
 * A parser's class name as chrono-node names it. A bundler may rename a class that refers to
 * itself ("_VICasualTimeParser", or with a number after it): the bundled command then kept a
 * parser the library leaves out, and the two read some dates differently.
 */
export const parserName = (p: object): string => p.constructor.name.replace(/^_+/u, "").replace(/\d+$/u, "");

let parser: chrono.Chrono | null = null;

/** The configured chrono instance (built once, on first use). */
export function vietnameseChrono(): chrono.Chrono {
  if (parser) return parser;
  const c = vi.casual.clone();
  // chrono.vi's "3 tháng sau" / "2 năm trước" parsers backtrack catastrophically on runs of
  // "tháng 1 năm 2020 ..." (about 1 ms per character), and the dates they give are relative to
  // the reference day, never a stated meeting day: leave them out.
  c.parsers = c.parsers.filter((p) => !/^VITimeUnit(?:Ago|Later)FormatParser$/u.test(parserName(p)));
  // Parsers whose results can never be a stated day: a year or a month alone ("năm 2023",
  // "tháng 7 năm 2023"), days counted from the reference day ("hôm nay", "3 ngày tới",
  // "trong 5 ngày"), which would only be the reference day moved, and a part of the day alone
  // ("chiều", "sáng nay": partOfDayRefiner reads it from the words before a date). chrono runs
  // every parser over every sentence with a date in it: these were half of its time.
  c.parsers = c.parsers.filter((p) => !NEVER_A_STATED_DAY.has(parserName(p)));
  c.parsers.push(dayMonthWordYear, monthWordDate, prefixedDashDate, dayRange, monthsRange);
  // the part of day merges first: chrono.vi's own date-time merge loses the date of "Chiều 11/8"
  c.refiners.unshift(partOfDayRefiner);
  c.refiners.push(meridiemRefiner);
  parser = c;
  return c;
}

export interface DateMention {
  /** offsets into the searched string */
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  /** null when the text does not state the year */
  year: number | null;
  hour: number | null;
  minute: number | null;
  /** the end of a day range, if the mention is one */
  endDay: number | null;
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1));
// what every date chrono could give here contains; a cheap test that spares chrono (the most
// costly step of a report) the many sentences whose only "1.489" or "52.500.000" is a number
const HAS_DATE = /(?<!\d)\d{1,2}\s*(?:[/.-]\s*\d{1,2}(?!\d)|tháng\s*\d)|\d{4}-\d{2}-\d{2}/iu;
/** ... and a month named by its word ("12 tháng Tư"), in its capital: "6 tháng năm" is no date. */
const MONTH_WORD_HINT = new RegExp(`\\d\\s+tháng\\s+(?:${Object.keys(MONTH_WORDS).join("|")})`, "u");

/** Every date with a stated day and month in `s`. */
export function findDates(s: string): DateMention[] {
  if (!HAS_DATE.test(s) && !(s.includes("tháng") && MONTH_WORD_HINT.test(s))) return [];
  const out: DateMention[] = [];
  for (const r of vietnameseChrono().parse(s, REFERENCE)) {
    if (!r.start.isCertain("day") || !r.start.isCertain("month") || !/\d/.test(r.text)) continue;
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      day: r.start.get("day")!,
      month: r.start.get("month")!,
      // a year cut short ("năm 202") is no year: the day's year is then resolved as when unstated
      year: r.start.isCertain("year") && r.start.get("year")! >= 1900 && r.start.get("year")! <= 2100 ? r.start.get("year") : null,
      hour: r.start.isCertain("hour") ? r.start.get("hour") : null,
      minute: r.start.isCertain("minute") ? r.start.get("minute") : null,
      endDay: r.end?.isCertain("day") ? r.end.get("day") : null,
    });
  }
  return out;
}

export const pad2 = (n: number) => String(n).padStart(2, "0");
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;
