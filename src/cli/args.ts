/**
 * Command-line argument parsing shared by the commands: node:util parseArgs in strict mode, with its errors
 * turned into usage messages, the `--lang nb|en` and `--catalogue FILE` options every command accepts, and the
 * one way a command stops on wrong usage or an unreadable input (`fail`).
 */
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { defaultCatalogue, formatProblems, type Catalogue, type LocalText } from "../catalogue";
import { renderMessage, type UserMessage } from "../core/model/user-error";
import { bilingual, translate, type Lang, type MessageKey } from "../i18n";
import { terminalSafe } from "./files";
import { langOf } from "./lang";

/** Exit code for wrong usage or a file that could not be read (REPORTING.md). */
export const EXIT_USAGE = 2;

/** A message in both languages; the command prints the one `--lang` asks for. */
export type Message = LocalText;

/** A message in both languages, or a user error (a key and params), in the language asked for. */
function inLang(message: Message | UserMessage, lang: Lang): string {
  return "key" in message ? renderMessage(message, lang) : message[lang];
}

/**
 * Stops a command: prints the message (and the command's usage, if given) on standard error in the language
 * asked for, and returns the exit code for wrong usage or an unreadable input.
 */
export function fail(lang: Lang, message: Message | UserMessage, usage?: MessageKey): number {
  const usageText = usage ? `\n${translate(lang, usage)}` : "";
  process.stderr.write(terminalSafe(`${inLang(message, lang)}\n`) + usageText);
  return EXIT_USAGE;
}

/** Prints a line of text on standard output in the language asked for. */
export function say(lang: Lang, message: Message | UserMessage): void {
  process.stdout.write(terminalSafe(`${inLang(message, lang)}\n`));
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const LANG_OPTION = { lang: { type: "string" } } as const;

export type ParsedCommandLine<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof LANG_OPTION; allowPositionals: true; strict: true }>
>;

export type ParseResult<O extends Options> =
  | { ok: true; lang: Lang; values: ParsedCommandLine<O>["values"]; positionals: string[] }
  | { ok: false; lang: Lang; message: Message };

/**
 * Parses a command's arguments (after the command name). Unknown options, a missing option value, a wrong
 * `--lang` and unexpected positional arguments (when `maxPositionals` is given) become a usage message, never a
 * throw. The language is known even when the rest fails to parse, so the message is in it.
 */
export function parseCommandLine<O extends Options>(
  args: string[],
  options: O,
  opts: { maxPositionals?: number } = {},
): ParseResult<O> {
  const lang = langOf(args);
  if (lang === null) {
    const value =
      args[args.indexOf("--lang") + 1] ?? args.find((a) => a.startsWith("--lang="))?.slice(7) ?? "";
    return { ok: false, lang: "nb", message: bilingual("cli.badLang", { value }) };
  }
  let parsed: ParsedCommandLine<O>;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, ...LANG_OPTION },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return { ok: false, lang, message: translateParseError(e) };
  }
  const positionals = parsed.positionals as string[];
  if (opts.maxPositionals !== undefined && positionals.length > opts.maxPositionals) {
    const extra = positionals.slice(opts.maxPositionals).join(" ");
    return { ok: false, lang, message: bilingual("cli.unexpectedArgument", { extra }) };
  }
  return { ok: true, lang, values: parsed.values, positionals };
}

function translateParseError(e: unknown): Message {
  const text = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-{1,2}[^'\s]+)/.exec(text)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return bilingual("cli.unknownOption", { option });
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return bilingual("cli.optionValue", { option });
    default:
      return bilingual("cli.badArguments", { detail: text });
  }
}

/** `--format text|json`, or null when it is something else. */
export function formatOption(value: string | undefined): "text" | "json" | null {
  const format = value ?? "text";
  return format === "text" || format === "json" ? format : null;
}

export type CatalogueLoad = { ok: true; catalogue: Catalogue } | { ok: false; message: Message };

/**
 * The catalogue named by `--catalogue FILE`, or the bundled one when the option is absent. The full check (and the
 * schema library it needs, half of the tool's code) is loaded only for a file.
 */
export async function loadCatalogueOption(file: string | undefined): Promise<CatalogueLoad> {
  if (file === undefined) return { ok: true, catalogue: defaultCatalogue() };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: bilingual("cli.catalogueUnreadable", { file, detail }) };
  }
  const { parseCatalogue } = await import("../catalogue/check");
  const r = parseCatalogue(text);
  if (!r.ok) {
    return {
      ok: false,
      message: {
        nb: translate("nb", "cli.catalogueUnusable", { file, problems: formatProblems(r.problems, "nb") }),
        en: translate("en", "cli.catalogueUnusable", { file, problems: formatProblems(r.problems, "en") }),
      },
    };
  }
  return { ok: true, catalogue: r.catalogue };
}
