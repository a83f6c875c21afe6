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

  const text = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : v == null ? "" : String(v));
  const known = (r: RowData) => instrumentOf(r) !== undefined;

  /**
   * Within one workbook: one actor per reference (the least favourable of its rows' values: a where-value v
   * holds when some row has v and no row has a value listed before v), one action per Aksjons-ID (the
   * largest figure); a row without an action id is its own action.
   */
  const countedRows = (p: SteeringParameter, m: Extract<Measure, { table: string }>): RowData[] => {
    const rule = catalogue.countingRules![p.counting!];
    const groups = new Map<string, RowData[]>();
    let n = 0;
    for (const r of rowsOf(m.table)) {
      const k = text(r[rule.key]);
      if (k === "" && rule.kind === "stock") continue;
      const id = k === "" ? `#${n++}` : k;
      groups.set(id, [...(groups.get(id) ?? []), r]);
    }
    return [...groups.values()].map((rows) => {
      const merged: RowData = { ...rows[0] };
      for (const r of rows) for (const [c, v] of Object.entries(r)) if (text(merged[c]) === "") merged[c] = v;
      if (rule.kind === "stock") {
        for (const [c, order] of Object.entries(rule.leastFavourable)) {
          const present = order.filter((v) => rows.some((r) => text(r[c]) === v.toLowerCase()));
          if (present.length) merged[c] = present[0];
        }
      } else {
        for (const c of Object.keys(merged)) {
          const nums = rows.map((r) => r[c]).filter((v): v is number => typeof v === "number");
          if (nums.length && typeof merged[c] === "number") merged[c] = Math.max(...nums);
        }
      }
      return merged;
    });
  };

  const measure = (m: Measure, keep: (r: RowData) => boolean, p?: SteeringParameter): number | null => {
    if (m.op === "field") {
      const v = data.personYears;
      return typeof v === "number" ? v : 0;
    }
    const rows = (p?.counting ? countedRows(p, m) : rowsOf(m.table))
      .filter(keep)
      .filter((r) => m.table !== "usage" || known(r));
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
      return typeof v === "string" && m.where.in.some((w) => w.toLowerCase() === v.trim().toLowerCase());
    }).length;
  };
  const value = (p: SteeringParameter, keep: (r: RowData) => boolean): number | null => {
    const e = p.value;
    if (e.op !== "ratio") return measure(e, keep, p);
    const den = measure(e.denominator, keep, p)!;
    if (Number.isNaN(den)) return NaN;
    const num = measure(e.numerator, keep, p)!;
    if (e.pairedOnly) {
      const givesYears = typeof data.personYears === "number";
      const givesUses = rowsOf("usage").some((r) => known(r) && typeof r.antall === "number");
      if (!givesYears || !givesUses) return null;
    }
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
