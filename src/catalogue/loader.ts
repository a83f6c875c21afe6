/**
 * Loads and checks a catalogue. Every load goes through the schema and the reference checks, so a
 * malformed, hostile or unsupported catalogue gets a message naming the fault instead of a crash.
 */
import {
  CATALOGUE_FORMAT,
  CatalogueFile,
  SUPPORTED_FORMAT_VERSIONS,
  type Agency,
  type EffectIndicator,
  type Instrument,
  type LocalText,
  type Measure,
  type TableSheet,
  type TaxonomyNode,
  type Unit,
} from "./schema";

/** Limits that keep a hostile file from exhausting memory or time. */
export const CATALOGUE_LIMITS = { maxBytes: 5_000_000, maxDepth: 16, maxNodes: 200_000 };
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

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

const problem = (path: string, nb: string, en: string): CatalogueProblem => ({ path, message: { nb, en } });

/** Parses and checks catalogue text (a JSON file). */
export function parseCatalogue(text: string): CatalogueResult {
  if (text.length > CATALOGUE_LIMITS.maxBytes) {
    return {
      ok: false,
      problems: [
        problem(
          "",
          `Katalogfilen er for stor (${text.length} tegn, høyst ${CATALOGUE_LIMITS.maxBytes}).`,
          `The catalogue file is too large (${text.length} characters, at most ${CATALOGUE_LIMITS.maxBytes}).`,
        ),
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        problem(
          "",
          `Katalogfilen er ikke gyldig JSON: ${detail}`,
          `The catalogue file is not valid JSON: ${detail}`,
        ),
      ],
    };
  }
  return loadCatalogue(data);
}

/** Checks an already parsed catalogue object. */
export function loadCatalogue(data: unknown): CatalogueResult {
  const shape = checkShape(data);
  if (shape.length) return { ok: false, problems: shape };

  const head = data as { format?: unknown; formatVersion?: unknown };
  if (head.format !== CATALOGUE_FORMAT) {
    return {
      ok: false,
      problems: [
        problem(
          "format",
          `Dette er ikke en a-krim-katalog (feltet "format" må være "${CATALOGUE_FORMAT}").`,
          `This is not an a-krim catalogue (the field "format" must be "${CATALOGUE_FORMAT}").`,
        ),
      ],
    };
  }
  if (!(SUPPORTED_FORMAT_VERSIONS as readonly unknown[]).includes(head.formatVersion)) {
    const supported = SUPPORTED_FORMAT_VERSIONS.join(", ");
    return {
      ok: false,
      problems: [
        problem(
          "formatVersion",
          `Katalogformatet ${String(head.formatVersion)} støttes ikke av denne versjonen av tillegget (støtter ${supported}). Oppdater tillegget eller be sekretariatet om en katalog i støttet format.`,
          `Catalogue format ${String(head.formatVersion)} is not supported by this version of the add-in (supports ${supported}). Update the add-in or ask the secretariat for a catalogue in a supported format.`,
        ),
      ],
    };
  }

  const parsed = CatalogueFile.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 50).map(fromZodIssue) };
  }
  const file = parsed.data;
  const { lookup, problems } = checkReferences(file);
  if (problems.length) return { ok: false, problems };
  return { ok: true, catalogue: { ...file, lookup } };
}

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

/** Throws with all problems in one message; for tests and scripts. */
export function loadCatalogueOrThrow(data: unknown): Catalogue {
  const r = loadCatalogue(data);
  if (!r.ok) throw new Error(formatProblems(r.problems, "en"));
  return r.catalogue;
}

export function formatProblems(problems: CatalogueProblem[], lang: "nb" | "en"): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message[lang]}` : p.message[lang])).join("\n");
}

function fromZodIssue(issue: { path: PropertyKey[]; message: string }): CatalogueProblem {
  const path = issue.path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
  return problem(path, `Ugyldig verdi: ${issue.message}`, `Invalid value: ${issue.message}`);
}

/** Refuses keys that could pollute prototypes, absurd nesting and absurd sizes before anything else looks. */
function checkShape(data: unknown): CatalogueProblem[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return [problem("", "Katalogen må være et JSON-objekt.", "The catalogue must be a JSON object.")];
  }
  let nodes = 0;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: "", depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > CATALOGUE_LIMITS.maxNodes) {
      return [
        problem(
          "",
          `Katalogen har urimelig mange elementer (over ${CATALOGUE_LIMITS.maxNodes}).`,
          `The catalogue has an unreasonable number of elements (over ${CATALOGUE_LIMITS.maxNodes}).`,
        ),
      ];
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth > CATALOGUE_LIMITS.maxDepth) {
      return [problem(path, "Katalogen er nestet for dypt.", "The catalogue is nested too deeply.")];
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        return [
          problem(
            childPath,
            `Nøkkelen "${key}" er ikke tillatt i en katalog.`,
            `The key "${key}" is not allowed in a catalogue.`,
          ),
        ];
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
  return [];
}

function indexUnique<T extends { id: string }>(
  list: T[],
  listName: string,
  problems: CatalogueProblem[],
): Map<string, T> {
  const map = new Map<string, T>();
  list.forEach((item, i) => {
    if (map.has(item.id)) {
      problems.push(
        problem(
          `${listName}[${i}].id`,
          `Id-en "${item.id}" finnes mer enn én gang.`,
          `The id "${item.id}" occurs more than once.`,
        ),
      );
    }
    map.set(item.id, item);
  });
  return map;
}

function checkReferences(file: CatalogueFile): { lookup: CatalogueLookup; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const missing = (path: string, what: string, whatEn: string, ref: string) =>
    problems.push(
      problem(
        path,
        `${what} "${ref}" finnes ikke i katalogen.`,
        `${whatEn} "${ref}" does not exist in the catalogue.`,
      ),
    );

  const taxonomy = indexUnique(file.taxonomy, "taxonomy", problems);
  const instrument = indexUnique(file.instruments, "instruments", problems);
  const agency = indexUnique(file.agencies, "agencies", problems);
  const unit = indexUnique(file.units, "units", problems);
  const indicator = indexUnique(file.effectIndicators, "effectIndicators", problems);
  indexUnique(file.steeringParameters, "steeringParameters", problems);
  const table = new Map<TableSheet["key"], TableSheet>();
  file.template.tables.forEach((t, i) => {
    if (table.has(t.key))
      problems.push(problem(`template.tables[${i}].key`, "Tabellen finnes to ganger.", "Duplicate table."));
    table.set(t.key, t);
    const keys = new Set<string>();
    t.columns.forEach((c, j) => {
      const path = `template.tables[${i}].columns[${j}]`;
      if (keys.has(c.key))
        problems.push(problem(`${path}.key`, "Kolonnen finnes to ganger.", "Duplicate column."));
      keys.add(c.key);
      if (c.type === "enum" && !(c.enumeration && Object.hasOwn(file.enumerations, c.enumeration))) {
        missing(`${path}.enumeration`, "Oppramsingen", "The enumeration", String(c.enumeration));
      }
    });
    if (!keys.has(t.rowKey)) missing(`template.tables[${i}].rowKey`, "Kolonnen", "The column", t.rowKey);
  });

  const isLevel = (id: string, level: TaxonomyNode["level"]) => taxonomy.get(id)?.level === level;
  file.taxonomy.forEach((n, i) => {
    if (n.parent !== null && !taxonomy.has(n.parent))
      missing(`taxonomy[${i}].parent`, "Overordnet nivå", "The parent", n.parent);
  });
  file.instruments.forEach((ins, i) => {
    const path = `instruments[${i}]`;
    if (!isLevel(ins.goal, "brukermål")) missing(`${path}.goal`, "Brukermålet", "The user goal", ins.goal);
    const grouping = taxonomy.get(ins.grouping);
    if (!grouping || grouping.level !== "gruppering") {
      missing(`${path}.grouping`, "Grupperingen", "The grouping", ins.grouping);
    } else if (grouping.parent !== ins.goal) {
      problems.push(
        problem(
          `${path}.grouping`,
          `Grupperingen "${ins.grouping}" hører til ${grouping.parent}, ikke ${ins.goal}.`,
          `The grouping "${ins.grouping}" belongs to ${grouping.parent}, not ${ins.goal}.`,
        ),
      );
    }
    ins.agencies.forEach((a, j) => {
      if (!agency.has(a)) missing(`${path}.agencies[${j}]`, "Etaten", "The agency", a);
    });
  });
  file.effectIndicators.forEach((e, i) => {
    if (!isLevel(e.goal, "brukermål"))
      missing(`effectIndicators[${i}].goal`, "Brukermålet", "The user goal", e.goal);
  });

  const checkMeasure = (m: Measure, path: string) => {
    if (m.op === "field") {
      if (!file.template.cover.fields.some((f) => f.key === m.field))
        missing(`${path}.field`, "Forsidefeltet", "The cover field", m.field);
      return;
    }
    const t = table.get(m.table);
    if (!t) return missing(`${path}.table`, "Tabellen", "The table", m.table);
    const column = (key: string) => t.columns.find((c) => c.key === key);
    if (m.op === "sum" && !column(m.column)) missing(`${path}.column`, "Kolonnen", "The column", m.column);
    if (m.op === "count" && m.where) {
      const c = column(m.where.column);
      if (!c) missing(`${path}.where.column`, "Kolonnen", "The column", m.where.column);
      else if (c.enumeration) {
        const allowed = new Set(file.enumerations[c.enumeration].map((v) => v.value));
        m.where.in.forEach((v, j) => {
          if (!allowed.has(v)) missing(`${path}.where.in[${j}]`, "Verdien", "The value", v);
        });
      }
    }
    if (m.op === "sum" && m.instruments) {
      if (m.table !== "usage") {
        problems.push(
          problem(
            `${path}.instruments`,
            "Utvalg av virkemidler gjelder bare Virkemiddelbruk.",
            "Instrument selection applies to usage only.",
          ),
        );
      }
      m.instruments.forEach((s, j) => {
        s.goals?.forEach(
          (g) =>
            isLevel(g, "brukermål") ||
            missing(`${path}.instruments[${j}].goals`, "Brukermålet", "The user goal", g),
        );
        s.groupings?.forEach(
          (g) =>
            isLevel(g, "gruppering") ||
            missing(`${path}.instruments[${j}].groupings`, "Grupperingen", "The grouping", g),
        );
        s.ids?.forEach(
          (id) =>
            instrument.has(id) ||
            missing(`${path}.instruments[${j}].ids`, "Virkemiddelet", "The instrument", id),
        );
      });
    }
  };
  file.steeringParameters.forEach((p, i) => {
    const path = `steeringParameters[${i}]`;
    if (p.goal !== null && !isLevel(p.goal, "brukermål"))
      missing(`${path}.goal`, "Brukermålet", "The user goal", p.goal);
    if (p.value.op === "ratio") {
      checkMeasure(p.value.numerator, `${path}.value.numerator`);
      checkMeasure(p.value.denominator, `${path}.value.denominator`);
    } else checkMeasure(p.value, `${path}.value`);
    if (p.counting !== undefined) {
      const rule =
        file.countingRules && Object.hasOwn(file.countingRules, p.counting)
          ? file.countingRules[p.counting]
          : undefined;
      if (!rule) missing(`${path}.counting`, "Telleregelen", "The counting rule", p.counting);
      else {
        const tables = p.value.op === "ratio" ? [p.value.numerator, p.value.denominator] : [p.value];
        if (tables.some((m) => m.op === "field" || m.table !== rule.table))
          problems.push(
            problem(
              `${path}.counting`,
              `Telleregelen "${p.counting}" gjelder tabellen ${rule.table}, men parameteren teller en annen.`,
              `The counting rule "${p.counting}" applies to the table ${rule.table}, but the parameter counts another.`,
            ),
          );
      }
    }
  });
  for (const [key, rule] of Object.entries(file.countingRules ?? {})) {
    const t = table.get(rule.table);
    const path = `countingRules.${key}`;
    if (!t) {
      missing(`${path}.table`, "Tabellen", "The table", rule.table);
      continue;
    }
    const has = (k: string) => t.columns.some((c) => c.key === k);
    if (!has(rule.key)) missing(`${path}.key`, "Kolonnen", "The column", rule.key);
    if (rule.kind === "stock")
      for (const col of Object.keys(rule.leastFavourable))
        if (!has(col)) missing(`${path}.leastFavourable.${col}`, "Kolonnen", "The column", col);
    if (rule.kind === "joint" && rule.sameDay !== undefined && !has(rule.sameDay))
      missing(`${path}.sameDay`, "Kolonnen", "The column", rule.sameDay);
  }
  file.effectIndicators.forEach((e, i) => {
    if (e.agency !== undefined && !agency.has(e.agency))
      missing(`effectIndicators[${i}].agency`, "Etaten", "The agency", e.agency);
    if (e.level === "etat" && e.agency === undefined)
      problems.push(
        problem(
          `effectIndicators[${i}].agency`,
          "En indikator på etatsnivå må oppgi etaten.",
          "An indicator at agency level must name the agency.",
        ),
      );
  });
  file.membership?.forEach((m, i) => {
    if (!unit.has(m.unit)) missing(`membership[${i}].unit`, "Enheten", "The unit", m.unit);
    m.agencies.forEach((a, j) => {
      if (!agency.has(a)) missing(`membership[${i}].agencies[${j}]`, "Etaten", "The agency", a);
    });
    const parts = new Set((file.enumerations.effortPart ?? []).map((v) => v.value));
    m.parts?.forEach((p, j) => {
      if (!parts.has(p)) missing(`membership[${i}].parts[${j}]`, "Innsatsen", "The part of the effort", p);
    });
  });

  return { lookup: { instrument, taxonomy, agency, unit, indicator, table }, problems };
}
