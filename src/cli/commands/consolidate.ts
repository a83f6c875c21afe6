/**
 * `consolidate FILE... -o OUT.xlsx [--format text|json] [--catalogue FILE] [--force]`: merges returned
 * workbooks (and earlier consolidations) into one workbook (REPORTING.md). Exit 0 no errors, 1 at least one
 * error finding (an unresolved conflict included), 2 a file could not be read at all or wrong usage; every
 * other file is still consolidated.
 */
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Catalogue } from "../../catalogue";
import {
  consolidate,
  consolidationExitCode,
  consolidationJson,
  isConsolidatedWorkbook,
  planConsolidatedWorkbook,
  type ConsolidationInput,
} from "../../core/consolidate";
import { validateWorkbook } from "../../core/validation";
import { XlsxWriteError, writeXlsx } from "../../workbook/xlsx";
import { EXIT_USAGE, formatMessage, loadCatalogueOption, parseCommandLine, type Message } from "../args";
import { progress, skippedJson, withoutLockFiles } from "../batch";
import { consolidateText } from "../consolidate-text";
import { withReason } from "./validate";
import { loadWorkbookFile, terminalSafe, type LoadedFile } from "../files";

export const CONSOLIDATE_USAGE = `Bruk / usage: npm run akrim -- consolidate FILE... -o OUT.xlsx [--format text|json] [--verbose] [--catalogue FILE] [--force]
  FILE        returnerte maler eller tidligere konsolideringer / returned templates or earlier consolidations
  -o, --out   arbeidsboken som skal skrives / the workbook to write
  --format    text (standard / default) eller / or json
  --verbose   vis alle innsendingene / show every submission
  --catalogue katalogfil (JSON) / catalogue file; default: the bundled catalogue
  --force     overskriv en eksisterende fil / overwrite an existing file
`;

/** A consolidation input from a file: a returned template is validated; a consolidation brings its own findings. */
export function consolidationInput(loaded: LoadedFile, catalogue: Catalogue): ConsolidationInput {
  if (!loaded.ok) return { file: loaded.name, hash: loaded.hash, snapshot: null, readError: loaded.error };
  const snapshot = loaded.snapshot;
  const findings = isConsolidatedWorkbook(snapshot) ? [] : validateWorkbook(snapshot, catalogue);
  return { file: loaded.name, hash: loaded.hash, snapshot, findings };
}

/**
 * Reads and checks the files to consolidate, with a progress line on a terminal; a file that cannot be read is said
 * on stderr at once and becomes an unreadable input (the other files are still read).
 */
export function readConsolidationInputs(
  files: string[],
  catalogue: Catalogue,
): { inputs: ConsolidationInput[]; loadedFailures: Extract<LoadedFile, { ok: false }>[] } {
  const inputs: ConsolidationInput[] = [];
  const loadedFailures: Extract<LoadedFile, { ok: false }>[] = [];
  const bar = progress(files.length, { nb: "Leser", en: "reading" });
  for (const file of files) {
    const f = loadWorkbookFile(file);
    bar.tick(file);
    if (!f.ok) {
      loadedFailures.push(f);
      bar.done();
      process.stderr.write(terminalSafe(formatMessage(f.error)));
    }
    inputs.push(consolidationInput(f, catalogue));
  }
  bar.done();
  return { inputs, loadedFailures };
}

function fail(message: Message, withUsage = true): number {
  process.stderr.write(formatMessage(message) + (withUsage ? `\n${CONSOLIDATE_USAGE}` : ""));
  return EXIT_USAGE;
}

export async function consolidateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, {
    out: { type: "string", short: "o" },
    format: { type: "string" },
    catalogue: { type: "string" },
    force: { type: "boolean" },
    verbose: { type: "boolean", short: "v" },
    help: { type: "boolean", short: "h" },
  });
  if (!parsed.ok) return fail(parsed.message);
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(CONSOLIDATE_USAGE);
    return 0;
  }
  const format = v.format ?? "text";
  if (format !== "text" && format !== "json")
    return fail({
      nb: `--format må være text eller json, ikke ${format}.`,
      en: `--format must be text or json, not ${format}.`,
    });
  if (parsed.positionals.length === 0)
    return fail({ nb: "Oppgi minst én fil å konsolidere.", en: "Give at least one file to consolidate." });
  const out = v.out;
  if (!out)
    return fail({
      nb: "Mangler -o (arbeidsboken som skal skrives).",
      en: "Missing -o (the workbook to write).",
    });
  if (!/\.xlsx$/i.test(out))
    return fail({
      nb: `Utfilen må slutte på .xlsx: ${out}`,
      en: `The output file must end in .xlsx: ${out}`,
    });
  if (parsed.positionals.some((f) => resolve(f) === resolve(out)))
    return fail({
      nb: `Utfilen ${out} er også en av filene som skal konsolideres.`,
      en: `The output file ${out} is also one of the files to consolidate.`,
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
    return fail({ nb: "Ingen arbeidsbøker å sammenstille.", en: "No workbooks to consolidate." }, false);
  }
  const { inputs, loadedFailures } = readConsolidationInputs(files, catalogue);
  const result = consolidate(inputs, catalogue);
  let bytes: Uint8Array;
  try {
    // Deflate level 1: writing is a third of the run at the default level, for a file about a fifth smaller.
    bytes = writeXlsx(planConsolidatedWorkbook(result), {
      title: "A-krim rapportering: konsolidering",
      level: 1,
    });
    writeFileSync(out, bytes, { flag: v.force ? "w" : "wx" });
  } catch (e) {
    const detail = e instanceof XlsxWriteError ? e.text.en : e instanceof Error ? e.message : String(e);
    return fail({ nb: `Kan ikke skrive ${out}: ${detail}`, en: `Cannot write ${out}: ${detail}` }, false);
  }
  if (format === "json") {
    const json = consolidationJson(result);
    // The reader's code and technical detail on each unreadable file's finding, as `validate` gives them.
    const reasons = new Map(loadedFailures.map((f) => [f.name, f.reason]));
    const files = json.files.map((f) => ({
      ...f,
      findings: f.findings.map((x) => withReason(x, reasons.get(f.file))),
    }));
    process.stdout.write(`${JSON.stringify({ ...json, files, ...skippedJson(skipped) })}\n`);
  } else {
    process.stdout.write(terminalSafe(consolidateText(result, { verbose: v.verbose, skipped })));
    process.stdout.write(formatMessage({ nb: `Skrev ${out}.`, en: `Wrote ${out}.` }));
  }
  return consolidationExitCode(result);
}
