/**
 * Where the pane runs. Components talk to a `Host` and never to Office.js or the file system:
 * the Excel host works on the open workbook; the file host works on .xlsx files from disk and downloads.
 */
import type { Catalogue } from "../catalogue/loader";
import type { CheckedFile, ParameterRow, SaveFile } from "./model";

export type HostKind = "excel" | "file";

export interface TemplateRequest {
  unit: string;
  agency: string;
  period: string;
  /** The part of the effort: the centre's work (default) or the agency line's. */
  part?: "centre" | "line";
}

/** Inserting never overwrites: when sheet names clash, nothing is done and the clashes come back. */
export type TemplateOutcome =
  | { ok: true; kind: "inserted" | "downloaded"; name: string }
  | { ok: false; clashes: string[]; existingSheets: string[] };

/**
 * Work in Excel that runs long says so through `onSlow`, with a function that cancels it. Cancelling stops the
 * work at its next request boundary, never in the middle of a request Excel is carrying out, and puts back any
 * sheet protection the work lifted; the work then ends with a "Cancelled" Excel error.
 */
export interface ExcelWork {
  onSlow?: (cancel: () => void) => void;
}

/** The open workbook, in Excel. */
export interface WorkbookAccess {
  check(catalogue: Catalogue, work?: ExcelWork): Promise<CheckedFile>;
  selectCell(sheet: string, cell: string): Promise<void>;
  rollUp(catalogue: Catalogue, work?: ExcelWork): Promise<ParameterRow[]>;
  /** Whether this Excel can open a new workbook from the add-in (ExcelApi 1.8). */
  canOpenWorkbook(): boolean;
  /** Opens an .xlsx file (the consolidation) as a new workbook in Excel. */
  openWorkbook(bytes: Uint8Array): Promise<void>;
}

export interface Host {
  readonly kind: HostKind;
  /** Office's display language (e.g. "nb-NO"), or the browser's in file mode; null when unknown. */
  readonly displayLanguage: string | null;
  /**
   * Excel: inserts the template into the open workbook (`renames` maps a template sheet name to the name
   * the user chose instead after a clash). File mode: builds the template file and downloads it.
   */
  makeTemplate(
    catalogue: Catalogue,
    request: TemplateRequest,
    renames: Record<string, string>,
    work?: ExcelWork,
  ): Promise<TemplateOutcome>;
  /** Excel: writes the report sheet into the open workbook. File mode: downloads the report as .xlsx. */
  exportReport(
    catalogue: Catalogue,
    checked: CheckedFile[],
    work?: ExcelWork,
  ): Promise<"written" | "downloaded">;
  /** The open workbook; null in file mode. */
  readonly workbook: WorkbookAccess | null;
  /** Hands a file to the user (a download). */
  save(file: SaveFile): void;
}

/** Offers bytes as a download through a temporary object URL (same origin, no request leaves the page). */
export function downloadFile(file: SaveFile, doc: Document = document): void {
  const blob = new Blob([file.bytes as BlobPart], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = file.name;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
