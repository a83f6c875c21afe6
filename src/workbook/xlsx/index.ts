/** The .xlsx adapter: read a file into a WorkbookSnapshot, write an edit list as a new file. */
export { readXlsx, READ_LIMITS, type ReadXlsxOptions } from "./reader";
export { writeXlsx, WRITE_LIMITS, type WriteXlsxOptions } from "./writer";
export { XlsxReadError, XlsxWriteError, type XlsxReadErrorCode, type XlsxWriteErrorCode } from "./errors";
export { HIGHLIGHT_COLORS } from "./styles";
