/**
 * Typed errors of the .xlsx adapter: user errors (src/core/model/user-error.ts) with a stable `code` for programs;
 * the words are the message catalogues' (`xlsx.read.*`, `xlsx.write.*`, `edits.*`).
 */
import type { EditProblemCode } from "../../core/model/check-edits";
import { UserError, type UserParams } from "../../core/model/user-error";
import type { MessageKey } from "../../i18n";

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

/**
 * Each refusal's words. A file that unpacks too large and a suspected zip bomb read the same to the person who
 * sent a report (a very repetitive report part looks like a bomb); the code and `detail` tell them apart.
 */
const READ_MESSAGES: Record<XlsxReadErrorCode, MessageKey> = {
  "empty-file": "xlsx.read.empty",
  "not-a-zip": "xlsx.read.notXlsx",
  "corrupt-zip": "xlsx.read.corrupt",
  encrypted: "xlsx.read.encrypted",
  xls: "xlsx.read.xls",
  xlsm: "xlsx.read.xlsm",
  xlsb: "xlsx.read.xlsb",
  ods: "xlsx.read.ods",
  "text-file": "xlsx.read.textFile",
  "not-xlsx": "xlsx.read.notXlsx",
  damaged: "xlsx.read.damaged",
  "too-large": "xlsx.read.tooBig",
  "zip-bomb": "xlsx.read.tooBig",
  "too-many-cells": "xlsx.read.tooManyCells",
  "invalid-xml": "xlsx.read.invalidXml",
};

/** A file that cannot be read: the message names the file and says what to do; the technical reason is `detail`. */
export class XlsxReadError extends UserError {
  declare readonly code: XlsxReadErrorCode;
  /** The file the error is about. */
  readonly fileName: string;

  constructor(code: XlsxReadErrorCode, fileName: string, detail?: string, params: UserParams = {}) {
    super(READ_MESSAGES[code], { name: fileName, ...params }, { code, detail });
    this.name = "XlsxReadError";
    this.fileName = fileName;
  }
}

/** The edit list's own problems (checkEdits, the same in both adapters), and the file's limits. */
export type XlsxWriteErrorCode = EditProblemCode | "range-too-large" | "no-visible-sheet";

export class XlsxWriteError extends UserError {
  declare readonly code: XlsxWriteErrorCode;

  constructor(code: XlsxWriteErrorCode, key: MessageKey, params: UserParams = {}) {
    super(key, params, { code });
    this.name = "XlsxWriteError";
  }
}
