/**
 * Command-line argument parsing shared by the commands: node:util parseArgs in strict mode, with its errors
 * turned into bilingual usage messages, and the `--catalogue FILE` option every command accepts.
 */
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { defaultCatalogue, formatProblems, parseCatalogue, type Catalogue } from "../catalogue";

/** Exit code for wrong usage or a file that could not be read (REPORTING.md). */
export const EXIT_USAGE = 2;

/** A message in both languages; the CLI prints Norwegian first, then English. */
export interface Message {
  nb: string;
  en: string;
}

export function formatMessage(m: Message): string {
  return m.nb === m.en ? `${m.nb}\n` : `${m.nb}\n${m.en}\n`;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

export type ParsedCommandLine<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

export type ParseResult<O extends Options> =
  | { ok: true; values: ParsedCommandLine<O>["values"]; positionals: string[] }
  | { ok: false; message: Message };

/**
 * Parses a command's arguments (after the command name). Unknown options, a missing option value and
 * unexpected positional arguments (when `maxPositionals` is given) become a usage message, never a throw.
 */
export function parseCommandLine<O extends Options>(
  args: string[],
  options: O,
  opts: { maxPositionals?: number } = {},
): ParseResult<O> {
  let parsed: ParsedCommandLine<O>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, message: translateParseError(e) };
  }
  const positionals = parsed.positionals as string[];
  if (opts.maxPositionals !== undefined && positionals.length > opts.maxPositionals) {
    const extra = positionals.slice(opts.maxPositionals).join(" ");
    return {
      ok: false,
      message: { nb: `Uventet argument: ${extra}`, en: `Unexpected argument: ${extra}` },
    };
  }
  return { ok: true, values: parsed.values, positionals };
}

function translateParseError(e: unknown): Message {
  const text = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-{1,2}[^'\s]+)/.exec(text)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return { nb: `Ukjent valg: ${option}`, en: `Unknown option: ${option}` };
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return {
        nb: `Valget ${option} mangler en verdi eller har feil type verdi.`,
        en: `The option ${option} is missing a value or has a value of the wrong type.`,
      };
    default:
      return { nb: `Feil i argumentene: ${text}`, en: `Invalid arguments: ${text}` };
  }
}

/** A message for a required option that was not given. */
export function missingOption(flag: string, what: Message): Message {
  return {
    nb: `Mangler ${flag} (${what.nb}).`,
    en: `Missing ${flag} (${what.en}).`,
  };
}

export type CatalogueLoad = { ok: true; catalogue: Catalogue } | { ok: false; message: Message };

/** The catalogue named by `--catalogue FILE`, or the bundled one when the option is absent. */
export function loadCatalogueOption(file: string | undefined): CatalogueLoad {
  if (file === undefined) return { ok: true, catalogue: defaultCatalogue() };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: {
        nb: `Kan ikke lese katalogfilen ${file}: ${detail}`,
        en: `Cannot read the catalogue file ${file}: ${detail}`,
      },
    };
  }
  const r = parseCatalogue(text);
  if (!r.ok) {
    return {
      ok: false,
      message: {
        nb: `Katalogen ${file} kan ikke brukes:\n${formatProblems(r.problems, "nb")}`,
        en: `The catalogue ${file} cannot be used:\n${formatProblems(r.problems, "en")}`,
      },
    };
  }
  return { ok: true, catalogue: r.catalogue };
}
