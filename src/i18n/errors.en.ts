/** English: the same keys as errors.nb.ts, spread into en.ts. */
import type { errorsNb } from "./errors.nb";

export const errorsEn: { readonly [K in keyof typeof errorsNb]: string } = {
  // A message already in both languages, shown as it is
  "error.text": "{text}",

  // Excel's errors, by Office.js error code
  "excel.InvalidOperationInCellEditMode":
    "Excel is busy editing a cell. Press Enter or Esc in the cell and try again.",
  "excel.ItemNotFound":
    "Excel could not find a sheet, table or property the work needs. It may have been deleted or renamed.",
  "excel.ItemAlreadyExists": "A sheet or table with the same name already exists. Nothing was overwritten.",
  "excel.InvalidArgument": "Excel rejected a value or a cell address in the request.",
  "excel.InvalidReference": "A cell or range reference is not valid in this workbook.",
  "excel.InvalidOperation":
    "Excel did not allow the change here, for example because the sheet is protected or the range overlaps a table.",
  "excel.AccessDenied":
    "Excel denied the change: the workbook is read-only, shared with restrictions, or the sheet is protected.",
  "excel.RequestPayloadSizeLimitExceeded":
    "The request to Excel was too large (Excel on the web takes up to 5 MB at a time).",
  "excel.ResponsePayloadSizeLimitExceeded":
    "Excel's answer was too large (Excel on the web sends up to 5 MB at a time).",
  "excel.RangeExceedsLimit": "The range is larger than Excel can read at once (5 million cells).",
  "excel.Conflict": "Someone else changed the workbook at the same time. Try again shortly.",
  "excel.RequestAborted": "Excel aborted the request. Try again.",
  "excel.InactiveWorkbook":
    "The workbook is no longer active (it may have been closed). Open it again and retry.",
  "excel.ApiNotFound": "This Excel version lacks a function the add-in needs.",
  "excel.MergedRangeConflict":
    "Excel cannot place a table over another table, a PivotTable, merged cells or an XML map. Move or remove what is in the way and try again.",
  "excel.MemoryLimitReached":
    "Excel ran out of memory and did not finish the work. Close other workbooks or programs and try again.",
  "excel.ActivityLimitReached": "Excel is not taking more requests right now. Wait a little and try again.",
  "excel.UnsupportedSheet":
    "This is a chart sheet or macro sheet, where the add-in cannot do this. Choose an ordinary worksheet.",
  "excel.BadPassword":
    "The sheet is protected with a password. Unprotect it yourself (Review → Unprotect Sheet) and try again.",
  "excel.NotImplemented":
    "This Excel version cannot do this from an add-in yet. Try Excel on the web or a newer Excel.",
  "excel.UnsupportedOperation": "Excel does not support this change here.",
  "excel.UnsupportedFeature": "The sheet contains something Excel does not support for this change.",
  "excel.InsertDeleteConflict":
    "Excel could not insert or delete cells here because it conflicts with something on the sheet.",
  "excel.NonBlankCellOffSheet":
    "Excel cannot insert cells because cells with content would be pushed off the sheet. Delete unused rows or columns at the bottom or right and try again.",
  "excel.FilteredRangeConflict":
    "The change conflicts with a filtered range. Clear the filter and try again.",
  "excel.PivotTableRangeConflict":
    "The change conflicts with a PivotTable. Move the PivotTable and try again.",
  "excel.OperationCellsExceedLimit":
    "The change affects more cells than Excel allows at once. Delete content far to the right on the sheet and try again.",
  "excel.FormulaLengthExceedsLimit": "A formula became longer than Excel allows.",
  "excel.InvalidRequest": "Excel could not process the request. Try again.",
  "excel.ServiceNotAvailable": "The Excel service is not answering now. Try again shortly.",
  "excel.EmptyChartSeries": "The chart was not made because its data series is empty.",
  "excel.InvalidSelection": "Excel could not select this cell. It may be on a hidden sheet.",
  "excel.Cancelled":
    "You cancelled the work. What was written before you cancelled is in the workbook; the rest was not done.",
  "excel.GeneralException":
    "Excel reported an internal error. Try again; if that does not help, save and reopen the workbook.",
  "excel.unknown": "Excel reported an unexpected error.",

  // An edit list refused whole (checkEdits, both workbook adapters)
  "edits.refused": "{problem} Nothing was written.",

  // Writing edits into the open workbook, and taking the user to a cell
  "excel.stoppedInRequest":
    "{problem} Excel stopped in the request holding this edit; edits earlier in the same request may have taken effect.",
  "excel.propertyTooLong": "The document property “{name}” is longer than {max} characters, Excel's limit.",
  "excel.sheetGone": "The sheet “{sheet}” is no longer in the workbook.",

  // What the running Excel supports (ExcelApi requirement sets)
  "excel.floor":
    "This Excel version is too old for the add-in (needs ExcelApi 1.7: Microsoft 365, Excel 2019 or later, or Excel on the web).",
  "excel.feature.dropDowns":
    "Drop-down lists (data validation) were not added: this Excel version does not support them from an add-in (needs ExcelApi 1.8). Values are still checked when you run the check.",
  "excel.feature.calculationSuspend":
    "Excel recalculated along the way (suspending calculation needs ExcelApi 1.6), so writing took longer.",
  "excel.feature.screenUpdatingSuspend":
    "The screen was updated along the way (suspending it needs ExcelApi 1.9), so writing took longer.",
  "excel.feature.pageLayout":
    "The print layout (landscape, fitted to one page across, header row on every page) was not set: this Excel version does not support it from an add-in (needs ExcelApi 1.9). You can choose it yourself under Page Layout.",
  "excel.feature.newWorkbook":
    "This Excel version cannot open a new workbook from an add-in (needs ExcelApi 1.8); the result was put in the open workbook.",

  // Reading an .xlsx file
  "xlsx.read.empty": "The file “{name}” is empty.",
  "xlsx.read.xls":
    "The file “{name}” is an old Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as an Excel Workbook (.xlsx) without a password.",
  "xlsx.read.encrypted":
    "The file “{name}” is encrypted or password-protected, or is an old .xls file. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it as an Excel Workbook (.xlsx).",
  "xlsx.read.textFile":
    "The file “{name}” is a text file (CSV, for example), not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).",
  "xlsx.read.notXlsx":
    "The file “{name}” is not an Excel workbook (.xlsx). Choose an .xlsx file, or open the file in Excel and save it as an Excel Workbook.",
  "xlsx.read.ods":
    "The file “{name}” is an OpenDocument spreadsheet (.ods). Open it and save it as an Excel Workbook (.xlsx).",
  "xlsx.read.xlsm":
    "The file “{name}” is a macro-enabled workbook (.xlsm). For safety it is not read. Save it as an Excel Workbook (.xlsx) and try again.",
  "xlsx.read.xlsb":
    "The file “{name}” is a binary Excel workbook (.xlsb). Save it as an Excel Workbook (.xlsx) and try again.",
  "xlsx.read.invalidXml":
    "The file “{name}” has invalid content and cannot be read. Open it in Excel and save it again.",
  "xlsx.read.damaged":
    "The file “{name}” is damaged: parts of the workbook are missing, so its contents cannot be read. Open it in Excel and save it again (Excel often repairs such files), and send it in again.",
  "xlsx.read.corrupt":
    "The file “{name}” is damaged or incomplete. Open it in Excel and save it again, or ask for a new copy.",
  "xlsx.read.tooBig":
    "The file “{name}” is larger or more repetitive than a report can be, and is not opened. Check that it is the right file. If it is, remove empty sheets and unused ranges, or split it.",
  "xlsx.read.tooManyCells":
    "The file “{name}” has more than {max} filled cells, more than can be read. Split the workbook or remove unused ranges.",

  // Writing an .xlsx file
  "xlsx.write.rangeTooLarge": "The range {range} on the sheet “{sheet}” is too large to format cell by cell.",
  "xlsx.write.noSheets": "The workbook has no sheets.",
  "xlsx.write.noVisibleSheet": "At least one sheet must be visible.",
};
