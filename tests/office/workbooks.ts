/** Realistic workbooks in the fake: reporting template 2026.1 filled with N rows, made by the product's own plan. */
import { defaultCatalogue } from "../../src/catalogue";
import { instrumentsForAgency } from "../../src/catalogue/select";
import { planFilledTemplate, type RowData } from "../../src/core/template";
import { applyEdits } from "../../src/workbook/office/apply";
import { FakeExcel, type FakeOptions } from "./fake-excel";

export const IDENTITY = { unit: "OSL", agency: "NAV", period: "2026-T1" };

/** Usage rows with a fixed handful of mistakes, so that the findings do not grow with the row count. */
export function usageRows(n: number, agency = IDENTITY.agency): RowData[] {
  const catalogue = defaultCatalogue();
  const instruments = instrumentsForAgency(catalogue, agency);
  return Array.from({ length: n }, (_, i) => {
    const ins = instruments[i % instruments.length];
    const mistake = i < 5 && i % 2 === 0;
    return {
      instrumentId: mistake ? "V999" : ins.id,
      instrument: ins.name.nb,
      antall: mistake && i === 2 ? "mange" : (i % 13) + 1,
      tverretatlig: i % 13 === 0 ? 1 : 0,
      kommentar: i % 7 === 0 ? `=Merknad ${i}` : null,
    };
  });
}

export async function templateWorkbook(
  rows: number,
  options: FakeOptions = { responseLimit: null },
  identity = IDENTITY,
) {
  const catalogue = defaultCatalogue();
  const fake = new FakeExcel(options);
  fake.addSheet("Ark1");
  const plan = planFilledTemplate(
    catalogue,
    identity,
    { tables: { usage: usageRows(rows, identity.agency) } },
    { existingSheetNames: ["Ark1"] },
  );
  if (!("edits" in plan)) throw new Error(`template plan failed: ${JSON.stringify(plan)}`);
  const result = await applyEdits(fake.context, plan.edits, { supported: fake.isSetSupported });
  if (result.problem) throw new Error(`template setup failed: ${result.problem.detail}`);
  fake.resetCounters();
  return fake;
}
