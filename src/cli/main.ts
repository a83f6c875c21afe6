/**
 * The command-line tool: `akrim <command> ...`, also `npm run akrim -- <command> ...` (contract: REPORTING.md).
 * Each command lives in its own module under commands/ and returns the process exit code. The command table is
 * loaded only when a command runs, so `--help` and `--version` start as fast as Node itself.
 */
import { usageText } from "./usage";
import { versionText } from "./version";

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usageText());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-V" || name === "version") {
    process.stdout.write(await versionText());
    return 0;
  }
  const { commands } = await import("./commands");
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`Ukjent kommando / unknown command: ${name}\n\n${usageText()}`);
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
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `Uventet feil / unexpected error: ${err instanceof Error ? err.stack : String(err)}\n`,
      );
      process.exitCode = 2;
    },
  );
}

if (require.main === module) void run(process.argv.slice(2));
