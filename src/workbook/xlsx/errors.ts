/** Typed errors of the .xlsx adapter, with a stable `code` and a message in Norwegian bokmål and English. */
import type { LocalText } from "../../catalogue/schema";
import type { EditProblemCode } from "../../core/model/check-edits";

export type XlsxReadErrorCode =
  | "empty-file"
  | "not-a-zip"
  | "corrupt-zip"
  | "encrypted"
  | "xls"
  | "xlsm"
  | "xlsb"
  | "ods"
  | "text-file"
  | "not-xlsx"
  | "damaged"
  | "too-large"
  | "zip-bomb"
  | "too-many-cells"
  | "invalid-xml";

export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;
  readonly text: LocalText;
  /** The file the error is about. */
  readonly fileName: string;
  /** The technical reason (English, for logs and JSON output), kept out of the words a person reads. */
  readonly detail: string | undefined;

  constructor(code: XlsxReadErrorCode, fileName: string, text: LocalText, detail?: string) {
    super(detail ? `${text.en} (${detail})` : text.en);
    this.name = "XlsxReadError";
    this.code = code;
    this.text = text;
    this.fileName = fileName;
    this.detail = detail;
  }
}

/** The edit list's own problems (checkEdits, the same in both adapters), and the file's limits. */
export type XlsxWriteErrorCode = EditProblemCode | "range-too-large" | "no-visible-sheet";

export class XlsxWriteError extends Error {
  readonly code: XlsxWriteErrorCode;
  readonly text: LocalText;

  constructor(code: XlsxWriteErrorCode, text: LocalText) {
    super(text.en);
    this.name = "XlsxWriteError";
    this.code = code;
    this.text = text;
  }
}
