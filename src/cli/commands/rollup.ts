/**
 * `rollup FILE [--format text|json] [--catalogue FILE]`: prints the steering parameters of one returned
 * workbook (REPORTING.md). Exit 0 when the workbook has no error findings, 1 when it has (the values are
 * still printed; run `validate` for the details), 2 when it cannot be read or the usage is wrong. Given a
 * consolidated workbook, it prints the totals over the submissions that workbook counted.
 */
import { counted } from "../../core/words";
import { consolidate, consolidationExitCode, isConsolidatedWorkbook } from "../../core/consolidate";
import {
  parameterValues,
  rollupModel,
  rollupText,
  rollupWorkbook,
  type ParameterValue,
} from "../../core/rollup";
import { validateWorkbook } from "../../core/validation";
import { EXIT_USAGE, formatMessage, loadCatalogueOption, parseCommandLine, type Message } from "../args";
import { loadWorkbookFile, terminalSafe } from "../files";

export const ROLLUP_USAGE = `Bruk / usage: npm run akrim -- rollup FILE [--format text|json] [--catalogue FILE]
  FILE        en returnert mal / a returned template (.xlsx)
  --format    text (standard / default) eller / or json
  --catalogue katalogfil (JSON) / catalogue file; default: the bundled catalogue
`;

function fail(message: Message, withUsage = true): number {
  process.stderr.write(terminalSafe(formatMessage(message)) + (withUsage ? `\n${ROLLUP_USAGE}` : ""));
  return EXIT_USAGE;
}

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
  if (!parsed.ok) return fail(parsed.message);
  if (parsed.values.help) {
    process.stdout.write(ROLLUP_USAGE);
    return 0;
  }
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json")
    return fail({
      nb: `--format må være text eller json, ikke ${format}.`,
      en: `--format must be text or json, not ${format}.`,
    });
  const [file] = parsed.positionals;
  if (!file) return fail({ nb: "Oppgi filen som skal summeres.", en: "Give the file to roll up." });
  const cat = loadCatalogueOption(parsed.values.catalogue);
  if (!cat.ok) return fail(cat.message, false);

  const loaded = loadWorkbookFile(file);
  if (!loaded.ok) return fail(loaded.error, false);
  const print = (parameters: ParameterValue[]) => {
    if (format === "json") process.stdout.write(`${JSON.stringify({ parameters })}\n`);
    else process.stdout.write(terminalSafe(rollupText(rollupModel(cat.catalogue), parameters, "nb")));
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
      formatMessage({
        nb: `${loaded.name} har ${errors} feil; tallene kan være ufullstendige. Kjør validate for detaljer.`,
        en: `${loaded.name} has ${counted(errors, "error", "errors")}; the numbers may be incomplete. Run validate for details.`,
      }),
    );
    return 1;
  }
  return 0;
}
