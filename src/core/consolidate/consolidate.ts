/** Consolidation: many returned workbooks (or consolidations) → one register, one set of sums, effects, findings. */
import type { Catalogue } from "../../catalogue/loader";
import { bilingual } from "../../i18n";
import type { Finding, FindingParams } from "../model/finding";
import { newFinding, NOWHERE, type TextKeys } from "../validation/collector";
import type { RuleId } from "../validation/rules";
import { columnPosition, numericValue } from "../model/submission";
import { cellText } from "../model/submission";
import { formatSerialDate } from "../dates";
import type { CellValue } from "../model/snapshot";
import { comparePeriods, parsePeriod } from "../period";
import { catalogueSet } from "../../catalogue";
import { countedGroups, disagreements } from "../rollup/counting";
import {
  combine,
  compileParameter,
  evaluate,
  rollupModel,
  rowContributions,
  unavailableSlots,
  type CompiledParameter,
  type RollupModel,
  type RollupSums,
} from "../rollup";
import { readInput } from "./read";
import { compareDrafts, compareText, resolve } from "./resolve";
import { INCOMPLETE_RULE, type Treatment } from "./layout";
import { development, expectedFromMembership, missingFinding, missingSubmissions } from "./cycle";
import type {
  Consolidation,
  ConsolidationEntry,
  ConsolidationInput,
  EffectLine,
  ExpectedSubmission,
} from "./types";

export interface ConsolidationOptions {
  /**
   * The submissions expected (`--expected FILE.tsv`), instead of what the catalogue's membership requires for
   * the periods seen.
   */
  expected?: ExpectedSubmission[];
}

/** The instrument-use overview behind the charts: Σ Antall by goal and by grouping, over every usage row. */
export function usageOverview(catalogue: Catalogue): CompiledParameter {
  return compileParameter(catalogue, {
    id: "VIRKEMIDDELBRUK",
    goal: null,
    name: bilingual("consolidation.usage"),
    unit: "count",
    value: { op: "sum", table: "usage", column: "antall" },
    breakdowns: ["goal", "grouping"],
  });
}

/** A consolidation finding about a whole submission (no sheet or cell). */
const finding = <R extends RuleId>(rule: R, params: FindingParams = {}, keys: TextKeys<R> = {}): Finding =>
  newFinding(rule, NOWHERE, null, params, keys);

/** The rule for each treatment of a submission that is not simply counted. */
export const TREATMENT_RULES = {
  unreadable: "consolidate.unreadable",
  "no-identity": "consolidate.no-identity",
  conflict: "consolidate.conflict",
  unavailable: "consolidate.unavailable",
  duplicate: "consolidate.duplicate",
  superseded: "consolidate.superseded",
  overlap: "consolidate.overlap",
} as const satisfies Record<Exclude<Treatment, "counted">, RuleId>;

/** The consolidation's own findings about a submission (conflicts, reading, identity, versions, status). */
function ownFindings(catalogue: Catalogue, e: ConsolidationEntry): Finding[] {
  const out: Finding[] = [];
  const treatment = e.treatment as Treatment;
  if (treatment !== "counted") {
    // The register's note on the submission (the conflict rule applied, the read error) is the message.
    out.push(finding(TREATMENT_RULES[treatment], { note: e.note ?? { nb: "", en: "" } }));
    return out;
  }
  const status = e.identity.status;
  const ranks = (catalogue.enumerations.reportStatus ?? []).map((v) => v.value);
  if (status === null || ranks.indexOf(status) === 0) {
    out.push(
      status === null
        ? finding("consolidate.draft", {}, { message: "message.empty" })
        : finding("consolidate.draft", { status }),
    );
  }
  const cv = e.identity.catalogueVersion;
  if (cv !== catalogue.version) {
    const own = e.catalogue !== catalogue;
    out.push(
      finding(
        "consolidate.catalogue-version",
        cv === null ? { inUse: catalogue.version } : { version: cv, inUse: catalogue.version },
        { message: own ? "message.own" : cv === null ? "message.missing" : "message" },
      ),
    );
  }
  const tv = e.identity.templateVersion;
  if (tv !== catalogue.template.version) {
    out.push(
      finding(
        "consolidate.template-version",
        tv === null
          ? { inUse: catalogue.template.version }
          : { version: tv, inUse: catalogue.template.version },
        { message: tv === null ? "message.missing" : "message" },
      ),
    );
  }
  return out;
}

/**
 * A counted submission that lacks a table or column some parameters need: its rows still count where they can,
 * and the parameters it cannot contribute to are named (the template shows #REF! for them).
 */
function incompleteFinding(parameters: CompiledParameter[], off: Map<number, Set<number>>): Finding {
  const ids = [...off.keys()].map((i) => parameters[i].spec.id).join(", ");
  return finding(INCOMPLETE_RULE, { parameters: ids });
}

function unitOrder(ids: Iterable<string>, known: string[]): string[] {
  const set = new Set(ids);
  const inCatalogue = known.filter((k) => set.has(k));
  const rest = [...set].filter((k) => !known.includes(k)).sort(compareText);
  return [...inCatalogue, ...rest];
}

function periodOrder(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => comparePeriods(parsePeriod(a)!, parsePeriod(b)!));
}

function groupSums(
  parameters: CompiledParameter[],
  entries: ConsolidationEntry[],
  keyOf: (e: ConsolidationEntry) => string,
  pick: (e: ConsolidationEntry) => RollupSums,
): Map<string, RollupSums> {
  const groups = new Map<string, ConsolidationEntry[]>();
  for (const e of entries) {
    const k = keyOf(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  const out = new Map<string, RollupSums>();
  for (const [k, list] of groups)
    out.set(
      k,
      combine(
        parameters,
        list.map((e) => ({ source: e.source!, sums: pick(e) })),
      ),
    );
  return out;
}

/**
 * Consolidates the inputs. Findings per file come from the validation (input); the consolidation adds its own
 * (`consolidate.*`). Each returned workbook is read and classified with the catalogue version it names; the
 * parameters are those of the catalogue in use. The result does not depend on the order of the inputs.
 */
export function consolidate(
  inputs: ConsolidationInput[],
  catalogue: Catalogue,
  options: ConsolidationOptions = {},
): Consolidation {
  const set = catalogueSet(catalogue);
  const model = rollupModel(catalogue);
  const usageParameter = usageOverview(catalogue);
  const drafts = inputs.flatMap((i) => readInput(i, set)).sort(compareDrafts);
  const { resolved, conflicts } = resolve(catalogue, drafts);

  const entries: ConsolidationEntry[] = drafts.map((d, i) => {
    const { treatment, note } = resolved[i];
    const counted = treatment === "counted" && d.source !== null;
    const own = rollupModel(catalogue, d.catalogue);
    const usage = d.catalogue === catalogue ? usageParameter : usageOverviewFor(catalogue, d.catalogue);
    const entry: ConsolidationEntry = {
      nr: i + 1,
      file: d.file,
      hash: d.hash,
      via: d.via,
      identity: d.identity,
      source: d.source,
      rowCount: d.rowCount,
      findings: [],
      treatment,
      note,
      catalogue: d.catalogue,
      sums: counted ? evaluate(own, d.source!) : null,
      usage: counted ? evaluate(own, d.source!, [usage]) : null,
      contributions: null,
    };
    entry.findings = [...d.findings, ...ownFindings(catalogue, entry)];
    if (counted) {
      const off = unavailableSlots(own, d.source!);
      if (off.size) entry.findings.push(incompleteFinding(model.parameters, off));
      entry.findings.push(...versionDifferences(catalogue, entry));
    }
    return entry;
  });

  const counted = entries.filter((e) => e.treatment === "counted");
  const sources = counted.map((e) => e.source!);
  for (const e of counted)
    e.contributions = rowContributions(
      rollupModel(catalogue, e.catalogue),
      e.source!,
      model.parameters,
      sources,
    );
  addDisagreements(model, counted);
  const params = model.parameters;
  const total = combine(
    params,
    counted.map((e) => ({ source: e.source!, sums: e.sums! })),
  );
  const units = unitOrder(
    counted.map((e) => e.identity.unit!),
    catalogue.units.map((u) => u.id),
  );
  const agencies = unitOrder(
    counted.map((e) => e.identity.agency!),
    catalogue.agencies.map((a) => a.id),
  );
  const periods = periodOrder(counted.map((e) => e.identity.period!));
  const parts = unitOrder(
    counted.map((e) => e.identity.part ?? ""),
    (catalogue.enumerations.effortPart ?? []).map((v) => v.value),
  ).filter((p) => p !== "");

  const { effects, effectPeriods } = collectEffects(catalogue, counted, units, agencies);
  addFixedValueChanges(catalogue, counted, effects);

  const versions = new Map<
    string,
    { templateVersion: string | null; catalogueVersion: string | null; count: number }
  >();
  for (const e of counted) {
    const k = `${e.identity.templateVersion}\u0000${e.identity.catalogueVersion}`;
    const v = versions.get(k);
    if (v) v.count++;
    else
      versions.set(k, {
        templateVersion: e.identity.templateVersion,
        catalogueVersion: e.identity.catalogueVersion,
        count: 1,
      });
  }
  const sumsOf = (e: ConsolidationEntry) => e.sums!;
  const usageOf = (e: ConsolidationEntry) => e.usage!;

  // Who has not sent yet: over the periods of every submission whose identity is known, counted or not.
  const seenPeriods = periodOrder(
    entries.map((e) => e.identity.period).filter((p): p is string => parsePeriod(p) !== null),
  );
  const expected = options.expected ?? expectedFromMembership(catalogue, seenPeriods);
  const missing = expected ? missingSubmissions(catalogue, entries, expected) : [];
  const byYear = groupSums(params, counted, (e) => String(parsePeriod(e.identity.period)!.year), sumsOf);

  return {
    catalogue,
    model,
    usageParameter,
    entries,
    conflicts,
    units,
    agencies,
    periods,
    parts,
    total,
    byUnit: groupSums(params, counted, (e) => e.identity.unit!, sumsOf),
    byAgency: groupSums(params, counted, (e) => e.identity.agency!, sumsOf),
    byPeriod: groupSums(params, counted, (e) => e.identity.period!, sumsOf),
    byPart: groupSums(params, counted, (e) => e.identity.part ?? "", sumsOf),
    usageByAgency: groupSums([usageParameter], counted, (e) => e.identity.agency!, usageOf),
    usageByPeriod: groupSums([usageParameter], counted, (e) => e.identity.period!, usageOf),
    effects,
    effectPeriods,
    expectedFrom: options.expected ? "list" : expected ? "membership" : null,
    missing,
    findings: missing.map(missingFinding),
    byYear,
    development: development(params, periods, byYear, effects),
    versions: [...versions.values()].sort(
      (a, b) =>
        compareText(a.templateVersion, b.templateVersion) ||
        compareText(a.catalogueVersion, b.catalogueVersion),
    ),
  };
}

const overviews = new WeakMap<Catalogue, WeakMap<Catalogue, CompiledParameter>>();

/** The instrument-use overview with rows classified by an older catalogue's instruments (compiled once per pair). */
function usageOverviewFor(catalogue: Catalogue, classify: Catalogue): CompiledParameter {
  let byClassify = overviews.get(catalogue);
  if (!byClassify) overviews.set(catalogue, (byClassify = new WeakMap()));
  let p = byClassify.get(classify);
  if (!p)
    byClassify.set(classify, (p = compileParameter(catalogue, usageOverview(catalogue).spec, classify)));
  return p;
}

/**
 * Where the catalogue a workbook names places an instrument it reports differently from the catalogue in use:
 * one finding per instrument, saying where its rows are counted (by the version the workbook names).
 */
function versionDifferences(catalogue: Catalogue, e: ConsolidationEntry): Finding[] {
  const named = e.catalogue;
  if (named === catalogue) return [];
  const usage = e.source?.tables.usage;
  const col = catalogue.lookup.table.get("usage")?.columns.findIndex((c) => c.type === "instrumentId") ?? -1;
  if (!usage || col < 0) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const row of usage.rows) {
    const typed = cellText(row.cells[col]);
    if (typed === null) continue;
    const then = named.lookup.instrument.get(typed.toUpperCase());
    if (!then || seen.has(then.id)) continue;
    seen.add(then.id);
    const now = catalogue.lookup.instrument.get(then.id.toUpperCase());
    if (now && now.goal === then.goal && now.grouping === then.grouping) continue;
    const params = {
      id: then.id,
      grouping: then.grouping,
      named: named.version,
      inUse: catalogue.version,
      template: catalogue.template.version,
    };
    out.push(
      newFinding(
        "consolidate.version-difference",
        NOWHERE,
        then.id,
        now ? { ...params, groupingNow: now.grouping } : params,
        { message: now ? "message" : "message.gone", hint: "hint.template" },
      ),
    );
  }
  return out;
}

/**
 * Warnings where the rows of one counted thing disagree across submissions: an actor given different values by
 * agencies of a unit in one period, a joint action given different figures, and rows of two agencies of a unit
 * on one date without an action id. Each involved row gets the warning, in its own file.
 */
function addDisagreements(model: RollupModel, counted: ConsolidationEntry[]): void {
  const byRule = new Map<string, NonNullable<CompiledParameter["counting"]>>();
  for (const p of model.parameters) if (p.counting) byRule.set(p.counting.id, p.counting);
  const entryOf = new Map(counted.map((e) => [e.source!, e]));
  for (const rule of byRule.values()) {
    const spec = model.catalogue.lookup.table.get(rule.table)!;
    const header = (c: number) => spec.columns[c]?.header ?? "";
    const groups = countedGroups(
      rule,
      counted.map((e) => e.source!),
    );
    for (const d of disagreements(rule, groups)) {
      const files = [...new Set(d.rows.map((r) => r.source.file))];
      // Within one file the check reports it; the consolidation reports what only it can see.
      if (files.length < 2) continue;
      const fields = d.columns.map(header).join(", ");
      const shown = (c: number, v: CellValue) =>
        v === null
          ? "–"
          : spec.columns[c]?.type === "date" && typeof v === "number"
            ? (formatSerialDate(v) ?? String(v))
            : String(v);
      const values = d.columns.map((c, i) => `${header(c)} = ${shown(c, d.counted[i])}`).join(", ");
      const list = files.join(", ");
      const unit = d.unit ?? "?";
      const params: FindingParams =
        d.kind === "same-day"
          ? { count: files.length, unit, files: list }
          : { key: d.key, unit, fields, files: list, values };
      const rule_ =
        d.kind === "stock-values"
          ? "consolidate.actor-disagreement"
          : d.kind === "joint-figures"
            ? "consolidate.action-disagreement"
            : "consolidate.same-day-actions";
      for (const r of d.rows) {
        const e = entryOf.get(r.source);
        if (!e) continue;
        const t = r.source.tables[rule.table]!;
        e.findings.push(
          newFinding(
            rule_,
            { sheet: t.sheet, row: r.row.row, column: null, cell: null },
            // Same-day actions are keyed by the date's serial day number; the finding shows the date.
            d.kind === "same-day" ? (formatSerialDate(Number(d.key)) ?? d.key) : d.key,
            params,
          ),
        );
      }
    }
  }
}

/**
 * `Utgangsverdi` and `Målverdi` are fixed per indicator × unit × year (REPORTING.md, 2026.2): another value in a
 * later period of the same year is a warning on the later submission's row.
 */
function addFixedValueChanges(
  catalogue: Catalogue,
  counted: ConsolidationEntry[],
  effects: EffectLine[],
): void {
  const byNr = new Map(counted.map((e) => [e.nr, e]));
  const spec = catalogue.lookup.table.get("effects");
  const header = (key: string) => spec?.columns.find((c) => c.key === key)?.header ?? key;
  const seen = new Map<
    string,
    { period: string; baseline: number | null; target: number | null; file: string }
  >();
  const lines = [...effects].filter((l) => l.occurrence === 0);
  const ordered = lines.flatMap((l) => [...l.periods].map(([period, v]) => ({ l, period, v })));
  ordered.sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!) || a.v.nr - b.v.nr);
  for (const { l, period, v } of ordered) {
    const year = parsePeriod(period)!.year;
    const k = `${l.indicator}\u0000${l.unit}\u0000${year}`;
    const entry = byNr.get(v.nr);
    const first = seen.get(k);
    if (!first) {
      if (v.baseline !== null || v.target !== null)
        seen.set(k, { period, baseline: v.baseline, target: v.target, file: entry?.file ?? "" });
      continue;
    }
    const changed = [
      ["utgangsverdi", first.baseline, v.baseline],
      ["malverdi", first.target, v.target],
    ].filter(([, a, b]) => a !== null && b !== null && a !== b) as [string, number, number][];
    if (!changed.length || !entry) continue;
    const list = changed.map(([col, a, b]) => `${header(col)} ${a} → ${b}`).join(", ");
    const t = entry.source?.tables.effects;
    entry.findings.push(
      newFinding(
        "consolidate.effect-value-changed",
        { sheet: t?.sheet ?? null, row: v.row, column: null, cell: null },
        l.indicator,
        {
          indicator: l.indicator,
          unit: l.unit,
          // A year is an id here, not a quantity: never "2 026".
          year: String(year),
          changes: list,
          period: first.period,
          file: first.file,
        },
      ),
    );
  }
}

/** Effect indicators per unit and agency, each period side by side, with progress toward the target. */
function collectEffects(
  catalogue: Catalogue,
  counted: ConsolidationEntry[],
  units: string[],
  agencies: string[],
): { effects: EffectLine[]; effectPeriods: string[] } {
  const spec = catalogue.lookup.table.get("effects");
  if (!spec) return { effects: [], effectPeriods: [] };
  const pos = (key: string) => columnPosition(spec, key);
  const [idCol, nameCol, goalCol, measureCol, baseCol, targetCol, resultCol] = [
    "indikatorId",
    "indikator",
    "goal",
    "maleenhet",
    "utgangsverdi",
    "malverdi",
    "resultat",
  ].map(pos);
  const byUpper = new Map(catalogue.effectIndicators.map((i) => [i.id.toUpperCase(), i]));
  const lines = new Map<string, EffectLine>();
  const periods = new Set<string>();
  for (const e of counted) {
    const table = e.source!.tables.effects;
    if (!table) continue;
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const at = (c: number) => (c >= 0 ? (row.cells[c] ?? null) : null);
      const typed = cellText(at(idCol));
      if (typed === null) continue;
      const known = byUpper.get(typed.toUpperCase());
      const indicator = known?.id ?? typed;
      const occurrence = seen.get(indicator) ?? 0;
      seen.set(indicator, occurrence + 1);
      const key = [indicator, e.identity.unit, e.identity.agency, occurrence].join("\u0000");
      let line = lines.get(key);
      if (!line) {
        line = {
          indicator,
          name: known?.name.nb ?? cellText(at(nameCol)) ?? indicator,
          goal: known?.goal ?? cellText(at(goalCol)),
          measure: known?.unit ?? cellText(at(measureCol)),
          unit: e.identity.unit!,
          agency: e.identity.agency!,
          occurrence,
          periods: new Map(),
        };
        lines.set(key, line);
      }
      const baseline = numericValue(at(baseCol));
      const target = numericValue(at(targetCol));
      const result = numericValue(at(resultCol));
      const progress =
        baseline === null || target === null || result === null || target === baseline
          ? null
          : (result - baseline) / (target - baseline);
      periods.add(e.identity.period!);
      line.periods.set(e.identity.period!, { baseline, target, result, progress, nr: e.nr, row: row.row });
    }
  }
  const indicatorOrder = new Map(catalogue.effectIndicators.map((i, n) => [i.id, n]));
  const rank = (list: string[], x: string) => list.indexOf(x);
  const effects = [...lines.values()].sort(
    (a, b) =>
      (indicatorOrder.get(a.indicator) ?? Infinity) - (indicatorOrder.get(b.indicator) ?? Infinity) ||
      compareText(a.indicator, b.indicator) ||
      rank(units, a.unit) - rank(units, b.unit) ||
      rank(agencies, a.agency) - rank(agencies, b.agency) ||
      a.occurrence - b.occurrence,
  );
  return { effects, effectPeriods: periodOrder(periods) };
}
