/**
 * Every Office.js member the Excel adapter touches, with the requirement set that introduced it.
 *
 * Keys are `Class.member` as Office.js names them: a method call, a navigation property, or a scalar property
 * that the adapter loads or sets. tests/office/api-requirements.test.ts runs every operation against the
 * recording fake and fails when the adapter touches a member missing here, or when a member above the floor
 * (ExcelApi 1.7) is used although the host says it does not support it.
 *
 * Versions as Microsoft's reference gives them (https://learn.microsoft.com/javascript/api/excel/, generated from
 * OfficeDev/office-js-docs-reference docs/docs-ref-autogen/excel); the test lists the ones checked by hand.
 */

export type RequirementSetName = "ExcelApi" | "DialogApi" | "Common";

export interface Requirement {
  set: RequirementSetName;
  version: string;
}

const excel = (version: string): Requirement => ({ set: "ExcelApi", version });

/** The lowest Excel requirement set the add-in runs on. */
export const FLOOR: Requirement = excel("1.7");

export const API_REQUIREMENTS = {
  // Request context and application
  "RequestContext.sync": excel("1.1"),
  "RequestContext.workbook": excel("1.1"),
  "RequestContext.application": excel("1.1"),
  // https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
  "Application.suspendApiCalculationUntilNextSync": excel("1.6"),
  // https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendscreenupdatinguntilnextsync-member(1)
  "Application.suspendScreenUpdatingUntilNextSync": excel("1.9"),
  // Workbook
  "Workbook.name": excel("1.7"),
  "Workbook.worksheets": excel("1.1"),
  "Workbook.tables": excel("1.1"),
  "Workbook.properties": excel("1.7"),
  // https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-functions-member
  "Workbook.functions": excel("1.2"),
  "Functions.date": excel("1.2"),
  "FunctionResult.value": excel("1.2"),
  "DocumentProperties.custom": excel("1.7"),
  "CustomPropertyCollection.items": excel("1.7"),
  "CustomPropertyCollection.add": excel("1.7"),
  "CustomProperty.key": excel("1.7"),
  "CustomProperty.value": excel("1.7"),
  // Worksheets
  "WorksheetCollection.items": excel("1.1"),
  "WorksheetCollection.getItem": excel("1.1"),
  "WorksheetCollection.add": excel("1.1"),
  "Worksheet.name": excel("1.1"),
  "Worksheet.visibility": excel("1.1"),
  "Worksheet.tabColor": excel("1.7"),
  "Worksheet.activate": excel("1.1"),
  "Worksheet.getRange": excel("1.1"),
  "Worksheet.getRangeByIndexes": excel("1.7"),
  "Worksheet.getUsedRangeOrNullObject": excel("1.4"),
  "Worksheet.getUsedRange": excel("1.1"),
  "Worksheet.tables": excel("1.1"),
  "Worksheet.charts": excel("1.1"),
  "Worksheet.freezePanes": excel("1.7"),
  "Worksheet.protection": excel("1.2"),
  "WorksheetFreezePanes.freezeRows": excel("1.7"),
  "Worksheet.pageLayout": excel("1.9"),
  "PageLayout.orientation": excel("1.9"),
  "PageLayout.paperSize": excel("1.9"),
  "PageLayout.zoom": excel("1.9"),
  "PageLayout.setPrintTitleRows": excel("1.9"),
  "PageLayout.setPrintTitleColumns": excel("1.9"),
  // Margins in points and the header/footer on every page, all ExcelApi 1.9:
  // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
  // https://learn.microsoft.com/javascript/api/excel/excel.headerfootergroup
  // https://learn.microsoft.com/javascript/api/excel/excel.headerfooter
  "PageLayout.leftMargin": excel("1.9"),
  "PageLayout.rightMargin": excel("1.9"),
  "PageLayout.topMargin": excel("1.9"),
  "PageLayout.bottomMargin": excel("1.9"),
  "PageLayout.headerMargin": excel("1.9"),
  "PageLayout.footerMargin": excel("1.9"),
  "PageLayout.headersFooters": excel("1.9"),
  "HeaderFooterGroup.defaultForAllPages": excel("1.9"),
  "HeaderFooter.leftHeader": excel("1.9"),
  "HeaderFooter.centerHeader": excel("1.9"),
  "HeaderFooter.rightHeader": excel("1.9"),
  "HeaderFooter.leftFooter": excel("1.9"),
  "HeaderFooter.centerFooter": excel("1.9"),
  "HeaderFooter.rightFooter": excel("1.9"),
  "WorksheetProtection.protect": excel("1.2"),
  // unprotect() is 1.2; only its password parameter is 1.7 (the adapter passes none).
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-unprotect-member(1)
  "WorksheetProtection.unprotect": excel("1.2"),
  "WorksheetProtection.protected": excel("1.2"),
  "WorksheetProtection.options": excel("1.2"),
  // (its selectionMode, kept when protection is put back, is ExcelApi 1.7 like the floor:
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions)
  // Tables
  "TableCollection.items": excel("1.1"),
  // add(address, hasHeaders) is ExcelApi 1.1, but a Range as `address` (how the adapter calls it) needs 1.3:
  // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
  "TableCollection.add": excel("1.3"),
  "Table.name": excel("1.1"),
  "Table.style": excel("1.1"),
  "Table.showTotals": excel("1.1"),
  "Table.worksheet": excel("1.2"),
  "Table.getRange": excel("1.1"),
  "Table.getHeaderRowRange": excel("1.1"),
  // Ranges
  "Range.isNullObject": excel("1.4"),
  "Range.address": excel("1.1"),
  "Range.rowIndex": excel("1.1"),
  "Range.columnIndex": excel("1.1"),
  "Range.rowCount": excel("1.1"),
  "Range.columnCount": excel("1.1"),
  "Range.values": excel("1.1"),
  "Range.valueTypes": excel("1.1"),
  "Range.formulas": excel("1.1"),
  "Range.numberFormat": excel("1.1"),
  "Range.hyperlink": excel("1.7"),
  "Range.select": excel("1.1"),
  "Range.getRow": excel("1.1"),
  "Range.getResizedRange": excel("1.2"),
  "Range.format": excel("1.1"),
  "Range.dataValidation": excel("1.8"),
  "Range.conditionalFormats": excel("1.6"),
  "RangeFormat.columnWidth": excel("1.2"),
  "RangeFormat.rowHeight": excel("1.2"),
  "RangeFormat.wrapText": excel("1.1"),
  "RangeFormat.horizontalAlignment": excel("1.1"),
  "RangeFormat.font": excel("1.1"),
  "RangeFormat.fill": excel("1.1"),
  "RangeFormat.protection": excel("1.2"),
  "RangeFont.bold": excel("1.1"),
  "RangeFont.italic": excel("1.1"),
  "RangeFont.color": excel("1.1"),
  "RangeFill.color": excel("1.1"),
  "FormatProtection.locked": excel("1.2"),
  // Data validation (drop-downs)
  "DataValidation.clear": excel("1.8"),
  "DataValidation.rule": excel("1.8"),
  "DataValidation.ignoreBlanks": excel("1.8"),
  "DataValidation.prompt": excel("1.8"),
  "DataValidation.errorAlert": excel("1.8"),
  // Conditional formats (highlights)
  "ConditionalFormatCollection.items": excel("1.6"),
  "ConditionalFormatCollection.add": excel("1.6"),
  "ConditionalFormat.type": excel("1.6"),
  "ConditionalFormat.custom": excel("1.6"),
  "ConditionalFormat.delete": excel("1.6"),
  "CustomConditionalFormat.rule": excel("1.6"),
  "CustomConditionalFormat.format": excel("1.6"),
  "ConditionalFormatRule.formula": excel("1.6"),
  "ConditionalRangeFormat.fill": excel("1.6"),
  "ConditionalRangeFormat.font": excel("1.6"),
  "ConditionalRangeFill.color": excel("1.6"),
  "ConditionalRangeFont.color": excel("1.6"),
  // Charts
  "ChartCollection.add": excel("1.1"),
  "Chart.title": excel("1.1"),
  "Chart.setPosition": excel("1.1"),
  "ChartTitle.text": excel("1.1"),
  "Chart.series": excel("1.1"),
  "ChartSeriesCollection.getItemAt": excel("1.1"),
  "ChartSeries.format": excel("1.1"),
  "ChartSeriesFormat.fill": excel("1.1"),
  "ChartSeriesFormat.line": excel("1.1"),
  "ChartFill.setSolidColor": excel("1.1"),
  "ChartLineFormat.color": excel("1.1"),
  // https://learn.microsoft.com/javascript/api/excel/excel.chartlineformat#excel-excel-chartlineformat-linestyle-member
  "ChartLineFormat.lineStyle": excel("1.7"),
  // Outside the Excel object model
  "Excel.run": excel("1.1"),
  "Excel.createWorkbook": excel("1.8"),
  "Office.onReady": { set: "Common", version: "1.1" },
  "Office.context.requirements.isSetSupported": { set: "Common", version: "1.1" },
  "Office.context.platform": { set: "Common", version: "1.1" },
  // Office.actions.associate: the reference names no requirement set for it
  // (https://learn.microsoft.com/javascript/api/office/office.actions); hosts without it find the function by its
  // global name (commands.ts).
  "Office.actions.associate": { set: "Common", version: "1.1" },
  // The ribbon command's outcome dialog and its page:
  // https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets
  "Office.context.ui": { set: "DialogApi", version: "1.1" },
  "Office.context.ui.displayDialogAsync": { set: "DialogApi", version: "1.1" },
  "Office.context.ui.messageParent": { set: "DialogApi", version: "1.1" },
  "Office.context.displayLanguage": { set: "Common", version: "1.1" },
} as const satisfies Record<string, Requirement>;

export type OfficeApi = keyof typeof API_REQUIREMENTS;

export function requirementOf(api: string): Requirement | undefined {
  return Object.prototype.hasOwnProperty.call(API_REQUIREMENTS, api)
    ? API_REQUIREMENTS[api as OfficeApi]
    : undefined;
}

/** Compares "1.10" and "1.9" as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
