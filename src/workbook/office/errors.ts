/**
 * Excel's errors as the user should hear them (nb + en), with whether trying again makes sense, and
 * `withExcel`, which runs a batch, retries while Excel is busy with cell editing, and never hangs.
 *
 * The codes are those Microsoft documents for the Excel JavaScript API ("Error handling with the
 * application-specific JavaScript APIs", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 * and Excel.ErrorCodes, https://learn.microsoft.com/javascript/api/excel/excel.errorcodes). Error codes are not
 * localized; Excel's own `message` is "not intended for consumption by end users" (same page), so every code
 * gets its own words here.
 */
import type { LocalText } from "../../catalogue/schema";

export interface ExcelProblem {
  /** Office.js error code (OfficeExtension.Error.code), or "Cancelled" / "Unknown". */
  code: string;
  message: LocalText;
  /** True when the same request may succeed later without the user changing anything but Excel's state. */
  retry: boolean;
  /** Excel's own text and where it failed, for the developer console and bug reports. */
  detail: string;
}

const MESSAGES: Record<string, { message: LocalText; retry: boolean }> = {
  InvalidOperationInCellEditMode: {
    message: {
      nb: "Excel er opptatt med redigering av en celle. Trykk Enter eller Esc i cellen, og prøv igjen.",
      en: "Excel is busy editing a cell. Press Enter or Esc in the cell and try again.",
    },
    retry: true,
  },
  ItemNotFound: {
    message: {
      nb: "Excel fant ikke et ark, en tabell eller en egenskap som arbeidet trenger. Den kan være slettet eller gitt nytt navn.",
      en: "Excel could not find a sheet, table or property the work needs. It may have been deleted or renamed.",
    },
    retry: false,
  },
  ItemAlreadyExists: {
    message: {
      nb: "Et ark eller en tabell med samme navn finnes allerede. Ingenting ble overskrevet.",
      en: "A sheet or table with the same name already exists. Nothing was overwritten.",
    },
    retry: false,
  },
  InvalidArgument: {
    message: {
      nb: "Excel avviste en verdi eller en celleadresse i forespørselen.",
      en: "Excel rejected a value or a cell address in the request.",
    },
    retry: false,
  },
  InvalidReference: {
    message: {
      nb: "En celle- eller områdereferanse er ugyldig i denne arbeidsboken.",
      en: "A cell or range reference is not valid in this workbook.",
    },
    retry: false,
  },
  InvalidOperation: {
    message: {
      nb: "Excel tillot ikke endringen her, for eksempel fordi arket er beskyttet eller området overlapper en tabell.",
      en: "Excel did not allow the change here, for example because the sheet is protected or the range overlaps a table.",
    },
    retry: false,
  },
  AccessDenied: {
    message: {
      nb: "Excel nektet endringen: arbeidsboken er skrivebeskyttet, delt med begrensninger, eller arket er beskyttet.",
      en: "Excel denied the change: the workbook is read-only, shared with restrictions, or the sheet is protected.",
    },
    retry: false,
  },
  RequestPayloadSizeLimitExceeded: {
    message: {
      nb: "Forespørselen til Excel ble for stor (Excel på nettet tar inntil 5 MB om gangen).",
      en: "The request to Excel was too large (Excel on the web takes up to 5 MB at a time).",
    },
    retry: false,
  },
  ResponsePayloadSizeLimitExceeded: {
    message: {
      nb: "Svaret fra Excel ble for stort (Excel på nettet sender inntil 5 MB om gangen).",
      en: "Excel's answer was too large (Excel on the web sends up to 5 MB at a time).",
    },
    retry: false,
  },
  RangeExceedsLimit: {
    message: {
      nb: "Området er større enn Excel kan lese på én gang (5 millioner celler).",
      en: "The range is larger than Excel can read at once (5 million cells).",
    },
    retry: false,
  },
  Conflict: {
    message: {
      nb: "Noen andre endret arbeidsboken samtidig. Prøv igjen om litt.",
      en: "Someone else changed the workbook at the same time. Try again shortly.",
    },
    retry: true,
  },
  RequestAborted: {
    message: {
      nb: "Excel avbrøt forespørselen. Prøv igjen.",
      en: "Excel aborted the request. Try again.",
    },
    retry: true,
  },
  InactiveWorkbook: {
    message: {
      nb: "Arbeidsboken er ikke aktiv lenger (den kan være lukket). Åpne den igjen og prøv på nytt.",
      en: "The workbook is no longer active (it may have been closed). Open it again and retry.",
    },
    retry: false,
  },
  ApiNotFound: {
    message: {
      nb: "Denne Excel-versjonen mangler en funksjon tillegget trenger.",
      en: "This Excel version lacks a function the add-in needs.",
    },
    retry: false,
  },
  MergedRangeConflict: {
    message: {
      nb: "Excel kan ikke legge en tabell over en annen tabell, en pivottabell, sammenslåtte celler eller et XML-kart. Flytt eller fjern det som er i veien, og prøv igjen.",
      en: "Excel cannot place a table over another table, a PivotTable, merged cells or an XML map. Move or remove what is in the way and try again.",
    },
    retry: false,
  },
  MemoryLimitReached: {
    message: {
      nb: "Excel gikk tom for minne og fullførte ikke arbeidet. Lukk andre arbeidsbøker eller programmer, og prøv igjen.",
      en: "Excel ran out of memory and did not finish the work. Close other workbooks or programs and try again.",
    },
    retry: true,
  },
  ActivityLimitReached: {
    message: {
      nb: "Excel tar ikke imot flere forespørsler akkurat nå. Vent litt, og prøv igjen.",
      en: "Excel is not taking more requests right now. Wait a little and try again.",
    },
    retry: true,
  },
  UnsupportedSheet: {
    message: {
      nb: "Dette er et diagramark eller makroark, og der kan tillegget ikke gjøre dette. Velg et vanlig regneark.",
      en: "This is a chart sheet or macro sheet, where the add-in cannot do this. Choose an ordinary worksheet.",
    },
    retry: false,
  },
  BadPassword: {
    message: {
      nb: "Arket er beskyttet med passord. Opphev beskyttelsen selv (Se gjennom → Opphev arkbeskyttelse), og prøv igjen.",
      en: "The sheet is protected with a password. Unprotect it yourself (Review → Unprotect Sheet) and try again.",
    },
    retry: false,
  },
  NotImplemented: {
    message: {
      nb: "Denne Excel-versjonen kan ikke gjøre dette fra et tillegg ennå. Prøv Excel på nettet eller en nyere Excel.",
      en: "This Excel version cannot do this from an add-in yet. Try Excel on the web or a newer Excel.",
    },
    retry: false,
  },
  ApiNotAvailable: {
    message: {
      nb: "Denne Excel-versjonen mangler en funksjon tillegget trenger.",
      en: "This Excel version lacks a function the add-in needs.",
    },
    retry: false,
  },
  UnsupportedOperation: {
    message: {
      nb: "Excel støtter ikke denne endringen her.",
      en: "Excel does not support this change here.",
    },
    retry: false,
  },
  UnsupportedFeature: {
    message: {
      nb: "Arket inneholder noe Excel ikke støtter for denne endringen.",
      en: "The sheet contains something Excel does not support for this change.",
    },
    retry: false,
  },
  InsertDeleteConflict: {
    message: {
      nb: "Excel kunne ikke sette inn eller slette celler her fordi det kommer i konflikt med noe på arket.",
      en: "Excel could not insert or delete cells here because it conflicts with something on the sheet.",
    },
    retry: false,
  },
  NonBlankCellOffSheet: {
    message: {
      nb: "Excel kan ikke sette inn celler fordi celler med innhold ville bli skjøvet ut av arket. Slett ubrukte rader eller kolonner nederst eller til høyre, og prøv igjen.",
      en: "Excel cannot insert cells because cells with content would be pushed off the sheet. Delete unused rows or columns at the bottom or right and try again.",
    },
    retry: false,
  },
  FilteredRangeConflict: {
    message: {
      nb: "Endringen kolliderer med et filtrert område. Fjern filteret, og prøv igjen.",
      en: "The change conflicts with a filtered range. Clear the filter and try again.",
    },
    retry: false,
  },
  PivotTableRangeConflict: {
    message: {
      nb: "Endringen kolliderer med en pivottabell. Flytt pivottabellen, og prøv igjen.",
      en: "The change conflicts with a PivotTable. Move the PivotTable and try again.",
    },
    retry: false,
  },
  OperationCellsExceedLimit: {
    message: {
      nb: "Endringen berører flere celler enn Excel tillater på én gang. Slett innhold langt til høyre på arket, og prøv igjen.",
      en: "The change affects more cells than Excel allows at once. Delete content far to the right on the sheet and try again.",
    },
    retry: false,
  },
  FormulaLengthExceedsLimit: {
    message: {
      nb: "En formel ble lengre enn Excel tillater.",
      en: "A formula became longer than Excel allows.",
    },
    retry: false,
  },
  InvalidRequest: {
    message: {
      nb: "Excel kunne ikke behandle forespørselen. Prøv igjen.",
      en: "Excel could not process the request. Try again.",
    },
    retry: true,
  },
  ServiceNotAvailable: {
    message: {
      nb: "Excel-tjenesten svarer ikke nå. Prøv igjen om litt.",
      en: "The Excel service is not answering now. Try again shortly.",
    },
    retry: true,
  },
  EmptyChartSeries: {
    message: {
      nb: "Diagrammet ble ikke laget fordi dataserien er tom.",
      en: "The chart was not made because its data series is empty.",
    },
    retry: false,
  },
  InvalidSelection: {
    message: {
      nb: "Excel kunne ikke merke denne cellen. Den kan ligge på et skjult ark.",
      en: "Excel could not select this cell. It may be on a hidden sheet.",
    },
    retry: false,
  },
  Cancelled: {
    message: {
      nb: "Du avbrøt arbeidet. Det som ble skrevet før du avbrøt, står i arbeidsboken; resten ble ikke gjort.",
      en: "You cancelled the work. What was written before you cancelled is in the workbook; the rest was not done.",
    },
    retry: false,
  },
  GeneralException: {
    message: {
      nb: "Excel meldte en intern feil. Prøv igjen; hjelper ikke det, lagre og åpne arbeidsboken på nytt.",
      en: "Excel reported an internal error. Try again; if that does not help, save and reopen the workbook.",
    },
    retry: true,
  },
};

const UNKNOWN: { message: LocalText; retry: boolean } = {
  message: {
    nb: "Excel meldte en uventet feil.",
    en: "Excel reported an unexpected error.",
  },
  retry: false,
};

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; code?: unknown };
}

export function describeExcelError(e: unknown): ExcelProblem {
  if (e instanceof ExcelFailure) return e.problem;
  const err = (typeof e === "object" && e !== null ? e : {}) as OfficeLikeError;
  const code = typeof err.code === "string" && err.code ? err.code : "Unknown";
  const known = MESSAGES[code] ?? UNKNOWN;
  const where = typeof err.debugInfo?.errorLocation === "string" ? ` (${err.debugInfo.errorLocation})` : "";
  const text = typeof err.message === "string" ? err.message : String(e);
  return { code, message: known.message, retry: known.retry, detail: `${code}: ${text}${where}` };
}

/** An Excel failure already put into words. */
export class ExcelFailure extends Error {
  constructor(readonly problem: ExcelProblem) {
    super(problem.message.en);
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
  return { code: "Cancelled", ...MESSAGES.Cancelled, detail: `Cancelled: ${detail}` };
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
