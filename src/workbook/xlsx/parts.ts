/** Fixed package parts and namespaces of a SpreadsheetML file written by this adapter. */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  vt: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  custom: "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  extended: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
};

export const REL = {
  officeDocument: `${NS.rel}/officeDocument`,
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extended: `${NS.rel}/extended-properties`,
  custom: `${NS.rel}/custom-properties`,
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  theme: `${NS.rel}/theme`,
  table: `${NS.rel}/table`,
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
};

export const CT = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  extended: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
};

/** The format id Office uses for user-defined custom document properties. */
export const CUSTOM_PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const srgb = (name: string, rgb: string) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`;
const solid = (mod = "") => `<a:solidFill><a:schemeClr val="phClr">${mod}</a:schemeClr></a:solidFill>`;
const line = (w: number) =>
  `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;

/** The Office theme (colours and fonts that table styles and theme colours refer to). */
export const THEME_XML =
  XML_DECL +
  `<a:theme xmlns:a="${NS.a}" name="Office Theme"><a:themeElements>` +
  `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>` +
  `<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
  srgb("dk2", "44546A") +
  srgb("lt2", "E7E6E6") +
  srgb("accent1", "4472C4") +
  srgb("accent2", "ED7D31") +
  srgb("accent3", "A5A5A5") +
  srgb("accent4", "FFC000") +
  srgb("accent5", "5B9BD5") +
  srgb("accent6", "70AD47") +
  srgb("hlink", "0563C1") +
  srgb("folHlink", "954F72") +
  `</a:clrScheme>` +
  `<a:fontScheme name="Office">` +
  `<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
  `<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>` +
  `</a:fontScheme>` +
  `<a:fmtScheme name="Office">` +
  `<a:fillStyleLst>${solid()}${solid('<a:tint val="50000"/>')}${solid('<a:shade val="80000"/>')}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  `<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>` +
  `<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>` +
  `<a:bgFillStyleLst>${solid()}${solid('<a:tint val="95000"/>')}${solid('<a:shade val="90000"/>')}</a:bgFillStyleLst>` +
  `</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
