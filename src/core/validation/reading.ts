/**
 * What the one reading (`model/reading.ts`) did to a table, told to the user: a value read differently from
 * how it was typed, a totals row that is not counted, and rows of one actor or one joint action that disagree
 * (counted once, by the rule the roll-up applies). Together with the other checks, every row or cell that is not
 * counted as typed has a finding.
 */
import type { Catalogue } from "../../catalogue/loader";
import { serialToDate } from "../period";
import { readingChanged } from "../model/reading";
import type { CellValue } from "../model/snapshot";
import type { TableData } from "../model/submission";
import type { RollupSource } from "../rollup/evaluate";
import { countedGroups, disagreements } from "../rollup/counting";
import { rollupModel } from "../rollup/model";
import { short, valueText, type Collector } from "./collector";
import { where } from "./cells";

const shown = (v: CellValue): string => (v === null ? "" : typeof v === "object" ? v.error : String(v));

/** Cells whose reading differs from what was typed: a text date, an id or list value in another form. */
export function checkReadings(c: Collector, table: TableData): void {
  const located = table.spec.columns.map((col) => ({ col, at: table.columns.get(col.key) }));
  const rows = table.sheet.rows;
  // A plain loop: this looks at every cell of every table (a million in a large workbook); almost all are
  // read exactly as typed, which the first comparisons settle.
  for (const { row, cells } of table.rows) {
    const sheetRow = rows[row - 1];
    if (!sheetRow) continue;
    for (let i = 0; i < located.length; i++) {
      const at = located[i].at;
      if (!at) continue;
      const raw = sheetRow[at.index];
      if (typeof raw !== "string") continue;
      const read = cells[i];
      if (raw === read || read === null) continue;
      checkReading(c, table, located[i].col, at, row, raw, read);
    }
  }
}

function checkReading(
  c: Collector,
  table: TableData,
  col: TableData["spec"]["columns"][number],
  at: NonNullable<ReturnType<TableData["columns"]["get"]>>,
  row: number,
  raw: string,
  read: CellValue,
): void {
  const w = where(table, at, row);
  const iso = col.type === "date" && typeof read === "number" ? serialToDate(read) : null;
  if (iso) {
    c.add("cell.text-date", w, valueText(raw), { column: at.header, typed: short(raw), date: { date: iso } });
    return;
  }
  if (!readingChanged(col, raw, read)) return;
  c.add(
    "cell.read-as",
    w,
    valueText(raw),
    { column: at.header, typed: short(raw), read: short(shown(read)) },
    { hint: "hint.write" },
  );
}

/** Each totals row (the table's own, or a typed Sum / I alt row): never counted, and said so. */
export function checkExcluded(c: Collector, table: TableData): void {
  for (const x of table.excluded) {
    const w = { sheet: table.sheet.name, row: x.row, column: null, cell: `A${x.row}` };
    c.add(
      "cell.total-row",
      w,
      x.text,
      x.kind === "totals-row" ? { row: String(x.row) } : { row: String(x.row), text: short(x.text ?? "") },
      { message: x.kind === "totals-row" ? "message" : "message.typed" },
    );
  }
}

/**
 * Rows of one actor, or of one joint action, within the workbook that disagree: the roll-up counts the thing
 * once (least favourable values; largest figures), and each of its rows is told which value counts.
 */
export function checkCountedRows(c: Collector, catalogue: Catalogue, table: TableData): void {
  const rules = new Map(
    rollupModel(catalogue)
      .parameters.map((p) => p.counting)
      .filter((r) => r !== null && r.table === table.spec.key)
      .map((r) => [r!.id, r!]),
  );
  if (!rules.size) return;
  const source: RollupSource = {
    file: "",
    agency: null,
    unit: null,
    period: null,
    part: null,
    personYears: null,
    tables: {
      usage: null,
      actors: null,
      actions: null,
      effects: null,
      [table.spec.key]: { sheet: table.sheet.name, rows: table.rows },
    },
  };
  for (const rule of rules.values()) {
    for (const d of disagreements(rule, countedGroups(rule, [source]))) {
      if (d.kind === "same-day") continue;
      const fields = d.columns.map((i) => table.spec.columns[i].header);
      const counted = d.columns
        .map((col, i) => `${table.spec.columns[col].header} = ${shown(d.counted[i]) || "–"}`)
        .join(", ");
      const rows = d.rows.map((r) => r.row.row);
      const keyColumn = table.columns.get(table.spec.columns[rule.key].key);
      for (const r of d.rows) {
        const w = keyColumn
          ? where(table, keyColumn, r.row.row)
          : { sheet: table.sheet.name, row: r.row.row, column: null, cell: null };
        const others = rows.filter((x) => x !== r.row.row).join(", ");
        const params = { key: short(d.key), others, fields: fields.join(", "), counted };
        if (d.kind === "stock-values") c.add("actors.disagreement", w, d.key, params);
        else c.add("actions.disagreement", w, d.key, params);
      }
    }
  }
}
