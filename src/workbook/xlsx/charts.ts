/**
 * DrawingML charts for the .xlsx writer: `xl/charts/chartN.xml` (a `c:chartSpace` with one bar or line chart)
 * and `xl/drawings/drawingN.xml` (the sheet's drawing: one `xdr:twoCellAnchor` with a graphic frame per chart).
 *
 * Written by hand rather than with a library: the charts the product makes are a small, fixed subset of
 * DrawingML (clustered columns or bars, or lines; one category axis, one value axis, a title and a legend),
 * which is a few hundred lines of schema-ordered XML, tested with Microsoft's Open XML validator and drawn by
 * LibreOffice in the tests. The libraries at hand do not write it for SpreadsheetML: `docx` writes Word's
 * charts, and a spreadsheet library would replace the project's own writer (fflate and the XML helpers here).
 *
 * Each series refers to its cells on the sheet (`c:f`) and carries their values as a cache (`c:strCache`,
 * `c:numCache`), so a reader that does not recalculate (LibreOffice, viewers, Excel on first paint) draws the
 * same numbers the cells hold. Element order follows the schema (ECMA-376 Part 1, §21.2, dml-chart.xsd).
 */
import { columnLetters, type CellRef, type RangeRef } from "../../core/a1";
import { SERIES_COLOURS } from "../../core/consolidate/charts";
import type { CellInput } from "../../core/model/edit";
import { NS, XML_DECL } from "./parts";
import { escapeAttr, escapeText } from "./xml";

export const CHART_NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

/** A chart on a sheet: what the `addChart` edit asked for, checked. */
export interface ChartModel {
  type: "bar" | "column" | "line";
  title: string;
  /** Series names in the first row, categories in the first column, a series per further column. */
  source: RangeRef;
  /** Top-left and bottom-right cells the chart covers (both included). */
  from: CellRef;
  to: CellRef;
}

/** Dash patterns of line series, so that colour is never the only thing telling lines apart. */
const DASHES = ["solid", "dash", "sysDot", "dashDot", "lgDash", "sysDash", "lgDashDot"];

/** A sheet-qualified absolute reference, as chart formulas write it: 'Diagrammer'!$B$2:$B$5. */
function ref(sheet: string, r0: number, c0: number, r1: number, c1: number): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return r0 === r1 && c0 === c1 ? `${quoted}!${cell(r0, c0)}` : `${quoted}!${cell(r0, c0)}:${cell(r1, c1)}`;
}

/** A cell as chart text: what the cell shows for a text, number or boolean; empty otherwise. */
function text(v: CellInput | undefined): string {
  if (v === null || v === undefined || typeof v === "object") return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function strRef(f: string, values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeText(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** Non-numbers (empty cells, text) are left out of the cache: a gap, as Excel shows them. */
function numRef(f: string, values: (CellInput | undefined)[]): string {
  const pts = values
    .map((v, i) =>
      typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "",
    )
    .join("");
  return (
    `<c:numRef><c:f>${escapeText(f)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

function colour(i: number): string {
  return SERIES_COLOURS[i % SERIES_COLOURS.length].slice(1).toUpperCase();
}

function seriesShape(type: ChartModel["type"], i: number): string {
  const fill = `<a:solidFill><a:srgbClr val="${colour(i)}"/></a:solidFill>`;
  if (type !== "line") return `<c:spPr>${fill}</c:spPr>`;
  return (
    `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:prstDash val="${DASHES[i % DASHES.length]}"/><a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`
  );
}

function richText(s: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="nb-NO" sz="${size}"${b}/><a:t>${escapeText(s)}</a:t></a:r></a:p></c:rich>`
  );
}

/**
 * The chart part. `cells` are the sheet's values by 0-based row and column (the same the sheet part writes),
 * read for the caches.
 */
export function chartXml(chart: ChartModel, sheet: string, cells: (CellInput[] | undefined)[]): string {
  const { start, end } = chart.source;
  const at = (r: number, c: number) => cells[r]?.[c];
  const firstRow = start.row + 1;
  const categories: string[] = [];
  for (let r = firstRow; r <= end.row; r++) categories.push(text(at(r, start.col)));
  const catRef = ref(sheet, firstRow, start.col, end.row, start.col);

  const series: string[] = [];
  for (let c = start.col + 1; c <= end.col; c++) {
    const i = c - start.col - 1;
    const values: (CellInput | undefined)[] = [];
    for (let r = firstRow; r <= end.row; r++) values.push(at(r, c));
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx>${strRef(ref(sheet, start.row, c, start.row, c), [text(at(start.row, c))])}</c:tx>` +
        seriesShape(chart.type, i) +
        (chart.type === "line" ? "" : '<c:invertIfNegative val="0"/>') +
        `<c:cat>${strRef(catRef, categories)}</c:cat>` +
        `<c:val>${numRef(ref(sheet, firstRow, c, end.row, c), values)}</c:val>` +
        (chart.type === "line" ? '<c:smooth val="0"/>' : "") +
        "</c:ser>",
    );
  }

  const CAT_AX = 1001;
  const VAL_AX = 1002;
  const axes = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const plot =
    chart.type === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}` +
        `<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="${chart.type === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
        `<c:varyColors val="0"/>${series.join("")}<c:gapWidth val="80"/>${axes}</c:barChart>`;
  // Horizontal bars put the categories on the left and the values along the bottom.
  const horizontal = chart.type === "bar";
  const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="nb-NO"/></a:p></c:txPr>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${axisText}<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;

  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${CHART_NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title><c:tx>${richText(chart.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

/**
 * A sheet's drawing part: one anchored graphic frame per chart, the n-th pointing at relationship `rId{n+1}`
 * of the drawing's rels. The anchor's `to` is the corner after the last covered cell.
 */
export function drawingXml(charts: ChartModel[]): string {
  const anchors = charts.map((ch, i) => {
    const corner = (col: number, row: number) =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      "<xdr:twoCellAnchor>" +
      `<xdr:from>${corner(ch.from.col, ch.from.row)}</xdr:from>` +
      `<xdr:to>${corner(ch.to.col + 1, ch.to.row + 1)}</xdr:to>` +
      '<xdr:graphicFrame macro="">' +
      // The chart's title is also its alternative text, for screen readers.
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Diagram ${i + 1}" descr="${escapeAttr(ch.title)}"/>` +
      "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${CHART_NS.c}">` +
      `<c:chart xmlns:c="${CHART_NS.c}" r:id="rId${i + 1}"/>` +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${CHART_NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">${anchors.join("")}</xdr:wsDr>`
  );
}
