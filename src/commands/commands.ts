/**
 * Ribbon commands. "Kontroller" runs the check straight from the ribbon without opening the pane: it reads
 * the workbook, runs the validation engine, highlights the cells with findings, writes the report sheet
 * (a new numbered one if a report already exists) and activates it. Its outcome is shown in a small dialog
 * (outcome.html, Dialog API 1.1), which the user closes; then `event.completed()` is called. It is always called.
 *
 * Why a dialog and not the task pane: opening the pane from a command (`Office.addin.showAsTaskpane`) needs a
 * shared runtime (manifest `Runtimes`, SharedRuntime 1.1), which Excel 2019 and Excel 2016 do not have
 * (https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets) and
 * which the add-in-only manifest schemas carried in tests/manifest/schema do not define. The Dialog API can be
 * opened from a function command ("Use the Office dialog API in Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins) and is in every Excel the
 * add-in supports (DialogApi 1.1: https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets).
 */
import { bilingual } from "../i18n";
import { defaultCatalogue } from "../catalogue";
import type { Catalogue } from "../catalogue/loader";
import type { LocalText } from "../catalogue/schema";
import { renderBoth } from "../core/model/user-error";
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

export function defaultDeps(): CommandDeps {
  return { catalogue: defaultCatalogue, supported: officeSetSupported(), notify: showOutcomeDialog };
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
    return { command: "check", ok: false, message: renderBoth(describeExcelError(e)), at };
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
      message: renderBoth({
        key: "ribbon.checkFailed",
        params: { errors: counts.error, warnings: counts.warning, detail: renderBoth(result.apply.problem) },
      }),
    };
  }
  return {
    command: "check",
    ok: true,
    counts,
    notApplied,
    at,
    message:
      result.reportSheet === null
        ? bilingual("ribbon.outcome.done")
        : bilingual("ribbon.checkDone", {
            errors: counts.error,
            warnings: counts.warning,
            infos: counts.info,
            sheet: result.reportSheet,
          }),
  };
}

/** The part of `Office.context.ui` the outcome dialog needs (a stand-in in tests). */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

/** The outcome page's address: outcome.html next to the function file, the outcome in its fragment. */
export function outcomeUrl(outcome: CommandOutcome, base: string): string {
  const { ok, message, counts } = outcome;
  return new URL(`outcome.html#${encodeURIComponent(JSON.stringify({ ok, message, counts }))}`, base).href;
}

/**
 * Shows the outcome in a dialog and resolves when the user closed it (the page's "Lukk" button sends
 * "close"; the dialog's own X raises DialogEventReceived). A dialog that cannot open (another one is open,
 * pop-ups blocked: error 12007/12009) resolves at once: the report sheet still shows the result.
 */
export function showOutcomeDialog(
  outcome: CommandOutcome,
  ui: DialogUi = Office.context.ui,
  base: string = globalThis.location?.href ?? "https://localhost/",
): Promise<void> {
  return new Promise((resolve) => {
    ui.displayDialogAsync(
      outcomeUrl(outcome, base),
      { height: 30, width: 35, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error("akrim-rapport: outcome dialog could not open", result.error);
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
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
