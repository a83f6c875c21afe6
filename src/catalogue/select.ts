/**
 * What a catalogue says when asked: the instruments its selectors cover, an agency's instruments, goals and
 * groupings in taxonomy order, and the template's sheets.
 */
import type { Catalogue } from "./loader";
import type { Instrument, InstrumentSelector } from "./schema";

function matches(ins: Instrument, s: InstrumentSelector): boolean {
  const nameNb = ins.name.nb.toLocaleLowerCase("nb");
  if (s.goals && !s.goals.includes(ins.goal)) return false;
  if (s.groupings && !s.groupings.includes(ins.grouping)) return false;
  if (s.subcategories && !(ins.subcategory !== null && s.subcategories.includes(ins.subcategory)))
    return false;
  if (s.speeds && !(ins.speed !== null && s.speeds.includes(ins.speed))) return false;
  if (s.ids && !s.ids.includes(ins.id)) return false;
  if (s.namePrefix && !nameNb.startsWith(s.namePrefix.toLocaleLowerCase("nb"))) return false;
  if (s.names && !s.names.some((n) => n.toLocaleLowerCase("nb") === nameNb)) return false;
  return true;
}

/**
 * The instruments a selector list covers, in catalogue order. `undefined` selectors mean "every row",
 * including rows whose instrument id is not in the catalogue: the caller handles that case.
 */
export function selectInstruments(catalogue: Catalogue, selectors: InstrumentSelector[]): Instrument[] {
  return catalogue.instruments.filter((ins) => selectors.some((s) => matches(ins, s)));
}

/** The instruments the catalogue gives an agency, in catalogue order. */
export function instrumentsForAgency(catalogue: Catalogue, agency: string): Instrument[] {
  return catalogue.instruments.filter((ins) => ins.agencies.includes(agency));
}

/** User goals in taxonomy order. */
export function goals(catalogue: Catalogue) {
  return catalogue.taxonomy.filter((n) => n.level === "brukermål");
}

/** Groupings in taxonomy order, optionally of one goal. */
export function groupings(catalogue: Catalogue, goal?: string) {
  return catalogue.taxonomy.filter(
    (n) => n.level === "gruppering" && (goal === undefined || n.parent === goal),
  );
}

/** The template's sheet names in workbook order: cover, the tables, summary, catalogue. */
export function templateSheetNames(catalogue: Catalogue): string[] {
  const t = catalogue.template;
  return [t.cover.name, ...t.tables.map((s) => s.name), t.summarySheet, t.catalogueSheet];
}
