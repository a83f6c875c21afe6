/**
 * A filled template as a snapshot, built from the catalogue the way the template plan lays it out
 * (Forside, the four tables as Excel tables with header row 1, document properties), with realistic numbers.
 */
import { defaultCatalogue, instrumentsForAgency, type Catalogue } from "../../src/catalogue";
import { rangeFrom } from "../../src/core/a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/snapshot";
import { dateToSerial, parsePeriod } from "../../src/core/period";
import { sheet } from "../helpers/snapshot";

export interface FilledOptions {
  unit?: string;
  agency?: string;
  period?: string;
  catalogue?: Catalogue;
  /** Innsats; default Etatslinje for LINJE, else A-krimsenter (catalogues with the field only). */
  part?: string;
  /** Årsverk on the cover; default 3.5. */
  personYears?: CellValue;
  /** Number of Virkemiddelbruk rows (repeats the agency's instruments with new numbers); default one per instrument. */
  usageRows?: number;
}

/** A small deterministic pseudo-random sequence so that fixtures are the same every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function filledTemplate(opts: FilledOptions = {}): WorkbookSnapshot {
  const cat = opts.catalogue ?? defaultCatalogue();
  const unit = opts.unit ?? "OSL";
  const agency = opts.agency ?? "SKE";
  const periodId = opts.period ?? "2026";
  const period = parsePeriod(periodId)!;
  const rand = rng(42);
  const t = cat.template;
  const spec = (key: string) => cat.lookup.table.get(key as never)!;

  const part = opts.part ?? (unit === "LINJE" ? "Etatslinje" : "A-krimsenter");
  const byKey: Record<string, CellValue> = {
    unit,
    agency,
    period: periodId,
    part,
    templateVersion: t.version,
    catalogueVersion: cat.version,
    contact: "a-krim-koordinator",
    personYears: opts.personYears === undefined ? 3.5 : opts.personYears,
    status: "Utkast",
  };
  const cover = sheet(t.cover.name, [
    [...t.cover.headers],
    ...t.cover.fields.map((f) => [f.label, byKey[f.key] ?? null]),
  ]);

  const usageSpec = spec("usage");
  const instruments = instrumentsForAgency(cat, agency);
  const usageRows: CellValue[][] = [usageSpec.columns.map((c) => c.header)];
  const n = opts.usageRows ?? instruments.length;
  for (let i = 0; i < n; i++) {
    const ins = instruments[i % instruments.length];
    const a = Math.floor(rand() * 200);
    const tv = Math.floor(a * rand());
    const s = Math.floor(a * rand());
    const amount =
      ins.grouping === "BM1-TV-E" || ins.grouping === "BM1-TV-I" ? Math.round(rand() * 5e6) : null;
    usageRows.push([
      ins.id,
      ins.name.nb,
      ins.goal,
      ins.grouping,
      a,
      tv,
      s,
      amount,
      i % 7 === 0 ? "Felles aksjon" : null,
    ]);
  }
  const usage = sheet(usageSpec.name, usageRows);

  const actorsSpec = spec("actors");
  const actors = sheet(actorsSpec.name, [
    actorsSpec.columns.map((c) => c.header),
    ["OSL-2026-001", "Virksomhet", "Aktiv", "Redusert", "Uendret", "SKE, POL", null],
    ["OSL-2026-002", "Nettverk", "Ny", "Ukjent", "Økt", "AT;NAV;SKE", "Bemanning"],
    ["OSL-2025-017", "Person", "Avsluttet", "Redusert", "Redusert", "POL", null],
  ]);

  const actionsSpec = spec("actions");
  const day = (iso: string) => dateToSerial(iso);
  const mid =
    period.start.slice(0, 5) +
    (period.tertial ? String((period.tertial - 1) * 4 + 2).padStart(2, "0") : "03");
  const actions = sheet(actionsSpec.name, [
    actionsSpec.columns.map((c) => c.header),
    [day(`${mid}-11`), "AT, NAV, POL, SKE", 14, 37, "Byggeplass"],
    [day(`${mid}-24`), "SKE; POL", 6, 12, null],
  ]);

  const effectsSpec = spec("effects");
  const effects = sheet(effectsSpec.name, [
    effectsSpec.columns.map((c) => c.header),
    ...cat.effectIndicators
      .slice(0, 3)
      .map(
        (e, i) => [e.id, e.name.nb, e.goal, e.unit, 30 + i, 45 + i, 38 + i, e.method.nb, null] as CellValue[],
      ),
  ]);

  const summary = sheet(t.summarySheet, [[...t.summaryHeaders], ["SP-BM2-04", "Aksjoner", 2]], {
    formulas: [undefined, [undefined, undefined, "ROWS(tblAksjoner)"]],
  });
  const katalog = sheet(
    t.catalogueSheet,
    [["ID", "Navn"], ...cat.instruments.map((i) => [i.id, i.name.nb] as CellValue[])],
    {
      visibility: "hidden",
    },
  );

  const tables = [
    [usage, usageSpec.table],
    [actors, actorsSpec.table],
    [actions, actionsSpec.table],
    [effects, effectsSpec.table],
  ].map(([s, name]) => tableOf(s as SheetSnapshot, name as string));

  return {
    name: `${unit}-${agency}-${periodId}.xlsx`,
    sheets: [cover, usage, actors, actions, effects, summary, katalog],
    tables,
    properties: new Map<string, string | number | boolean>([
      ["AkrimRapporteringsenhet", unit],
      ["AkrimEtat", agency],
      ["AkrimPeriode", periodId],
      ["AkrimMalversjon", t.version],
      ["AkrimKatalogversjon", cat.version],
      ...(t.cover.fields.some((f) => f.key === "part") ? [["AkrimInnsats", part] as [string, string]] : []),
    ]),
    notes: [],
  };
}

export function tableOf(s: SheetSnapshot, name: string) {
  const headers = (s.rows[0] ?? []).map((v) => String(v ?? ""));
  return { name, sheet: s.name, ref: rangeFrom(0, 0, Math.max(s.rows.length, 2), headers.length), headers };
}

/** The sheet of a snapshot by name (throws when absent: a test bug). */
export function sheetOf(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Sets a cell (0-based row, column letter) in a snapshot sheet. */
export function setCell(wb: WorkbookSnapshot, sheetName: string, a1: string, v: CellValue): void {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const s = sheetOf(wb, sheetName);
  while (s.rows.length <= row) s.rows.push([]);
  const r = (s.rows[row] ??= []);
  r[col] = v;
}
