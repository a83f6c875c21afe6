/** Structure: sheets, tables, columns and what surrounds the data (rows outside the table, merges, hidden rows). */
import type { Catalogue } from "../../catalogue/loader";
import type { TableSheet } from "../../catalogue/schema";
import { templateSheetNames } from "../../catalogue/select";
import { cellAddress, columnLetters, parseRange } from "../a1";
import { cellAt, isEmptyCell, normalizeName, type WorkbookSnapshot } from "../model/snapshot";
import { cellText, type Submission, type TableData } from "../model/submission";
import { closest } from "../suggest";
import { quote, type Collector } from "./collector";

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
          {
            nb: `Arket ${quote(p.sheet)} finnes ikke${near ? `; arket ${quote(near)} ligner` : ""}.`,
            en: `The sheet ${quote(p.sheet)} does not exist${near ? `; the sheet ${quote(near)} is similar` : ""}.`,
          },
          near
            ? {
                nb: `Gi arket ${quote(near)} navnet ${quote(p.sheet)} (dobbeltklikk på arkfanen), eller sett inn en ny mal og kopier verdiene over.`,
                en: `Rename the sheet ${quote(near)} to ${quote(p.sheet)} (double-click its tab), or insert a new template and copy the values over.`,
              }
            : undefined,
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
            nb: `Arket ${quote(p.sheet)} har ingen Excel-tabell ${quote(p.table)}${table ? `; dataene er funnet under overskriftene på rad ${table.headerRow}` : ""}.`,
            en: `The sheet ${quote(p.sheet)} has no Excel table ${quote(p.table)}${table ? `; the data was found below the headers on row ${table.headerRow}` : ""}.`,
          },
          spec && table
            ? {
                nb: `Merk ${rangeOf(table)} og velg Sett inn, Tabell, og gi tabellen navnet ${p.table} (Tabellutforming, Tabellnavn). Formlene i Styringsparametre regner bare med tabellen.`,
                en: `Select ${rangeOf(table)}, choose Insert, Table, and name the table ${p.table} (Table Design, Table Name). The formulas in Styringsparametre only count the table.`,
              }
            : undefined,
        );
        break;
      }
      case "missing-header-row":
        c.add("structure.missing-header-row", { sheet: p.sheet, row: null, column: null, cell: null }, null, {
          nb: `Fant ingen rad med malens overskrifter på arket ${quote(p.sheet)}.`,
          en: `No row with the template's headers was found on the sheet ${quote(p.sheet)}.`,
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
        {
          nb: `Arket ${quote(table.sheet.name)} er skjult.`,
          en: `The sheet ${quote(table.sheet.name)} is hidden.`,
        },
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
    {
      nb: `Arket ${quote(found)} ser ut til å være ${quote(expected)} med nytt navn; dataene er lest derfra.`,
      en: `The sheet ${quote(found)} appears to be ${quote(expected)} renamed; its data was read from there.`,
    },
    {
      nb: `Gi arket navnet ${quote(expected)} igjen (dobbeltklikk på arkfanen).`,
      en: `Rename the sheet back to ${quote(expected)} (double-click its tab).`,
    },
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
      nb: `Overskriften ${quote(h.header)} står også i kolonne ${firstAt?.letter ?? "?"}; kolonne ${columnLetters(h.index)} blir ikke lest.`,
      en: `The header ${quote(h.header)} also stands in column ${firstAt?.letter ?? "?"}; column ${columnLetters(h.index)} is not read.`,
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
          nb: `Overskriften ${quote(renamed.header)} skal være ${quote(col.header)}; kolonnen blir ikke lest før den heter det.`,
          en: `The header ${quote(renamed.header)} should be ${quote(col.header)}; the column is not read until it is named so.`,
        },
        {
          nb: `Skriv overskriften ${quote(col.header)} i ${columnLetters(renamed.index)}${headerRow}.`,
          en: `Write the header ${quote(col.header)} in ${columnLetters(renamed.index)}${headerRow}.`,
        },
      );
      continue;
    }
    const optional = col.prefilled === true || col.type === "text";
    // The finding points at the header row; a missing column has no cell.
    const w = { sheet, row: headerRow, column: col.header, cell: null };
    c.add(optional ? "structure.missing-optional-column" : "structure.missing-column", w, null, {
      nb: `Kolonnen ${quote(col.header)} mangler på arket ${quote(sheet)} (overskriftsraden er rad ${headerRow}).`,
      en: `The column ${quote(col.header)} is missing on the sheet ${quote(sheet)} (the header row is row ${headerRow}).`,
    });
  }
  for (const h of free) {
    if (claimed.has(h.index)) continue;
    c.add("structure.extra-column", at(h.index, h.header), h.header, {
      nb: `Kolonnen ${quote(h.header)} er ikke i malen og blir ikke lest.`,
      en: `The column ${quote(h.header)} is not in the template and is not read.`,
    });
  }

  // Moved: the columns outside a longest run that keeps the template's order.
  const found = spec.columns
    .filter((col) => table.columns.has(col.key))
    .map((col) => table.columns.get(col.key)!);
  const keep = longestIncreasing(found.map((f) => f.index));
  found.forEach((f, i) => {
    if (keep.has(i)) return;
    c.add("structure.moved-column", at(f.index, f.header), f.header, {
      nb: `Kolonnen ${quote(f.header)} er flyttet til kolonne ${f.letter}.`,
      en: `The column ${quote(f.header)} has been moved to column ${f.letter}.`,
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
              {
                nb: `Rad ${r + 1}${count > 1 ? ` og ${count - 1} rader til` : ""} står under tabellen ${table.tableName} (${t!.ref}) og telles ikke med.`,
                en: `Row ${r + 1}${count > 1 ? ` and ${count - 1} more rows` : ""} stand${count > 1 ? "" : "s"} below the table ${table.tableName} (${t!.ref}) and ${count > 1 ? "are" : "is"} not counted.`,
              },
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
        {
          nb: `${inside.length} rad${inside.length > 1 ? "er" : ""} i tabellen er skjult (første: rad ${inside[0] + 1}); de telles med.`,
          en: `${inside.length} row${inside.length > 1 ? "s" : ""} of the table ${inside.length > 1 ? "are" : "is"} hidden (first: row ${inside[0] + 1}); they are counted.`,
        },
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
      {
        nb: `Cellene ${m} er slått sammen.`,
        en: `The cells ${m} are merged.`,
      },
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
