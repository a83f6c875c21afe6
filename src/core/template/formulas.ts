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
 * - a ratio is Σ numerator / Σ denominator, and empty ("") when the denominator is 0.
 */
import type { Catalogue } from "../../catalogue/loader";
import type {
  Breakdown,
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
  measure(m: Measure, restrict?: Set<string>): string {
    const spec = this.catalogue.lookup.table.get(m.table);
    if (!spec) return "#REF!";
    if (m.op === "sum") {
      const sumRange = this.column(m.table, m.column);
      if (m.table !== "usage" || (!m.instruments && !restrict)) return `SUM(${sumRange})`;
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

  expression(e: Expression, restrict?: Set<string>): string {
    if (e.op !== "ratio") return this.measure(e, restrict);
    const den = this.measure(e.denominator, restrict);
    return `IF(${den}=0,"",${this.measure(e.numerator, restrict)}/${den})`;
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
        formula: this.expression(p.value),
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
            formula = this.expression(p.value, restrict);
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
