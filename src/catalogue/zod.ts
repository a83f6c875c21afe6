/**
 * Zod, set up once for every place that checks a catalogue file. The pane runs under a Content-Security-Policy
 * without 'unsafe-eval'; zod compiles fast paths with `new Function` unless told not to, and even its probe for
 * that shows up as a policy violation. Setting it here, in the module the schema imports zod from, turns it off
 * before any schema exists, in the pane, its worker and the command line alike.
 */
import { config, z } from "zod";

config({ jitless: true });

export { z };
