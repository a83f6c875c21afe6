/** Entry of the ribbon's function file: registers the command functions with Office. */
import { registerCommands } from "./commands";

registerCommands();
