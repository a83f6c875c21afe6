/**
 * `report FILE... -o REPORT.docx [--lang nb|en] [--catalogue FILE] [--expected FILE.tsv] [--force]`: the joint annual report, drafted as
 * a Word document from the same consolidation as `consolidate` (REPORTING.md, the secretariat's cycle), in the
 * language `--lang` asks for. Exit codes as `consolidate`; when nothing can be counted, no document is written and
 * the message says why.
 */
import { writeFileSync } from "node:fs";
import { consolidate, consolidationExitCode } from "../../core/consolidate";
import { describeAnnualReport } from "../../core/report";
import { bilingual, translate } from "../../i18n";
import { fail, parseCommandLine, say } from "../args";
import { consolidateText } from "../consolidate-text";
import { terminalSafe } from "../files";
import { consolidationSetup, readConsolidationInputs } from "./consolidate";

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
  const setup = await consolidationSetup(parsed.positionals, v, lang, {
    usage: USAGE,
    extension: /\.docx$/i,
    noFiles: "cli.noFilesToReport",
    what: "cli.what.reportOut",
    wrongExtension: "cli.notDocx",
    outIsInput: "cli.reportOutIsInput",
    nothing: "cli.nothingToReport",
  });
  if (!setup.ok) return setup.code;
  const { out, catalogue, expected, files, skipped } = setup;
  const { inputs } = readConsolidationInputs(files, catalogue, lang);
  const result = consolidate(inputs, catalogue, { expected });
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
