/**
 * A straightforward computation of the steering parameters from a filled template's data, independent of
 * the formula compiler: the test oracle the recalculated workbook is compared with.
 */
import type { Catalogue } from "../../src/catalogue/loader";
import type { Measure, SteeringParameter } from "../../src/catalogue/schema";
import { goals, groupings, selectInstruments } from "../../src/catalogue/select";
import type { RowData, TemplateData } from "../../src/core/template";

export type OracleValues = Map<string, number | null>;

export function oracle(catalogue: Catalogue, agency: string, data: TemplateData): OracleValues {
  const out: OracleValues = new Map();
  const rowsOf = (table: string): RowData[] =>
    (data.tables as Record<string, RowData[] | undefined>)[table] ?? [];
  const omitted = (table: string, column: string) =>
    ((data.omitColumns as Record<string, string[] | undefined> | undefined)?.[table] ?? []).includes(column);
  const instrumentOf = (r: RowData) =>
    typeof r.instrumentId === "string"
      ? catalogue.instruments.find((i) => i.id.toUpperCase() === (r.instrumentId as string).toUpperCase())
      : undefined;

  const measure = (m: Measure, keep: (r: RowData) => boolean): number | null => {
    const rows = rowsOf(m.table).filter(keep);
    if (m.op === "sum") {
      if (omitted(m.table, m.column)) return NaN;
      const ids = m.instruments
        ? new Set(selectInstruments(catalogue, m.instruments).map((i) => i.id))
        : null;
      let s = 0;
      for (const r of rows) {
        if (ids && !(instrumentOf(r) && ids.has(instrumentOf(r)!.id))) continue;
        const v = r[m.column];
        if (typeof v === "number") s += v;
      }
      return s;
    }
    const key = catalogue.lookup.table.get(m.table)!.rowKey;
    return rows.filter((r) => {
      const k = r[key];
      if (k === null || k === undefined || (typeof k === "string" && k.trim() === "")) return false;
      if (!m.where) return true;
      const v = r[m.where.column];
      return typeof v === "string" && m.where.in.some((w) => w.toLowerCase() === v.toLowerCase());
    }).length;
  };
  const value = (p: SteeringParameter, keep: (r: RowData) => boolean): number | null => {
    const e = p.value;
    if (e.op !== "ratio") return measure(e, keep);
    const den = measure(e.denominator, keep)!;
    if (Number.isNaN(den)) return NaN;
    const num = measure(e.numerator, keep)!;
    return den === 0 ? null : num / den;
  };

  for (const p of catalogue.steeringParameters) {
    const total = value(p, () => true);
    out.set(p.id, total);
    for (const kind of p.breakdowns) {
      if (kind === "agency") {
        for (const a of catalogue.agencies) {
          out.set(`${p.id}/${a.id}`, a.id === agency ? total : p.unit === "share" ? null : 0);
        }
        continue;
      }
      const keys =
        kind === "goal"
          ? goals(catalogue).filter((g) => p.goal === null || g.id === p.goal)
          : groupings(catalogue, p.goal ?? undefined);
      for (const k of keys) {
        out.set(
          `${p.id}/${k.id}`,
          value(p, (r) => {
            const ins = instrumentOf(r);
            return !!ins && (kind === "goal" ? ins.goal : ins.grouping) === k.id;
          }),
        );
      }
    }
  }
  return out;
}
