/** The catalogue the product ships with, and the loader for revised catalogues. */
import bundled from "./data/catalogue-2026.1.json";
import { loadCatalogueOrThrow, type Catalogue } from "./loader";

export * from "./loader";
export * from "./schema";
export * from "./select";

let cached: Catalogue | undefined;

/** The bundled catalogue 2026.1, checked on first use. */
export function defaultCatalogue(): Catalogue {
  cached ??= loadCatalogueOrThrow(bundled);
  return cached;
}
