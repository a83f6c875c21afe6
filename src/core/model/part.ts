/**
 * The two parts of the effort (REPORTING.md, revision 2026.2): the a-krim centres' work and the agency lines'.
 * A workbook is one unit × agency × period × part.
 */
import type { Catalogue } from "../../catalogue/loader";
import { foldKey } from "./reading";

/** The values of the part of the effort, as the catalogue writes them. */
export const PART_CENTRE = "A-krimsenter";
export const PART_LINE = "Etatslinje";
export const LINE_UNIT = "LINJE";

/** What people type for the part of the effort, besides the values themselves. */
const PART_WORDS = new Map([
  ["senter", PART_CENTRE],
  ["a-krim-senter", PART_CENTRE],
  ["akrimsenter", PART_CENTRE],
  ["centre", PART_CENTRE],
  ["center", PART_CENTRE],
  ["linje", PART_LINE],
  ["etatslinjen", PART_LINE],
  ["line", PART_LINE],
]);

/** The part a typed text means, or the text itself when it means none (the check reports it). */
export function readPart(catalogue: Catalogue, typed: string | null): string | null {
  if (typed === null) return null;
  const f = foldKey(typed);
  const known = (catalogue.enumerations.effortPart ?? []).find((v) => foldKey(v.value) === f)?.value;
  return known ?? PART_WORDS.get(f) ?? typed;
}

/** The part a workbook without an Innsats field belongs to (template 2026.1). */
export function defaultPart(unit: string | null): string {
  return unit?.toUpperCase() === LINE_UNIT ? PART_LINE : PART_CENTRE;
}
