/**
 * The package version, read once from the package's package.json: the nearest one above this
 * module (dist/cli/ as tsc writes it, dist/bundle/ as the bundle has it).
 */
import { readFileSync } from "node:fs";

function readVersion(): string {
  for (const up of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "report-extract") return pkg.version ?? "0.0.0";
    } catch {
      // not there: look one level higher
    }
  }
  return "0.0.0";
}

export const VERSION = readVersion();
