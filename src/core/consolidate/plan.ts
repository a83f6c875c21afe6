/**
 * The plan (Edit[]) for the consolidated workbook: Styringsparametre (total, per unit, per agency), Perioder,
 * Effekter, Diagrammer, Innsendinger (the register), Funn (all findings) and Samlet (every counted row with
 * its source and the parameters it contributes to). Text from returned workbooks is written as plain strings,
 * which every adapter writes as text, never as a formula.
 */
import { translate } from "../../i18n";
import type { ColumnType, SteeringParameter } from "../../catalogue/schema";
import { containsIdentityNumber, maskIdentityNumbers } from "../identifiers";
import { cellAddress, columnLetters, rangeFrom } from "../a1";
import { headerRowHeight, tablePrintLayout, type CellInput, type Edit } from "../model/edit";
import { SEVERITY_NB, SEVERITY_ORDER, type Finding } from "../model/finding";
import { withPrintSetup } from "../model/print";
import { renderFindingBoth } from "../validation/render";
import { normalizeName, type CellValue, type WorkbookSnapshot } from "../model/snapshot";
import { slotValue, type CompiledParameter, type RollupSums } from "../rollup";
import { chartList, type ChartData } from "./charts";
import {
  CONFLICT_RULE,
  CONSOLIDATION_PROPERTY,
  FINDING_COLUMNS,
  LINEAGE_HEADER,
  MISSING_COLUMNS,
  REGISTER_COLUMNS,
  ROW_COLUMNS,
  SHEETS,
  TABLES,
  TREATMENT_LABEL,
  dataHeaders,
} from "./layout";
import { errorCount, warningCount } from "./report";
import type { Consolidation, Development } from "./types";

/** Column types whose cells are free text (where a number is not data). */
const TEXT_TYPES: ReadonlySet<ColumnType> = new Set(["text", "reference", "agencyList", "instrumentName"]);

const FORMATS: Record<SteeringParameter["unit"], string> = {
  count: "#,##0",
  nok: "#,##0",
  share: "0.0%",
  decimal: "#,##0.0#",
};

/** Names that do not clash with what the workbook already has (a plan never overwrites). */
function allocator(existing: WorkbookSnapshot | undefined) {
  const sheets = new Set((existing?.sheets ?? []).map((s) => normalizeName(s.name)));
  const tables = new Set((existing?.tables ?? []).map((t) => normalizeName(t.name)));
  const free = (taken: Set<string>, base: string, suffix: (n: number) => string) => {
    let name = base;
    for (let n = 2; taken.has(normalizeName(name)); n++) name = suffix(n);
    taken.add(normalizeName(name));
    return name;
  };
  return {
    sheet: (base: string) => free(sheets, base, (n) => `${base.slice(0, 26)} (${n})`),
    table: (base: string) => free(tables, base, (n) => `${base}${n}`),
  };
}

/** Unique header texts (a table's headers must differ): a clash gets a qualifier. */
function uniqueHeaders(headers: string[], qualifiers: string[]): string[] {
  const seen = new Map<string, number>();
  for (const h of headers) seen.set(normalizeName(h), (seen.get(normalizeName(h)) ?? 0) + 1);
  return headers.map((h, i) =>
    (seen.get(normalizeName(h)) ?? 0) > 1 && qualifiers[i] ? `${h} (${qualifiers[i]})` : h,
  );
}

/**
 * A returned cell as written to `Samlet`. Text stays text. A personal identity number (fødselsnummer,
 * D-number) in a text is masked: the consolidated workbook is passed on, and such a number in a returned
 * template is a data-protection incident that must not travel with it (validation reports the original).
 * A number in a text column is checked the same way; numbers in numeric columns are data and kept.
 */
function cellInput(v: CellValue | undefined, textColumn: boolean): CellInput {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") return v.error;
  if (typeof v === "string") return maskIdentityNumbers(v);
  if (typeof v === "number" && textColumn && containsIdentityNumber(String(v)))
    return maskIdentityNumbers(String(v));
  return v;
}

interface Block {
  header: string[];
  rows: CellInput[][];
}

function headerHeight(sheet: string, top: number, header: string[], widths: number[]): Edit[] {
  const height = headerRowHeight(header, widths);
  return height ? [{ kind: "setRowHeight", sheet, row: top + 1, height }] : [];
}

/** Writes a block as an Excel table at `top` (0-based row), with widths and a frozen header. */
function tableEdits(sheet: string, table: string, block: Block, top: number, widths: number[]): Edit[] {
  const rows = block.rows.length ? block.rows : [block.header.map(() => null)];
  return [
    { kind: "setValues", sheet, address: cellAddress(top, 0), values: [block.header, ...rows] },
    {
      kind: "addTable",
      sheet,
      name: table,
      range: rangeFrom(top, 0, rows.length + 1, block.header.length),
      style: "TableStyleMedium2",
    },
    { kind: "setColumnWidths", sheet, widths },
    // Bold and wrapped in its own right, so the header reads well also where the table style is not shown.
    {
      kind: "setStyle",
      sheet,
      range: rangeFrom(top, 0, 1, block.header.length),
      style: { bold: true, wrap: true },
    },
    ...headerHeight(sheet, top, block.header, widths),
    { kind: "freezeRows", sheet, rows: top + 1 },
    tablePrintLayout(sheet, top + 1, widths),
  ];
}

/** Number formats for parameter rows, one edit per run of rows with the same format. */
function formatRuns(
  sheet: string,
  formats: string[],
  top: number,
  firstCol: number,
  lastCol: number,
): Edit[] {
  const edits: Edit[] = [];
  let start = 0;
  for (let i = 1; i <= formats.length; i++) {
    if (i === formats.length || formats[i] !== formats[start]) {
      edits.push({
        kind: "setNumberFormat",
        sheet,
        range: `${columnLetters(firstCol)}${top + start + 1}:${columnLetters(lastCol)}${top + i}`,
        format: formats[start],
      });
      start = i;
    }
  }
  return edits;
}

/** Parameter rows (one per parameter, one per breakdown key) with values from each column's sums. */
function parameterRows(
  result: Consolidation,
  columns: (RollupSums | undefined)[],
): { rows: { id: string; name: string; values: (number | null)[]; p: CompiledParameter }[] } {
  const rows: { id: string; name: string; values: (number | null)[]; p: CompiledParameter }[] = [];
  result.model.parameters.forEach((p, pi) => {
    const at = (slot: number) => columns.map((s) => (s ? slotValue(p, s[pi], slot) : p.ratio ? null : 0));
    rows.push({ id: p.spec.id, name: p.spec.name.nb, values: at(0), p });
    p.keys.forEach((k, ki) =>
      rows.push({ id: k.rowId, name: `${p.spec.name.nb}: ${k.name.nb}`, values: at(1 + ki), p }),
    );
  });
  return { rows };
}

/** The size of a chart in `Diagrammer`, in default-width columns and rows: about 15 × 9 cm. */
const CHART_COLUMNS = 9;
const CHART_ROWS = 18;
/** Characters in a line of the register's rule: well within the register table's width. */
const RULE_LINE_LENGTH = 150;

/** A text in lines of at most `width` characters, broken between words. */
function textLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A row of the findings sheet: the submission's columns (register number, file, identity), then the finding. */
function findingRow(submission: CellInput[], f: Finding): CellInput[] {
  const { message, hint } = renderFindingBoth(f);
  return [
    ...submission,
    f.rule,
    SEVERITY_NB[f.severity],
    f.sheet,
    f.row,
    f.column,
    f.cell,
    f.value,
    message.nb,
    message.en,
    hint.nb,
    hint.en,
  ];
}

/** Column widths of a chart's data: categories as wide as their names, series wide enough for their
 * longest word (the header wraps) and their numbers. */
function chartBlockWidths(block: CellInput[][]): number[] {
  const text = (v: CellInput) => (typeof v === "string" || typeof v === "number" ? String(v) : "");
  return block[0].map((_, c) => {
    if (c === 0) return Math.min(40, Math.max(12, ...block.map((r) => text(r[c]).length + 2)));
    const words = text(block[0][c]).split(/\s+/);
    const numbers = block.slice(1).map((r) => text(r[c]).length + 3);
    return Math.min(20, Math.max(10, ...words.map((w) => w.length + 2), ...numbers));
  });
}

function chartBlock(chart: ChartData): CellInput[][] {
  return [
    [chart.categoryLabel.nb, ...chart.series.map((s) => s.name.nb)],
    ...chart.categories.map((c, i) => [c.name.nb, ...chart.series.map((s) => s.values[i])]),
  ];
}

export function planConsolidatedWorkbook(result: Consolidation, existing?: WorkbookSnapshot): Edit[] {
  const names = allocator(existing);
  const sheet = {
    parameters: names.sheet(SHEETS.parameters),
    periods: names.sheet(SHEETS.periods),
    ...(result.development ? { development: names.sheet(SHEETS.development) } : {}),
    effects: names.sheet(SHEETS.effects),
    charts: names.sheet(SHEETS.charts),
    register: names.sheet(SHEETS.register),
    findings: names.sheet(SHEETS.findings),
    rows: names.sheet(SHEETS.rows),
  };
  const table = {
    parameters: names.table(TABLES.parameters),
    periods: names.table(TABLES.periods),
    development: names.table(TABLES.development),
    developmentEffects: names.table(TABLES.developmentEffects),
    missing: names.table(TABLES.missing),
    effects: names.table(TABLES.effects),
    register: names.table(TABLES.register),
    findings: names.table(TABLES.findings),
    rows: names.table(TABLES.rows),
  };
  const edits: Edit[] = Object.values(sheet).map((s) => ({ kind: "addSheet", sheet: s }) as Edit);
  const catalogue = result.catalogue;
  const counted = result.entries.filter((e) => e.treatment === "counted");

  // --- Samlet: every counted row, its source, and the parameters it contributes to.
  const data = dataHeaders(catalogue);
  const dataIndex = new Map(data.map((h, i) => [normalizeName(h), i]));
  const fixed = Object.values(ROW_COLUMNS) as string[];
  const rowHeader = [...fixed, ...data, LINEAGE_HEADER];
  const lineageCol = rowHeader.length - 1;
  const rowValues: CellInput[][] = [];
  const rowsBehind = new Map<string, number>();
  for (const e of counted) {
    for (const spec of catalogue.template.tables) {
      const t = e.source!.tables[spec.key];
      if (!t) continue;
      const target = spec.columns.map((c) => dataIndex.get(normalizeName(c.header)) ?? -1);
      const textual = spec.columns.map((c) => TEXT_TYPES.has(c.type));
      const ids = e.contributions!.get(spec.key);
      t.rows.forEach((r, ri) => {
        const out: CellInput[] = new Array(rowHeader.length).fill(null);
        out.splice(
          0,
          fixed.length,
          e.nr,
          e.file,
          e.identity.unit,
          e.identity.agency,
          e.identity.period,
          e.identity.part,
          t.sheet,
          spec.table,
          r.row,
        );
        r.cells.forEach((v, ci) => {
          if (target[ci] >= 0) out[fixed.length + target[ci]] = cellInput(v, textual[ci]);
        });
        const contributes = ids?.[ri] ?? [];
        out[lineageCol] = contributes.length ? contributes.join(" ") : null;
        for (const id of new Set([...contributes, ...contributes.map((x) => x.split("/")[0])]))
          rowsBehind.set(id, (rowsBehind.get(id) ?? 0) + 1);
        rowValues.push(out);
      });
    }
  }
  edits.push(
    ...tableEdits(sheet.rows, table.rows, { header: rowHeader, rows: rowValues }, 0, [
      5,
      28,
      12,
      8,
      9,
      13,
      16,
      20,
      9,
      ...data.map((h) => {
        const col = catalogue.template.tables.flatMap((t) => t.columns).find((c) => c.header === h);
        return Math.min(col?.width ?? 14, 40);
      }),
      40,
    ]),
  );
  const dateHeaders = catalogue.template.tables.flatMap((t) =>
    t.columns.filter((c) => c.type === "date").map((c) => c.header),
  );
  for (const h of new Set(dateHeaders)) {
    const i = dataIndex.get(normalizeName(h));
    if (i === undefined) continue;
    const col = columnLetters(fixed.length + i);
    edits.push({
      kind: "setNumberFormat",
      sheet: sheet.rows,
      range: `${col}2:${col}${Math.max(rowValues.length, 1) + 1}`,
      format: "dd.mm.yyyy",
    });
  }
  const lineageTarget = { sheet: sheet.rows, address: cellAddress(0, lineageCol) };

  // --- Styringsparametre: total, per unit, per agency, per part of the effort; the rows behind each number.
  const unitHeaders = result.units;
  const agencyHeaders = result.agencies;
  const partHeaders = result.parts;
  const valueHeaders = uniqueHeaders(
    [
      ...catalogue.template.summaryHeaders.slice(0, 3),
      ...unitHeaders,
      ...agencyHeaders,
      ...partHeaders,
      "Rader",
      "Kilde",
    ],
    [
      "",
      "",
      "",
      ...unitHeaders.map(() => "enhet"),
      ...agencyHeaders.map(() => "etat"),
      ...partHeaders.map(() => "innsats"),
      "",
      "",
    ],
  );
  const { rows: summary } = parameterRows(result, [
    result.total,
    ...result.units.map((u) => result.byUnit.get(u)),
    ...result.agencies.map((a) => result.byAgency.get(a)),
    ...result.parts.map((p) => result.byPart.get(p)),
  ]);
  const linkCol = valueHeaders.length - 1;
  edits.push(
    ...tableEdits(
      sheet.parameters,
      table.parameters,
      {
        header: valueHeaders,
        rows: summary.map((r) => [r.id, r.name, ...r.values, rowsBehind.get(r.id) ?? 0, null]),
      },
      0,
      [
        22,
        60,
        12,
        ...unitHeaders.map(() => 10),
        ...agencyHeaders.map(() => 10),
        ...partHeaders.map(() => 13),
        8,
        30,
      ],
    ),
    ...formatRuns(
      sheet.parameters,
      summary.map((r) => FORMATS[r.p.spec.unit]),
      1,
      2,
      2 + unitHeaders.length + agencyHeaders.length + partHeaders.length,
    ),
    ...summary.map((r, i): Edit => ({
      kind: "setHyperlink",
      sheet: sheet.parameters,
      address: cellAddress(1 + i, linkCol),
      target: lineageTarget,
      text: translate("nb", "consolidation.lineageLink", { column: LINEAGE_HEADER, id: r.id }),
    })),
  );

  // --- Perioder: each period side by side, and all periods (the accumulated value).
  const { rows: byPeriod } = parameterRows(result, [
    ...result.periods.map((p) => result.byPeriod.get(p)),
    result.total,
  ]);
  edits.push(
    ...tableEdits(
      sheet.periods,
      table.periods,
      {
        header: uniqueHeaders(["ID", "Styringsparameter", ...result.periods, "Alle perioder"], []),
        rows: byPeriod.map((r) => [r.id, r.name, ...r.values]),
      },
      0,
      [22, 60, ...result.periods.map(() => 11), 13],
    ),
    ...formatRuns(
      sheet.periods,
      byPeriod.map((r) => FORMATS[r.p.spec.unit]),
      1,
      2,
      2 + result.periods.length,
    ),
  );

  // --- Utvikling: each year side by side with the change, and effect indicators over the years.
  if (result.development && sheet.development)
    edits.push(...developmentEdits(result.development, sheet.development, table));

  // --- Effekter: indicators per unit and agency, periods side by side with progress.
  const effectsFixed = [
    "Indikator-ID",
    "Effektindikator",
    "Brukermål",
    "Måleenhet",
    "Rapporteringsenhet",
    "Etat",
  ];
  const perPeriod = ["Utgangsverdi", "Målverdi", "Resultat", "Fremdrift"];
  edits.push(
    ...tableEdits(
      sheet.effects,
      table.effects,
      {
        header: [...effectsFixed, ...result.effectPeriods.flatMap((p) => perPeriod.map((h) => `${p} ${h}`))],
        rows: result.effects.map((l) => [
          l.indicator,
          l.name,
          l.goal,
          l.measure,
          l.unit,
          l.agency,
          ...result.effectPeriods.flatMap((p) => {
            const v = l.periods.get(p);
            return v ? [v.baseline, v.target, v.result, v.progress] : [null, null, null, null];
          }),
        ]),
      },
      0,
      [12, 50, 10, 12, 12, 8, ...result.effectPeriods.flatMap(() => [12, 11, 11, 10])],
    ),
    ...result.effectPeriods.map((_, i): Edit => {
      const col = columnLetters(effectsFixed.length + i * 4 + 3);
      return {
        kind: "setNumberFormat",
        sheet: sheet.effects,
        range: `${col}2:${col}${Math.max(result.effects.length, 1) + 1}`,
        format: "0%",
      };
    }),
  );

  // --- Diagrammer: each chart's data, and the chart to its right (all charts in one column, after the widest block).
  const charts = chartList(result).map((chart) => ({ chart, block: chartBlock(chart) }));
  const left = Math.max(2, ...charts.map((c) => c.block[0].length)) + 1;
  const chartWidths: number[] = [];
  let top = 0;
  for (const { chart, block } of charts) {
    const widths = chartBlockWidths(block);
    widths.forEach((w, i) => (chartWidths[i] = Math.max(chartWidths[i] ?? 0, w)));
    edits.push(
      {
        kind: "setValues",
        sheet: sheet.charts,
        address: cellAddress(top, 0),
        values: [[chart.title.nb], ...block],
      },
      { kind: "setStyle", sheet: sheet.charts, range: cellAddress(top, 0), style: { bold: true } },
      {
        kind: "setStyle",
        sheet: sheet.charts,
        range: rangeFrom(top + 1, 0, 1, block[0].length),
        style: { bold: true, wrap: true },
      },
      ...headerHeight(sheet.charts, top + 1, block[0] as string[], widths),
    );
    // A chart needs something to draw: at least one category and one series.
    if (chart.categories.length && chart.series.length) {
      edits.push({
        kind: "addChart",
        sheet: sheet.charts,
        chartType: chart.kind,
        title: chart.title.nb,
        source: rangeFrom(top + 1, 0, block.length, block[0].length),
        anchor: cellAddress(top, left),
        end: cellAddress(top + CHART_ROWS - 1, left + CHART_COLUMNS - 1),
      });
    }
    top += Math.max(block.length + 3, CHART_ROWS + 2);
  }
  edits.push({ kind: "setColumnWidths", sheet: sheet.charts, widths: chartWidths });

  // --- Innsendinger: the register and the rule it applied.
  // The rule in lines that end within the table's width (a long line would run on past it onto pages of its own).
  const regHeader = Object.values(REGISTER_COLUMNS) as string[];
  const ruleLines = [
    ...textLines(`Regel: ${CONFLICT_RULE.nb}`, RULE_LINE_LENGTH),
    ...textLines(`Rule: ${CONFLICT_RULE.en}`, RULE_LINE_LENGTH),
  ];
  const registerTop = ruleLines.length + 1;
  edits.push(
    {
      kind: "setValues",
      sheet: sheet.register,
      address: "A1",
      values: ruleLines.map((line) => [line]),
    },
    ...tableEdits(
      sheet.register,
      table.register,
      {
        header: regHeader,
        rows: result.entries.map((e) => [
          e.nr,
          e.file,
          e.via,
          e.identity.unit,
          e.identity.agency,
          e.identity.period,
          e.identity.part,
          e.identity.templateVersion,
          e.identity.catalogueVersion,
          e.identity.status,
          e.identity.personYears,
          TREATMENT_LABEL[e.treatment].nb,
          e.note?.nb ?? null,
          errorCount(e),
          warningCount(e),
          e.rowCount,
          e.hash,
        ]),
      },
      registerTop,
      [5, 28, 20, 12, 8, 9, 13, 10, 12, 10, 8, 26, 60, 6, 9, 7, 20],
    ),
  );
  result.entries.forEach((e, i) => {
    const severity =
      e.treatment === "counted" || e.treatment === "duplicate"
        ? null
        : e.treatment === "superseded" || e.treatment === "overlap"
          ? "warning"
          : "error";
    if (severity)
      edits.push({
        kind: "highlight",
        sheet: sheet.register,
        range: rangeFrom(registerTop + 1 + i, 0, 1, regHeader.length),
        severity,
        note: e.note?.nb,
      });
  });

  // Below the register: the submissions expected and not given, with the unit's contact.
  edits.push(
    ...missingEdits(
      result,
      sheet.register,
      table.missing,
      registerTop + 1 + Math.max(result.entries.length, 1) + 2,
    ),
  );

  // --- Funn: every finding of every submission, the consolidation's own included.
  const findingRows: CellInput[][] = [];
  for (const e of result.entries) {
    const sorted = [...e.findings].sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
        (a.row ?? 0) - (b.row ?? 0),
    );
    for (const f of sorted)
      findingRows.push(findingRow([e.nr, e.file, e.identity.unit, e.identity.agency, e.identity.period], f));
  }
  // After them, the findings that belong to no file (missing submissions): no register number, no file.
  for (const f of result.findings) findingRows.push(findingRow([null, null, null, null, null], f));
  edits.push(
    ...tableEdits(
      sheet.findings,
      table.findings,
      { header: Object.values(FINDING_COLUMNS), rows: findingRows },
      0,
      [5, 28, 12, 8, 9, 28, 10, 16, 6, 20, 8, 20, 60, 60, 40, 40],
    ),
  );

  edits.push(
    { kind: "setProperty", name: CONSOLIDATION_PROPERTY, value: catalogue.version },
    { kind: "activateSheet", sheet: sheet.parameters },
  );
  const covers = periodSpan(result.periods);
  return withPrintSetup(edits, {
    header: (s) => ({ left: s, center: "A-krimrapportering: sammenstilling", right: covers }),
  });
}

/** The periods a consolidation covers, for the page header: one, or the first and last (time order). */
function periodSpan(periods: string[]): string {
  if (periods.length === 0) return "";
  if (periods.length === 1) return `Periode ${periods[0]}`;
  return `Perioder ${periods[0]}–${periods[periods.length - 1]}`;
}

/** A second table on a sheet that already has one: values, table and a bold header (no freeze, no widths). */
function lowerTableEdits(sheet: string, table: string, block: Block, top: number, left: number): Edit[] {
  const rows = block.rows.length ? block.rows : [block.header.map(() => null)];
  return [
    { kind: "setValues", sheet, address: cellAddress(top, left), values: [block.header, ...rows] },
    {
      kind: "addTable",
      sheet,
      name: table,
      range: rangeFrom(top, left, rows.length + 1, block.header.length),
      style: "TableStyleMedium2",
    },
    {
      kind: "setStyle",
      sheet,
      range: rangeFrom(top, left, 1, block.header.length),
      style: { bold: true, wrap: true },
    },
  ];
}

/**
 * The missing submissions under the register (`top` is 0-based), in the register's own columns for unit,
 * agency, period and part, with the contact beside them; or a line saying why there is no list.
 */
function missingEdits(result: Consolidation, sheet: string, table: string, top: number): Edit[] {
  // The workbook speaks bokmål, as its sheet and column names do.
  const byList = result.expectedFrom === "list";
  const title =
    result.expectedFrom === null
      ? translate("nb", "consolidation.missing.unknown")
      : result.missing.length === 0
        ? translate("nb", byList ? "consolidation.missing.noneByList" : "consolidation.missing.noneByMembers")
        : translate(
            "nb",
            byList ? "consolidation.missing.someByList" : "consolidation.missing.someByMembers",
            {
              count: result.missing.length,
            },
          );
  const edits: Edit[] = [
    { kind: "setValues", sheet, address: cellAddress(top, 0), values: [[title]] },
    { kind: "setStyle", sheet, range: cellAddress(top, 0), style: { bold: true } },
  ];
  if (result.missing.length === 0) return edits;
  // Under the register's Rapporteringsenhet (column D).
  const left = (Object.keys(REGISTER_COLUMNS) as string[]).indexOf("unit");
  edits.push(
    ...lowerTableEdits(
      sheet,
      table,
      {
        header: Object.values(MISSING_COLUMNS),
        rows: result.missing.map((m) => [m.unit, m.agency, m.period, m.part, m.contact]),
      },
      top + 1,
      left,
    ),
    ...result.missing.map((m, i): Edit => ({
      kind: "highlight",
      sheet,
      range: rangeFrom(top + 2 + i, left, 1, Object.keys(MISSING_COLUMNS).length),
      severity: "warning",
      note: translate("nb", "consolidation.missing.note", {
        unit: m.unit,
        agency: m.agency,
        part: m.part,
        period: m.period,
      }),
    })),
  );
  return edits;
}

/** `Utvikling`: steering parameters per year with the change, then effect indicators over the years. */
function developmentEdits(
  d: Development,
  sheet: string,
  table: { development: string; developmentEffects: string },
): Edit[] {
  const header = uniqueHeaders(["ID", "Styringsparameter", ...d.years, "Endring"], []);
  const edits: Edit[] = [
    ...tableEdits(
      sheet,
      table.development,
      { header, rows: d.parameters.map((r) => [r.id, r.name.nb, ...r.values, r.change]) },
      0,
      [22, 60, ...d.years.map(() => 12), 12],
    ),
    ...formatRuns(
      sheet,
      d.parameters.map((r) => FORMATS[r.measure]),
      1,
      2,
      1 + d.years.length,
    ),
    {
      kind: "setNumberFormat",
      sheet,
      range: `${columnLetters(2 + d.years.length)}2:${columnLetters(2 + d.years.length)}${Math.max(d.parameters.length, 1) + 1}`,
      format: "0.0%",
    },
  ];
  if (d.effects.length === 0) return edits;
  const top = Math.max(d.parameters.length, 1) + 3;
  const effectHeader = [
    "Indikator-ID",
    "Effektindikator",
    "Rapporteringsenhet",
    "Etat",
    "Utgangsverdi",
    "Målverdi",
    ...d.years.map((y) => `Resultat ${y}`),
    "Fremdrift",
  ];
  edits.push(
    {
      kind: "setValues",
      sheet,
      address: cellAddress(top - 1, 0),
      values: [[translate("nb", "consolidation.effectsOverYears")]],
    },
    { kind: "setStyle", sheet, range: cellAddress(top - 1, 0), style: { bold: true } },
    ...lowerTableEdits(
      sheet,
      table.developmentEffects,
      {
        header: effectHeader,
        rows: d.effects.map((l) => [
          l.indicator,
          l.name,
          l.unit,
          l.agency,
          l.baseline,
          l.target,
          ...l.results,
          l.progress,
        ]),
      },
      top,
      0,
    ),
    {
      kind: "setNumberFormat",
      sheet,
      range: `${columnLetters(effectHeader.length - 1)}${top + 2}:${columnLetters(effectHeader.length - 1)}${top + 1 + d.effects.length}`,
      format: "0%",
    },
  );
  return edits;
}
