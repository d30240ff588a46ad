/** Shared by the review tests: run the CLI, read a review page's structure without a browser. */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "htmlparser2";
import type { Report } from "../../src/schema/report.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/report-extract.js");
export const SEEDS = path.join(ROOT, "fixtures/seeds");
export const SEED_004 = path.join(SEEDS, "004_26480470671b356b.txt");

/** An environment with no colour settings of its own, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ["FORCE_COLOR", "NO_COLOR", "CI", "COLORTERM"]) delete env[k];
  return { ...env, ...extra };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = cleanEnv()): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The seeds as the CLI reports them, in output order, with their text. */
export function seedReports(): (Report & { text: string })[] {
  const out = execFileSync(process.execPath, [BIN, "fixtures/seeds", "--format", "ndjson", "--include-text"], { cwd: ROOT, encoding: "utf8", env: cleanEnv() });
  return out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
}

export interface PageSection {
  id: string;
  name: string;
  /** the text panel's text, entities decoded */
  text: string;
  /** highlight id -> the text of all its pieces, in document order */
  pieces: Map<string, string>;
  /** highlight ids carried as element ids (one per highlight) */
  ids: string[];
  /** how many pieces each highlight was split into */
  pieceCounts: Map<string, number>;
  rows: { target: string | null; classes: string[] }[];
}

export interface PageStructure {
  sections: PageSection[];
  scripts: number;
  /** tags closed implicitly (markup the parser had to repair) inside report sections */
  impliedCloses: string[];
  /** attributes that would load something from elsewhere */
  externalRefs: string[];
}

/** Walk a review page with htmlparser2 and collect what the tests compare. */
export function parsePage(html: string): PageStructure {
  const sections: PageSection[] = [];
  const impliedCloses: string[] = [];
  const externalRefs: string[] = [];
  let scripts = 0;
  let section: PageSection | null = null;
  let inText = 0; // depth inside div.text, 0 when outside
  const marks: string[] = []; // open mark ids inside the text
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "script") scripts++;
        for (const a of ["src", "href"]) {
          const v = attrs[a];
          if (v !== undefined && !v.startsWith("#")) externalRefs.push(`${name}[${a}=${v}]`);
        }
        if (name === "link") externalRefs.push("link");
        if (name === "section" && (attrs.class ?? "").split(" ").includes("report")) {
          section = { id: attrs.id ?? "", name: attrs["data-name"] ?? "", text: "", pieces: new Map(), ids: [], pieceCounts: new Map(), rows: [] };
          sections.push(section);
          return;
        }
        if (!section) return;
        if (inText > 0) {
          inText++;
          if (name === "mark") {
            const hl = attrs["data-hl"]!;
            marks.push(hl);
            if (attrs.id) section.ids.push(attrs.id);
            section.pieceCounts.set(hl, (section.pieceCounts.get(hl) ?? 0) + 1);
            if (!section.pieces.has(hl)) section.pieces.set(hl, "");
          } else marks.push("");
          return;
        }
        if (name === "div" && (attrs.class ?? "").split(" ").includes("text")) inText = 1;
        if (name === "tr" && attrs.class !== undefined) section.rows.push({ target: attrs["data-target"] ?? null, classes: attrs.class.split(" ") });
      },
      ontext(data) {
        if (!section || inText === 0) return;
        section.text += data;
        for (const hl of new Set(marks)) if (hl) section.pieces.set(hl, section.pieces.get(hl)! + data);
      },
      onclosetag(name, implied) {
        if (section && implied) impliedCloses.push(name);
        if (name === "section") section = null;
        if (inText > 0) {
          inText--;
          if (inText > 0) marks.pop();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { sections, scripts, impliedCloses, externalRefs };
}
