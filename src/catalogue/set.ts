/** Catalogues by version: a returned workbook is checked and counted against the version it names. */
import type { Catalogue } from "./loader";

/**
 * The catalogues a returned workbook may name: the one in use (bundled or loaded by the secretariat), and the
 * bundled ones of other versions, each checked only when a workbook names it (checking costs start-up time).
 */
export interface CatalogueSet {
  /** The catalogue in use: new templates, consolidated output and workbooks naming an unknown version. */
  current: Catalogue;
  byVersion: ReadonlyMap<string, () => Catalogue>;
}

/** The set of the catalogue in use and `others` by version (the one in use wins on a shared version). */
export function makeCatalogueSet(
  current: Catalogue,
  others: ReadonlyMap<string, () => Catalogue> = new Map(),
): CatalogueSet {
  const byVersion = new Map(others);
  byVersion.set(current.version, () => current);
  return { current, byVersion };
}

/** The catalogue of the version a workbook names (trimmed, as typed), or null when none of that version is known. */
export function catalogueForVersion(set: CatalogueSet, version: string | null): Catalogue | null {
  if (version === null) return null;
  return set.byVersion.get(version.trim())?.() ?? null;
}
