/**
 * Refreshes the tabular parts of a catalogue file (taxonomy, instruments, agencies, units) from the
 * secretariat's TSV sheets, keeping the rest of the file (template, enumerations, indicators, parameters).
 *
 *   npx tsx scripts/import-catalogue-tsv.ts TSV_FOLDER src/catalogue/data/catalogue-2026.1.json
 *
 * TSV_FOLDER holds instruments-2018.tsv, taxonomy-2018.tsv and units.tsv as the domain documentation describes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function readTsv(file: string): Record<string, string>[] {
  const lines = readFileSync(file, "utf8")
    .replace(/\r/g, "")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const header = lines[0].split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? "").trim()));
    return row;
  });
}

const orNull = (s: string) => (s === "" ? null : s);

const [folder, target] = process.argv.slice(2);
if (!folder || !target) {
  console.error("usage: tsx scripts/import-catalogue-tsv.ts TSV_FOLDER CATALOGUE.json");
  process.exit(2);
}
const catalogue = JSON.parse(readFileSync(target, "utf8"));
catalogue.taxonomy = readTsv(join(folder, "taxonomy-2018.tsv")).map((r) => ({
  id: r.id,
  level: r.level,
  parent: orNull(r.parent),
  name: { nb: r.name_nb, en: r.name_en },
}));
catalogue.instruments = readTsv(join(folder, "instruments-2018.tsv")).map((r) => ({
  id: r.id,
  goal: r.goal,
  grouping: r.grouping,
  subcategory: orNull(r.subcategory),
  name: { nb: r.name_nb, en: r.name_en },
  agencies: r.agencies === "" ? [] : r.agencies.split(";"),
  speed: orNull(r.speed),
  provenance: { marksInSource: r.marks_in_source, agenciesBasis: r.agencies_basis },
}));
const units = readTsv(join(folder, "units.tsv"));
const place = (r: Record<string, string>) => ({
  id: r.id,
  name: { nb: r.name_nb, en: r.name_en },
  since: orNull(r.since),
  note: orNull(r.note),
});
catalogue.agencies = units.filter((r) => r.kind === "etat").map(place);
catalogue.units = units.filter((r) => r.kind !== "etat").map((r) => ({ ...place(r), kind: r.kind }));
writeFileSync(target, JSON.stringify(catalogue, null, 2) + "\n");
console.log(`${target}: ${catalogue.instruments.length} instruments, ${catalogue.units.length} units`);
