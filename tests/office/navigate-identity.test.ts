import { defaultCatalogue } from "../../src/catalogue";
import { readIdentity } from "../../src/workbook/office/identity";
import { selectCell } from "../../src/workbook/office/navigate";
import { FakeExcel } from "./fake-excel";
import { renderBoth } from "../../src/core/model/user-error";

describe("selectCell", () => {
  it("activates the finding's sheet and selects its cell", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Forside");
    fake.addSheet("Virkemiddelbruk");
    fake.activeSheet = "Forside";
    expect(await selectCell(fake.context, "virkemiddelbruk", "E12")).toEqual({ ok: true });
    expect(fake.activeSheet).toBe("Virkemiddelbruk");
    expect(fake.selection).toBe("Virkemiddelbruk!E12");
    expect(fake.syncs).toBe(2);
  });

  it("says so when the sheet is gone or the address is bad, without an Excel error", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark");
    const gone = await selectCell(fake.context, "Slettet", "A1");
    expect(gone.ok || renderBoth(gone.error).nb).toContain("Slettet");
    const bad = await selectCell(fake.context, "Ark", "A0");
    expect(bad.ok || renderBoth(bad.error).en).toContain("Invalid cell address");
  });
});

describe("readIdentity", () => {
  it("reads the template identity from custom document properties, in one sync", async () => {
    const fake = new FakeExcel();
    fake.properties.set("AkrimRapporteringsenhet", "BGO");
    fake.properties.set("akrimetat", " SKE ");
    fake.properties.set("AkrimPeriode", "2026-T2");
    fake.properties.set("AkrimMalversjon", "2026.1");
    fake.properties.set("Annet", "x");
    const id = await readIdentity(fake.context, defaultCatalogue());
    expect(id).toEqual({ unit: "BGO", agency: "SKE", period: "2026-T2", templateVersion: "2026.1" });
    expect(fake.syncs).toBe(1);
  });

  it("a workbook without identity properties has an empty identity", async () => {
    const fake = new FakeExcel();
    expect(await readIdentity(fake.context, defaultCatalogue())).toEqual({});
  });
});
