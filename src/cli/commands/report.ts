/**
 * `report FILE... -o REPORT.docx [--lang nb|en] [--catalogue FILE] [--expected FILE.tsv] [--force]`: the joint annual report, drafted as
 * a Word document from the same consolidation as `consolidate` (REPORTING.md, the secretariat's cycle), in the
 * language `--lang` asks for. Exit codes as `consolidate`; when nothing can be counted, no document is written and
 * the message says why.
 */
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { consolidate, consolidationExitCode } from "../../core/consolidate";
import { describeAnnualReport } from "../../core/report";
import { bilingual, translate } from "../../i18n";
import { fail, loadCatalogueOption, parseCommandLine, say } from "../args";
import { withoutLockFiles } from "../batch";
import { consolidateText } from "../consolidate-text";
import { terminalSafe } from "../files";
import { readConsolidationInputs, readExpectedOption } from "./consolidate";

const USAGE = "cli.usage.report";

export async function reportCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, {
    out: { type: "string", short: "o" },
    catalogue: { type: "string" },
    expected: { type: "string" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  const lang = parsed.lang;
  if (!parsed.ok) return fail(lang, parsed.message, USAGE);
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(translate(lang, USAGE));
    return 0;
  }
  if (parsed.positionals.length === 0) return fail(lang, bilingual("cli.noFilesToReport"), USAGE);
  const out = v.out;
  if (!out)
    return fail(
      lang,
      bilingual("cli.missingOption", { flag: "-o", what: translate(lang, "cli.what.reportOut") }),
      USAGE,
    );
  if (!/\.docx$/i.test(out)) return fail(lang, bilingual("cli.notDocx", { file: out }), USAGE);
  if (parsed.positionals.some((f) => resolve(f) === resolve(out)))
    return fail(lang, bilingual("cli.reportOutIsInput", { file: out }), USAGE);
  if (existsSync(out) && !v.force) return fail(lang, bilingual("cli.exists", { file: out }));
  const loaded = loadCatalogueOption(v.catalogue);
  if (!loaded.ok) return fail(lang, loaded.message);
  const catalogue = loaded.catalogue;
  const expected = readExpectedOption(v.expected, catalogue);
  if (!expected.ok) return fail(lang, expected.message);

  const { files, skipped } = withoutLockFiles(parsed.positionals);
  if (files.length === 0) {
    for (const s of skipped) process.stderr.write(terminalSafe(`${s.message[lang]}\n`));
    return fail(lang, bilingual("cli.nothingToReport"));
  }
  const { inputs } = readConsolidationInputs(files, catalogue, lang);
  const result = consolidate(inputs, catalogue, { expected: expected.list });
  const code = consolidationExitCode(result);
  process.stdout.write(terminalSafe(consolidateText(result, lang, { skipped })));
  if (!result.entries.some((e) => e.treatment === "counted")) {
    process.stderr.write(terminalSafe(`${translate(lang, "cli.reportNothingCounted", { file: out })}\n`));
    return Math.max(code, 1);
  }
  try {
    // Loaded only here: the Word writer and its library are large, and no other command needs them.
    const { annualReportDocx } = await import("../../report/docx");
    const bytes = await annualReportDocx(describeAnnualReport(result, { drafted: new Date() }), lang);
    writeFileSync(out, bytes, { flag: v.force ? "w" : "wx" });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(lang, bilingual("cli.cannotWrite", { file: out, detail }));
  }
  say(lang, bilingual("cli.wrote", { file: out }));
  return code;
}
