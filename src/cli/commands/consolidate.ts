/**
 * `consolidate FILE... -o OUT.xlsx [--format text|json] [--catalogue FILE] [--force]`: merges returned
 * workbooks (and earlier consolidations) into one workbook (REPORTING.md). Exit 0 no errors, 1 at least one
 * error finding (an unresolved conflict included), 2 a file could not be read at all or wrong usage; every
 * other file is still consolidated.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Catalogue, LocalText } from "../../catalogue";
import {
  consolidate,
  consolidationExitCode,
  consolidationJson,
  consolidationText,
  isConsolidatedWorkbook,
  planConsolidatedWorkbook,
  type ConsolidationInput,
} from "../../core/consolidate";
import { validateWorkbook } from "../../core/validation";
import { XlsxReadError, XlsxWriteError, readXlsx, writeXlsx } from "../../workbook/xlsx";
import { EXIT_USAGE, formatMessage, loadCatalogueOption, parseCommandLine, type Message } from "../args";

export const CONSOLIDATE_USAGE = `Bruk / usage: npm run akrim -- consolidate FILE... -o OUT.xlsx [--format text|json] [--catalogue FILE] [--force]
  FILE        returnerte maler eller tidligere konsolideringer / returned templates or earlier consolidations
  -o, --out   arbeidsboken som skal skrives / the workbook to write
  --format    text (standard / default) eller / or json
  --catalogue katalogfil (JSON) / catalogue file; default: the bundled catalogue
  --force     overskriv en eksisterende fil / overwrite an existing file
`;

/** Files larger than this are refused before they are read (the reader caps what they unpack to). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type LoadedFile =
  | { ok: true; file: string; name: string; hash: string; snapshot: ReturnType<typeof readXlsx> }
  | { ok: false; file: string; name: string; hash: string; error: LocalText };

/** Reads one file from disk into a snapshot with its SHA-256 content hash; never throws. */
export function loadWorkbookFile(file: string): LoadedFile {
  const name = basename(file);
  const failed = (error: LocalText, hash = ""): LoadedFile => ({ ok: false, file, name, hash, error });
  try {
    const st = statSync(file);
    if (!st.isFile()) return failed({ nb: `«${name}» er ikke en fil.`, en: `“${name}” is not a file.` });
    if (st.size > MAX_FILE_BYTES) {
      const mb = (n: number) => Math.round(n / 1024 / 1024);
      return failed({
        nb: `Filen «${name}» er ${mb(st.size)} MB, mer enn ${mb(MAX_FILE_BYTES)} MB som kan leses.`,
        en: `The file “${name}” is ${mb(st.size)} MB, more than the ${mb(MAX_FILE_BYTES)} MB that can be read.`,
      });
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    return failed(
      code === "ENOENT"
        ? { nb: `Filen «${name}» finnes ikke.`, en: `The file “${name}” does not exist.` }
        : {
            nb: `Filen «${name}» kan ikke åpnes (${code ?? "ukjent feil"}).`,
            en: `The file “${name}” cannot be opened (${code ?? "unknown error"}).`,
          },
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failed({
      nb: `Filen «${name}» kan ikke leses: ${detail}`,
      en: `The file “${name}” cannot be read: ${detail}`,
    });
  }
  const hash = createHash("sha256").update(bytes).digest("hex");
  try {
    const snapshot = readXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
    return { ok: true, file, name, hash, snapshot };
  } catch (e) {
    if (e instanceof XlsxReadError) return failed(e.text, hash);
    const detail = e instanceof Error ? e.message : String(e);
    return failed(
      {
        nb: `Filen «${name}» kunne ikke leses: ${detail}`,
        en: `The file “${name}” could not be read: ${detail}`,
      },
      hash,
    );
  }
}

/** A consolidation input from a file: a returned template is validated; a consolidation brings its own findings. */
export function consolidationInput(loaded: LoadedFile, catalogue: Catalogue): ConsolidationInput {
  if (!loaded.ok) return { file: loaded.name, hash: loaded.hash, snapshot: null, readError: loaded.error };
  const snapshot = loaded.snapshot;
  const findings = isConsolidatedWorkbook(snapshot) ? [] : validateWorkbook(snapshot, catalogue);
  return { file: loaded.name, hash: loaded.hash, snapshot, findings };
}

/** Control characters (and bidirectional overrides) from files are shown escaped, never sent to a terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_RE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE_RE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
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

  const inputs: ConsolidationInput[] = [];
  for (const file of parsed.positionals) {
    const f = loadWorkbookFile(file);
    if (!f.ok) process.stderr.write(terminalSafe(formatMessage(f.error)));
    inputs.push(consolidationInput(f, catalogue));
  }
  const result = consolidate(inputs, catalogue);
  let bytes: Uint8Array;
  try {
    bytes = writeXlsx(planConsolidatedWorkbook(result), { title: "A-krim rapportering: konsolidering" });
    writeFileSync(out, bytes, { flag: v.force ? "w" : "wx" });
  } catch (e) {
    const detail = e instanceof XlsxWriteError ? e.text.en : e instanceof Error ? e.message : String(e);
    return fail({ nb: `Kan ikke skrive ${out}: ${detail}`, en: `Cannot write ${out}: ${detail}` }, false);
  }
  if (format === "json") process.stdout.write(`${JSON.stringify(consolidationJson(result))}\n`);
  else {
    process.stdout.write(terminalSafe(consolidationText(result, "nb")));
    process.stdout.write(formatMessage({ nb: `Skrev ${out}.`, en: `Wrote ${out}.` }));
  }
  return consolidationExitCode(result);
}
