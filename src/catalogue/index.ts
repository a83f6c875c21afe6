/**
 * The catalogues the product ships with and their lookups. The full check of a catalogue file (the schema) is
 * in check.ts, imported by itself where a file is loaded.
 */
import bundled2026_1 from "./data/catalogue-2026.1.json";
import bundled2026_2 from "./data/catalogue-2026.2.json";
import { loadBundledCatalogue, type Catalogue } from "./loader";
import { makeCatalogueSet, type CatalogueSet } from "./set";

export * from "./loader";
export type * from "./schema";
export * from "./select";
export * from "./set";

/** Every bundled catalogue by version, oldest first; the last is the current one. */
const BUNDLED: readonly { version: string; data: unknown }[] = [
  { version: bundled2026_1.version, data: bundled2026_1 },
  { version: bundled2026_2.version, data: bundled2026_2 },
];
const loaded = new Map<string, Catalogue>();

/** One bundled catalogue, its lookups built on first use. */
function bundled(version: string): Catalogue {
  let c = loaded.get(version);
  if (!c) {
    c = loadBundledCatalogue(BUNDLED.find((b) => b.version === version)!.data);
    loaded.set(version, c);
  }
  return c;
}

/** The bundled catalogues, oldest first, each built on first use. */
export function bundledCatalogues(): readonly Catalogue[] {
  return BUNDLED.map((b) => bundled(b.version));
}

/** The current bundled catalogue (2026.2). */
export function defaultCatalogue(): Catalogue {
  return bundled(BUNDLED[BUNDLED.length - 1].version);
}

/** The catalogue in use with every bundled version beside it (an older one is checked only when named). */
export function catalogueSet(current: Catalogue = defaultCatalogue()): CatalogueSet {
  return makeCatalogueSet(current, new Map(BUNDLED.map((b) => [b.version, () => bundled(b.version)])));
}
