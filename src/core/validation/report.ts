/**
 * Outputs of a finding list inside the workbook: a `Kontrollrapport` sheet with one row per finding (each
 * with a link to its cell) and counts per severity at the top, and highlights on the cells themselves.
 * Plans only: adapters carry out the edits. Highlights never change a value.
 */
import type { LocalText } from "../../catalogue/schema";
import { bilingual, translate } from "../../i18n";
import { parseCell, rangeFrom } from "../a1";
import type { CellInput, Edit, Severity } from "../model/edit";
import { HIGHLIGHT_COLORS } from "../model/highlight";
import { SEVERITY_NB, SEVERITY_ORDER, type Finding } from "../model/finding";
import { findSheet, type WorkbookSnapshot } from "../model/snapshot";
import { freeSheetName, nameKey } from "../names";
import { renderFinding } from "./render";

export const REPORT_SHEET = "Kontrollrapport";
export const REPORT_TABLE = "tblKontrollrapport";
/** Rows listed on the report sheet at most; the count of the rest is written below the table. */
export const MAX_REPORT_ROWS = 50_000;

const SEVERITY_PLURAL_NB: Record<Severity, string> = {
  error: "Feil",
  warning: "Advarsler",
  info: "Merknader",
};

export const REPORT_HEADERS = [
  "Alvorlighetsgrad",
  "Ark",
  "Celle",
  "Rad",
  "Kolonne",
  "Verdi",
  "Melding",
  translate("nb", "consolidation.column.howToFix"),
  "Regel",
] as const;

const FIRST_TABLE_ROW = 7; // 1-based row of the table header

export interface ReportOptions {
  /**
   * What to do when the workbook already has a sheet with the report's name: "clash" (the default) plans
   * nothing and returns the clash for the caller to decide; "numbered" writes the report to the first free
   * name "Kontrollrapport (2)", "Kontrollrapport (3)", ...
   */
  onExisting?: "clash" | "numbered";
  /** The workbook's name, shown at the top. */
  title?: string;
  /** The sheet's name (a valid sheet name: `reportSheetName`); "Kontrollrapport" when absent. */
  sheet?: string;
}

export type ReportPlan =
  | { ok: true; sheet: string; edits: Edit[] }
  | { ok: false; clash: { sheet: string; suggestion: string; message: LocalText } };

/** Plans the Kontrollrapport sheet for a finding list. */
export function planReport(
  findings: Finding[],
  snapshot: WorkbookSnapshot,
  options: ReportOptions = {},
): ReportPlan {
  const base = options.sheet ?? REPORT_SHEET;
  let sheet = base;
  if (findSheet(snapshot, base)) {
    const suggestion = freeSheetName(base, (name) => findSheet(snapshot, name) !== undefined);
    if ((options.onExisting ?? "clash") === "clash") {
      return {
        ok: false,
        clash: {
          sheet: base,
          suggestion,
          message: bilingual("checkReport.clash", { sheet: base, suggestion }),
        },
      };
    }
    sheet = suggestion;
  }

  // Table names are unique across a workbook: "Kontrollrapport (2)" gets tblKontrollrapport2.
  const taken = new Set(snapshot.tables.map((t) => nameKey(t.name)));
  let n = Number(/\((\d+)\)$/.exec(sheet)?.[1] ?? 1);
  let tableName = n === 1 ? REPORT_TABLE : `${REPORT_TABLE}${n}`;
  while (taken.has(nameKey(tableName))) tableName = `${REPORT_TABLE}${++n}`;

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const listed = findings.slice(0, MAX_REPORT_ROWS);
  const edits: Edit[] = [{ kind: "addSheet", sheet, tabColor: counts.error ? "#C00000" : "#70AD47" }];

  const top: CellInput[][] = [
    [`Kontrollrapport${options.title ? `: ${options.title}` : ""}`, null],
    [SEVERITY_PLURAL_NB.error, counts.error],
    [SEVERITY_PLURAL_NB.warning, counts.warning],
    [SEVERITY_PLURAL_NB.info, counts.info],
    [
      translate(
        "nb",
        counts.error
          ? "checkReport.fixErrors"
          : counts.warning
            ? "checkReport.reviewWarnings"
            : counts.info
              ? "checkReport.reviewNotes"
              : "checkReport.noFindings",
      ),
      null,
    ],
  ];
  edits.push({ kind: "setValues", sheet, address: "A1", values: top });
  edits.push({ kind: "setStyle", sheet, range: "A1", style: { bold: true } });
  (["error", "warning", "info"] as Severity[]).forEach((s, i) =>
    edits.push({
      kind: "setStyle",
      sheet,
      range: `A${i + 2}:B${i + 2}`,
      style: { fill: HIGHLIGHT_COLORS[s].fill },
    }),
  );

  const rows: CellInput[][] = [[...REPORT_HEADERS]];
  for (const f of listed) {
    const { message, hint } = renderFinding(f, "nb");
    rows.push([SEVERITY_NB[f.severity], f.sheet, f.cell, f.row, f.column, f.value, message, hint, f.rule]);
  }
  edits.push({ kind: "setValues", sheet, address: `A${FIRST_TABLE_ROW}`, values: rows });
  if (listed.length) {
    edits.push({
      kind: "addTable",
      sheet,
      name: tableName,
      range: rangeFrom(FIRST_TABLE_ROW - 1, 0, listed.length + 1, REPORT_HEADERS.length),
      style: "TableStyleLight9",
    });
  } else {
    edits.push({
      kind: "setStyle",
      sheet,
      range: rangeFrom(FIRST_TABLE_ROW - 1, 0, 1, REPORT_HEADERS.length),
      style: { bold: true },
    });
  }
  listed.forEach((f, i) => {
    const row = FIRST_TABLE_ROW + 1 + i;
    edits.push({
      kind: "setStyle",
      sheet,
      range: `A${row}`,
      style: { fill: HIGHLIGHT_COLORS[f.severity].fill },
    });
    if (f.sheet === null || !findSheet(snapshot, f.sheet)) return;
    const target = f.cell && parseCell(f.cell) ? f.cell : "A1";
    edits.push({
      kind: "setHyperlink",
      sheet,
      address: `C${row}`,
      target: { sheet: findSheet(snapshot, f.sheet)!.name, address: target },
      text: f.cell ?? `${f.sheet}`,
    });
  });
  if (findings.length > listed.length) {
    edits.push({
      kind: "setValues",
      sheet,
      address: `A${FIRST_TABLE_ROW + listed.length + 2}`,
      values: [[translate("nb", "checkReport.notListed", { count: findings.length - listed.length })]],
    });
  }
  edits.push(
    { kind: "setColumnWidths", sheet, widths: [12, 18, 8, 7, 22, 24, 70, 60, 30] },
    {
      kind: "setStyle",
      sheet,
      range: `G${FIRST_TABLE_ROW + 1}:H${FIRST_TABLE_ROW + Math.max(listed.length, 1)}`,
      style: { wrap: true },
    },
    { kind: "freezeRows", sheet, rows: FIRST_TABLE_ROW },
    { kind: "activateSheet", sheet },
  );
  return { ok: true, sheet, edits };
}

/**
 * Highlights each cell with a finding in its most severe finding's colour, with the messages as a note.
 * Only `highlight` edits: no value is ever changed.
 */
export function planHighlights(findings: Finding[]): Edit[] {
  const byCell = new Map<string, { sheet: string; cell: string; severity: Severity; notes: string[] }>();
  for (const f of findings) {
    if (f.sheet === null || f.cell === null || !parseCell(f.cell)) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const cur = byCell.get(key);
    if (!cur)
      byCell.set(key, {
        sheet: f.sheet,
        cell: f.cell,
        severity: f.severity,
        notes: [renderFinding(f, "nb").message],
      });
    else {
      if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[cur.severity]) cur.severity = f.severity;
      if (cur.notes.length < 5) cur.notes.push(renderFinding(f, "nb").message);
    }
  }
  const edits: Edit[] = [];
  for (const h of byCell.values()) {
    edits.push({
      kind: "highlight",
      sheet: h.sheet,
      range: h.cell,
      severity: h.severity,
      note: h.notes.join("\n"),
    });
  }
  return edits;
}

/** Removes earlier highlights from every sheet of the workbook (the report sheet has none). */
export function planClearHighlights(snapshot: WorkbookSnapshot): Edit[] {
  return snapshot.sheets.map((s) => ({ kind: "clearHighlights", sheet: s.name }) as Edit);
}
