/** The command table. Each command takes its arguments (after the command name) and returns an exit code. */
import { templateCommand } from "./commands/template";

export type Command = (args: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  template: templateCommand,
};
