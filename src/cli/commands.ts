/** The command table. Each command takes its arguments (after the command name) and returns an exit code. */
import { consolidateCommand } from "./commands/consolidate";
import { rollupCommand } from "./commands/rollup";

export type Command = (args: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  rollup: rollupCommand,
  consolidate: consolidateCommand,
};
