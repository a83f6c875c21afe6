import { defaultCatalogue } from "../../src/catalogue";
import { templateSheetNames } from "../../src/catalogue/select";
import { insertTemplate, rollUp, toBase64 } from "../../src/workbook/office/operations";
import { readIdentity } from "../../src/workbook/office/identity";
import { FakeExcel } from "./fake-excel";
import { IDENTITY, templateWorkbook, usageRows } from "./workbooks";
import { renderBoth } from "../../src/core/model/user-error";

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

  it("never overwrites: a second insert is refused (its tables exist already) and writes nothing", async () => {
    const fake = new FakeExcel();
    await insertTemplate(fake.context, catalogue, IDENTITY, { supported: fake.isSetSupported });
    const before = fake.requests.length;
    const again = await insertTemplate(fake.context, catalogue, IDENTITY, { supported: fake.isSetSupported });
    expect(again.kind).toBe("problems");
    expect(
      fake.requests.slice(before).every((r) => r.actions > 0 && !JSON.stringify(r).includes("set")),
    ).toBe(true);
  });

  it("refuses a second template under other sheet names with the plan's message (table names clash)", async () => {
    const fake = new FakeExcel();
    await insertTemplate(fake.context, catalogue, IDENTITY, { supported: fake.isSetSupported });
    const before = fake.requests.length;
    const renamed = Object.fromEntries(templateSheetNames(catalogue).map((n) => [n, `${n} 2`]));
    const again = await insertTemplate(fake.context, catalogue, IDENTITY, {
      supported: fake.isSetSupported,
      sheetNames: renamed,
    });
    expect(again.kind).toBe("problems");
    if (again.kind === "problems") {
      expect(renderBoth(again.problems[0]).nb).toContain("tblVirkemiddelbruk");
      expect(renderBoth(again.problems[0]).en).toContain("new workbook");
    }
    expect(fake.tables).toHaveLength(4);
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
    if (result.kind === "problems") expect(renderBoth(result.problems[0]).nb).toContain("XYZ");
  });
});

describe("rollUp", () => {
  it.each(SIZES)(
    "rolls up a %i-row template: three read syncs, plus one per further 4 MB of answer",
    async (rows) => {
      const fake = await templateWorkbook(rows);
      const before = JSON.stringify(fake.sheets);
      const rollup = await rollUp(fake.context, catalogue);
      const answerBytes = fake.requests.reduce((n, r) => n + r.responseBytes, 0);
      expect(fake.syncs).toBe(rows <= 10_000 ? 3 : fake.syncs);
      expect(fake.syncs).toBeLessThanOrEqual(3 + Math.ceil((answerBytes * 1.6) / 4_000_000));
      expect(Math.max(...fake.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(4_000_000);
      expect(JSON.stringify(fake.sheets)).toBe(before); // nothing is written
      // V999 is no instrument: its rows count nowhere, the total included.
      const expected = usageRows(rows)
        .filter((r) => r.instrumentId !== "V999")
        .reduce((n, r) => n + (typeof r.antall === "number" ? r.antall : 0), 0);
      const total = rollup.json.parameters.find((p) => p.id === "SP-ALL-01");
      expect(total?.value).toBe(expected);
    },
  );
});

describe("toBase64", () => {
  it.each([0, 1, 2, 3, 0x8000, 0x8000 * 2 + 5])("encodes %i bytes as Node's Buffer does", (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
