/**
 * Privacy: every cell of every sheet (hidden ones, comment columns and the cover sheet included), the sheet
 * names and the document properties are searched for personal identity numbers.
 */
import { cellAddress } from "../a1";
import {
  findIdentityNumbers,
  identityNumberInNumber,
  maskIdentityNumbers,
  type IdentityNumberKind,
} from "../identifiers";
import type { WorkbookSnapshot } from "../model/snapshot";
import { valueText, type Collector, type Where } from "./collector";

/** The kinds of number by their names in each language (the Norwegian names are the ids). */
const KIND_EN: Record<IdentityNumberKind, string> = {
  fødselsnummer: "national identity number",
  "D-nummer": "D-number",
  "H-nummer": "H-number",
};

function report(c: Collector, w: Where, value: string | null, kinds: IdentityNumberKind[], masked: string[]) {
  const uniq = [...new Set(kinds)];
  c.add(
    "privacy.national-id",
    w,
    value,
    {
      kinds: { nb: uniq.join(" / "), en: uniq.map((k) => KIND_EN[k]).join(" / ") },
      masked: masked.join(", "),
    },
    { message: w.sheet === null ? "message.properties" : "message" },
  );
}

/** The header text of a column, if the row above the data has one (for the finding's column). */
function headerFor(rows: WorkbookSnapshot["sheets"][number]["rows"], col: number): string | null {
  for (let r = 0; r < Math.min(rows.length, 5); r++) {
    const v = rows[r]?.[col];
    if (typeof v === "string" && v.trim() !== "" && findIdentityNumbers(v).length === 0) return v.trim();
  }
  return null;
}

export function checkPrivacy(c: Collector, snapshot: WorkbookSnapshot): void {
  for (const sheet of snapshot.sheets) {
    if (findIdentityNumbers(sheet.name).length) {
      report(
        c,
        { sheet: sheet.name, row: null, column: null, cell: null },
        maskIdentityNumbers(sheet.name),
        findIdentityNumbers(sheet.name).map((m) => m.info.kind),
        [maskIdentityNumbers(sheet.name)],
      );
    }
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let col = 0; col < row.length; col++) {
        const v = row[col];
        if (typeof v === "string") {
          if (v.length < 11) continue;
          const found = findIdentityNumbers(v);
          if (found.length === 0) continue;
          report(
            c,
            { sheet: sheet.name, row: r + 1, column: headerFor(rows, col), cell: cellAddress(r, col) },
            valueText(v),
            found.map((f) => f.info.kind),
            found.map((f) => maskIdentityNumbers(v.slice(f.index, f.index + f.length))),
          );
        } else if (typeof v === "number") {
          if (v < 1e9 || v >= 1e11) continue;
          // A number a formula computed (a sum on the summary sheet) was not typed by anyone.
          if (sheet.formulas[r]?.[col] !== undefined) continue;
          const hit = identityNumberInNumber(v);
          if (!hit) continue;
          const masked = `${hit.digits.slice(0, 6)}*****`;
          report(
            c,
            { sheet: sheet.name, row: r + 1, column: headerFor(rows, col), cell: cellAddress(r, col) },
            masked,
            [hit.info.kind],
            [masked],
          );
        }
      }
    }
  }
  for (const [name, value] of snapshot.properties) {
    const text = `${name}: ${String(value)}`;
    const found = findIdentityNumbers(text);
    if (found.length === 0) continue;
    report(
      c,
      { sheet: null, row: null, column: name.length > 100 ? null : maskIdentityNumbers(name), cell: null },
      valueText(String(value)),
      found.map((f) => f.info.kind),
      found.map((f) => maskIdentityNumbers(text.slice(f.index, f.index + f.length))),
    );
  }
}
