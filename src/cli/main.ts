/**
 * The command-line tool: `akrim <command> ...`, also `npm run akrim -- <command> ...` (contract: REPORTING.md).
 * Each command lives in its own module under commands/ and returns the process exit code. The command table is
 * loaded only when a command runs, so `--help` and `--version` start as fast as Node itself.
 */
import { renderMessage, UserError } from "../core/model/user-error";
import { translate } from "../i18n";
import { langOf } from "./lang";
import { usageText } from "./usage";
import { versionText } from "./version";

export async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv) ?? "nb";
  // `akrim --lang en --help` as well as `akrim --help --lang en`.
  const [name, ...rest] = argv[0] === "--lang" ? [...argv.slice(2), ...argv.slice(0, 2)] : argv;
  if (!name || name === "--help" || name === "-h" || name === "help" || name === "--lang") {
    process.stdout.write(usageText(lang));
    return name && name !== "--lang" ? 0 : 2;
  }
  if (name === "--version" || name === "-V" || name === "version") {
    process.stdout.write(await versionText());
    return 0;
  }
  const { commands } = await import("./commands");
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${translate(lang, "cli.unknownCommand", { name })}\n\n${usageText(lang)}`);
    return 2;
  }
  return command(rest);
}

/** Runs the tool with these arguments and sets the process's exit code (the bundle's entry point). */
export function run(argv: string[]): Promise<void> {
  // Output piped into a program that stops reading (`| head`) ends the run quietly, as other tools do.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  const lang = langOf(argv) ?? "nb";
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // A user error says what to do in the user's words; anything else is a fault, reported with its stack.
      const text =
        err instanceof UserError
          ? renderMessage(err, lang)
          : translate(lang, "cli.unexpected", {
              detail: err instanceof Error ? (err.stack ?? err.message) : String(err),
            });
      process.stderr.write(`${text}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) void run(process.argv.slice(2));
