/**
 * The command-line tool: `npm run akrim -- <command> ...` (contract: REPORTING.md).
 * Each command lives in its own module under commands/ and returns the process exit code.
 */
import { commands } from "./commands";
import { usageText } from "./usage";

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usageText());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Ukjent kommando / unknown command: ${name}\n\n${usageText()}`);
    return 2;
  }
  return command(rest);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
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
