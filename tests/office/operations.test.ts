import { defaultCatalogue } from "../../src/catalogue";
import type { Edit } from "../../src/core/model/edit";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import {
  consolidateInto,
  insertTemplate,
  rollUp,
  type ConsolidationPlanner,
} from "../../src/workbook/office/operations";
import { readIdentity } from "../../src/workbook/office/identity";
import { readXlsx } from "../../src/workbook/xlsx";
import { sheet, workbook } from "../helpers/snapshot";
import { FakeExcel } from "./fake-excel";
import { IDENTITY, templateWorkbook, usageRows } from "./workbooks";

const catalogue = defaultCatalogue();
const SIZES = [10, 10_000, 100_000];

describe("insertTemplate", () => {
  const syncs: number[] = [];
  it.each(SIZES)(
    "inserts the template next to a %i-row sheet in a constant number of syncs",
    async (rows) => {
      const fake = new FakeExcel();
      fake.addSheet(
        "Data",
        Array.from({ length: rows }, (_, i) => [i, `rad ${i}`]),
      );
      const result = await insertTemplate(fake.context, catalogue, IDENTITY, {
        supported: fake.isSetSupported,
      });
      if (result.kind !== "applied") throw new Error(result.kind);
      expect(result.apply.problem).toBeNull();
      expect(result.apply.outcomes.every((o) => o.status === "applied")).toBe(true);
      expect(fake.tables.map((t) => t.name)).toEqual([
        "tblVirkemiddelbruk",
        "tblAktorer",
        "tblAksjoner",
        "tblEffekter",
      ]);
      expect(fake.maxRequestBytes()).toBeLessThanOrEqual(5_000_000);
      expect(await readIdentity(fake.context, catalogue)).toMatchObject({
        unit: "OSL",
        agency: "NAV",
        period: "2026-T1",
      });
      syncs.push(fake.syncs - 1); // minus readIdentity's own sync
      expect(new Set(syncs).size).toBe(1);
    },
  );

  it("never overwrites: a second insert reports the clashing sheets and writes nothing", async () => {
    const fake = new FakeExcel();
    await insertTemplate(fake.context, catalogue, IDENTITY, { supported: fake.isSetSupported });
    const before = fake.requests.length;
    const again = await insertTemplate(fake.context, catalogue, IDENTITY, { supported: fake.isSetSupported });
    expect(again.kind).toBe("clashes");
    if (again.kind === "clashes") expect(again.sheets).toContain("Virkemiddelbruk");
    expect(
      fake.requests.slice(before).every((r) => r.actions > 0 && !JSON.stringify(r).includes("set")),
    ).toBe(true);
  });

  it("passes the plan's problems on (unknown agency) without touching Excel beyond the read", async () => {
    const fake = new FakeExcel();
    const result = await insertTemplate(
      fake.context,
      catalogue,
      { ...IDENTITY, agency: "XYZ" },
      { supported: fake.isSetSupported },
    );
    expect(result.kind).toBe("problems");
    if (result.kind === "problems") expect(result.problems[0].nb).toContain("XYZ");
  });
});

describe("rollUp", () => {
  it.each(SIZES)("rolls up a %i-row template with the three read syncs", async (rows) => {
    const fake = await templateWorkbook(rows);
    const { rollup, apply } = await rollUp(fake.context, catalogue);
    expect(apply).toBeUndefined();
    expect(fake.syncs).toBe(3);
    const expected = usageRows(rows).reduce((n, r) => n + (typeof r.antall === "number" ? r.antall : 0), 0);
    const total = rollup.json.parameters.find((p) => p.id === "SP-ALL-01");
    expect(total?.value).toBe(expected);
  });

  it("writes the roll-up when given a plan for it", async () => {
    const fake = await templateWorkbook(10);
    const { apply } = await rollUp(fake.context, catalogue, {
      supported: fake.isSetSupported,
      plan: (r) => [
        { kind: "addSheet", sheet: "Sammendrag" },
        {
          kind: "setValues",
          sheet: "Sammendrag",
          address: "A1",
          values: r.json.parameters.map((p) => [p.id, p.value]),
        },
      ],
    });
    expect(apply?.problem).toBeNull();
    expect(fake.cell("Sammendrag", "A1")?.value).toBe(rollupFirstId());
  });
});

function rollupFirstId() {
  return catalogue.steeringParameters[0].id;
}

describe("consolidateInto", () => {
  const sources = (rowsEach: number): WorkbookSnapshot[] =>
    ["AT", "NAV", "POL"].map((agency) =>
      workbook(
        [
          sheet("Virkemiddelbruk", [
            ["Virkemiddel-ID", "Antall", "Kommentar"],
            ...Array.from({ length: rowsEach }, (_, i) => [
              `V${101 + (i % 40)}`,
              i % 9,
              i % 4 ? "ok" : "=ikke formel",
            ]),
          ]),
        ],
        [],
        { AkrimEtat: agency },
        `OSL-${agency}-2026-T1.xlsx`,
      ),
    );

  /** A stand-in for the consolidation plan: every usage row with its source file, as one table. */
  const planner: ConsolidationPlanner = (snapshots, existing) => {
    if (existing.some((n) => n.toLowerCase() === "samlet")) return { clashes: ["Samlet"] };
    const rows = snapshots.flatMap((s) =>
      (s.sheets[0].rows.slice(1) as (string | number)[][]).map((r) => [s.name, ...r]),
    );
    const edits: Edit[] = [
      { kind: "addSheet", sheet: "Samlet" },
      {
        kind: "setValues",
        sheet: "Samlet",
        address: "A1",
        values: [["Fil", "Virkemiddel-ID", "Antall", "Kommentar"], ...rows],
      },
      { kind: "addTable", sheet: "Samlet", name: "tblSamlet", range: `A1:D${rows.length + 1}` },
      { kind: "activateSheet", sheet: "Samlet" },
    ];
    return { edits };
  };

  it.each(SIZES)("adds %i consolidated rows to the open workbook in requests under 5 MB", async (total) => {
    const fake = new FakeExcel();
    fake.addSheet("Ark1");
    const result = await consolidateInto(fake.context, sources(Math.ceil(total / 3)), planner, {
      target: "open",
      supported: fake.isSetSupported,
    });
    if (result.kind !== "applied") throw new Error(result.kind);
    expect(result.apply.problem).toBeNull();
    const rows = 3 * Math.ceil(total / 3);
    expect(fake.cell("Samlet", `A${rows + 1}`)?.value).toBe("OSL-POL-2026-T1.xlsx");
    expect(fake.cell("Samlet", "D2")?.value).toBe("=ikke formel");
    expect(fake.maxRequestBytes()).toBeLessThanOrEqual(5_000_000);
    // Syncs: two to read sheet names, one inspection, then one per 4 MB of data — the least the limit allows.
    const bytes = result.apply.stats.requestBytes.reduce((a, b) => a + b, 0);
    const writes = result.apply.stats.requestBytes.length;
    expect(fake.syncs).toBe(2 + 1 + writes);
    expect(writes).toBeGreaterThanOrEqual(Math.ceil(bytes / 5_000_000));
    expect(writes).toBeLessThanOrEqual(Math.ceil(bytes / 4_000_000) + 1);
    if (total <= 10_000) expect(fake.syncs).toBe(4);
  });

  it("opens the result as a new workbook where Excel can, written as an .xlsx file", async () => {
    const fake = new FakeExcel();
    const opened: string[] = [];
    const result = await consolidateInto(fake.context, sources(10), planner, {
      target: "new",
      supported: fake.isSetSupported,
      createWorkbook: async (b64) => void opened.push(b64),
    });
    expect(result.kind).toBe("opened");
    expect(fake.syncs).toBe(0);
    expect(opened).toHaveLength(1);
    const back = readXlsx(new Uint8Array(Buffer.from(opened[0], "base64")), "samlet.xlsx");
    expect(back.sheets.map((s) => s.name)).toEqual(["Samlet"]);
    expect(back.sheets[0].rows[1]?.[0]).toBe("OSL-AT-2026-T1.xlsx");
    expect(back.sheets[0].rows[1]?.[3]).toBe("=ikke formel");
  });

  it("without ExcelApi 1.8 puts the result in the open workbook and says why", async () => {
    const fake = new FakeExcel({ excelApi: "1.7" });
    fake.addSheet("Ark1");
    const result = await consolidateInto(fake.context, sources(10), planner, {
      target: "new",
      supported: fake.isSetSupported,
      createWorkbook: async () => {
        throw new Error("must not be called");
      },
    });
    if (result.kind !== "applied") throw new Error(result.kind);
    expect(result.missing.map((m) => m.feature)).toContain("newWorkbook");
    expect(result.missing.find((m) => m.feature === "newWorkbook")?.message.nb).toContain(
      "den åpne arbeidsboken",
    );
    expect(fake.cell("Samlet", "A2")?.value).toBe("OSL-AT-2026-T1.xlsx");
  });
});
