/**
 * Ribbon commands. "Kontroller" runs the check straight from the ribbon without opening the pane: it reads
 * the workbook, runs the validation engine, highlights the cells with findings, writes the report sheet
 * (a new numbered one if a report already exists) and activates it, so the report itself is what the user
 * sees. The outcome is also kept for the task pane, and the pane is opened when something needs the user's
 * attention (where the host can open it from a command). `event.completed()` is always called.
 */
import { defaultCatalogue } from "../catalogue";
import type { Catalogue } from "../catalogue/loader";
import type { LocalText } from "../catalogue/schema";
import { officeSetSupported, type SetSupported } from "../workbook/office/capabilities";
import { describeExcelError, withExcel, type WithExcelOptions } from "../workbook/office/errors";
import { runCheck, type CheckResult } from "../workbook/office/operations";

export interface CommandOutcome {
  command: "check";
  ok: boolean;
  /** The line to show (nb + en). */
  message: LocalText;
  counts?: { error: number; warning: number; info: number };
  /** Edits that were skipped, failed or not attempted. */
  notApplied?: number;
  at: string;
}

export interface CommandDeps {
  catalogue: () => Catalogue;
  supported: SetSupported;
  excel?: WithExcelOptions;
  /** Shows or keeps the outcome (default: stores it for the pane and opens the pane when needed). */
  notify: (outcome: CommandOutcome) => Promise<void> | void;
}

export const LAST_OUTCOME_KEY = "akrim-rapport:last-command";

export function defaultDeps(): CommandDeps {
  return { catalogue: defaultCatalogue, supported: officeSetSupported(), notify: keepAndShow };
}

/** The ribbon's "Kontroller" button. */
export async function runCheckCommand(event: { completed: () => void }, deps: CommandDeps = defaultDeps()) {
  try {
    const outcome = await checkOutcome(deps);
    await deps.notify(outcome);
  } catch (e) {
    // notify itself failed: nothing more can be shown from a command; the work is already reported in the sheet.
    console.error("akrim-rapport: command outcome could not be shown", e);
  } finally {
    event.completed();
  }
}

async function checkOutcome(deps: CommandDeps): Promise<CommandOutcome> {
  const at = new Date().toISOString();
  let result: CheckResult;
  try {
    const catalogue = deps.catalogue();
    result = await withExcel(
      (context) =>
        runCheck(context, catalogue, { supported: deps.supported, report: { onExisting: "numbered" } }),
      deps.excel,
    );
  } catch (e) {
    const problem = describeExcelError(e);
    return { command: "check", ok: false, message: problem.message, at };
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  if (result.kind === "clash") return { command: "check", ok: false, message: result.message, counts, at };
  const notApplied = result.apply.outcomes.filter((o) => o.status !== "applied").length;
  if (result.apply.problem) {
    return {
      command: "check",
      ok: false,
      counts,
      notApplied,
      at,
      message: {
        nb: `Kontrollen fant ${counts.error} feil og ${counts.warning} advarsler, men rapporten ble ikke skrevet ferdig: ${result.apply.problem.message.nb}`,
        en: `The check found ${counts.error} errors and ${counts.warning} warnings, but the report was not completed: ${result.apply.problem.message.en}`,
      },
    };
  }
  return {
    command: "check",
    ok: true,
    counts,
    notApplied,
    at,
    message: {
      nb: `Kontrollen er ferdig: ${counts.error} feil, ${counts.warning} advarsler, ${counts.info} merknader. Se arket «${result.reportSheet}».`,
      en: `Check complete: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes. See the sheet "${result.reportSheet}".`,
    },
  };
}

/** Keeps the outcome for the task pane; opens the pane when the user has to act (where the host allows). */
async function keepAndShow(outcome: CommandOutcome) {
  try {
    globalThis.localStorage?.setItem(LAST_OUTCOME_KEY, JSON.stringify(outcome));
  } catch {
    // Storage can be unavailable (private mode); the report sheet still shows the result.
  }
  const needsAttention = !outcome.ok || (outcome.counts?.error ?? 0) > 0;
  if (
    needsAttention &&
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1")
  )
    await Office.addin.showAsTaskpane();
}

/**
 * Registers the commands with Office once it is ready, under the manifest's FunctionName. Hosts that predate
 * `Office.actions.associate` find the function by its global name instead.
 */
export function registerCommands() {
  const handler = (event: Office.AddinCommands.Event) => runCheckCommand(event);
  (globalThis as Record<string, unknown>).akrimRunCheck = handler;
  Office.onReady(() => {
    Office.actions?.associate?.("akrimRunCheck", handler);
  });
}
