/**
 * The validate command on real files, bad input included: every file gets a clear message in bounded time,
 * exit codes follow REPORTING.md, and one bad file never stops the others from being checked.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { defaultCatalogue } from "../../src/catalogue";
import { containsIdentityNumber } from "../../src/core/identifiers";
import { validateCommand, validateFile } from "../../src/cli/commands/validate";
import { writeXlsx } from "../../src/workbook/xlsx";
import { filledTemplate, setCell } from "./fixtures";
import { snapshotEdits } from "./files";
import { renderFindingBoth } from "../../src/core/validation/render";

const cat = defaultCatalogue();
const dir = mkdtempSync(join(tmpdir(), "akrim-validate-cli-"));

function file(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

function cleanBytes(mutate?: Parameters<typeof filledTemplate>[0]): Uint8Array {
  return writeXlsx(snapshotEdits(filledTemplate(mutate)));
}

/** Rewrites one part of a zip (e.g. a sheet's XML). */
function patchPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts[part] = strToU8(edit(strFromU8(parts[part])));
  return zipSync(parts);
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const e = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    const code = await validateCommand(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("bad input gets a clear message", () => {
  const clean = cleanBytes();
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  const cases: [string, () => string, RegExp][] = [
    [
      "not a zip",
      () =>
        file(
          "binaer.xlsx",
          new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
        ),
      /not an Excel workbook/,
    ],
    ["a text file named .xlsx", () => file("tekst.xlsx", "Dette er ikke en arbeidsbok\n"), /text file/],
    [
      "truncated",
      () => file("avkuttet.xlsx", clean.slice(0, Math.floor(clean.length / 2))),
      /avkuttet\.xlsx/,
    ],
    ["an empty file", () => file("tom.xlsx", new Uint8Array()), /is empty/],
    [".csv", () => file("data.csv", "Virkemiddel-ID;Antall\nV101;3\n"), /CSV/],
    [".xls (an OLE compound file)", () => file("gammel.xls", new Uint8Array(ole)), /\.xls\b/],
    [
      "encrypted (OLE with EncryptionInfo)",
      () => {
        const name = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);
        return file("kryptert.xlsx", new Uint8Array([...ole, ...name, ...new Array(100).fill(0)]));
      },
      /password/i,
    ],
    [
      ".ods",
      () =>
        file(
          "regneark.ods",
          zipSync({
            mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
            "content.xml": strToU8("<x/>"),
          }),
        ),
      /OpenDocument|\.ods/,
    ],
    [
      ".xlsm (macros)",
      () =>
        file(
          "makro.xlsm",
          patchPart(clean, "[Content_Types].xml", (x) =>
            x.replace("sheet.main+xml", "sheet.macroEnabled.main+xml"),
          ),
        ),
      /macro|\.xlsm/i,
    ],
    [
      "a zip bomb",
      () =>
        file(
          "bombe.xlsx",
          patchPart(clean, "xl/worksheets/sheet2.xml", (x) =>
            x.replace("<sheetData>", `<sheetData>${" ".repeat(30_000_000)}`),
          ),
        ),
      /compress|unpack|large/i,
    ],
    ["a directory", () => dir, /is not a file/],
    ["a missing file", () => join(dir, "finnes-ikke.xlsx"), /does not exist/],
  ];

  test.each(cases)("%s", (_name, make, says) => {
    const path = make();
    const t0 = Date.now();
    const r = validateFile(path, cat);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.unreadable).toBe(true);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].rule).toBe("file.unreadable");
    expect(r.findings[0].severity).toBe("error");
    expect(renderFindingBoth(r.findings[0]).message.en).toMatch(says);
    expect(renderFindingBoth(r.findings[0]).message.nb.length).toBeGreaterThan(10);
  });
});

describe("hostile but readable workbooks", () => {
  test("whole-column drop-down, hidden rows, merged cells, odd sheet name, formula-injection text, long strings", () => {
    const wb = filledTemplate();
    setCell(wb, "Virkemiddelbruk", "I2", "=cmd|' /C calc'!A0");
    setCell(wb, "Virkemiddelbruk", "I3", "+SUM(A1:A9)");
    setCell(wb, "Aktører", "G2", "LANGTEKST");
    wb.sheets.push({
      ...wb.sheets[0],
      name: "Ark 'a' & (b) — ø",
      rows: [["fnr", "311299 56715"]],
      formulas: [],
    });
    let bytes = writeXlsx(snapshotEdits(wb));
    // The writer refuses text over Excel's limit; a file from elsewhere may hold it.
    const parts = unzipSync(bytes);
    for (const [name, data] of Object.entries(parts)) {
      const xml = strFromU8(data);
      if (xml.includes("LANGTEKST")) parts[name] = strToU8(xml.replace("LANGTEKST", "x".repeat(100_000)));
    }
    bytes = zipSync(parts);
    bytes = patchPart(bytes, "xl/worksheets/sheet2.xml", (x) =>
      x
        .replace(/<row r="3"/, '<row r="3" hidden="1"')
        .replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="I4:I5"/></mergeCells>')
        .replace(
          /(<\/sheetData>.*?)(<tableParts|<\/worksheet>)/s,
          '$1<dataValidations count="1"><dataValidation type="whole" sqref="E2:E1048576"><formula1>0</formula1></dataValidation></dataValidations>$2',
        ),
    );
    const path = file("fiendtlig.xlsx", bytes);
    const r = validateFile(path, cat);
    expect(r.unreadable).toBe(false);
    const rules = r.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell ?? ""}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        "read.whole-column-validation Virkemiddelbruk!E2",
        "structure.hidden-rows Virkemiddelbruk!A3",
        "structure.merged-cells Virkemiddelbruk!I4",
        "read.string-truncated Aktører!G2",
        "privacy.national-id Ark 'a' & (b) — ø!B1",
      ]),
    );
    // The reader's notes are told in Norwegian too, not in the reader's English.
    const truncated = r.findings.find((f) => f.rule === "read.string-truncated")!;
    expect(renderFindingBoth(truncated).message.nb).toBe(
      "Arket «Aktører» (G2): En svært lang tekst ble kortet av ved lesing.",
    );
    expect(renderFindingBoth(truncated).message.en).toContain("cut to it");
    // Formula-looking text is text: it is neither run nor reported as a formula.
    expect(r.findings.some((f) => f.rule === "cell.formula")).toBe(false);
    expect(containsIdentityNumber(JSON.stringify(r))).toBe(false);
  });

  test("a sheet with data on row 1,048,576 is read and checked in bounded time", () => {
    const bytes = patchPart(cleanBytes(), "xl/worksheets/sheet5.xml", (x) =>
      x.replace(
        "</sheetData>",
        '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>EI-BM9-99</t></is></c></row></sheetData>',
      ),
    );
    const t0 = Date.now();
    const r = validateFile(file("siste-rad.xlsx", bytes), cat);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.unreadable).toBe(false);
    // Below the Excel table: reported as not counted.
    expect(r.findings.map((f) => `${f.rule} ${f.cell}`)).toContain("structure.rows-outside-table A1048576");
  });
});

describe("the command", () => {
  test("JSON exactly per the contract; an unreadable file gives exit 2 and the others are still checked", async () => {
    const good = file("OSL-SKE-2026.xlsx", cleanBytes());
    const wb = filledTemplate({ agency: "AT" });
    setCell(wb, "Virkemiddelbruk", "E2", "12 stk");
    setCell(wb, "Virkemiddelbruk", "I3", "15108695088");
    const bad = file("OSL-AT-2026.xlsx", writeXlsx(snapshotEdits(wb)));
    const broken = file("brukket.xlsx", "PK\u0003\u0004 nope");
    const { code, out, err } = await run([good, bad, broken, "--format", "json"]);
    expect(code).toBe(2);
    expect(err).toContain("brukket.xlsx");
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["files", "summary"]);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([good, bad, broken]);
    expect(json.files[0]).toEqual({
      file: good,
      submission: {
        unit: "OSL",
        agency: "SKE",
        period: "2026",
        templateVersion: "2026.2",
        catalogueVersion: "2026.2",
      },
      findings: [],
    });
    const f = json.files[1].findings[0];
    expect(Object.keys(f).slice(0, 8)).toEqual([
      "rule",
      "severity",
      "sheet",
      "row",
      "column",
      "cell",
      "value",
      "message",
    ]);
    expect(json.files[1].findings.map((x: { rule: string; cell: string }) => `${x.rule} ${x.cell}`)).toEqual(
      expect.arrayContaining(["cell.text-number E2", "privacy.national-id I3"]),
    );
    expect(json.files[2].findings[0].rule).toBe("file.unreadable");
    expect(json.summary).toMatchObject({ files: 3, errors: 3 + 0, warnings: 0 });
    expect(containsIdentityNumber(out)).toBe(false);
  });

  test("an empty workbook gets one finding, in JSON and in text, and exit 1", async () => {
    const path = file("tom.xlsx", writeXlsx([{ kind: "addSheet", sheet: "Ark1" }]));
    const json = await run([path, "--format", "json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).files[0].findings).toEqual([
      expect.objectContaining({
        rule: "workbook.not-a-template",
        severity: "error",
        sheet: null,
        cell: null,
        message: "Arbeidsboken er tom, så den er ikke en utfylt rapporteringsmal.",
      }),
    ]);
    const text = await run([path]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("Arbeidsboken er tom, så den er ikke en utfylt rapporteringsmal.");
    expect(text.out).not.toContain("AkrimRapporteringsenhet");
  });

  test("an identity number in a file name is masked in the output too", async () => {
    const path = file("rapport 15108695088.xlsx", cleanBytes());
    for (const format of ["json", "text"]) {
      // A clean file is listed in text only with --verbose (the summary comes first, then what needs attention).
      const r = await run([path, "--format", format, ...(format === "text" ? ["--verbose"] : [])]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("rapport 151086*****.xlsx");
      expect(containsIdentityNumber(r.out)).toBe(false);
    }
  });

  test("exit 0 with only warnings, 1 with an error; text grouped by file and sheet", async () => {
    const wb = filledTemplate();
    setCell(wb, "Aktører", "C2", "aktiv");
    const warn = file("advarsel.xlsx", writeXlsx(snapshotEdits(wb)));
    const r0 = await run([warn]);
    expect(r0.code).toBe(0);
    expect(r0.out).toContain("advarsel.xlsx");
    expect(r0.out).toContain("Ark: Aktører");
    expect(r0.out).toMatch(/ADVARSEL C2 +Status: «aktiv» er forstått som «Aktiv» og telles slik/);
    expect(r0.out).toContain("  0 feil, 1 advarsel, 0 merknader\n");
    expect(r0.out).toContain("1 fil: 0 feil, 1 advarsel.\n");
    // The same in English with --lang en.
    const en = await run([warn, "--lang", "en"]);
    expect(en.out).toContain("Sheet: Aktører");
    expect(en.out).toContain("1 file: 0 errors, 1 warning.\n");
    setCell(wb, "Aksjoner", "C2", -4);
    const r1 = await run([file("feil.xlsx", writeXlsx(snapshotEdits(wb))), "--format", "text"]);
    expect(r1.code).toBe(1);
    expect(r1.out).toMatch(/FEIL +C2/);
  });

  test("wrong usage gives exit 2 with the message and the usage, in the language asked for", async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Oppgi minst én fil");
    expect(none.err).toContain("Bruk: npm run akrim -- validate");
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("--format");
    const r = await run(["x.xlsx", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format må være text eller json");
    expect((await run(["x.xlsx", "--bogus"])).code).toBe(2);
    const cat2 = file("katalog.json", "{ not json");
    const r2 = await run([join(dir, "x.xlsx"), "--catalogue", cat2]);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain("ikke gyldig JSON");
  });

  test("npm run akrim -- validate, as a user runs it", () => {
    const good = file("kjoring.xlsx", cleanBytes());
    const r = spawnSync("npx", ["tsx", "src/cli/main.ts", "validate", good, "--format", "json"], {
      cwd: join(__dirname, "../.."),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0, unreadable: 0 });
  });
});
