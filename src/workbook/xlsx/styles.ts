/** Cell formats of a written workbook: each distinct combination becomes one entry of styles.xml's cellXfs. */
import type { Severity } from "../../core/model/edit";
import { HIGHLIGHT_COLORS } from "../../core/model/highlight";
import { XML_DECL } from "./parts";
import { escapeAttr } from "./xml";

/** Everything that can differ between two written cells' formats. */
export interface StyleParts {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  /** Keep a text that looks like a formula as text when the user edits the cell. */
  quotePrefix?: boolean;
  /** Editable while the sheet is protected. */
  unlocked?: boolean;
  /** A finding's highlight; its fill and font colour win over `fill` and `fontColor`. */
  highlight?: Severity;
  /** Hyperlink look: blue, underlined. */
  link?: boolean;
}

const LINK_COLOR = "#0563C1";

/** Number formats built into Excel (no numFmt element needed). */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "h:mm": 20,
  "@": 49,
};

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export class StyleTable {
  private readonly xfs = new Map<string, number>();
  private readonly xfXml: string[] = [];
  private readonly fonts = new Map<string, number>();
  private readonly fontXml: string[] = [];
  private readonly fills = new Map<string, number>();
  private readonly fillXml: string[] = [];
  private readonly numFmts = new Map<string, number>();
  private readonly numFmtXml: string[] = [];

  constructor() {
    this.font({});
    this.fillXml.push(
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    );
    this.xfs.set("", 0);
    this.xfXml.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** The cellXfs index for a combination of parts (0 for none). */
  index(p: StyleParts | undefined): number {
    if (!p) return 0;
    const key = styleKey(p);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const fontId = this.font(p);
    const fillColor = p.highlight ? HIGHLIGHT_COLORS[p.highlight].fill : p.fill;
    const fillId = fillColor ? this.fill(fillColor) : 0;
    const numFmtId = p.numFmt !== undefined ? this.numFmt(p.numFmt) : 0;
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"`;
    if (numFmtId) attrs += ' applyNumberFormat="1"';
    if (fontId) attrs += ' applyFont="1"';
    if (fillId) attrs += ' applyFill="1"';
    if (p.quotePrefix) attrs += ' quotePrefix="1"';
    let children = "";
    if (p.wrap || p.horizontal) {
      attrs += ' applyAlignment="1"';
      children += `<alignment${p.horizontal ? ` horizontal="${p.horizontal}"` : ""}${p.wrap ? ' wrapText="1"' : ""}/>`;
    }
    if (p.unlocked) {
      attrs += ' applyProtection="1"';
      children += '<protection locked="0"/>';
    }
    const id = this.xfXml.length;
    this.xfXml.push(children ? `<xf ${attrs}>${children}</xf>` : `<xf ${attrs}/>`);
    this.xfs.set(key, id);
    return id;
  }

  private font(p: StyleParts): number {
    const color = p.link ? LINK_COLOR : p.highlight ? HIGHLIGHT_COLORS[p.highlight].font : p.fontColor;
    const key = `${p.bold ? "b" : ""}${p.italic ? "i" : ""}${p.link ? "u" : ""}${color ?? ""}`;
    const known = this.fonts.get(key);
    if (known !== undefined) return known;
    // Children in the schema's order: b, i, u, sz, color, name, family.
    const xml =
      "<font>" +
      (p.bold ? "<b/>" : "") +
      (p.italic ? "<i/>" : "") +
      (p.link ? "<u/>" : "") +
      '<sz val="11"/>' +
      (color ? `<color rgb="${argb(color)}"/>` : '<color theme="1"/>') +
      '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
    const id = this.fontXml.length;
    this.fontXml.push(xml);
    this.fonts.set(key, id);
    return id;
  }

  private fill(color: string): number {
    const known = this.fills.get(color);
    if (known !== undefined) return known;
    const id = this.fillXml.length;
    this.fillXml.push(
      `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
    this.fills.set(color, id);
    return id;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = 164 + this.numFmtXml.length;
    this.numFmtXml.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    this.numFmts.set(code, id);
    return id;
  }

  xml(): string {
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      XML_DECL +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.numFmtXml.length ? list("numFmts", this.numFmtXml) : "") +
      list("fonts", this.fontXml) +
      list("fills", this.fillXml) +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfXml) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

function styleKey(p: StyleParts): string {
  return [
    p.numFmt ?? "",
    p.bold ? 1 : 0,
    p.italic ? 1 : 0,
    p.fill ?? "",
    p.fontColor ?? "",
    p.wrap ? 1 : 0,
    p.horizontal ?? "",
    p.quotePrefix ? 1 : 0,
    p.unlocked ? 1 : 0,
    p.highlight ?? "",
    p.link ? 1 : 0,
  ].join("|");
}
