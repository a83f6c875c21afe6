/**
 * Where a usage row may carry Beløp: on the instruments a steering parameter sums Beløp over, with the
 * parameter's instrument selectors resolved the one way the roll-up resolves them (selectInstruments).
 */
import bundled from "../../src/catalogue/data/catalogue-2026.2.json";
import type { InstrumentSelector } from "../../src/catalogue";
import { loadCatalogueOrThrow } from "../../src/catalogue/check";
import { catalogueIndex } from "../../src/core/validation/tables";

/** The 2026.2 catalogue with one steering parameter: the sum of Beløp over `instruments`. */
function withAmountOver(instruments: InstrumentSelector[] | undefined) {
  const data = structuredClone(bundled) as typeof bundled;
  const sum = { op: "sum", table: "usage", column: "belop", ...(instruments ? { instruments } : {}) };
  data.steeringParameters = [
    {
      ...data.steeringParameters[0],
      id: "SP-T-01",
      value: sum,
      breakdowns: [],
    } as (typeof data.steeringParameters)[0],
  ];
  return loadCatalogueOrThrow(data);
}

describe("where an amount is expected", () => {
  it("is the groupings of the instruments a selector of ids covers (V101 and V201: BM1-TV-E and BM2-PL)", () => {
    const ix = catalogueIndex(withAmountOver([{ ids: ["V101", "V201"] }]));
    expect(ix.amountGroupings).toEqual(new Set(["BM1-TV-E", "BM2-PL"]));
  });

  it("is the selector's own groupings when it names them", () => {
    const ix = catalogueIndex(withAmountOver([{ groupings: ["BM1-TV-I"] }]));
    expect(ix.amountGroupings).toEqual(new Set(["BM1-TV-I"]));
  });

  it("is every row when the sum has no selector", () => {
    expect(catalogueIndex(withAmountOver(undefined)).amountGroupings).toBe("all");
  });

  it("is the two enforcement groupings in the bundled 2026.2 catalogue", () => {
    expect(catalogueIndex(loadCatalogueOrThrow(bundled)).amountGroupings).toEqual(
      new Set(["BM1-TV-E", "BM1-TV-I"]),
    );
  });
});
