/**
 * `consolidate FILE... -o OUT.xlsx [--format text|json] [--catalogue FILE] [--force]`: merges returned
 * workbooks (and earlier consolidations) into one workbook (REPORTING.md). Exit 0 no errors, 1 at least one
 * error finding (an unresolved conflict included), 2 a file could not be read at all or wrong usage; every
 * other file is still consolidated.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Catalogue } from "../../catalogue";
import {
  consolidate,
  consolidationExitCode,
  consolidationJson,
  isConsolidatedWorkbook,
  nothingReadable,
  parseExpectedList,
  planConsolidatedWorkbook,
  type ConsolidationInput,
  type ExpectedSubmission,
} from "../../core/consolidate";
import { renderBoth, renderMessage, UserError } from "../../core/model/user-error";
import { validateWorkbook } from "../../core/validation";
import { bilingual, translate, type Lang, type MessageKey } from "../../i18n";
import { writeXlsx } from "../../workbook/xlsx";
import { fail, formatOption, loadCatalogueOption, parseCommandLine, say, type Message } from "../args";
import { progress, skippedJson, withoutLockFiles, type SkippedFile } from "../batch";
import { consolidateText } from "../consolidate-text";
import { withReason } from "./validate";
import { loadWorkbookFile, nodeDeflateRaw, terminalSafe, type LoadedFile } from "../files";

const USAGE = "cli.usage.consolidate";

/** A consolidation input from a file: a returned template is validated; a consolidation brings its own findings. */
export function consolidationInput(loaded: LoadedFile, catalogue: Catalogue): ConsolidationInput {
  if (!loaded.ok)
    return { file: loaded.name, hash: loaded.hash, snapshot: null, readError: renderBoth(loaded.error) };
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
  lang: Lang,
): { inputs: ConsolidationInput[]; loadedFailures: Extract<LoadedFile, { ok: false }>[] } {
  const inputs: ConsolidationInput[] = [];
  const loadedFailures: Extract<LoadedFile, { ok: false }>[] = [];
  const bar = progress(files.length, lang, "cli.progress.reading");
  for (const file of files) {
    const f = loadWorkbookFile(file);
    bar.tick(file);
    if (!f.ok) {
      loadedFailures.push(f);
      bar.done();
      process.stderr.write(terminalSafe(`${renderMessage(f.error, lang)}\n`));
    }
    inputs.push(consolidationInput(f, catalogue));
  }
  bar.done();
  return { inputs, loadedFailures };
}

/** `--expected FILE.tsv`: the list of expected submissions, or why it cannot be used (the line it fails on). */
export function readExpectedOption(
  file: string | undefined,
  catalogue: Catalogue,
): { ok: true; list: ExpectedSubmission[] | undefined } | { ok: false; message: Message } {
  if (file === undefined) return { ok: true, list: undefined };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: bilingual("cli.expectedUnreadable", { file, detail }) };
  }
  const list = parseExpectedList(catalogue, text);
  if (!list.ok)
    return { ok: false, message: { nb: `${file}: ${list.message.nb}`, en: `${file}: ${list.message.en}` } };
  return { ok: true, list: list.expected };
}

/** The words for the checks `consolidate` and `report` share, for their own output file. */
export interface OutputWords {
  usage: MessageKey;
  extension: RegExp;
  noFiles: MessageKey;
  what: MessageKey;
  wrongExtension: MessageKey;
  outIsInput: MessageKey;
  nothing: MessageKey;
}

/**
 * What `consolidate` and `report` check before reading a file: files given, the output file (named, of its type, not
 * one of the inputs, not there already unless --force), the catalogue and the list of expected submissions; lock
 * files are set aside. On a problem the message is written and `code` is the exit code.
 */
export async function consolidationSetup(
  positionals: string[],
  v: { out?: string; force?: boolean; catalogue?: string; expected?: string },
  lang: Lang,
  words: OutputWords,
): Promise<
  | { ok: false; code: number }
  | {
      ok: true;
      out: string;
      catalogue: Catalogue;
      expected: ExpectedSubmission[] | undefined;
      files: string[];
      skipped: SkippedFile[];
    }
> {
  const stop = (message: Message, usage?: MessageKey) => ({
    ok: false as const,
    code: fail(lang, message, usage),
  });
  if (positionals.length === 0) return stop(bilingual(words.noFiles), words.usage);
  const out = v.out;
  if (!out)
    return stop(
      bilingual("cli.missingOption", { flag: "-o", what: translate(lang, words.what) }),
      words.usage,
    );
  if (!words.extension.test(out)) return stop(bilingual(words.wrongExtension, { file: out }), words.usage);
  if (positionals.some((f) => resolve(f) === resolve(out)))
    return stop(bilingual(words.outIsInput, { file: out }), words.usage);
  if (existsSync(out) && !v.force) return stop(bilingual("cli.exists", { file: out }));
  const loaded = await loadCatalogueOption(v.catalogue);
  if (!loaded.ok) return stop(loaded.message);
  const catalogue = loaded.catalogue;
  const expected = readExpectedOption(v.expected, catalogue);
  if (!expected.ok) return stop(expected.message);
  const { files, skipped } = withoutLockFiles(positionals);
  if (files.length === 0) {
    for (const s of skipped) process.stderr.write(terminalSafe(`${s.message[lang]}\n`));
    return stop(bilingual(words.nothing));
  }
  return { ok: true, out, catalogue, expected: expected.list, files, skipped };
}

export async function consolidateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, {
    out: { type: "string", short: "o" },
    format: { type: "string" },
    catalogue: { type: "string" },
    expected: { type: "string" },
    force: { type: "boolean" },
    verbose: { type: "boolean", short: "v" },
    help: { type: "boolean", short: "h" },
  });
  const lang = parsed.lang;
  if (!parsed.ok) return fail(lang, parsed.message, USAGE);
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(translate(lang, USAGE));
    return 0;
  }
  const format = formatOption(v.format);
  if (!format) return fail(lang, bilingual("cli.badFormat", { value: v.format ?? "" }), USAGE);
  const setup = await consolidationSetup(parsed.positionals, v, lang, {
    usage: USAGE,
    extension: /\.xlsx$/i,
    noFiles: "cli.noFilesToConsolidate",
    what: "cli.what.consolidationOut",
    wrongExtension: "cli.notXlsx",
    outIsInput: "cli.outIsInput",
    nothing: "cli.nothingToConsolidate",
  });
  if (!setup.ok) return setup.code;
  const { out, catalogue, expected, files, skipped } = setup;
  const { inputs, loadedFailures } = readConsolidationInputs(files, catalogue, lang);
  const result = consolidate(inputs, catalogue, { expected });
  // Nothing could be read: nothing is written (the reasons are printed above, file by file).
  if (nothingReadable(result)) return fail(lang, bilingual("cli.nothingReadable"));
  let bytes: Uint8Array;
  try {
    // Deflate level 1: writing is a third of the run at the default level, for a file about a fifth smaller.
    bytes = writeXlsx(planConsolidatedWorkbook(result), {
      title: translate("nb", "workbook.consolidationTitle"),
      level: 1,
      deflateRaw: nodeDeflateRaw,
    });
    writeFileSync(out, bytes, { flag: v.force ? "w" : "wx" });
  } catch (e) {
    const detail =
      e instanceof UserError ? renderMessage(e, lang) : e instanceof Error ? e.message : String(e);
    return fail(lang, bilingual("cli.cannotWrite", { file: out, detail }));
  }
  if (format === "json") {
    const json = consolidationJson(result);
    // The reader's code and technical detail on each unreadable file's finding, as `validate` gives them.
    const reasons = new Map(loadedFailures.map((f) => [f.name, f.error]));
    const files = json.files.map((f) => ({
      ...f,
      findings: f.findings.map((x) => withReason(x, reasons.get(f.file))),
    }));
    process.stdout.write(`${JSON.stringify({ ...json, files, ...skippedJson(skipped) })}\n`);
  } else {
    process.stdout.write(terminalSafe(consolidateText(result, lang, { verbose: v.verbose, skipped })));
    say(lang, bilingual("cli.wrote", { file: out }));
  }
  return consolidationExitCode(result);
}
