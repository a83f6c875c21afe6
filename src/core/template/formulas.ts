/**
 * Compiles the catalogue's declarative steering-parameter definitions into live Excel formulas over the
 * template's tables. Generic over the definitions: sums, counts and ratios over any table, instrument
 * selectors resolved to explicit id lists, breakdowns by grouping, goal and agency.
 *
 * Semantics (shared with the roll-up engine):
 * - a `usage` row belongs to the instrument named in its `Virkemiddel-ID` cell (SUMIFS: case-insensitive);
 * - only numeric cells count (SUM/SUMIFS ignore text such as "12 stk");
 * - a row exists for a count when the table's rowKey cell is non-empty (COUNTA / COUNTIFS "<>");
 * - a `where` compares case-insensitively (COUNTIFS);
 * - a ratio is Σ numerator / Σ denominator, and empty ("") when the denominator is 0;
 * - a usage row whose Virkemiddel-ID is not in the catalogue counts nowhere (every usage sum lists the ids);
 * - a counting rule holds within the workbook: an actor reference counts once, with the least favourable of
 *   its rows' values; an Aksjons-ID counts once, with the largest of its rows' figures. Across workbooks (agencies,
 *   parts, periods) only the consolidation can apply it.
 * Where Excel compares differently from the engine (a key with a trailing space, or with * ? ~ which COUNTIF
 * reads as wildcards), the check reports the cell, so a workbook the check passes shows the engine's values.
 */
import type { Catalogue } from "../../catalogue/loader";
import type {
  Breakdown,
  CountingRule,
  Expression,
  InstrumentSelector,
  LocalText,
  Measure,
  SteeringParameter,
  TableSheet,
} from "../../catalogue/schema";
import { goals, groupings, selectInstruments } from "../../catalogue/select";

type TableKey = TableSheet["key"];

/** Where the formulas find things in the workbook. */
export interface FormulaTarget {
  /** Column keys present per table; a missing column compiles to #REF!, as Excel shows it after a deletion. */
  hasColumn(table: TableKey, column: string): boolean;
  /** Absolute reference of the cell that holds the workbook's agency, e.g. Forside!$B$3. */
  agencyCell: string;
  /** Absolute reference of a cover field's value cell (Årsverk), or null when the cover has no such field. */
  fieldCell(key: string): string | null;
}

/** One row of the summary sheet. */
export interface SummaryRow {
  /** `SP-BM1-02`, or `SP-BM1-02/BM1-ST` for a breakdown value. */
  id: string;
  name: LocalText;
  unit: SteeringParameter["unit"];
  /** Without the leading "=". */
  formula: string;
  parameter: string;
  breakdown: { kind: Breakdown; key: string } | null;
}

/** A string literal in a formula. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A structured reference to one column of a table; [ ] # ' in the header are escaped with '. */
export function structuredRef(table: string, header: string): string {
  return `${table}[${header.replace(/[[\]#']/g, "'$&")}]`;
}

/** A COUNTIFS/SUMIFS criterion that matches the value exactly (no operators, no wildcards). */
export function exactCriterion(value: string): string {
  if (/^[=<>]/.test(value) || /[*?~]/.test(value)) return `=${value.replace(/[*?~]/g, "~$&")}`;
  return value;
}

function criteriaArgument(values: string[]): string {
  const literals = values.map((v) => formulaString(exactCriterion(v)));
  return literals.length === 1 ? literals[0] : `{${literals.join(",")}}`;
}

/**
 * The keys a parameter is broken down by, in catalogue order: the groupings of the parameter's goal (all
 * groupings when it has none), its goal (all goals when it has none), or every agency.
 */
export function breakdownKeys(
  catalogue: Catalogue,
  parameter: SteeringParameter,
  kind: Breakdown,
): { key: string; name: LocalText }[] {
  const list =
    kind === "agency"
      ? catalogue.agencies
      : kind === "goal"
        ? goals(catalogue).filter((g) => parameter.goal === null || g.id === parameter.goal)
        : groupings(catalogue, parameter.goal ?? undefined);
  return list.map((x) => ({ key: x.id, name: x.name }));
}

const ALL: InstrumentSelector[] = [];

export class FormulaCompiler {
  private readonly selections = new Map<InstrumentSelector[], string[]>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly target: FormulaTarget,
  ) {}

  /** Instrument ids a selector list covers (all instruments without one); cached per selector list. */
  private selected(selectors: InstrumentSelector[] | undefined): string[] {
    const key = selectors ?? ALL;
    let ids = this.selections.get(key);
    if (!ids) {
      ids = (selectors ? selectInstruments(this.catalogue, selectors) : this.catalogue.instruments).map(
        (i) => i.id,
      );
      this.selections.set(key, ids);
    }
    return ids;
  }

  private column(table: TableKey, key: string): string {
    const spec = this.catalogue.lookup.table.get(table);
    const col = spec?.columns.find((c) => c.key === key);
    if (!spec || !col || !this.target.hasColumn(table, key)) return "#REF!";
    return structuredRef(spec.table, col.header);
  }

  /**
   * A measure as a formula. `restrict` narrows usage rows to these instrument ids (a grouping or goal
   * breakdown); measures over other tables cannot be narrowed by instrument and are not called with it.
   */
  measure(m: Measure, restrict?: Set<string>, counting?: string): string {
    if (m.op === "field") {
      const cell = this.target.fieldCell(m.field);
      return cell === null ? "#REF!" : `N(${cell})`;
    }
    const spec = this.catalogue.lookup.table.get(m.table);
    if (!spec) return "#REF!";
    const rule = counting === undefined ? undefined : this.catalogue.countingRules?.[counting];
    if (rule) return this.counted(rule, m);
    if (m.op === "sum") {
      const sumRange = this.column(m.table, m.column);
      if (m.table !== "usage") return `SUM(${sumRange})`;
      let ids = this.selected(m.instruments);
      if (restrict) ids = ids.filter((id) => restrict.has(id));
      if (ids.length === 0) return "0";
      const idRange = this.column("usage", usageIdColumn(spec));
      const sumifs = `SUMIFS(${sumRange},${idRange},${criteriaArgument(ids)})`;
      return ids.length === 1 ? sumifs : `SUMPRODUCT(${sumifs})`;
    }
    const keyRange = this.column(m.table, spec.rowKey);
    if (!m.where) return `COUNTA(${keyRange})`;
    const countifs = `COUNTIFS(${this.column(m.table, m.where.column)},${criteriaArgument(m.where.in)},${keyRange},"<>")`;
    return m.where.in.length === 1 ? countifs : `SUMPRODUCT(${countifs})`;
  }

  /**
   * A measure under a counting rule, within the workbook (the engine's `countedGroups` on one workbook).
   * Stock (actors), key column R: a reference counts once (SUMPRODUCT of 1/COUNTIF). A `where` value v of a
   * ranked column K holds for a reference when one of its rows has v and none a less favourable value: the
   * least favourable value counts. Joint (actions), key column I: a row without an id is an action of its
   * own; rows sharing an id count once, a sum taking the largest figure (the rows holding the maximum, each
   * weighted by 1 / the number of rows that tie with it). SUMPRODUCT's separate arrays treat text as 0, as
   * SUM does.
   */
  private counted(rule: CountingRule, m: Exclude<Measure, { op: "field" }>): string {
    const R = this.column(rule.table, rule.key);
    if (R === "#REF!") return "#REF!";
    const key = `${R}&""`;
    if (rule.kind === "stock") {
      if (m.op === "sum") return `SUMPRODUCT(${this.column(m.table, m.column)}/COUNTIF(${R},${key}))`;
      if (!m.where) return `SUMPRODUCT((${R}<>"")/COUNTIF(${R},${key}))`;
      const K = this.column(m.table, m.where.column);
      const order = rule.leastFavourable[m.where.column] ?? [];
      const terms = m.where.in.map((v) => {
        const lit = formulaString(v);
        const worse = order.slice(0, Math.max(order.indexOf(v), 0));
        const none = worse.length
          ? `*(${worse.map((u) => `COUNTIFS(${R},${key},${K},${formulaString(exactCriterion(u))})`).join("+")}=0)`
          : "";
        return `SUMPRODUCT((${R}<>"")*(${K}=${lit})${none}/(COUNTIFS(${R},${key},${K},${formulaString(exactCriterion(v))})+(${K}<>${lit})))`;
      });
      return terms.join("+");
    }
    const spec = this.catalogue.lookup.table.get(rule.table)!;
    const D = this.column(rule.table, spec.rowKey);
    if (m.op === "count") {
      return `SUMPRODUCT((${D}<>"")*((${R}="")+(${R}<>"")/(COUNTIFS(${R},${key},${D},"<>")+(${R}="")+(${D}=""))))`;
    }
    const V = this.column(m.table, m.column);
    return (
      `SUMIFS(${V},${R},"")+` +
      `SUMPRODUCT((${R}<>"")*(COUNTIFS(${R},${key},${V},">"&${V})=0)/(COUNTIFS(${R},${key},${V},${V}&"")+(${R}="")),${V})`
    );
  }

  expression(e: Expression, restrict?: Set<string>, counting?: string, pairedOnly = false): string {
    if (e.op !== "ratio") return this.measure(e, restrict, counting);
    const den = this.measure(e.denominator, restrict, counting);
    const num = this.measure(e.numerator, restrict, counting);
    // Over "the workbooks that give both": in one workbook, empty when either side is not given.
    const given = pairedOnly ? [e.numerator, e.denominator].map((m) => this.given(m)).filter(Boolean) : [];
    const test = given.length ? `OR(${den}=0,${given.map((g) => `${g}=0`).join(",")})` : `${den}=0`;
    return `IF(${test},"",${num}/${den})`;
  }

  /** For a paired ratio: a formula that is 0 when the measure has nothing given (no number in its cells). */
  private given(m: Measure): string | null {
    if (m.op === "field") {
      const cell = this.target.fieldCell(m.field);
      return cell === null ? null : `COUNT(${cell})`;
    }
    if (m.op !== "sum" || m.table !== "usage") return null;
    const spec = this.catalogue.lookup.table.get("usage")!;
    const ids = this.selected(m.instruments);
    const counts = `COUNTIFS(${this.column("usage", m.column)},">=-9.99E+307",${this.column("usage", usageIdColumn(spec))},${criteriaArgument(ids)})`;
    return ids.length === 1 ? counts : `SUMPRODUCT(${counts})`;
  }

  /**
   * The summary rows of every parameter, starting at 1-based sheet row `firstRow`, with the value in
   * column `valueColumn` (letters). A breakdown by agency refers to the parameter's own value cell.
   */
  summaryRows(firstRow: number, valueColumn: string): SummaryRow[] {
    const rows: SummaryRow[] = [];
    for (const p of this.catalogue.steeringParameters) {
      const ownCell = `$${valueColumn}$${firstRow + rows.length}`;
      rows.push({
        id: p.id,
        name: p.name,
        unit: p.unit,
        formula: this.expression(
          p.value,
          undefined,
          p.counting,
          p.value.op === "ratio" && p.value.pairedOnly,
        ),
        parameter: p.id,
        breakdown: null,
      });
      for (const kind of p.breakdowns) {
        for (const { key, name } of breakdownKeys(this.catalogue, p, kind)) {
          let formula: string;
          if (kind === "agency") {
            const otherwise = p.unit === "share" ? '""' : "0";
            formula = `IF(${this.target.agencyCell}=${formulaString(key)},${ownCell},${otherwise})`;
          } else {
            const restrict = new Set(
              this.catalogue.instruments
                .filter((i) => (kind === "goal" ? i.goal : i.grouping) === key)
                .map((i) => i.id),
            );
            formula = this.expression(p.value, restrict, p.counting);
          }
          rows.push({
            id: `${p.id}/${key}`,
            name: { nb: `${p.name.nb} – ${name.nb}`, en: `${p.name.en} – ${name.en}` },
            unit: p.unit,
            formula,
            parameter: p.id,
            breakdown: { kind, key },
          });
        }
      }
    }
    return rows;
  }
}

/** The usage table's instrument id column: the column of type instrumentId. */
function usageIdColumn(spec: TableSheet): string {
  return spec.columns.find((c) => c.type === "instrumentId")?.key ?? spec.rowKey;
}
