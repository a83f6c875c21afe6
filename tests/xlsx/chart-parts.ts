/**
 * Reads the charts of an .xlsx back from its parts, following the package's relationships (workbook → sheet →
 * drawing → chart) the way a reader must, and checking each step: every relationship resolves to a part in the
 * zip with the content type it needs. Written for tests, with plain regular expressions over the few elements
 * it needs; independent of the writer's code.
 */
import { strFromU8, unzipSync } from "fflate";

export interface ReadSeries {
  /** Formulas: the series name cell, the categories and the values. */
  name: string;
  categories: string;
  values: string;
  nameCache: string[];
  categoryCache: string[];
  /** Cached values by point index (a missing point is undefined). */
  valueCache: (number | undefined)[];
  /** The series' own colour (#rrggbb), when it has one. */
  colour?: string;
}

export interface ReadChart {
  sheet: string;
  part: string;
  /** "col", "bar" or "line". */
  type: "col" | "bar" | "line";
  title: string;
  series: ReadSeries[];
  /** The anchor's top-left and the corner after the last covered cell, 0-based. */
  from: { col: number; row: number };
  to: { col: number; row: number };
  /** The graphic frame's alternative text. */
  descr: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function rels(parts: Record<string, string>, owner: string): Map<string, { type: string; target: string }> {
  const dir = owner.slice(0, owner.lastIndexOf("/") + 1);
  const file = owner.slice(dir.length);
  const xml = parts[`${dir}_rels/${file}.rels`];
  const out = new Map<string, { type: string; target: string }>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<Relationship ([^>]*)\/>/g)) {
    const a = (n: string) => new RegExp(`${n}="([^"]*)"`).exec(m[1])![1];
    out.set(a("Id"), { type: a("Type").split("/").pop()!, target: resolve(dir, a("Target")) });
  }
  return out;
}

function resolve(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const stack = dir.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") stack.pop();
    else if (seg !== ".") stack.push(seg);
  }
  return stack.join("/");
}

function contentType(parts: Record<string, string>, path: string): string | undefined {
  const types = parts["[Content_Types].xml"];
  return new RegExp(`<Override PartName="/${path.replace(/[.[\]]/g, "\\$&")}" ContentType="([^"]*)"`).exec(
    types,
  )?.[1];
}

function cache(xml: string): string[] {
  const n = Number(/<c:ptCount val="(\d+)"/.exec(xml)?.[1] ?? 0);
  const out: string[] = new Array(n).fill("");
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g))
    out[Number(m[1])] = decode(m[2]);
  return out;
}

export function zipParts(bytes: Uint8Array): Record<string, string> {
  const zip = unzipSync(bytes);
  return Object.fromEntries(Object.entries(zip).map(([k, v]) => [k, strFromU8(v)]));
}

/** Every chart of every sheet, in sheet and anchor order. Throws when a relationship does not resolve. */
export function readCharts(bytes: Uint8Array): ReadChart[] {
  const parts = zipParts(bytes);
  const fail = (what: string) => {
    throw new Error(what);
  };
  const book = rels(parts, "xl/workbook.xml");
  const charts: ReadChart[] = [];
  for (const m of parts["xl/workbook.xml"].matchAll(/<sheet name="([^"]*)"[^>]* r:id="([^"]*)"\/>/g)) {
    const sheetName = decode(m[1]);
    const sheetPart = book.get(m[2])?.target ?? fail(`no sheet part for ${sheetName}`);
    const sheetXml = parts[sheetPart] ?? fail(`missing ${sheetPart}`);
    const drawingId = /<drawing r:id="([^"]*)"\/>/.exec(sheetXml)?.[1];
    if (!drawingId) continue;
    const drawingRel = rels(parts, sheetPart).get(drawingId) ?? fail(`${sheetPart}: ${drawingId} unresolved`);
    if (drawingRel.type !== "drawing") fail(`${sheetPart}: ${drawingId} is a ${drawingRel.type}`);
    const drawingPart = drawingRel.target;
    const drawingXml = parts[drawingPart] ?? fail(`missing ${drawingPart}`);
    if (contentType(parts, drawingPart) !== "application/vnd.openxmlformats-officedocument.drawing+xml")
      fail(`${drawingPart}: content type`);
    const drawingRels = rels(parts, drawingPart);
    for (const a of drawingXml.matchAll(/<xdr:twoCellAnchor[^>]*>(.*?)<\/xdr:twoCellAnchor>/g)) {
      const corner = (tag: string) => {
        const x = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col>.*?<xdr:row>(\\d+)</xdr:row>`).exec(a[1])!;
        return { col: Number(x[1]), row: Number(x[2]) };
      };
      const chartId = /<c:chart [^>]*r:id="([^"]*)"/.exec(a[1])?.[1] ?? fail(`${drawingPart}: no chart`);
      const chartRel = drawingRels.get(chartId) ?? fail(`${drawingPart}: ${chartId} unresolved`);
      if (chartRel.type !== "chart") fail(`${drawingPart}: ${chartId} is a ${chartRel.type}`);
      const xml = parts[chartRel.target] ?? fail(`missing ${chartRel.target}`);
      if (
        contentType(parts, chartRel.target) !==
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      )
        fail(`${chartRel.target}: content type`);
      const type = /<c:lineChart>/.test(xml)
        ? "line"
        : (/<c:barDir val="(col|bar)"\/>/.exec(xml)?.[1] as "col" | "bar");
      const title = [...(/<c:title>(.*?)<\/c:title>/.exec(xml)?.[1] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((t) => decode(t[1]))
        .join("");
      const series = [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map((s) => {
        const part = (tag: string) => new RegExp(`<c:${tag}>(.*?)</c:${tag}>`).exec(s[1])?.[1] ?? "";
        const f = (x: string) => decode(/<c:f>([^<]*)<\/c:f>/.exec(x)?.[1] ?? "");
        const [tx, cat, val] = [part("tx"), part("cat"), part("val")];
        return {
          name: f(tx),
          categories: f(cat),
          values: f(val),
          nameCache: cache(tx),
          categoryCache: cache(cat),
          valueCache: cache(val).map((v) => (v === "" ? undefined : Number(v))),
          colour: /<c:spPr>.*?<a:srgbClr val="([0-9A-Fa-f]{6})"/
            .exec(s[1])?.[1]
            ?.toLowerCase()
            .replace(/^/, "#"),
        };
      });
      charts.push({
        sheet: sheetName,
        part: chartRel.target,
        type,
        title,
        series,
        from: corner("from"),
        to: corner("to"),
        descr: decode(/<xdr:cNvPr [^>]*descr="([^"]*)"/.exec(a[1])?.[1] ?? ""),
      });
    }
  }
  return charts;
}
