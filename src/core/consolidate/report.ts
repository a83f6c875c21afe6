/** The consolidation as JSON (REPORTING.md, `consolidate`) and as text, and its exit code. */
import { translate, type Lang } from "../../i18n";
import { findingJson } from "../validation/json";
import { parameterValues, rollupText, type ParameterValue, type RollupSums } from "../rollup";
import { CONFLICT_RULE, TREATMENT_LABEL } from "./layout";
import type { Consolidation, ConsolidationEntry } from "./types";

export interface LineageJson {
  file: string;
  sheet: string;
  rows: number[];
}

/**
 * The rows behind each parameter total, per file and sheet: for every counted row, the parameter ids it
 * contributes to (from the same walk that made the sums).
 */
export function parameterLineage(result: Consolidation): Map<string, LineageJson[]> {
  const out = new Map<string, LineageJson[]>(result.model.parameters.map((p) => [p.spec.id, []]));
  for (const e of result.entries) {
    if (!e.contributions || !e.source) continue;
    for (const [table, rows] of e.contributions) {
      const t = e.source.tables[table]!;
      const perParameter = new Map<string, number[]>();
      rows.forEach((ids, ri) => {
        for (const id of new Set(ids.map((x) => x.split("/")[0]))) {
          const list = perParameter.get(id);
          if (list) list.push(t.rows[ri].row);
          else perParameter.set(id, [t.rows[ri].row]);
        }
      });
      for (const [id, list] of perParameter) out.get(id)?.push({ file: e.file, sheet: t.sheet, rows: list });
    }
  }
  return out;
}

export function errorCount(e: ConsolidationEntry): number {
  return e.findings.filter((f) => f.severity === "error").length;
}
export function warningCount(e: ConsolidationEntry): number {
  return e.findings.filter((f) => f.severity === "warning").length;
}

function byGroup(result: Consolidation, map: Map<string, RollupSums>, order: string[]) {
  const out: Record<string, ParameterValue[]> = {};
  for (const k of order) out[k] = parameterValues(map.get(k)!, result.model.parameters);
  return out;
}

export function consolidationJson(result: Consolidation) {
  const lineage = parameterLineage(result);
  return {
    files: result.entries.map((e) => ({
      file: e.file,
      via: e.via,
      hash: e.hash,
      status: e.treatment,
      note: e.note?.nb ?? null,
      submission: {
        unit: e.identity.unit,
        agency: e.identity.agency,
        period: e.identity.period,
        part: e.identity.part,
        templateVersion: e.identity.templateVersion,
        catalogueVersion: e.identity.catalogueVersion,
        status: e.identity.status,
      },
      findings: e.findings.map(findingJson),
    })),
    conflicts: result.conflicts.map((c) => ({
      unit: c.unit,
      agency: c.agency,
      period: c.period,
      part: c.part,
      files: c.files,
      resolution: c.resolution,
      counted: c.counted,
      message: c.message.nb,
    })),
    conflictRule: CONFLICT_RULE.nb,
    parameters: parameterValues(result.total, result.model.parameters).map((p) => ({
      ...p,
      lineage: lineage.get(p.id) ?? [],
    })),
    byUnit: byGroup(result, result.byUnit, result.units),
    byAgency: byGroup(result, result.byAgency, result.agencies),
    byPeriod: byGroup(result, result.byPeriod, result.periods),
    byPart: byGroup(result, result.byPart, result.parts),
    effects: result.effects.map((l) => ({
      indicator: l.indicator,
      name: l.name,
      goal: l.goal,
      measure: l.measure,
      unit: l.unit,
      agency: l.agency,
      periods: Object.fromEntries(
        [...l.periods].map(([period, v]) => [
          period,
          {
            baseline: v.baseline,
            target: v.target,
            result: v.result,
            progress: v.progress,
            file: result.entries[v.nr - 1].file,
            row: v.row,
          },
        ]),
      ),
    })),
    versions: result.versions,
    missing: result.missing.map((m) => ({ unit: m.unit, agency: m.agency, part: m.part, period: m.period })),
    /** Where the expected submissions came from: `membership` (the catalogue), `list` (--expected), or null. */
    expectedFrom: result.expectedFrom,
    /** The consolidation's findings that belong to no file (missing submissions). */
    findings: result.findings.map(findingJson),
    development: result.development && {
      years: result.development.years,
      parameters: result.development.parameters.map((r) => ({
        id: r.id,
        name: r.name.nb,
        values: Object.fromEntries(result.development!.years.map((y, i) => [y, r.values[i]])),
        change: r.change,
      })),
      effects: result.development.effects.map((l) => ({
        indicator: l.indicator,
        name: l.name,
        unit: l.unit,
        agency: l.agency,
        baseline: l.baseline,
        target: l.target,
        results: Object.fromEntries(result.development!.years.map((y, i) => [y, l.results[i]])),
        progress: l.progress,
      })),
    },
    summary: {
      files: result.entries.length,
      counted: result.entries.filter((e) => e.treatment === "counted").length,
      conflicts: result.conflicts.length,
      missing: result.missing.length,
      errors: result.entries.reduce((n, e) => n + errorCount(e), 0),
      warnings:
        result.entries.reduce((n, e) => n + warningCount(e), 0) +
        result.findings.filter((f) => f.severity === "warning").length,
    },
  };
}

/** True when none of the files given could be read: there is nothing to consolidate, and nothing is written. */
export function nothingReadable(result: Consolidation): boolean {
  return result.entries.every((e) => e.treatment === "unreadable");
}

/** 2: a file given could not be read at all; 1: at least one error finding; 0: otherwise. */
export function consolidationExitCode(result: Consolidation): 0 | 1 | 2 {
  if (result.entries.some((e) => e.treatment === "unreadable" && e.via === null)) return 2;
  return result.entries.some((e) => errorCount(e) > 0) ? 1 : 0;
}

/** One line per submission: number, file, who, how it was treated, its errors and warnings, the note. */
export function consolidationEntryLine(e: ConsolidationEntry, lang: Lang): string {
  const errors = errorCount(e);
  const warnings = warningCount(e);
  const who = [e.identity.unit, e.identity.agency, e.identity.period].map((x) => x ?? "?").join(" ");
  const via = e.via ? ` ${translate(lang, "text.via", { file: e.via })}` : "";
  return (
    `  ${String(e.nr).padStart(3)} ${e.file}${via}: ${who}: ${TREATMENT_LABEL[e.treatment][lang]}` +
    (errors || warnings ? ` — ${translate(lang, "text.errorsWarnings", { errors, warnings })}` : "") +
    (e.note ? ` — ${e.note[lang]}` : "")
  );
}

export function consolidationText(result: Consolidation, lang: Lang = "nb"): string {
  const lines: string[] = [];
  const included = result.entries.filter((e) => e.treatment === "counted").length;
  lines.push(
    translate(lang, "text.submissionsCounted", { submissions: result.entries.length, counted: included }),
  );
  for (const e of result.entries) lines.push(consolidationEntryLine(e, lang));
  if (result.conflicts.length) {
    lines.push("", translate(lang, "text.conflicts"));
    for (const c of result.conflicts) lines.push(`  ${c.unit} ${c.agency} ${c.period}: ${c.message[lang]}`);
    lines.push(`  (${CONFLICT_RULE[lang]})`);
  }
  if (result.versions.length > 1) {
    const versions = result.versions
      .map((v) =>
        translate(lang, "text.version", {
          template: v.templateVersion ?? "?",
          catalogue: v.catalogueVersion ?? "?",
          count: v.count,
        }),
      )
      .join(", ");
    lines.push("", translate(lang, "text.mixedVersions", { versions }));
  }
  lines.push("", ...missingText(result, lang));
  lines.push("", translate(lang, "text.parametersTotal"));
  lines.push(rollupText(result.model, parameterValues(result.total, result.model.parameters, lang), lang));
  return lines.join("\n");
}

/** The missing submissions as text: a summary line, then one line each (with the contact where known). */
export function missingText(result: Consolidation, lang: Lang): string[] {
  if (result.expectedFrom === null) return [translate(lang, "text.missing.unknown")];
  const n = result.missing.length;
  return [
    translate(lang, n === 0 ? "text.missing.none" : "text.missing.some", { count: n }),
    ...result.missing.map((m) =>
      translate(lang, m.contact ? "text.missing.lineWithContact" : "text.missing.line", {
        unit: m.unit,
        agency: m.agency,
        part: m.part,
        period: m.period,
        contact: m.contact ?? "",
      }),
    ),
  ];
}
