/**
 * `report FILE... -o REPORT.docx [--lang nb|en] [--catalogue FILE] [--force]`: the joint annual report, drafted as
 * a Word document from the same consolidation as `consolidate` (REPORTING.md, the secretariat's cycle). Exit codes
 * as `consolidate`; when nothing can be counted, no document is written and the message says why.
 */
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { consolidate, consolidationExitCode } from "../../core/consolidate";
import { describeAnnualReport } from "../../core/report";
import { annualReportDocx } from "../../report/docx";
import { EXIT_USAGE, formatMessage, loadCatalogueOption, parseCommandLine, type Message } from "../args";
import { withoutLockFiles } from "../batch";
import { consolidateText } from "../consolidate-text";
import { terminalSafe } from "../files";
import { readConsolidationInputs } from "./consolidate";

export const REPORT_USAGE = `Bruk / usage: npm run akrim -- report FILE... -o REPORT.docx [--lang nb|en] [--catalogue FILE] [--force]
  FILE        returnerte maler eller tidligere konsolideringer / returned templates or earlier consolidations
  -o, --out   Word-dokumentet som skal skrives / the Word document to write
  --lang      nb (standard / default) eller / or en: rapportens språk / the report's language
  --catalogue katalogfil (JSON) / catalogue file; default: the bundled catalogue
  --force     overskriv en eksisterende fil / overwrite an existing file
`;

function fail(message: Message, withUsage = true): number {
  process.stderr.write(formatMessage(message) + (withUsage ? `\n${REPORT_USAGE}` : ""));
  return EXIT_USAGE;
}

export async function reportCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, {
    out: { type: "string", short: "o" },
    lang: { type: "string" },
    catalogue: { type: "string" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (!parsed.ok) return fail(parsed.message);
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(REPORT_USAGE);
    return 0;
  }
  const lang = v.lang ?? "nb";
  if (lang !== "nb" && lang !== "en")
    return fail({
      nb: `--lang må være nb eller en, ikke ${lang}.`,
      en: `--lang must be nb or en, not ${lang}.`,
    });
  if (parsed.positionals.length === 0)
    return fail({
      nb: "Oppgi minst én fil å lage rapporten fra.",
      en: "Give at least one file to make the report from.",
    });
  const out = v.out;
  if (!out)
    return fail({
      nb: "Mangler -o (Word-dokumentet som skal skrives).",
      en: "Missing -o (the Word document to write).",
    });
  if (!/\.docx$/i.test(out))
    return fail({
      nb: `Utfilen må slutte på .docx: ${out}`,
      en: `The output file must end in .docx: ${out}`,
    });
  if (parsed.positionals.some((f) => resolve(f) === resolve(out)))
    return fail({
      nb: `Utfilen ${out} er også en av filene rapporten skal lages fra.`,
      en: `The output file ${out} is also one of the files to make the report from.`,
    });
  if (existsSync(out) && !v.force)
    return fail(
      {
        nb: `Filen ${out} finnes allerede. Velg et annet navn, eller bruk --force for å overskrive den.`,
        en: `The file ${out} already exists. Choose another name, or use --force to overwrite it.`,
      },
      false,
    );
  const loaded = loadCatalogueOption(v.catalogue);
  if (!loaded.ok) return fail(loaded.message, false);
  const catalogue = loaded.catalogue;

  const { files, skipped } = withoutLockFiles(parsed.positionals);
  if (files.length === 0) {
    for (const s of skipped) process.stderr.write(terminalSafe(formatMessage(s.message)));
    return fail(
      { nb: "Ingen arbeidsbøker å lage rapporten fra.", en: "No workbooks to make the report from." },
      false,
    );
  }
  const { inputs } = readConsolidationInputs(files, catalogue);
  const result = consolidate(inputs, catalogue);
  const code = consolidationExitCode(result);
  process.stdout.write(terminalSafe(consolidateText(result, { skipped })));
  if (!result.entries.some((e) => e.treatment === "counted")) {
    process.stderr.write(
      formatMessage({
        nb: `Ingen innsending kan telles med, så ${out} er ikke skrevet: rapporten ville ikke hatt ett tall. Se funnene over.`,
        en: `No submission can be counted, so ${out} was not written: the report would not have a single number. See the findings above.`,
      }),
    );
    return Math.max(code, 1);
  }
  try {
    const bytes = await annualReportDocx(describeAnnualReport(result, { drafted: new Date() }), lang);
    writeFileSync(out, bytes, { flag: v.force ? "w" : "wx" });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail({ nb: `Kan ikke skrive ${out}: ${detail}`, en: `Cannot write ${out}: ${detail}` }, false);
  }
  process.stdout.write(formatMessage({ nb: `Skrev ${out}.`, en: `Wrote ${out}.` }));
  return code;
}
