/**
 * The pane runs under a Content-Security-Policy without 'unsafe-eval'. Zod compiles fast paths with
 * `new Function` unless told not to, and even its probe for that shows up as a policy violation: turn it off
 * before any schema is used. Imported first by the page and the worker.
 */
import { config } from "zod";

config({ jitless: true });
