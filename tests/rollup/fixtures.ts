/** Builds returned-template snapshots from rows given by catalogue column key, for roll-up and consolidation tests. */
import { defaultCatalogue } from "../../src/catalogue";
import type { Catalogue } from "../../src/catalogue/loader";
import type { CellValue, WorkbookSnapshot } from "../../src/core/model/snapshot";
import type { TableKey } from "../../src/core/model/submission";
import { sheet, tableOver, workbook } from "../helpers/snapshot";

export type RowSpec = Record<string, CellValue>;

export interface TemplateSpec {
  name?: string;
  unit?: string | null;
  agency?: string | null;
  period?: string | null;
  status?: string | null;
  /** Innsats (part of the effort); default A-krimsenter where the catalogue has the field. */
  part?: string | null;
  /** Årsverk on the cover. */
  personYears?: CellValue;
  templateVersion?: string;
  catalogueVersion?: string;
  usage?: RowSpec[];
  actors?: RowSpec[];
  actions?: RowSpec[];
  effects?: RowSpec[];
}

/** A returned template as a snapshot: cover sheet, the four tables as Excel tables, and the identity properties. */
export function template(spec: TemplateSpec, catalogue: Catalogue = defaultCatalogue()): WorkbookSnapshot {
  const t = catalogue.template;
  const identity: Record<string, CellValue | undefined> = {
    unit: spec.unit === undefined ? "OSL" : spec.unit,
    agency: spec.agency === undefined ? "AT" : spec.agency,
    period: spec.period === undefined ? "2025" : spec.period,
    templateVersion: spec.templateVersion ?? t.version,
    catalogueVersion: spec.catalogueVersion ?? catalogue.version,
    contact: "kontakt@example.no",
    status: spec.status === undefined ? "Innsendt" : spec.status,
    part: spec.part === undefined ? "A-krimsenter" : spec.part,
    personYears: spec.personYears ?? null,
  };
  const cover = sheet(t.cover.name, [
    [...t.cover.headers],
    ...t.cover.fields.map((f) => [f.label, identity[f.key] ?? null]),
  ]);
  const properties: Record<string, string> = {};
  for (const f of t.cover.fields) {
    const v = identity[f.key];
    if (f.property && v !== null && v !== undefined) properties[f.property] = String(v);
  }
  const sheets = [cover];
  const tables = [];
  for (const table of t.tables) {
    const rows = spec[table.key as TableKey] ?? [];
    const s = sheet(table.name, [
      table.columns.map((c) => c.header),
      ...rows.map((r) => table.columns.map((c) => r[c.key] ?? null)),
    ]);
    sheets.push(s);
    tables.push({ ...tableOver(s, table.table), name: table.table });
  }
  return workbook(sheets, tables, properties, spec.name ?? "innsending.xlsx");
}

/** A usage row for an instrument id with A, T, S, B. */
export function usageRow(
  id: string,
  antall: CellValue,
  tverretatlig: CellValue = null,
  sentrale: CellValue = null,
  belop: CellValue = null,
): RowSpec {
  return { instrumentId: id, antall, tverretatlig, sentrale, belop };
}
