/** Row checks of the four tables: Virkemiddelbruk, Aktører, Aksjoner, Effekter. */
import type { Catalogue } from "../../catalogue/loader";
import { selectInstruments } from "../../catalogue/select";
import type { LocalText } from "../../catalogue/schema";
import { closest, foldId, foldText, suggester } from "../suggest";
import { looksLikePersonName } from "../identifiers";
import { isCellError, isEmptyCell, type CellValue } from "../model/snapshot";
import type { LocatedColumn, TableData } from "../model/submission";
import { short, valueText, type Collector } from "./collector";
import {
  AllowedValues,
  checkAgencyList,
  checkDate,
  checkExcelError,
  checkFormula,
  checkListValue,
  checkNumber,
  where,
} from "./cells";
import type { Identity } from "./cover";
import { formatNumberNb } from "./parse";

const WHOLE = { whole: true };
const DECIMAL = { whole: false };

/** Lookups built once per catalogue and reused for every workbook checked against it. */
export interface CatalogueIndex {
  instrumentIds: string[];
  /** Folded id ("V1O1" → "V101") → id. */
  instrumentByFoldedId: Map<string, string>;
  /** Folded Norwegian or English name → the ids with that name (names are not unique). */
  instrumentsByName: Map<string, string[]>;
  instrumentNames: string[];
  suggestInstrumentId: (s: string) => string | null;
  suggestInstrumentName: (s: string) => string | null;
  /** Groupings whose rows may carry an amount: those a steering parameter sums Beløp over. */
  amountGroupings: Set<string> | "all";
  amountColumn: string | null;
  indicatorIds: string[];
  indicatorByFoldedId: Map<string, string>;
  suggestIndicatorId: (s: string) => string | null;
  agencies: AllowedValues;
  /** The agency code someone likely meant by a name, a start of a name or a mistyped code. */
  suggestAgency: (text: string) => string | null;
  enums: Map<string, AllowedValues>;
}

const indexCache = new WeakMap<Catalogue, CatalogueIndex>();

export function catalogueIndex(catalogue: Catalogue): CatalogueIndex {
  const cached = indexCache.get(catalogue);
  if (cached) return cached;
  const instrumentIds = catalogue.instruments.map((i) => i.id);
  const instrumentByFoldedId = new Map(instrumentIds.map((id) => [foldId(id), id]));
  const instrumentsByName = new Map<string, string[]>();
  for (const ins of catalogue.instruments) {
    for (const name of [ins.name.nb, ins.name.en]) {
      const k = foldText(name);
      const list = instrumentsByName.get(k) ?? [];
      if (!list.includes(ins.id)) list.push(ins.id);
      instrumentsByName.set(k, list);
    }
  }
  const instrumentNames = [...new Set(catalogue.instruments.map((i) => i.name.nb))];

  // Beløp is expected on the instruments a steering parameter sums it over (the selectors resolved as the roll-up
  // resolves them); a sum without an instrument selector covers every row.
  const usage = catalogue.lookup.table.get("usage");
  const amountColumn = usage?.columns.find((col) => col.type === "nok")?.key ?? null;
  let amountGroupings: Set<string> | "all" = new Set<string>();
  for (const m of catalogue.steeringParameters.flatMap((p) =>
    p.value.op === "ratio" ? [p.value.numerator, p.value.denominator] : [p.value],
  )) {
    if (m.op !== "sum" || m.table !== "usage" || m.column !== amountColumn) continue;
    if (!m.instruments) {
      amountGroupings = "all";
      break;
    }
    for (const ins of selectInstruments(catalogue, m.instruments)) amountGroupings.add(ins.grouping);
  }

  const indicatorIds = catalogue.effectIndicators.map((e) => e.id);
  const agencyNames: [string, string][] = [];
  for (const a of catalogue.agencies) {
    agencyNames.push([foldText(a.name.nb), a.id], [foldText(a.name.en), a.id]);
  }
  const agencyCodes = catalogue.agencies.map((a) => a.id);
  const suggestAgency = (text: string): string | null => {
    const f = foldText(text);
    const byName = agencyNames.find(([name]) => name === f || (f.length >= 3 && name.startsWith(f)));
    return byName?.[1] ?? closest(text, agencyCodes);
  };
  const enums = new Map<string, AllowedValues>();
  for (const [key, values] of Object.entries(catalogue.enumerations)) {
    enums.set(key, new AllowedValues(values.map((v) => v.value)));
  }
  const index: CatalogueIndex = {
    instrumentIds,
    instrumentByFoldedId,
    instrumentsByName,
    instrumentNames,
    suggestInstrumentId: suggester(instrumentIds, foldId),
    suggestInstrumentName: suggester(instrumentNames),
    amountGroupings,
    amountColumn,
    indicatorIds,
    indicatorByFoldedId: new Map(indicatorIds.map((id) => [foldId(id), id])),
    suggestIndicatorId: suggester(indicatorIds, foldId),
    agencies: new AllowedValues(catalogue.agencies.map((a) => a.id)),
    suggestAgency,
    enums,
  };
  indexCache.set(catalogue, index);
  return index;
}

/** Column positions in `DataRow.cells` and the located columns, by key. */
function columnsOf(table: TableData) {
  const pos = new Map<string, number>();
  table.spec.columns.forEach((col, i) => pos.set(col.key, i));
  const get = (key: string): { i: number; col: LocatedColumn } | null => {
    const col = table.columns.get(key);
    const i = pos.get(key);
    return col && i !== undefined ? { i, col } : null;
  };
  return get;
}

function asText(v: CellValue): string | null {
  if (v === null || v === undefined || typeof v === "object") return null;
  const s = String(v).trim();
  return s === "" ? null : s;
}

/** Instruments the user likely meant by an unknown id: a typo in the id, or a name typed in the id column. */
function suggestInstruments(
  ix: CatalogueIndex,
  text: string,
  agency: string | null,
  catalogue: Catalogue,
): string[] {
  const folded = ix.instrumentByFoldedId.get(foldId(text));
  if (folded) return [folded];
  const byName = ix.instrumentsByName.get(foldText(text));
  const ids =
    byName ??
    (() => {
      const near = ix.suggestInstrumentName(text);
      return near ? (ix.instrumentsByName.get(foldText(near)) ?? []) : [];
    })();
  if (ids.length) {
    const forAgency = agency
      ? ids.filter((id) => catalogue.lookup.instrument.get(id)!.agencies.includes(agency))
      : [];
    return forAgency.length ? forAgency : ids;
  }
  const near = ix.suggestInstrumentId(text);
  return near ? [near] : [];
}

/** Suggested instruments with their catalogue names: "V101 (name) eller V102 (name)". */
function describe(catalogue: Catalogue, ids: string[]): LocalText {
  const list = (lang: "nb" | "en") =>
    ids
      .map((id) => `${id} (${catalogue.lookup.instrument.get(id)!.name[lang]})`)
      .join(lang === "nb" ? " eller " : " or ");
  return { nb: list("nb"), en: list("en") };
}

/** The agency-mismatch message that also says how the catalogue's agency mapping was established. */
const AGENCY_MISMATCH_MESSAGE = {
  listed: {
    reconstructed: "message.reconstructed",
    "from column totals": "message.column-totals",
    other: "message",
  },
  none: {
    reconstructed: "message.none-reconstructed",
    "from column totals": "message.none-column-totals",
    other: "message.none",
  },
} as const;

export function checkUsage(c: Collector, catalogue: Catalogue, table: TableData, id: Identity): void {
  const ix = catalogueIndex(catalogue);
  const col = columnsOf(table);
  const cId = col("instrumentId");
  const cName = col("instrument");
  const cGoal = col("goal");
  const cGrouping = col("grouping");
  const cA = col("antall");
  const cT = col("tverretatlig");
  const cS = col("sentrale");
  const cB = ix.amountColumn ? col(ix.amountColumn) : null;
  const seen = new Map<string, number>();
  const agency = id.agency;
  const prefilledCols = [cName, cGoal, cGrouping];
  const sheetName = table.sheet.name;
  const herav = [cT, cS].filter((x) => x !== null);
  // An agency the catalogue gives no instrument (Tolletaten in 2026): one note for the workbook, not one per row.
  const agencyWithoutInstruments =
    agency !== null &&
    catalogue.lookup.agency.has(agency) &&
    !catalogue.instruments.some((i) => i.agencies.includes(agency));
  if (agencyWithoutInstruments && table.rows.length) {
    const name = catalogue.lookup.agency.get(agency)!.name;
    c.add(
      "usage.agency-without-instruments",
      { sheet: sheetName, row: null, column: null, cell: null },
      agency,
      { catalogue: catalogue.version, agency: name },
    );
  }

  for (const dataRow of table.rows) {
    const cells = dataRow.cells;
    const row = dataRow.row;

    // Excel errors in the pre-filled columns (a broken lookup formula).
    for (const x of prefilledCols)
      if (x && isCellError(cells[x.i])) checkExcelError(c, where(table, x.col, row), cells[x.i]);

    const raw = cId ? cells[cId.i] : null;
    // The common case: an exact id from the drop-down.
    let ins = typeof raw === "string" ? catalogue.lookup.instrument.get(raw) : undefined;
    if (cId && !ins) {
      const w = where(table, cId.col, row);
      if (!checkExcelError(c, w, raw)) {
        const text = asText(raw);
        if (text === null) {
          const hasData = [cA, cT, cS, cB].some((x) => x !== null && !isEmptyCell(cells[x.i]));
          if (hasData) {
            const name = cName ? asText(cells[cName.i]) : null;
            const ids = name ? suggestInstruments(ix, name, agency, catalogue) : [];
            c.add(
              "usage.missing-instrument-id",
              w,
              null,
              {
                row: String(row),
                ...(name ? { name: short(name) } : {}),
                ...(ids.length ? { suggestions: describe(catalogue, ids) } : {}),
              },
              { message: name ? "message.name" : "message", hint: ids.length ? "hint.suggestion" : "hint" },
            );
          }
        } else {
          ins = catalogue.lookup.instrument.get(text);
          if (!ins) {
            const upper = text.toUpperCase();
            const exactFold = catalogue.lookup.instrument.get(upper);
            if (exactFold) {
              ins = exactFold;
              checkListValue(c, w, text, new AllowedValues([exactFold.id]), cId.col.header);
            } else {
              const ids = suggestInstruments(ix, text, agency, catalogue);
              c.add(
                "usage.unknown-instrument",
                w,
                valueText(raw),
                {
                  id: short(text),
                  catalogue: catalogue.version,
                  ...(ids.length ? { suggestions: describe(catalogue, ids), column: cId.col.header } : {}),
                },
                { hint: ids.length ? "hint.suggestion" : "hint" },
              );
            }
          }
          if (!ins) checkFormula(c, table, cId.col, row, raw);
        }
      }
    }

    if (ins) {
      const first = seen.get(ins.id);
      if (first !== undefined) {
        if (!c.skip("usage.duplicate-instrument", sheetName)) {
          c.add("usage.duplicate-instrument", where(table, cId!.col, row), ins.id, {
            id: ins.id,
            name: ins.name,
            first: String(first),
          });
        }
      } else seen.set(ins.id, row);

      if (cName) {
        const name = asText(cells[cName.i]);
        if (
          name !== null &&
          name !== ins.name.nb &&
          name !== ins.name.en &&
          !ix.instrumentsByName.get(foldText(name))?.includes(ins.id)
        ) {
          c.add("usage.name-mismatch", where(table, cName.col, row), valueText(cells[cName.i]), {
            typed: short(name),
            id: ins.id,
            name: { nb: short(ins.name.nb), en: short(ins.name.en) },
          });
        }
      }
      if (cGoal) {
        const goal = asText(cells[cGoal.i]);
        if (goal !== null && goal !== ins.goal && goal.toUpperCase() !== ins.goal) {
          c.add(
            "usage.goal-mismatch",
            where(table, cGoal.col, row),
            valueText(cells[cGoal.i]),
            { id: ins.id, goal: ins.goal, typed: short(goal) },
            { hint: "hint.check" },
          );
        }
      }
      if (cGrouping) {
        const grouping = asText(cells[cGrouping.i]);
        if (grouping !== null && grouping !== ins.grouping && grouping.toUpperCase() !== ins.grouping) {
          c.add(
            "usage.grouping-mismatch",
            where(table, cGrouping.col, row),
            valueText(cells[cGrouping.i]),
            { id: ins.id, grouping: ins.grouping, typed: short(grouping) },
            { hint: "hint.check" },
          );
        }
      }
      if (
        agency !== null &&
        !agencyWithoutInstruments &&
        !ins.agencies.includes(agency) &&
        !c.skip("usage.agency-mismatch", sheetName)
      ) {
        const basis = ins.provenance.agenciesBasis;
        const message =
          AGENCY_MISMATCH_MESSAGE[ins.agencies.length ? "listed" : "none"][
            basis === "reconstructed" || basis === "from column totals" ? basis : "other"
          ];
        c.add(
          "usage.agency-mismatch",
          where(table, cId!.col, row),
          ins.id,
          ins.agencies.length
            ? { agency, id: ins.id, name: ins.name, listed: ins.agencies.join(", ") }
            : { agency, id: ins.id, name: ins.name },
          { message },
        );
      }
    }

    // Counts and amount.
    const formulas = table.sheet.formulas[row - 1];
    const a = cA ? wholeCount(c, table, cA, row, cells, formulas) : null;
    // An Antall cell with text, an error or a negative number has been reported already.
    const antallUsable = cA !== null && ((a !== null && a >= 0) || isEmptyCell(cells[cA.i]));
    for (const x of herav) {
      const h = wholeCount(c, table, x!, row, cells, formulas);
      if (h !== null && antallUsable && h > (a ?? 0)) {
        c.add(
          "usage.herav-exceeds-antall",
          where(table, x!.col, row),
          valueText(cells[x!.i]),
          a === null ? { column: x!.col.header, herav: h } : { column: x!.col.header, herav: h, antall: a },
          { message: a === null ? "message.empty" : "message" },
        );
      }
    }
    if (cB) {
      const b = checkNumber(c, table, cB.col, row, cells[cB.i], DECIMAL);
      if (
        b !== null &&
        b !== 0 &&
        ins &&
        ix.amountGroupings !== "all" &&
        !ix.amountGroupings.has(ins.grouping)
      ) {
        const groupings = [...ix.amountGroupings];
        c.add("usage.amount-unexpected", where(table, cB.col, row), valueText(cells[cB.i]), {
          amount: b,
          id: ins.id,
          grouping: ins.grouping,
          groupings: { nb: groupings.join(" og "), en: groupings.join(" and ") },
        });
      }
    }
  }
}

/** A count cell: a plain whole number ≥ 0 without a formula (nearly every cell) needs no further look. */
function wholeCount(
  c: Collector,
  table: TableData,
  x: { i: number; col: LocatedColumn },
  row: number,
  cells: CellValue[],
  formulas: (string | undefined)[] | undefined,
): number | null {
  const v = cells[x.i];
  if (typeof v === "number" && v >= 0 && Number.isInteger(v) && formulas?.[x.col.index] === undefined)
    return v;
  return checkNumber(c, table, x.col, row, v, WHOLE);
}

export function checkActors(c: Collector, catalogue: Catalogue, table: TableData): void {
  const ix = catalogueIndex(catalogue);
  const col = columnsOf(table);
  const ref = col("referanse");
  const enumCols = table.spec.columns
    .filter((s) => s.type === "enum" && s.enumeration)
    .map((s) => ({ x: col(s.key), values: ix.enums.get(s.enumeration!) }))
    .filter((e) => e.x !== null && e.values !== undefined);
  const agencyCols = table.spec.columns.filter((s) => s.type === "agencyList").map((s) => col(s.key));
  for (const { row, cells } of table.rows) {
    if (ref) {
      const v = cells[ref.i];
      const w = where(table, ref.col, row);
      if (!checkExcelError(c, w, v) && typeof v === "string" && looksLikePersonName(v)) {
        c.add("privacy.name-like-reference", w, valueText(v), { reference: short(v) });
      }
    }
    for (const e of enumCols) {
      const x = e.x!;
      const v = cells[x.i];
      const w = where(table, x.col, row);
      if (isEmptyCell(v)) {
        c.add("cell.missing-value", w, null, { column: x.col.header, row: String(row) });
      } else checkListValue(c, w, v, e.values!, x.col.header);
    }
    for (const x of agencyCols) {
      if (x) checkAgencyList(c, where(table, x.col, row), cells[x.i], ix.agencies, ix.suggestAgency);
    }
  }
}

export function checkActions(c: Collector, catalogue: Catalogue, table: TableData, id: Identity): void {
  const ix = catalogueIndex(catalogue);
  const col = columnsOf(table);
  const dated = table.spec.columns.filter((s) => s.type === "date").map((s) => col(s.key));
  if (!id.datePeriod && dated.some((x) => x && table.rows.some((r) => !isEmptyCell(r.cells[x.i])))) {
    c.add("cell.dates-not-checked", { sheet: table.sheet.name, row: null, column: null, cell: null }, null, {
      sheet: table.sheet.name,
    });
  }
  for (const spec of table.spec.columns) {
    const x = col(spec.key);
    if (!x) continue;
    for (const { row, cells } of table.rows) {
      const v = cells[x.i];
      const w = where(table, x.col, row);
      switch (spec.type) {
        case "date":
          checkDate(c, w, v, id.datePeriod, x.col.header);
          checkFormula(c, table, x.col, row, v);
          break;
        case "agencyList":
          checkAgencyList(c, w, v, ix.agencies, ix.suggestAgency);
          break;
        case "wholeNumber":
          checkNumber(c, table, x.col, row, v, { whole: true });
          break;
        case "decimal":
        case "nok":
          checkNumber(c, table, x.col, row, v, { whole: false });
          break;
        default:
          checkExcelError(c, w, v);
      }
    }
  }
}

export function checkEffects(c: Collector, catalogue: Catalogue, table: TableData): void {
  const ix = catalogueIndex(catalogue);
  const col = columnsOf(table);
  const cId = col("indikatorId");
  const cGoal = col("goal");
  const cBase = col("utgangsverdi");
  const cTarget = col("malverdi");
  const cResult = col("resultat");
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    let goal: string | null = null;
    let indicatorUnit: string | null = null;
    if (cId) {
      const v = cells[cId.i];
      const w = where(table, cId.col, row);
      const text = checkExcelError(c, w, v) ? null : asText(v);
      if (text !== null) {
        const known =
          catalogue.lookup.indicator.get(text) ?? catalogue.lookup.indicator.get(text.toUpperCase());
        if (known && known.id !== text)
          checkListValue(c, w, text, new AllowedValues([known.id]), cId.col.header);
        if (!known) {
          const near = ix.indicatorByFoldedId.get(foldId(text)) ?? ix.suggestIndicatorId(text);
          c.add(
            "effects.unknown-indicator",
            w,
            valueText(v),
            near
              ? { id: short(text), catalogue: catalogue.version, suggestion: near }
              : { id: short(text), catalogue: catalogue.version },
            { hint: near ? "hint.suggestion" : "hint" },
          );
        } else {
          goal = known.goal;
          indicatorUnit = known.unit;
          const first = seen.get(known.id);
          if (first !== undefined) {
            c.add("effects.duplicate-indicator", w, known.id, { id: known.id, first: String(first) });
          } else seen.set(known.id, row);
        }
      }
    }
    if (cGoal && goal !== null) {
      const g = asText(cells[cGoal.i]);
      if (g !== null && g.toUpperCase() !== goal) {
        c.add("effects.goal-mismatch", where(table, cGoal.col, row), valueText(cells[cGoal.i]), {
          goal,
          typed: short(g),
        });
      }
    }
    // Effect indicators may measure a change, so negative values are allowed.
    const rule = { whole: false, nonNegative: false };
    const base = cBase ? checkNumber(c, table, cBase.col, row, cells[cBase.i], rule) : null;
    const target = cTarget ? checkNumber(c, table, cTarget.col, row, cells[cTarget.i], rule) : null;
    const result = cResult ? checkNumber(c, table, cResult.col, row, cells[cResult.i], rule) : null;
    if (indicatorUnit === "prosent")
      checkScale(c, table, row, [
        [cBase, base],
        [cTarget, target],
        [cResult, result],
      ]);
    if (cTarget && base !== null && target !== null && base === target) {
      c.add("effects.target-equals-baseline", where(table, cTarget.col, row), valueText(cells[cTarget.i]), {
        value: base,
      });
    }
  }
}

/**
 * A share written as a fraction (0.45) beside values written in percent (40), or the reverse: the progress
 * toward the target would be meaningless. A fraction is a number strictly between -1 and 1 other than 0.
 */
function checkScale(
  c: Collector,
  table: TableData,
  row: number,
  values: [ReturnType<ReturnType<typeof columnsOf>>, number | null][],
): void {
  const given = values.filter(
    (v): v is [NonNullable<(typeof v)[0]>, number] => v[0] !== null && v[1] !== null,
  );
  const fraction = given.filter(([, v]) => v !== 0 && Math.abs(v) < 1);
  const percent = given.filter(([, v]) => Math.abs(v) > 1.5);
  if (!fraction.length || !percent.length) return;
  const [x, v] = fraction[0];
  const list = (l: typeof given) => ({
    nb: l.map(([col, n]) => `${col.col.header} ${formatNumberNb(n)}`).join(", "),
    en: l.map(([col, n]) => `${col.col.header} ${n}`).join(", "),
  });
  c.add("effects.scale", where(table, x.col, row), String(v), {
    row: String(row),
    fractions: list(fraction),
    percents: list(percent),
  });
}
