/**
 * `npm run samples [-- --out DIR] [--seed N] [--catalogue FILE]`: writes a year of sample returned
 * templates (every centre and local cooperation × agency × tertial) as .xlsx files, plus `mistakes.json`
 * listing the planted mistakes per file. Default folder: samples/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT_USAGE, formatMessage, loadCatalogueOption, parseCommandLine } from "../src/cli/args";
import { DEFAULT_SEED, generateSamples, planSample } from "../src/core/samples";
import { writeXlsx } from "../src/workbook/xlsx";

function main(): number {
  const parsed = parseCommandLine(
    process.argv.slice(2),
    { out: { type: "string", short: "o" }, seed: { type: "string" }, catalogue: { type: "string" } },
    { maxPositionals: 0 },
  );
  if (!parsed.ok) {
    process.stderr.write(formatMessage(parsed.message));
    return EXIT_USAGE;
  }
  const out = parsed.values.out ?? "samples";
  const seed = parsed.values.seed === undefined ? DEFAULT_SEED : Number(parsed.values.seed);
  if (!Number.isSafeInteger(seed)) {
    process.stderr.write(
      formatMessage({ nb: "--seed må være et heltall.", en: "--seed must be an integer." }),
    );
    return EXIT_USAGE;
  }
  const loaded = loadCatalogueOption(parsed.values.catalogue);
  if (!loaded.ok) {
    process.stderr.write(formatMessage(loaded.message));
    return EXIT_USAGE;
  }
  const catalogue = loaded.catalogue;
  const samples = generateSamples(catalogue, { seed });
  mkdirSync(out, { recursive: true });
  // A fixed creation time keeps the files byte-identical from run to run.
  const created = new Date(Date.UTC(2026, 0, 1));
  for (const s of samples) {
    const { unit, agency, period } = s.identity;
    const bytes = writeXlsx(planSample(catalogue, s), {
      title: `A-krim rapportering ${unit} ${agency} ${period} (eksempeldata / sample data)`,
      created,
    });
    writeFileSync(join(out, s.fileName), bytes);
  }
  const mistakes = samples
    .filter((s) => s.mistakes.length)
    .map((s) => ({ file: s.fileName, mistakes: s.mistakes }));
  writeFileSync(join(out, "mistakes.json"), `${JSON.stringify({ seed, files: mistakes }, null, 2)}\n`);
  process.stdout.write(
    formatMessage({
      nb: `Skrev ${samples.length} eksempelfiler til ${out}/ (${mistakes.length} med innlagte feil, se mistakes.json).`,
      en: `Wrote ${samples.length} sample files to ${out}/ (${mistakes.length} with planted mistakes, see mistakes.json).`,
    }),
  );
  return 0;
}

process.exitCode = main();
