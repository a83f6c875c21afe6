/** The roll-up of one returned workbook into the steering parameters (REPORTING.md, `rollup`). */
import type { Catalogue } from "../../catalogue/loader";
import type { SteeringParameter } from "../../catalogue/schema";
import type { WorkbookSnapshot } from "../model/snapshot";
import {
  evaluate,
  parameterValues,
  unavailableSlots,
  type ParameterValue,
  type RollupSums,
} from "./evaluate";
import { rollupModel, type RollupModel } from "./model";
import { alignSource, rollupSource, type SubmissionIdentity } from "./source";
import { namedCatalogue } from "../model/submission";
import { catalogueSet } from "../../catalogue";
import type { RollupSource } from "./evaluate";

export * from "./evaluate";
export * from "./exact-sum";
export * from "./model";
export * from "./source";

export interface WorkbookRollup {
  identity: SubmissionIdentity;
  source: RollupSource;
  sums: RollupSums;
  /** Values the workbook cannot give (a table or column is missing), per parameter index and slot. */
  unavailable: Map<number, Set<number>>;
  /** `{ parameters: [{ id, name, value, breakdown }] }` exactly as the roll-up JSON. */
  json: { parameters: ParameterValue[] };
}

/**
 * The steering parameters of `catalogue` (the version in use) for one workbook, whose rows are read and
 * classified by the catalogue version it names (a bundled one, or `catalogue`).
 */
export function rollupWorkbook(snapshot: WorkbookSnapshot, catalogue: Catalogue): WorkbookRollup {
  const named = namedCatalogue(snapshot, catalogueSet(catalogue));
  const model = rollupModel(catalogue, named);
  const read = rollupSource(snapshot, named);
  const identity = read.identity;
  const source = alignSource(read.source, named, catalogue);
  const sums = evaluate(model, source);
  const unavailable = unavailableSlots(model, source);
  return {
    identity,
    source,
    sums,
    unavailable,
    json: { parameters: parameterValues(sums, model.parameters, "nb", unavailable) },
  };
}

/** A value as a person reads it: counts as whole numbers, NOK with thousands separators, shares in percent. */
export function formatValue(
  value: number | null,
  unit: SteeringParameter["unit"],
  lang: "nb" | "en",
): string {
  if (value === null) return "–";
  const locale = lang === "nb" ? "nb-NO" : "en-GB";
  if (unit === "share")
    return value.toLocaleString(locale, {
      style: "percent",
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
  // Person-years and uses per person-year: two decimals, as the sheet's number format shows them.
  return value.toLocaleString(locale, {
    maximumFractionDigits: unit === "nok" || unit === "decimal" ? 2 : 6,
  });
}

/** The roll-up as text: one line per parameter, breakdown keys indented below it. */
export function rollupText(model: RollupModel, values: ParameterValue[], lang: "nb" | "en" = "nb"): string {
  const lines: string[] = [];
  const idWidth = Math.max(...model.parameters.map((p) => p.spec.id.length));
  model.parameters.forEach((p, i) => {
    const v = values[i];
    lines.push(
      `${p.spec.id.padEnd(idWidth)}  ${p.spec.name[lang]}: ${formatValue(v.value, p.spec.unit, lang)}`,
    );
    for (const k of p.keys) {
      lines.push(
        `${"".padEnd(idWidth)}    ${k.id} ${k.name[lang]}: ${formatValue(v.breakdown[k.rowId], p.spec.unit, lang)}`,
      );
    }
  });
  return lines.join("\n") + "\n";
}
