import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { cellAt, findSheet, formulaAt } from "../../src/core/model/snapshot";
import { readXlsx, writeXlsx, XlsxReadError, type XlsxReadErrorCode } from "../../src/workbook/xlsx";
import { craftXlsx, parts, repack } from "./craft";
import { renderBoth } from "../../src/core/model/user-error";

function readError(bytes: Uint8Array, options = {}): XlsxReadError {
  try {
    readXlsx(bytes, "innlevering.xlsx", options);
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error("no error");
}

const small = () =>
  writeXlsx([
    { kind: "addSheet", sheet: "Ark1" },
    {
      kind: "setValues",
      sheet: "Ark1",
      address: "A1",
      values: [
        ["Navn", "Antall"],
        ["a", 1],
      ],
    },
  ]);

describe("readXlsx refuses what is not a readable .xlsx, with a message that says what to do", () => {
  const cfb = (extra: string) => {
    const b = new Uint8Array(4096);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = Buffer.from(extra, "utf16le");
    b.set(name, 1024);
    return b;
  };

  it.each<[string, () => Uint8Array, XlsxReadErrorCode, RegExp]>([
    ["an empty file", () => new Uint8Array(0), "empty-file", /tom/],
    ["a CSV file", () => strToU8("Navn;Antall\nOla;3\n"), "text-file", /CSV/],
    [
      "random bytes",
      () => Uint8Array.from({ length: 300 }, (_, i) => ((i * 7919) % 256) | 1),
      "not-a-zip",
      /\.xlsx/,
    ],
    ["an encrypted workbook", () => cfb("EncryptionInfo"), "encrypted", /passord/],
    ["an old .xls", () => cfb("Workbook"), "xls", /\.xls/],
    [
      "a macro-enabled workbook",
      () =>
        repack(small(), {
          "[Content_Types].xml": parts(small())["[Content_Types].xml"].replace(
            "spreadsheetml.sheet.main+xml",
            "../vnd.ms-excel.sheet.macroEnabled.main+xml",
          ),
        }),
      "xlsm",
      /makro/,
    ],
    [
      "an OpenDocument spreadsheet",
      () =>
        zipSync({
          mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
          "content.xml": strToU8("<x/>"),
        }),
      "ods",
      /\.ods/,
    ],
    ["a zip that is not a workbook", () => zipSync({ "a.txt": strToU8("hei") }), "not-xlsx", /\.xlsx/],
    ["a truncated file", () => small().subarray(0, 900), "corrupt-zip", /skadet/],
    [
      "a zip with a damaged part",
      () => {
        const b = small().slice();
        const at = Buffer.from(b).indexOf("xl/worksheets/sheet1.xml") + 40;
        for (let i = at; i < at + 60; i++) b[i] ^= 0x5a;
        return b;
      },
      "corrupt-zip",
      /skadet/,
    ],
    [
      "a sheet with a DOCTYPE (entity expansion attempt)",
      () =>
        craftXlsx([
          {
            name: "Ark1",
            xml: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>',
          },
        ]),
      "invalid-xml",
      /ugyldig/,
    ],
  ])("%s", (_, make, code, nb) => {
    const e = readError(make());
    expect(e.code).toBe(code);
    expect(renderBoth(e).nb).toMatch(nb);
    expect(renderBoth(e).nb).toContain("innlevering.xlsx");
    expect(renderBoth(e).en).toContain("innlevering.xlsx");
    expect(e.fileName).toBe("innlevering.xlsx");
  });

  it("refuses a zip bomb from its directory, before inflating", () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = repack(small(), {});
    const withBomb = zipSync({ ...unzipAll(bomb), "xl/media/fill.bin": [zeros, { level: 9 }] });
    const t0 = performance.now();
    const e = readError(withBomb);
    expect(e.code).toBe("zip-bomb");
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it("refuses a file that unpacks to more than the cap", () => {
    expect(readError(small(), { maxTotalBytes: 1000 }).code).toBe("too-large");
  });

  it("stops an entry that inflates past the size its directory declares", () => {
    const bytes = small().slice();
    const name = strToU8("xl/worksheets/sheet1.xml");
    // Central directory record: signature 50 4b 01 02; size at +24, name at +46.
    const buf = Buffer.from(bytes);
    let p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (p >= 0 && !buf.subarray(p + 46, p + 46 + name.length).equals(Buffer.from(name))) {
      p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4);
    }
    const compressed = buf.readUInt32LE(p + 20);
    buf.writeUInt32LE(compressed + 10, p + 24); // claims barely more than its compressed size
    // Stopped either way; a few hundred bytes over is a damaged entry, far over a zip bomb (tests/cli/inflate.test.ts).
    expect(["corrupt-zip", "zip-bomb"]).toContain(readError(new Uint8Array(buf)).code);
  });

  it("refuses more cells than the cap", () => {
    expect(readError(small(), { maxCells: 3 }).code).toBe("too-many-cells");
  });
});

function unzipAll(b: Uint8Array): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts(b))) out[k] = strToU8(v);
  return out;
}

describe("readXlsx on markup from other writers", () => {
  it("reads every cell type, shared and inline rich strings, errors, dates and hidden rows", () => {
    const bytes = craftXlsx(
      [
        {
          name: "Ark1",
          xml:
            "<sheetData>" +
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>Rik </t></r><r><rPr><b/></rPr><t xml:space="preserve">tekst</t></r><rPh><t>x</t></rPh></is></c></row>' +
            '<row r="2" hidden="1"><c r="A2"><v>1.5E3</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="d"><v>2026-01-01T12:00:00</v></c><c r="E2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>' +
            '<row r="4"><c r="A4" s="3"/><c r="B4" t="s"><v>2</v></c><c r="C4"><v>&#x31;2</v></c></row>' +
            '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>' +
            "</sheetData>",
        },
      ],
      { sharedStrings: ["Aktør &amp; etat", "<r><t>To </t></r><r><t>deler</t></r>", "_x0041__x005F_x0042_"] },
    );
    const s = readXlsx(bytes, "x.xlsx").sheets[0];
    expect(s.rows[0]).toEqual(["Aktør & etat", "To deler", "Rik tekst"]);
    expect(s.rows[1]?.slice(0, 3)).toEqual([1500, true, { error: "#N/A" }]);
    expect(cellAt(s, 1, 3)).toBeCloseTo(46023.5, 6);
    expect(cellAt(s, 1, 4)).toBe("ab");
    expect(formulaAt(s, 1, 4)).toBe('"a"&"b"');
    expect(s.hiddenRows).toEqual([1]);
    expect(cellAt(s, 3, 0)).toBeNull();
    expect(cellAt(s, 3, 1)).toBe("A_x0042_");
    expect(cellAt(s, 3, 2)).toBe(12);
    expect(cellAt(s, 1048575, 16383)).toBe(7);
    expect(s.rows.length).toBe(1048576);
    expect(Object.keys(s.rows).length).toBe(4); // sparse
  });

  it("reads shared strings as plainly written and as laid out with white space and comments alike", () => {
    // Most writers put each string in one <si><t>…</t></si>, which the reader takes by position; anything else
    // (here line breaks between the elements and a comment) goes through the general scanner.
    const texts = ["Aktør &amp; etat", " to  mellomrom ", "", "linje_x000D_", "&lt;b&gt; &#248;"];
    const sheet = {
      name: "Ark1",
      xml:
        '<sheetData><row r="1">' +
        texts.map((_, i) => `<c r="${"ABCDE"[i]}1" t="s"><v>${i}</v></c>`).join("") +
        "</row></sheetData>",
    };
    const plain = craftXlsx([sheet], {
      sharedStrings: texts.map((t) => (t.startsWith(" ") ? `<t xml:space="preserve">${t}</t>` : t)),
    });
    const sst = parts(plain)["xl/sharedStrings.xml"];
    const laidOut = repack(plain, {
      "xl/sharedStrings.xml": sst.replace(/<si>/g, "\n  <si>").replace("</sst>", "<!-- end --></sst>"),
    });
    // Entities and _xHHHH_ decoded, spaces kept, the empty string kept.
    const expected = ["Aktør & etat", " to  mellomrom ", "", "linje\r", "<b> ø"];
    for (const bytes of [plain, laidOut])
      expect(readXlsx(bytes, "x.xlsx").sheets[0].rows[0]).toEqual(expected);
  });

  it("expands shared formulas relative to their master cell", () => {
    const bytes = craftXlsx([
      {
        name: "Ark1",
        xml:
          "<sheetData>" +
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c></row>' +
          '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row>' +
          '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>7</v></c></row>' +
          "</sheetData>",
      },
    ]);
    const s = readXlsx(bytes, "x.xlsx").sheets[0];
    expect([formulaAt(s, 0, 1), formulaAt(s, 1, 1), formulaAt(s, 2, 1)]).toEqual([
      "A1*2+$A$1",
      "A2*2+$A$1",
      "A3*2+$A$1",
    ]);
    expect(cellAt(s, 2, 1)).toBe(7);
  });

  it("reads namespace-prefixed markup (as some generators write it) the same as plain markup", () => {
    const plain =
      "<sheetData>" +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c><c r="B1"><v>2</v></c></row>' +
      '<row r="2" hidden="1"><c r="A2"><f>B1*2</f><v>4</v></c></row>' +
      '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' +
      '<dataValidations count="1"><dataValidation type="whole" sqref="B2:B9"><formula1>0</formula1></dataValidation></dataValidations>';
    const prefixed = plain.replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2");
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const a = readXlsx(craftXlsx([{ name: "Ark1", xml: plain }]), "a.xlsx").sheets[0];
    const b = readXlsx(
      craftXlsx([{ name: "Ark1", xml: `<x:worksheet xmlns:x="${main}">${prefixed}</x:worksheet>` }]),
      "b.xlsx",
    ).sheets[0];
    expect(b).toEqual(a);
    expect(a.rows).toEqual([["Navn", 2], [4]]);
    expect(a.merges).toEqual(["A1:B1"]);
    expect(a.hiddenRows).toEqual([1]);
    expect(a.validations).toEqual([{ ref: "B2:B9", type: "wholeNumber", formula1: "0" }]);
  });

  it("reads Excel 2010 cross-sheet list validations (x14 extension)", () => {
    const xml =
      "<sheetData/>" +
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
      "<x14:formula1><xm:f>Katalog!$A$2:$A$77</xm:f></x14:formula1><xm:sqref>A2:A1048576</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>";
    const snap = readXlsx(craftXlsx([{ name: "Ark1", xml }]), "x.xlsx");
    expect(snap.sheets[0].validations).toEqual([
      { ref: "A2:A1048576", type: "list", formula1: "=Katalog!$A$2:$A$77" },
    ]);
    expect(snap.notes.map((n) => n.code)).toContain("whole-column-validation");
  });

  it("reads a drop-down over whole columns instantly, as one range", () => {
    const xml =
      "<sheetData/>" +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:L1048576 N:N"><formula1>"Ja,Nei"</formula1></dataValidation></dataValidations>';
    const t0 = performance.now();
    const snap = readXlsx(craftXlsx([{ name: "Ark1", xml }]), "x.xlsx");
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(snap.sheets[0].validations).toEqual([
      { ref: "A2:L1048576 N:N", type: "list", formula1: "Ja,Nei" },
    ]);
    expect(snap.notes).toEqual([
      expect.objectContaining({ code: "whole-column-validation", ref: "A2:L1048576" }),
    ]);
  });

  it("cuts text longer than Excel's limit and says so", () => {
    const long = "å".repeat(40_000);
    const snap = readXlsx(
      craftXlsx([
        {
          name: "Ark1",
          xml: `<sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData>`,
        },
      ]),
      "x.xlsx",
    );
    expect((cellAt(snap.sheets[0], 0, 1) as string).length).toBe(32_767);
    expect(snap.notes).toEqual([
      expect.objectContaining({ code: "string-truncated", sheet: "Ark1", ref: "B1" }),
    ]);
  });

  it("keeps entity-like and formula-like text as plain text, and odd sheet names", () => {
    const names = ["Aktører 'x'", "Ark & <1>", "a".repeat(31), "Virkemiddelbruk æøå ÆØÅ"];
    const bytes = craftXlsx(
      names.map((name) => ({
        name,
        xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>=HYPERLINK("http://x";"y") &amp;lt; &amp;bogus;</t></is></c></row></sheetData>',
      })),
    );
    const snap = readXlsx(bytes, "x.xlsx");
    expect(snap.sheets.map((s) => s.name)).toEqual(names);
    expect(cellAt(snap.sheets[0], 0, 0)).toBe('=HYPERLINK("http://x";"y") &lt; &bogus;');
    expect(formulaAt(snap.sheets[0], 0, 0)).toBeUndefined();
  });

  it("reads only the chosen sheets' cells, and reports progress", () => {
    const bytes = writeXlsx([
      { kind: "addSheet", sheet: "A" },
      { kind: "addSheet", sheet: "B" },
      {
        kind: "setValues",
        sheet: "A",
        address: "A1",
        values: [
          ["x", "y"],
          [1, 2],
        ],
      },
      { kind: "setValues", sheet: "B", address: "A1", values: [["z"]] },
      { kind: "addTable", sheet: "A", name: "tblA", range: "A1:B2" },
    ]);
    const progress: string[] = [];
    const snap = readXlsx(bytes, "x.xlsx", {
      sheets: (n) => n === "B",
      onProgress: (p) => progress.push(`${p.sheet} ${p.done}/${p.total}`),
    });
    expect(findSheet(snap, "A")!.rows).toEqual([]);
    expect(findSheet(snap, "B")!.rows).toEqual([["z"]]);
    expect(snap.tables.map((t) => t.name)).toEqual(["tblA"]);
    expect(progress).toEqual(["B 2/2"]);
  });
});

describe("readXlsx on damaged markup (fuzzed)", () => {
  const base = writeXlsx([
    { kind: "addSheet", sheet: "Ark1" },
    {
      kind: "setValues",
      sheet: "Ark1",
      address: "A1",
      values: [
        ["Navn", "Antall", "Sum"],
        ["Ærlig <&>", 2, { formula: "=B2*2" }],
        [true, -1.5e-3, "=tekst"],
      ],
    },
    { kind: "setValidation", sheet: "Ark1", range: "A2:A9", rule: { type: "list", source: "=$A$1:$C$1" } },
  ]);
  const sheetXml = parts(base)["xl/worksheets/sheet1.xml"];

  it("either reads or refuses with an XlsxReadError, never hangs or throws anything else", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sheetXml.length }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(
          "",
          "<",
          ">",
          '"',
          "'",
          "&",
          "<c",
          "<v>",
          "</c>",
          "<!--",
          "<![CDATA[",
          "<!DOCTYPE",
          "/>",
          "\u0000",
        ),
        (at, cut, insert) => {
          const broken = sheetXml.slice(0, at) + insert + sheetXml.slice(at + cut);
          try {
            readXlsx(repack(base, { "xl/worksheets/sheet1.xml": broken }), "f.xlsx");
          } catch (e) {
            expect(e).toBeInstanceOf(XlsxReadError);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("readXlsx on other sheet kinds and zip features", () => {
  it("notes a chart sheet as skipped and still reads the worksheets", () => {
    const base = craftXlsx([
      { name: "Data", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      { name: "Diagram", xml: "<sheetData/>" },
    ]);
    const rels = parts(base)["xl/_rels/workbook.xml.rels"].replace(
      /relationships\/worksheet" Target="worksheets\/sheet2.xml"/,
      'relationships/chartsheet" Target="chartsheets/sheet1.xml"',
    );
    const snap = readXlsx(repack(base, { "xl/_rels/workbook.xml.rels": rels }), "x.xlsx");
    expect(snap.sheets.map((s) => s.name)).toEqual(["Data", "Diagram"]);
    expect(snap.sheets[0].rows).toEqual([[1]]);
    expect(snap.notes).toEqual([expect.objectContaining({ code: "sheet-skipped", sheet: "Diagram" })]);
  });

  it("refuses a zip whose parts carry the encryption flag", () => {
    const buf = Buffer.from(small());
    // Set bit 0 of the general-purpose flags in every central directory record.
    for (
      let p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      p >= 0;
      p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)
    ) {
      buf[p + 8] |= 1;
    }
    expect(readError(new Uint8Array(buf)).code).toBe("encrypted");
  });
});
