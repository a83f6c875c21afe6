/**
 * `rollup FILE [--format text|json] [--catalogue FILE]`: prints the steering parameters of one returned
 * workbook (REPORTING.md). Exit 0 when the workbook has no error findings, 1 when it has (the values are
 * still printed; run `validate` for the details), 2 when it cannot be read or the usage is wrong. Given a
 * consolidated workbook, it prints the totals over the submissions that workbook counted.
 */
import { consolidate, consolidationExitCode, isConsolidatedWorkbook } from "../../core/consolidate";
import {
  parameterValues,
  rollupModel,
  rollupText,
  rollupWorkbook,
  type ParameterValue,
} from "../../core/rollup";
import { validateWorkbook } from "../../core/validation";
import { bilingual, translate } from "../../i18n";
import { fail, formatOption, loadCatalogueOption, parseCommandLine } from "../args";
import { loadWorkbookFile, terminalSafe } from "../files";

const USAGE = "cli.usage.rollup";

export async function rollupCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(
    args,
    {
      format: { type: "string" },
      catalogue: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    { maxPositionals: 1 },
  );
  const lang = parsed.lang;
  if (!parsed.ok) return fail(lang, parsed.message, USAGE);
  if (parsed.values.help) {
    process.stdout.write(translate(lang, USAGE));
    return 0;
  }
  const format = formatOption(parsed.values.format);
  if (!format) return fail(lang, bilingual("cli.badFormat", { value: parsed.values.format ?? "" }), USAGE);
  const [file] = parsed.positionals;
  if (!file) return fail(lang, bilingual("cli.noFileToRollUp"), USAGE);
  const cat = await loadCatalogueOption(parsed.values.catalogue);
  if (!cat.ok) return fail(lang, cat.message);

  const loaded = loadWorkbookFile(file);
  if (!loaded.ok) return fail(lang, loaded.error);
  const print = (parameters: ParameterValue[]) => {
    if (format === "json") process.stdout.write(`${JSON.stringify({ parameters })}\n`);
    else process.stdout.write(terminalSafe(rollupText(rollupModel(cat.catalogue), parameters, lang)));
  };

  // A consolidated workbook rolls up to its totals over the submissions it counted.
  if (isConsolidatedWorkbook(loaded.snapshot)) {
    const result = consolidate(
      [{ file: loaded.name, hash: loaded.hash, snapshot: loaded.snapshot }],
      cat.catalogue,
    );
    print(parameterValues(result.total, result.model.parameters));
    return consolidationExitCode(result);
  }

  const result = rollupWorkbook(loaded.snapshot, cat.catalogue);
  print(result.json.parameters);

  const errors = validateWorkbook(loaded.snapshot, cat.catalogue).filter(
    (f) => f.severity === "error",
  ).length;
  if (errors) {
    process.stderr.write(
      terminalSafe(`${translate(lang, "cli.rollupErrors", { file: loaded.name, errors })}\n`),
    );
    return 1;
  }
  return 0;
}
