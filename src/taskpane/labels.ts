/** Names for catalogue ids in the pane's language. */
import type { Catalogue } from "../catalogue/loader";
import type { Lang } from "../i18n";

/** The name of a grouping, goal, agency or unit id; the id itself when the catalogue does not know it. */
export function breakdownLabel(catalogue: Catalogue, key: string, lang: Lang): string {
  const { taxonomy, agency, unit } = catalogue.lookup;
  return (taxonomy.get(key) ?? agency.get(key) ?? unit.get(key))?.name[lang] ?? key;
}
