/** The catalogues the product ships with, and the loader for revised catalogues. */
import bundled2026_1 from "./data/catalogue-2026.1.json";
import bundled2026_2 from "./data/catalogue-2026.2.json";
import { loadCatalogueOrThrow, type Catalogue } from "./loader";
import { makeCatalogueSet, type CatalogueSet } from "./set";

export * from "./loader";
export * from "./schema";
export * from "./select";
export * from "./set";

/** Every bundled catalogue, oldest first; the last is the current one. */
const BUNDLED: readonly unknown[] = [bundled2026_1, bundled2026_2];
let cached: Catalogue[] | undefined;

/** The bundled catalogues, oldest first, each checked on first use. */
export function bundledCatalogues(): readonly Catalogue[] {
  cached ??= BUNDLED.map((data) => loadCatalogueOrThrow(data));
  return cached;
}

/** The current bundled catalogue (2026.2). */
export function defaultCatalogue(): Catalogue {
  const all = bundledCatalogues();
  return all[all.length - 1];
}

/** The catalogue in use with every bundled version beside it. */
export function catalogueSet(current: Catalogue = defaultCatalogue()): CatalogueSet {
  return makeCatalogueSet(current, bundledCatalogues());
}
