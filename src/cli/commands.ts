/** The command table. Each command takes its arguments (after the command name) and returns an exit code. */
import { validateCommand } from "./commands/validate";

export type Command = (args: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  validate: validateCommand,
};
