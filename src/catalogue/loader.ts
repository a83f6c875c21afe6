/**
 * The catalogue in use: its types, its lookups and the reference checks. A bundled catalogue gets its lookups
 * here; a catalogue file someone loads goes through the full check in check.ts (size, JSON, schema, references),
 * which alone needs the schema library, so that the command line starts without it.
 */
import type {
  Agency,
  CatalogueFile,
  EffectIndicator,
  Instrument,
  LocalText,
  Measure,
  TableSheet,
  TaxonomyNode,
  Unit,
} from "./schema";
import { bilingual, type MessageKey, type Params } from "../i18n";

/** Limits that keep a hostile file from exhausting memory or time. */
export const CATALOGUE_LIMITS = { maxBytes: 5_000_000, maxDepth: 16, maxNodes: 200_000 };

export interface CatalogueProblem {
  /** Where in the file, as a path like `instruments[3].goal`; empty for the whole file. */
  path: string;
  message: LocalText;
}

export interface CatalogueLookup {
  instrument: Map<string, Instrument>;
  taxonomy: Map<string, TaxonomyNode>;
  agency: Map<string, Agency>;
  unit: Map<string, Unit>;
  indicator: Map<string, EffectIndicator>;
  table: Map<TableSheet["key"], TableSheet>;
}

export interface Catalogue extends CatalogueFile {
  lookup: CatalogueLookup;
}

export type CatalogueResult =
  { ok: true; catalogue: Catalogue } | { ok: false; problems: CatalogueProblem[] };

export const catalogueProblem = (path: string, key: MessageKey, params?: Params): CatalogueProblem => ({
  path,
  message: bilingual(key, params),
});

/** What a reference names, for "… does not exist in the catalogue". */
type Missing =
  | "enumeration"
  | "column"
  | "parent"
  | "goal"
  | "grouping"
  | "agency"
  | "coverField"
  | "table"
  | "value"
  | "instrument"
  | "countingRule"
  | "unit"
  | "part";

/**
 * A bundled catalogue: its shape is checked by the full check in the test suite on every build
 * (tests/catalogue/catalogue.test.ts, "every bundled catalogue passes the full check"), so at run time only the
 * lookups are built. That full check is the bulk of the command line's start-up.
 */
export function loadBundledCatalogue(data: unknown): Catalogue {
  const file = data as CatalogueFile;
  const { lookup, problems } = checkReferences(file);
  if (problems.length) throw new Error(formatProblems(problems, "en"));
  return { ...file, lookup };
}

export function formatProblems(problems: CatalogueProblem[], lang: "nb" | "en"): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message[lang]}` : p.message[lang])).join("\n");
}

function indexUnique<T extends { id: string }>(
  list: T[],
  listName: string,
  problems: CatalogueProblem[],
): Map<string, T> {
  const map = new Map<string, T>();
  list.forEach((item, i) => {
    if (map.has(item.id)) {
      problems.push(catalogueProblem(`${listName}[${i}].id`, "catalogueFile.duplicateId", { id: item.id }));
    }
    map.set(item.id, item);
  });
  return map;
}

export function checkReferences(file: CatalogueFile): {
  lookup: CatalogueLookup;
  problems: CatalogueProblem[];
} {
  const problems: CatalogueProblem[] = [];
  const missing = (path: string, what: Missing, ref: string) =>
    problems.push(catalogueProblem(path, `catalogueFile.missing.${what}`, { ref }));

  const taxonomy = indexUnique(file.taxonomy, "taxonomy", problems);
  const instrument = indexUnique(file.instruments, "instruments", problems);
  const agency = indexUnique(file.agencies, "agencies", problems);
  const unit = indexUnique(file.units, "units", problems);
  const indicator = indexUnique(file.effectIndicators, "effectIndicators", problems);
  indexUnique(file.steeringParameters, "steeringParameters", problems);
  const table = new Map<TableSheet["key"], TableSheet>();
  file.template.tables.forEach((t, i) => {
    if (table.has(t.key))
      problems.push(catalogueProblem(`template.tables[${i}].key`, "catalogueFile.duplicateTable"));
    table.set(t.key, t);
    const keys = new Set<string>();
    t.columns.forEach((c, j) => {
      const path = `template.tables[${i}].columns[${j}]`;
      if (keys.has(c.key)) problems.push(catalogueProblem(`${path}.key`, "catalogueFile.duplicateColumn"));
      keys.add(c.key);
      if (c.type === "enum" && !(c.enumeration && Object.hasOwn(file.enumerations, c.enumeration))) {
        missing(`${path}.enumeration`, "enumeration", String(c.enumeration));
      }
    });
    if (!keys.has(t.rowKey)) missing(`template.tables[${i}].rowKey`, "column", t.rowKey);
  });

  const isLevel = (id: string, level: TaxonomyNode["level"]) => taxonomy.get(id)?.level === level;
  file.taxonomy.forEach((n, i) => {
    if (n.parent !== null && !taxonomy.has(n.parent)) missing(`taxonomy[${i}].parent`, "parent", n.parent);
  });
  file.instruments.forEach((ins, i) => {
    const path = `instruments[${i}]`;
    if (!isLevel(ins.goal, "brukermål")) missing(`${path}.goal`, "goal", ins.goal);
    const grouping = taxonomy.get(ins.grouping);
    if (!grouping || grouping.level !== "gruppering") {
      missing(`${path}.grouping`, "grouping", ins.grouping);
    } else if (grouping.parent !== ins.goal) {
      problems.push(
        catalogueProblem(`${path}.grouping`, "catalogueFile.groupingParent", {
          grouping: ins.grouping,
          parent: String(grouping.parent),
          goal: ins.goal,
        }),
      );
    }
    ins.agencies.forEach((a, j) => {
      if (!agency.has(a)) missing(`${path}.agencies[${j}]`, "agency", a);
    });
  });
  file.effectIndicators.forEach((e, i) => {
    if (!isLevel(e.goal, "brukermål")) missing(`effectIndicators[${i}].goal`, "goal", e.goal);
  });

  const checkMeasure = (m: Measure, path: string) => {
    if (m.op === "field") {
      if (!file.template.cover.fields.some((f) => f.key === m.field))
        missing(`${path}.field`, "coverField", m.field);
      return;
    }
    const t = table.get(m.table);
    if (!t) return missing(`${path}.table`, "table", m.table);
    const column = (key: string) => t.columns.find((c) => c.key === key);
    if (m.op === "sum" && !column(m.column)) missing(`${path}.column`, "column", m.column);
    if (m.op === "count" && m.where) {
      const c = column(m.where.column);
      if (!c) missing(`${path}.where.column`, "column", m.where.column);
      else if (c.enumeration) {
        const allowed = new Set(file.enumerations[c.enumeration].map((v) => v.value));
        m.where.in.forEach((v, j) => {
          if (!allowed.has(v)) missing(`${path}.where.in[${j}]`, "value", v);
        });
      }
    }
    if (m.op === "sum" && m.instruments) {
      if (m.table !== "usage") {
        problems.push(catalogueProblem(`${path}.instruments`, "catalogueFile.selectionOnlyUsage"));
      }
      m.instruments.forEach((s, j) => {
        s.goals?.forEach(
          (g) => isLevel(g, "brukermål") || missing(`${path}.instruments[${j}].goals`, "goal", g),
        );
        s.groupings?.forEach(
          (g) => isLevel(g, "gruppering") || missing(`${path}.instruments[${j}].groupings`, "grouping", g),
        );
        s.ids?.forEach(
          (id) => instrument.has(id) || missing(`${path}.instruments[${j}].ids`, "instrument", id),
        );
      });
    }
  };
  file.steeringParameters.forEach((p, i) => {
    const path = `steeringParameters[${i}]`;
    if (p.goal !== null && !isLevel(p.goal, "brukermål")) missing(`${path}.goal`, "goal", p.goal);
    if (p.value.op === "ratio") {
      checkMeasure(p.value.numerator, `${path}.value.numerator`);
      checkMeasure(p.value.denominator, `${path}.value.denominator`);
    } else checkMeasure(p.value, `${path}.value`);
    if (p.counting !== undefined) {
      const rule =
        file.countingRules && Object.hasOwn(file.countingRules, p.counting)
          ? file.countingRules[p.counting]
          : undefined;
      if (!rule) missing(`${path}.counting`, "countingRule", p.counting);
      else {
        const tables = p.value.op === "ratio" ? [p.value.numerator, p.value.denominator] : [p.value];
        if (tables.some((m) => m.op === "field" || m.table !== rule.table))
          problems.push(
            catalogueProblem(`${path}.counting`, "catalogueFile.countingTable", {
              rule: p.counting,
              table: rule.table,
            }),
          );
      }
    }
  });
  for (const [key, rule] of Object.entries(file.countingRules ?? {})) {
    const t = table.get(rule.table);
    const path = `countingRules.${key}`;
    if (!t) {
      missing(`${path}.table`, "table", rule.table);
      continue;
    }
    const has = (k: string) => t.columns.some((c) => c.key === k);
    if (!has(rule.key)) missing(`${path}.key`, "column", rule.key);
    if (rule.kind === "stock")
      for (const col of Object.keys(rule.leastFavourable))
        if (!has(col)) missing(`${path}.leastFavourable.${col}`, "column", col);
    if (rule.kind === "joint" && rule.sameDay !== undefined && !has(rule.sameDay))
      missing(`${path}.sameDay`, "column", rule.sameDay);
  }
  file.effectIndicators.forEach((e, i) => {
    if (e.agency !== undefined && !agency.has(e.agency))
      missing(`effectIndicators[${i}].agency`, "agency", e.agency);
    if (e.level === "etat" && e.agency === undefined)
      problems.push(catalogueProblem(`effectIndicators[${i}].agency`, "catalogueFile.indicatorAgency"));
  });
  file.membership?.forEach((m, i) => {
    if (!unit.has(m.unit)) missing(`membership[${i}].unit`, "unit", m.unit);
    m.agencies.forEach((a, j) => {
      if (!agency.has(a)) missing(`membership[${i}].agencies[${j}]`, "agency", a);
    });
    const parts = new Set((file.enumerations.effortPart ?? []).map((v) => v.value));
    m.parts?.forEach((p, j) => {
      if (!parts.has(p)) missing(`membership[${i}].parts[${j}]`, "part", p);
    });
  });

  return { lookup: { instrument, taxonomy, agency, unit, indicator, table }, problems };
}
