/**
 * The name of a check report's sheet in the workbook: named after the workbook it is about, "Kontroll Oslo NAV
 * 2026", so that several reports side by side can be told apart. Within Excel's rules for sheet names (31
 * characters at most): a unit whose name would make it longer is named by its id ("Kontroll FRO NAV 2026-T1").
 */
import type { Catalogue } from "../../catalogue/loader";
import { translate } from "../../i18n";
import { MAX_SHEET_NAME_LENGTH, sheetNameFrom } from "../names";
import { REPORT_SHEET } from "./report";

export interface ReportSubject {
  /** The workbook's file name. */
  file: string;
  /** The identity read from it; null (or a field null) where it could not be read. */
  submission: { unit: string | null; agency: string | null; period: string | null } | null;
}

/** The report sheet's name for `subject` (before a number is added when the name is taken). */
export function reportSheetName(catalogue: Catalogue, subject: ReportSubject): string {
  const sheet = (name: string) => translate("nb", "workbook.reportSheet", { name });
  const { unit, agency, period } = subject.submission ?? { unit: null, agency: null, period: null };
  if (unit && agency && period) {
    const unitName = catalogue.lookup.unit.get(unit.toUpperCase())?.name.nb;
    // A name cut to fit would lose the agency or the period: a unit's id is then used instead of its name.
    for (const who of [unitName, unit]) {
      const text = who ? sheet(`${who} ${agency} ${period}`) : "";
      const name = text.length <= MAX_SHEET_NAME_LENGTH ? sheetNameFrom(text) : null;
      if (name) return name;
    }
  }
  return sheetNameFrom(sheet(subject.file.replace(/\.xlsx$/i, ""))) ?? REPORT_SHEET;
}
