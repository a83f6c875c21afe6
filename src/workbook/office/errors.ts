/**
 * Excel's errors as the user should hear them (a message key per code), with whether trying again makes sense, and
 * `withExcel`, which runs a batch, retries while Excel is busy with cell editing, and never hangs.
 *
 * The codes are those Microsoft documents for the Excel JavaScript API ("Error handling with the
 * application-specific JavaScript APIs", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 * and Excel.ErrorCodes, https://learn.microsoft.com/javascript/api/excel/excel.errorcodes). Error codes are not
 * localized; Excel's own `message` is "not intended for consumption by end users" (same page), so every code
 * gets its own words in the message catalogues (`excel.<code>` in src/i18n/errors.nb.ts).
 */
import type { MessageKey } from "../../i18n";
import { UserError, type UserMessage, type UserParams } from "../../core/model/user-error";

export interface ExcelProblem extends UserMessage {
  /** Office.js error code (OfficeExtension.Error.code), or "Cancelled" / "Unknown" / "InvalidEdit". */
  code: string;
  /** True when the same request may succeed later without the user changing anything but Excel's state. */
  retry: boolean;
  /** Excel's own text and where it failed, for the developer console and bug reports. */
  detail: string;
}

/** Each error code's message (`excel.<code>`) and whether trying again makes sense. */
const CODES: Record<string, { key: MessageKey; retry: boolean }> = {
  InvalidOperationInCellEditMode: { key: "excel.InvalidOperationInCellEditMode", retry: true },
  ItemNotFound: { key: "excel.ItemNotFound", retry: false },
  ItemAlreadyExists: { key: "excel.ItemAlreadyExists", retry: false },
  InvalidArgument: { key: "excel.InvalidArgument", retry: false },
  InvalidReference: { key: "excel.InvalidReference", retry: false },
  InvalidOperation: { key: "excel.InvalidOperation", retry: false },
  AccessDenied: { key: "excel.AccessDenied", retry: false },
  RequestPayloadSizeLimitExceeded: { key: "excel.RequestPayloadSizeLimitExceeded", retry: false },
  ResponsePayloadSizeLimitExceeded: { key: "excel.ResponsePayloadSizeLimitExceeded", retry: false },
  RangeExceedsLimit: { key: "excel.RangeExceedsLimit", retry: false },
  Conflict: { key: "excel.Conflict", retry: true },
  RequestAborted: { key: "excel.RequestAborted", retry: true },
  InactiveWorkbook: { key: "excel.InactiveWorkbook", retry: false },
  ApiNotFound: { key: "excel.ApiNotFound", retry: false },
  MergedRangeConflict: { key: "excel.MergedRangeConflict", retry: false },
  MemoryLimitReached: { key: "excel.MemoryLimitReached", retry: true },
  ActivityLimitReached: { key: "excel.ActivityLimitReached", retry: true },
  UnsupportedSheet: { key: "excel.UnsupportedSheet", retry: false },
  BadPassword: { key: "excel.BadPassword", retry: false },
  NotImplemented: { key: "excel.NotImplemented", retry: false },
  ApiNotAvailable: { key: "excel.ApiNotFound", retry: false },
  UnsupportedOperation: { key: "excel.UnsupportedOperation", retry: false },
  UnsupportedFeature: { key: "excel.UnsupportedFeature", retry: false },
  InsertDeleteConflict: { key: "excel.InsertDeleteConflict", retry: false },
  NonBlankCellOffSheet: { key: "excel.NonBlankCellOffSheet", retry: false },
  FilteredRangeConflict: { key: "excel.FilteredRangeConflict", retry: false },
  PivotTableRangeConflict: { key: "excel.PivotTableRangeConflict", retry: false },
  OperationCellsExceedLimit: { key: "excel.OperationCellsExceedLimit", retry: false },
  FormulaLengthExceedsLimit: { key: "excel.FormulaLengthExceedsLimit", retry: false },
  InvalidRequest: { key: "excel.InvalidRequest", retry: true },
  ServiceNotAvailable: { key: "excel.ServiceNotAvailable", retry: true },
  EmptyChartSeries: { key: "excel.EmptyChartSeries", retry: false },
  InvalidSelection: { key: "excel.InvalidSelection", retry: false },
  Cancelled: { key: "excel.Cancelled", retry: false },
  GeneralException: { key: "excel.GeneralException", retry: true },
};

/** A problem of this adapter's own (not one Excel reported), e.g. an edit list it refused. */
export function excelProblem(
  code: string,
  key: MessageKey,
  params: UserParams,
  detail: string,
  retry = false,
): ExcelProblem {
  return { code, key, params, retry, detail };
}

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; code?: unknown };
}

export function describeExcelError(e: unknown): ExcelProblem {
  if (e instanceof ExcelFailure) return e.problem;
  const err = (typeof e === "object" && e !== null ? e : {}) as OfficeLikeError;
  const code = typeof err.code === "string" && err.code ? err.code : "Unknown";
  const where = typeof err.debugInfo?.errorLocation === "string" ? ` (${err.debugInfo.errorLocation})` : "";
  const text = typeof err.message === "string" ? err.message : String(e);
  const known = Object.hasOwn(CODES, code) ? CODES[code] : { key: "excel.unknown" as const, retry: false };
  return excelProblem(code, known.key, {}, `${code}: ${text}${where}`, known.retry);
}

/** An Excel failure as the error the user is shown, with Excel's code and whether to try again. */
export class ExcelFailure extends UserError {
  constructor(readonly problem: ExcelProblem) {
    super(problem.key, problem.params, { code: problem.code, detail: problem.detail });
    this.name = "ExcelFailure";
  }
}

export function isCellEditMode(e: unknown): boolean {
  return describeExcelError(e).code === "InvalidOperationInCellEditMode";
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Asked between Excel requests: once `cancelled`, the work stops at the next request boundary. */
export interface CancelSignal {
  readonly cancelled: boolean;
}

/** A cancel switch for one job. */
export class Cancellation implements CancelSignal {
  cancelled = false;
  cancel = () => {
    this.cancelled = true;
  };
}

/** The problem a cancelled job ends with. */
export function cancelledProblem(detail = "cancelled by the user"): ExcelProblem {
  return excelProblem("Cancelled", "excel.Cancelled", {}, `Cancelled: ${detail}`);
}

/** Throws (an ExcelFailure "Cancelled") when the signal says so; for reads, which have nothing to undo. */
export function throwIfCancelled(signal: CancelSignal | undefined) {
  if (signal?.cancelled) throw new ExcelFailure(cancelledProblem());
}

/** `Excel.run(options, batch)`, or a stand-in. */
export type ExcelRunner = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface WithExcelOptions {
  /**
   * How many times to run the batch again when Excel still refused it because a cell was being edited
   * (default 3). With `delayForCellEdit` Excel waits instead; this covers hosts that do not honour it.
   */
  retries?: number;
  /** Wait between tries in ms (default 1000). */
  retryDelayMs?: number;
  /**
   * Called once when the run has taken longer than `slowAfterMs` (default 10 s), with a function that cancels
   * it: the run then stops at its next request boundary, after putting back any sheet protection it lifted.
   * A batch Excel is still carrying out is never abandoned: the returned promise settles when Excel answers.
   */
  onSlow?: (cancel: () => void) => void;
  slowAfterMs?: number;
  /** Cancels from outside (e.g. a Cancel button shown from the start). */
  cancellation?: Cancellation;
  /** `Excel.run`, or a stand-in. */
  runner?: ExcelRunner;
  wait?: (ms: number) => Promise<void>;
}

/**
 * Excel.run options: wait while the user is editing a cell instead of failing.
 * "When true, the batch request is executed immediately if the user is not in cell edit mode, but if the user is
 * in cell edit mode then the batch request is delayed until the user exits cell edit mode."
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * Runs `run` in an Excel request context (`Excel.run` with `delayForCellEdit`). `run` gets a cancel signal to
 * pass to the reader and the applier, which look at it between requests. Retries only when Excel refused
 * because a cell is being edited (Excel then carries out nothing of the request, so trying again is safe) and
 * the run did not already handle that itself (an ExcelFailure thrown by the run is passed on); every other
 * error rejects with an ExcelFailure carrying a clear message. There is no timer racing Excel: a slow run is
 * reported through `onSlow`, and the user may cancel it between requests.
 */
export async function withExcel<T>(
  run: (context: Excel.RequestContext, signal: CancelSignal) => Promise<T>,
  options: WithExcelOptions = {},
): Promise<T> {
  const retries = options.retries ?? 3;
  const delay = options.retryDelayMs ?? 1000;
  const runner: ExcelRunner = options.runner ?? ((o, batch) => Excel.run(o, batch));
  const wait = options.wait ?? sleep;
  const cancellation = options.cancellation ?? new Cancellation();
  const slow = options.onSlow
    ? setTimeout(() => options.onSlow?.(cancellation.cancel), options.slowAfterMs ?? 10_000)
    : undefined;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        throwIfCancelled(cancellation);
        return await runner(RUN_OPTIONS, (context) => run(context, cancellation));
      } catch (e) {
        // An ExcelFailure was already handled inside the run (e.g. by applyEdits, which retries its own
        // requests and may have written part of its edits): running the whole batch again would repeat them.
        if (!(e instanceof ExcelFailure) && isCellEditMode(e) && attempt < retries) {
          await wait(delay);
          continue;
        }
        throw new ExcelFailure(describeExcelError(e));
      }
    }
  } finally {
    clearTimeout(slow);
  }
}
