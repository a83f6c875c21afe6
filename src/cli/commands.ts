/** The command table. Each command takes its arguments (after the command name) and returns an exit code. */
import { consolidateCommand } from "./commands/consolidate";
import { reportCommand } from "./commands/report";
import { rollupCommand } from "./commands/rollup";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";

export type Command = (args: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  template: templateCommand,
  validate: validateCommand,
  rollup: rollupCommand,
  consolidate: consolidateCommand,
  report: reportCommand,
};
