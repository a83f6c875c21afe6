/** Structure: sheets, tables, columns and what surrounds the data (rows outside the table, merges, hidden rows). */
import type { Catalogue } from "../../catalogue/loader";
import type { TableSheet } from "../../catalogue/schema";
import { templateSheetNames } from "../../catalogue/select";
import { cellAddress, columnLetters, parseRange } from "../a1";
import { cellAt, isEmptyCell, normalizeName, type WorkbookSnapshot } from "../model/snapshot";
import { cellText, type Submission, type TableData } from "../model/submission";
import { closest } from "../suggest";
import { short, type Collector } from "./collector";

export function checkStructure(
  c: Collector,
  snapshot: WorkbookSnapshot,
  catalogue: Catalogue,
  sub: Submission,
): void {
  const sheetNames = snapshot.sheets.map((s) => s.name);
  for (const p of sub.structure) {
    switch (p.kind) {
      case "missing-sheet": {
        const taken = new Set(templateSheetNames(catalogue).map(normalizeName));
        const near = closest(
          p.sheet,
          sheetNames.filter((n) => !taken.has(normalizeName(n))),
        );
        c.add(
          "structure.missing-sheet",
          { sheet: p.sheet, row: null, column: null, cell: null },
          null,
          near ? { sheet: short(p.sheet), similar: short(near) } : { sheet: short(p.sheet) },
          near ? { message: "message.similar", hint: "hint.similar" } : {},
        );
        break;
      }
      case "renamed-sheet":
        renamedSheet(c, p.sheet, p.found);
        break;
      case "missing-table": {
        const spec = catalogue.template.tables.find((t) => normalizeName(t.name) === normalizeName(p.sheet));
        const table = tableOnSheet(sub, p.sheet);
        c.add(
          "structure.missing-table",
          {
            sheet: p.sheet,
            row: table?.headerRow ?? null,
            column: null,
            cell: table ? `A${table.headerRow}` : null,
          },
          null,
          {
            sheet: short(p.sheet),
            table: short(p.table),
            ...(table ? { headerRow: String(table.headerRow) } : {}),
            ...(spec && table ? { range: rangeOf(table) } : {}),
          },
          { message: table ? "message.found" : "message", hint: spec && table ? "hint.range" : "hint" },
        );
        break;
      }
      case "missing-header-row":
        c.add("structure.missing-header-row", { sheet: p.sheet, row: null, column: null, cell: null }, null, {
          sheet: short(p.sheet),
        });
        break;
      case "missing-cover-field":
        // Reported by the cover checks, which know which fields are required.
        break;
    }
  }
  for (const spec of catalogue.template.tables) {
    const table = sub.tables[spec.key];
    if (!table) continue;
    if (normalizeName(table.sheet.name) !== normalizeName(spec.name) && table.tableName !== null) {
      renamedSheet(c, spec.name, table.sheet.name);
    }
    if (table.sheet.visibility !== "visible") {
      c.add(
        "structure.hidden-sheet",
        { sheet: table.sheet.name, row: null, column: null, cell: null },
        null,
        { sheet: short(table.sheet.name) },
      );
    }
    checkColumns(c, spec, table);
    checkSurroundings(c, snapshot, table);
  }
}

function renamedSheet(c: Collector, expected: string, found: string) {
  c.add(
    "structure.renamed-sheet",
    { sheet: found, row: null, column: null, cell: null },
    null,
    { found: short(found), expected: short(expected) },
    { hint: "hint.rename" },
  );
}

function tableOnSheet(sub: Submission, sheet: string): TableData | undefined {
  return Object.values(sub.tables).find((t) => t !== null && t.sheet.name === sheet) ?? undefined;
}

function rangeOf(table: TableData): string {
  let last = 0;
  for (const col of table.columns.values()) last = Math.max(last, col.index);
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].row : table.headerRow + 1;
  return `A${table.headerRow}:${columnLetters(last)}${lastRow}`;
}

/** Indices (into `seq`) of a longest strictly increasing subsequence. */
function longestIncreasing(seq: number[]): Set<number> {
  const n = seq.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  let best = -1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (seq[j] < seq[i] && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
    if (best < 0 || len[i] > len[best]) best = i;
  }
  const keep = new Set<number>();
  for (let i = best; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

function checkColumns(c: Collector, spec: TableSheet, table: TableData) {
  const sheet = table.sheet.name;
  const headerRow = table.headerRow;
  const at = (index: number, header: string | null) => ({
    sheet,
    row: headerRow,
    column: header,
    cell: cellAddress(headerRow - 1, index),
  });

  // Extra headers: duplicates of a known header, renamed known headers, or columns of the user's own.
  const wanted = new Set(spec.columns.map((col) => normalizeName(col.header)));
  const free = table.extraHeaders.filter((h) => !wanted.has(normalizeName(h.header)));
  for (const h of table.extraHeaders) {
    if (!wanted.has(normalizeName(h.header))) continue;
    const first = spec.columns.find((col) => normalizeName(col.header) === normalizeName(h.header));
    const firstAt = first ? table.columns.get(first.key) : undefined;
    c.add("structure.duplicate-column", at(h.index, h.header), h.header, {
      header: short(h.header),
      first: firstAt?.letter ?? "?",
      column: columnLetters(h.index),
    });
  }
  const claimed = new Set<number>();
  for (const col of table.missingColumns) {
    const near = closest(
      col.header,
      free.filter((h) => !claimed.has(h.index)).map((h) => h.header),
    );
    const renamed = near === null ? undefined : free.find((h) => h.header === near && !claimed.has(h.index));
    if (renamed) {
      claimed.add(renamed.index);
      c.add(
        "structure.renamed-column",
        at(renamed.index, renamed.header),
        renamed.header,
        {
          found: short(renamed.header),
          header: short(col.header),
          cell: `${columnLetters(renamed.index)}${headerRow}`,
        },
        { hint: "hint.cell" },
      );
      continue;
    }
    const optional = col.prefilled === true || col.type === "text";
    // The finding points at the header row; a missing column has no cell.
    const w = { sheet, row: headerRow, column: col.header, cell: null };
    c.add(optional ? "structure.missing-optional-column" : "structure.missing-column", w, null, {
      header: short(col.header),
      sheet: short(sheet),
      headerRow: String(headerRow),
    });
  }
  for (const h of free) {
    if (claimed.has(h.index)) continue;
    c.add("structure.extra-column", at(h.index, h.header), h.header, { header: short(h.header) });
  }

  // Moved: the columns outside a longest run that keeps the template's order.
  const found = spec.columns
    .filter((col) => table.columns.has(col.key))
    .map((col) => table.columns.get(col.key)!);
  const keep = longestIncreasing(found.map((f) => f.index));
  found.forEach((f, i) => {
    if (keep.has(i)) return;
    c.add("structure.moved-column", at(f.index, f.header), f.header, {
      header: short(f.header),
      column: f.letter,
    });
  });
}

function checkSurroundings(c: Collector, snapshot: WorkbookSnapshot, table: TableData) {
  const sheet = table.sheet;
  const cols = [...table.columns.values()];
  if (cols.length === 0) return;
  let minCol = Infinity;
  let maxCol = -1;
  for (const col of cols) {
    minCol = Math.min(minCol, col.index);
    maxCol = Math.max(maxCol, col.index);
  }
  // Rows below the Excel table (only when there is one: without it, every row is read).
  if (table.tableName !== null) {
    const t = snapshot.tables.find((x) => x.name === table.tableName);
    const range = t ? parseRange(t.ref) : null;
    if (range) {
      let reported = 0;
      for (let r = range.end.row + 1; r < sheet.rows.length && reported < 1; r++) {
        const row = sheet.rows[r];
        if (!row) continue;
        for (const col of cols) {
          if (!isEmptyCell(row[col.index])) {
            const count = countRowsBelow(sheet.rows, r, cols);
            c.add(
              "structure.rows-outside-table",
              { sheet: sheet.name, row: r + 1, column: col.header, cell: cellAddress(r, col.index) },
              cellText(row[col.index]),
              count > 1
                ? { row: String(r + 1), more: count - 1, table: table.tableName, ref: t!.ref }
                : { row: String(r + 1), table: table.tableName, ref: t!.ref },
              { message: count > 1 ? "message.more" : "message" },
            );
            reported++;
            break;
          }
        }
      }
    }
  }
  // Hidden rows inside the data.
  if (sheet.hiddenRows.length) {
    const first = table.headerRow;
    const last = table.rows.length ? table.rows[table.rows.length - 1].row : first;
    const inside = sheet.hiddenRows.filter((r) => r + 1 > first && r + 1 <= last);
    if (inside.length) {
      c.add(
        "structure.hidden-rows",
        { sheet: sheet.name, row: inside[0] + 1, column: null, cell: cellAddress(inside[0], minCol) },
        null,
        { count: inside.length, first: String(inside[0] + 1) },
        { message: inside.length > 1 ? "message.many" : "message" },
      );
    }
  }
  // Merged cells that reach into the data.
  for (const m of sheet.merges) {
    const range = parseRange(m);
    if (!range) continue;
    if (range.end.row < table.headerRow - 1 || range.start.col > maxCol || range.end.col < minCol) continue;
    const header = cols.find((col) => col.index === range.start.col)?.header ?? null;
    c.add(
      "structure.merged-cells",
      {
        sheet: sheet.name,
        row: range.start.row + 1,
        column: header,
        cell: cellAddress(range.start.row, range.start.col),
      },
      cellText(cellAt(sheet, range.start.row, range.start.col)),
      { range: m },
    );
  }
}

function countRowsBelow(
  rows: WorkbookSnapshot["sheets"][number]["rows"],
  from: number,
  cols: { index: number }[],
) {
  let n = 0;
  for (let r = from; r < rows.length; r++) {
    const row = rows[r];
    if (row && cols.some((col) => !isEmptyCell(row[col.index]))) n++;
  }
  return n;
}
