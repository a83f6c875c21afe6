/**
 * The counting rules for rows that are not flows (REPORTING.md, revision 2026.2):
 * - a stock (actors): one key is one actor within a unit, across agencies and parts; over several periods it
 *   counts once with its latest period's values; where rows of that period disagree, the least favourable
 *   value of each ranked column counts;
 * - a joint action: one unit × key is one action, with the largest of its rows' figures; a row without a key is
 *   an action of its own.
 * The same grouping finds the disagreements the consolidation and the check report.
 */
import { foldKey } from "../model/reading";
import { isEmptyCell, type CellValue } from "../model/snapshot";
import { numericValue, type DataRow } from "../model/submission";
import { parsePeriod } from "../period";
import type { RollupSource } from "./evaluate";
import type { CompiledCounting } from "./model";

/** One row of a counted table with the submission it came from. */
export interface CountedRow {
  source: RollupSource;
  /** Index into the table's rows. */
  index: number;
  row: DataRow;
}

/** The rows of one counted thing (an actor of a unit, a joint action of a unit), and the row that counts. */
export interface CountedGroup {
  unit: string | null;
  /** The key as typed and read (the first row's), or null for a row without a key. */
  key: string | null;
  /** Every row of the group, in the order given. */
  rows: CountedRow[];
  /** The rows of the latest period (stocks) or all rows (joint actions): those the merged row is made of. */
  latest: CountedRow[];
  /** The row that counts: the first latest row's cells with the least favourable or largest values. */
  merged: CellValue[];
}

function keyText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined || typeof v === "object" || typeof v === "boolean") return null;
  const s = foldKey(String(v));
  return s === "" ? null : s;
}

/** A period's place in time: its end, then its start (an annual report and T3 end together; T3 is later). */
function periodRank(period: string | null): string {
  const p = parsePeriod(period);
  return p ? `${p.end}\u0000${p.start}` : "";
}

/** Groups the rows of the rule's table over the sources, in a stable order (the sources' order, then row order). */
export function countedGroups(rule: CompiledCounting, sources: readonly RollupSource[]): CountedGroup[] {
  const groups = new Map<string, CountedRow[]>();
  let unique = 0;
  for (const source of sources) {
    const table = source.tables[rule.table];
    if (!table) continue;
    table.rows.forEach((row, index) => {
      const key = rule.key >= 0 ? keyText(row.cells[rule.key]) : null;
      if (rule.kind === "stock" && key === null) return;
      const id = key === null ? `\u0001${unique++}` : `${(source.unit ?? "").toUpperCase()}\u0000${key}`;
      let list = groups.get(id);
      if (!list) groups.set(id, (list = []));
      list.push({ source, index, row });
    });
  }
  const out: CountedGroup[] = [];
  for (const rows of groups.values()) {
    const first = rows[0];
    const key = rule.key >= 0 ? keyText(first.row.cells[rule.key]) : null;
    const latest = rule.kind === "stock" ? latestRows(rows) : rows;
    out.push({
      unit: first.source.unit,
      key: key === null ? null : String(first.row.cells[rule.key]),
      rows,
      latest,
      merged: mergeRows(rule, latest),
    });
  }
  return out;
}

function latestRows(rows: CountedRow[]): CountedRow[] {
  let best = "";
  for (const r of rows) {
    const k = periodRank(r.source.period);
    if (k > best) best = k;
  }
  return rows.filter((r) => periodRank(r.source.period) === best);
}

function mergeRows(rule: CompiledCounting, rows: CountedRow[]): CellValue[] {
  const merged = rows[0].row.cells.slice();
  // Empty cells take the first filled value of the other rows.
  for (let i = 0; i < merged.length; i++) {
    if (!isEmptyCell(merged[i])) continue;
    const other = rows.find((r) => !isEmptyCell(r.row.cells[i]));
    if (other) merged[i] = other.row.cells[i];
  }
  if (rows.length === 1) return merged;
  if (rule.kind === "stock") {
    for (const { column, rank } of rule.ranks) {
      if (column < 0) continue;
      let bestRank = Infinity;
      for (const r of rows) {
        const v = r.row.cells[column];
        const k = typeof v === "string" ? rank.get(v.toLocaleLowerCase("nb")) : undefined;
        if (k !== undefined && k < bestRank) {
          bestRank = k;
          merged[column] = v;
        }
      }
    }
  } else {
    for (const column of rule.numbers) {
      let max: number | null = null;
      for (const r of rows) {
        const n = numericValue(r.row.cells[column]);
        if (n !== null && (max === null || n > max)) max = n;
      }
      if (max !== null) merged[column] = max;
    }
  }
  return merged;
}

/** A disagreement between the rows of one counted thing, for a finding. */
export interface Disagreement {
  kind: "stock-values" | "joint-figures" | "same-day";
  rule: string;
  unit: string | null;
  /** The actor reference or action id; for same-day, the date serial as text. */
  key: string;
  /** Catalogue column positions whose values differ. */
  columns: number[];
  rows: CountedRow[];
  /** The value that counts, per differing column. */
  counted: CellValue[];
}

function differs(rows: CountedRow[], column: number): boolean {
  let seen: string | null = null;
  for (const r of rows) {
    const v = r.row.cells[column];
    if (isEmptyCell(v)) continue;
    const k = typeof v === "string" ? v.toLocaleLowerCase("nb") : String(v);
    if (seen === null) seen = k;
    else if (k !== seen) return true;
  }
  return false;
}

/**
 * The disagreements among the groups: a stock whose rows of one period give different ranked values, a joint
 * action whose rows give different figures, and rows without a key of different submissions of one unit on the
 * same date (possibly the same action).
 */
export function disagreements(rule: CompiledCounting, groups: CountedGroup[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const g of groups) {
    if (g.latest.length < 2 || g.key === null) continue;
    const columns =
      rule.kind === "stock"
        ? rule.ranks.map((r) => r.column).filter((c) => c >= 0 && differs(g.latest, c))
        : rule.numbers.filter((c) => differs(g.latest, c));
    if (columns.length)
      out.push({
        kind: rule.kind === "stock" ? "stock-values" : "joint-figures",
        rule: rule.id,
        unit: g.unit,
        key: g.key,
        columns,
        rows: g.latest,
        counted: columns.map((c) => g.merged[c]),
      });
  }
  if (rule.kind === "joint" && rule.sameDay >= 0) {
    const byDay = new Map<string, CountedRow[]>();
    for (const g of groups) {
      if (g.key !== null) continue;
      const r = g.rows[0];
      const day = r.row.cells[rule.sameDay];
      if (typeof day !== "number") continue;
      const k = `${(r.source.unit ?? "").toUpperCase()}\u0000${day}`;
      let list = byDay.get(k);
      if (!list) byDay.set(k, (list = []));
      list.push(r);
    }
    for (const rows of byDay.values()) {
      const agencies = new Set(rows.map((r) => r.source.agency ?? r.source.file));
      if (agencies.size < 2) continue;
      out.push({
        kind: "same-day",
        rule: rule.id,
        unit: rows[0].source.unit,
        key: String(rows[0].row.cells[rule.sameDay]),
        columns: [rule.sameDay],
        rows,
        counted: [],
      });
    }
  }
  return out;
}
