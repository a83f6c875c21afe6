/**
 * `npm run samples [-- --out DIR] [--seed N] [--catalogue FILE]`: writes a year of sample returned
 * templates (every centre and local cooperation × agency × tertial) as .xlsx files, plus `mistakes.json`
 * listing the planted mistakes per file. Default folder: samples/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fail, loadCatalogueOption, parseCommandLine, say } from "../src/cli/args";
import { bilingual, translate } from "../src/i18n";
import { DEFAULT_SEED, generateSamples, planSample } from "../src/core/samples";
import { writeXlsx } from "../src/workbook/xlsx";

async function main(): Promise<number> {
  const parsed = parseCommandLine(
    process.argv.slice(2),
    { out: { type: "string", short: "o" }, seed: { type: "string" }, catalogue: { type: "string" } },
    { maxPositionals: 0 },
  );
  const lang = parsed.lang;
  if (!parsed.ok) return fail(lang, parsed.message);
  const out = parsed.values.out ?? "samples";
  const seed = parsed.values.seed === undefined ? DEFAULT_SEED : Number(parsed.values.seed);
  if (!Number.isSafeInteger(seed)) return fail(lang, bilingual("cli.badSeed"));
  const loaded = await loadCatalogueOption(parsed.values.catalogue);
  if (!loaded.ok) return fail(lang, loaded.message);
  const catalogue = loaded.catalogue;
  const samples = generateSamples(catalogue, { seed });
  mkdirSync(out, { recursive: true });
  // A fixed creation time keeps the files byte-identical from run to run.
  const created = new Date(Date.UTC(2026, 0, 1));
  for (const s of samples) {
    const { unit, agency, period } = s.identity;
    const bytes = writeXlsx(planSample(catalogue, s), {
      title: translate("nb", "workbook.sampleTitle", { unit, agency, period }),
      created,
    });
    writeFileSync(join(out, s.fileName), bytes);
  }
  const mistakes = samples
    .filter((s) => s.mistakes.length)
    .map((s) => ({ file: s.fileName, mistakes: s.mistakes }));
  writeFileSync(join(out, "mistakes.json"), `${JSON.stringify({ seed, files: mistakes }, null, 2)}\n`);
  say(
    lang,
    bilingual("cli.samplesWritten", { count: samples.length, folder: out, mistakes: mistakes.length }),
  );
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
