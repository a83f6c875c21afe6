/**
 * Sheet and table names as Excel sees them: when two names are the same name, which sheet names Excel accepts,
 * and a free name beside the ones taken. Every part of the product (plans, both workbook adapters, the pane)
 * asks here.
 */
import type { UserMessage } from "./model/user-error";

/** Excel's longest sheet name, in UTF-16 code units ([MS-XLS] 2.4.28 BoundSheet8: 1 ≤ cch ≤ 31). */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * The form two names compare by, the way Excel tells sheet names (and table names) apart: without regard to
 * case, the same in every locale ("Office requires that sheet names are case-insensitive unique in any locale":
 * https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/ebf12ea5-2bb4-4af5-ab26-563f22d3f895;
 * [MS-XLS] 2.4.28 BoundSheet8, "the unique case-insensitive name of the sheet":
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/b9ec509a-235d-424e-871d-f8e721106501).
 * `toLowerCase` is JavaScript's locale-independent mapping; it does not fold "ß" into "ss" as `toUpperCase`
 * would.
 */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** True when Excel takes the two names for the same sheet (or table). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** The characters Excel refuses in a sheet name. */
const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

/**
 * What is wrong with a sheet name Excel would refuse, or null when Excel accepts it: blank, longer than 31
 * characters, one of : \ / ? * [ ], an apostrophe first or last, or "History", which Excel keeps for itself
 * (Microsoft Support, "Rename a worksheet": https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function sheetNameProblem(name: string): UserMessage | null {
  if (name.trim() === "" || name.length > MAX_SHEET_NAME_LENGTH) {
    return { key: "template.sheetNameLength", params: { name } };
  }
  if (INVALID_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
    return { key: "template.sheetNameChars", params: { name } };
  }
  if (sameName(name, "History")) return { key: "template.sheetNameReserved", params: { name } };
  return null;
}

/**
 * The first of "Base (2)", "Base (3)", … that `taken` does not hold, cut so that it stays within 31 characters
 * ("Kontrollrapport (2)"). The base itself is the caller's to try first.
 */
export function freeSheetName(base: string, taken: (name: string) => boolean): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken(name)) return name;
  }
}

/**
 * `text` made into a sheet name Excel accepts: the characters it refuses become "-", apostrophes are taken off
 * both ends, and the name is cut to 31 characters. Null when nothing usable is left (`sheetNameProblem` decides).
 */
export function sheetNameFrom(text: string): string | null {
  const name = text
    .replace(new RegExp(INVALID_SHEET_CHARS.source, "g"), "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s']+|[\s']+$/g, "")
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trimEnd();
  return sheetNameProblem(name) === null ? name : null;
}
