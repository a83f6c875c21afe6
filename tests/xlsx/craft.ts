/** Builds small .xlsx packages by hand, to test the reader on markup other writers produce. */
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface CraftSheet {
  name: string;
  /** The whole worksheet part, or just what goes inside <worksheet>. */
  xml: string;
  state?: "hidden" | "veryHidden";
}

export function craftXlsx(
  sheets: CraftSheet[],
  extra: { sharedStrings?: string[]; files?: Record<string, string>; contentTypes?: string } = {},
): Uint8Array {
  const files: Zippable = {};
  const put = (p: string, s: string) => (files[p] = strToU8(s));
  put(
    "[Content_Types].xml",
    extra.contentTypes ??
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  put(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
        )
        .join("") +
      `</sheets></workbook>`,
  );
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (extra.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    put(
      "xl/sharedStrings.xml",
      `<sst xmlns="${MAIN}">${extra.sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${s}</t></si>`)).join("")}</sst>`,
    );
  }
  put(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  sheets.forEach((s, i) =>
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      s.xml.includes("<worksheet")
        ? s.xml
        : `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`,
    ),
  );
  for (const [p, s] of Object.entries(extra.files ?? {})) put(p, s);
  return zipSync(files);
}

/** Unzips a file into text parts (for looking at what the writer wrote). */
export function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(unzipSync(bytes))) out[k] = new TextDecoder().decode(v);
  return out;
}

/** Replaces parts of an existing package. */
export function repack(bytes: Uint8Array, change: Record<string, string | null>): Uint8Array {
  const files: Zippable = {};
  for (const [k, v] of Object.entries(unzipSync(bytes))) files[k] = v;
  for (const [k, v] of Object.entries(change)) {
    if (v === null) delete files[k];
    else files[k] = strToU8(v);
  }
  return zipSync(files);
}
