/**
 * The consolidated workbook's sheets, tables and headers: one definition used to write it and to read it
 * back (a consolidated workbook can itself be consolidated, e.g. regional outputs into a national one).
 */
import type { Catalogue } from "../../catalogue/loader";
import type { LocalText } from "../../catalogue/schema";
import { bilingual, translate } from "../../i18n";
import { normalizeName } from "../model/snapshot";
import type { Severity } from "../model/edit";

export const SHEETS = {
  parameters: "Styringsparametre",
  periods: "Perioder",
  development: "Utvikling",
  effects: "Effekter",
  charts: "Diagrammer",
  register: "Innsendinger",
  findings: "Funn",
  rows: "Samlet",
} as const;

export const TABLES = {
  parameters: "tblStyringsparametre",
  periods: "tblPerioder",
  development: "tblUtvikling",
  developmentEffects: "tblUtviklingEffekter",
  missing: "tblManglende",
  effects: "tblEffektoversikt",
  register: "tblInnsendinger",
  findings: "tblFunn",
  rows: "tblSamlet",
} as const;

/** Custom document property that marks a consolidated workbook; its value is the catalogue version used. */
export const CONSOLIDATION_PROPERTY = "AkrimKonsolidering";

/** Leading columns of `Samlet`; the catalogue's table columns follow, then the lineage column. */
export const ROW_COLUMNS = {
  nr: "Nr",
  file: "Fil",
  unit: "Rapporteringsenhet",
  agency: "Etat",
  period: "Periode",
  part: "Innsats",
  sheet: "Ark",
  table: "Tabell",
  sourceRow: "Kilderad",
} as const;
export const LINEAGE_HEADER = "Styringsparametre";

export const REGISTER_COLUMNS = {
  nr: "Nr",
  file: "Fil",
  via: "Via",
  unit: "Rapporteringsenhet",
  agency: "Etat",
  period: "Periode",
  part: "Innsats",
  templateVersion: "Malversjon",
  catalogueVersion: "Katalogversjon",
  status: "Status",
  personYears: "Årsverk",
  treatment: "Behandling",
  note: "Merknad",
  errors: "Feil",
  warnings: "Advarsler",
  rows: "Rader",
  hash: "Innholdshash",
} as const;

/** The missing submissions under the register, in the register's order of identity columns. */
export const MISSING_COLUMNS = {
  unit: "Rapporteringsenhet",
  agency: "Etat",
  period: "Periode",
  part: "Innsats",
  contact: "Kontakt",
} as const;

export const FINDING_COLUMNS = {
  nr: "Nr",
  file: "Fil",
  unit: "Rapporteringsenhet",
  agency: "Etat",
  period: "Periode",
  rule: "Regel",
  severity: "Alvorlighetsgrad",
  sheet: "Ark",
  row: "Rad",
  column: "Kolonne",
  cell: "Celle",
  value: "Verdi",
  message: "Melding",
  messageEn: "Message",
  // WORDS.md's name for how to fix a finding, in bokmål and beside it in English.
  hint: translate("nb", "consolidation.column.howToFix"),
  hintEn: translate("en", "consolidation.column.howToFix"),
} as const;

/**
 * The findings sheet as consolidations before WORDS.md wrote it (`Avvik`, `Alvorlighet`, `Tiltak`, `Hint`,
 * severity `Info`): still read, so that older consolidations can be consolidated again. Never written.
 */
export const OLD_FINDINGS = {
  sheet: "Avvik",
  table: "tblAvvik",
  columns: { severity: "Alvorlighet", hint: "Tiltak", hintEn: "Hint" },
  severityLabels: { info: "Info" } as Partial<Record<Severity, string>>,
} as const;

/**
 * The consolidation's finding about missing tables or columns. It is kept when a consolidation is consolidated
 * again (the rows carried over no longer show what was missing); its other findings are worked out anew.
 */
export const INCOMPLETE_RULE = "consolidate.incomplete";

/** How a submission was treated in the consolidation. */
export type Treatment =
  | "counted"
  | "duplicate"
  | "superseded"
  | "conflict"
  | "overlap"
  | "unavailable"
  | "unreadable"
  | "no-identity";

const TREATMENTS: Treatment[] = [
  "counted",
  "duplicate",
  "superseded",
  "conflict",
  "overlap",
  "unavailable",
  "unreadable",
  "no-identity",
];

export const TREATMENT_LABEL = Object.fromEntries(
  TREATMENTS.map((t) => [t, bilingual(`consolidation.treatment.${t}`)]),
) as Record<Treatment, LocalText>;

/** Treatments of submissions that take part in the conflict rule (their identity is known). */
export const CANDIDATE_TREATMENTS: ReadonlySet<Treatment> = new Set([
  "counted",
  "duplicate",
  "superseded",
  "conflict",
  "overlap",
  "unavailable",
]);

export function treatmentFromLabel(text: string | null): Treatment | null {
  if (text === null) return null;
  const wanted = normalizeName(text);
  for (const [t, label] of Object.entries(TREATMENT_LABEL) as [Treatment, LocalText][]) {
    if (normalizeName(label.nb) === wanted || normalizeName(label.en) === wanted || t === wanted) return t;
  }
  return null;
}

/**
 * The catalogue's table columns as they appear in `Samlet`: the union by header text, in table order
 * (columns with the same header, such as `Kommentar`, share one column).
 */
export function dataHeaders(catalogue: Catalogue): string[] {
  const seen = new Set<string>(Object.values(ROW_COLUMNS).map(normalizeName));
  seen.add(normalizeName(LINEAGE_HEADER));
  const headers: string[] = [];
  for (const t of catalogue.template.tables) {
    for (const c of t.columns) {
      const key = normalizeName(c.header);
      if (seen.has(key)) continue;
      seen.add(key);
      headers.push(c.header);
    }
  }
  return headers;
}

export const CONFLICT_RULE: LocalText = bilingual("consolidation.conflictRule");
