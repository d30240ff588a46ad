/**
 * Validation answers the same before and after the schema is compiled (the first reports of a
 * process go through zod's runtime parser, later ones through the compiled check).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { COMPILE_AFTER, validate, ValidationError } from "../../src/pipeline/validate.js";
import { SEEDS } from "../helpers.js";

describe("validate", () => {
  it("gives the same report and the same refusal through the runtime parser and the compiled check", () => {
    const report = extract(readFileSync(path.join(SEEDS, "000_535c95fd56643c6a.txt"), "utf8"), { path: "seed.txt" });
    const broken = { ...report, statistics: [{ ...report.statistics[0]!, value: "1489" }] };
    const answers: string[] = [];
    const refusals: string[] = [];
    // extract() above validated once already; go well past the switch to the compiled check
    for (let i = 0; i < COMPILE_AFTER + 10; i++) {
      answers.push(JSON.stringify(validate(report)));
      try {
        validate(broken);
        refusals.push("accepted");
      } catch (err) {
        expect(err).toBeInstanceOf(ValidationError);
        refusals.push((err as ValidationError).issues.map((x) => x.path).join(","));
      }
    }
    expect(new Set(answers)).toEqual(new Set([JSON.stringify(report)]));
    expect(new Set(refusals)).toEqual(new Set(["statistics.0.value"]));
  });
});
