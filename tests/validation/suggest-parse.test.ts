import { closest, editDistance, foldId, suggester } from "../../src/core/suggest";
import { dateFromText, formatNumberNb, numberFromText } from "../../src/core/validation/parse";

describe("did-you-mean", () => {
  test("edit distance counts a swap of neighbours as one slip", () => {
    expect(editDistance("V101", "V101")).toBe(0);
    expect(editDistance("V101", "V110")).toBe(1);
    expect(editDistance("Antal", "Antall")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abc", "xyzabc", 1)).toBe(2); // stops above the limit
  });

  test("ids fold look-alike letters next to digits", () => {
    expect(foldId("V1O1")).toBe("V101");
    expect(foldId("v 1o1")).toBe("V101");
    expect(foldId("EI-BM1-O1")).toBe(foldId("EI-BM1-01"));
    expect(foldId("VIOI")).toBe("VIOI"); // no digit anywhere: letters stay letters
  });

  test("closest within about one slip per five characters, none beyond", () => {
    expect(closest("Antal", ["Antall", "Beløp (NOK)"])).toBe("Antall");
    expect(closest("Herav tverretatleg", ["Herav tverretatlig", "Herav mot sentrale trusselaktører"])).toBe(
      "Herav tverretatlig",
    );
    expect(closest("Noe helt annet", ["Antall", "Kommentar"])).toBeNull();
    expect(closest("x".repeat(500), ["x"])).toBeNull();
    expect(closest("V1O1", ["V101", "V102"], foldId)).toBe("V101");
  });

  test("a suggester answers repeated typos from its cache", () => {
    const s = suggester(["Aktiv", "Avsluttet", "Ny"]);
    expect(s("Aktv")).toBe("Aktiv");
    expect(s("Aktv")).toBe("Aktiv");
    expect(s("zzzzzz")).toBeNull();
  });
});

describe("numbers typed as text", () => {
  test.each([
    ["12 stk", 12],
    ["1 234", 1234],
    ["1\u00a0234", 1234],
    ["1 234,50", 1234.5],
    ["kr 5 000", 5000],
    ["5 000 kr", 5000],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["ca. 40", 40],
    ["-3", -3],
    ["  7 ", 7],
  ])("%s → %d", (text, n) => expect(numberFromText(text)).toBe(n));

  test.each(["12-15", "3 av 4", "mange", "", "1,2,3", "V101", "2 stk og 3 kg", "abc 12"])(
    "%s → none",
    (text) => expect(numberFromText(text)).toBeNull(),
  );

  test("Norwegian formatting in messages", () => {
    expect(formatNumberNb(1234567.5)).toBe("1 234 567,5");
    expect(formatNumberNb(-3)).toBe("−3");
  });
});

describe("dates typed as text", () => {
  test.each([
    ["15.03.2026", "2026-03-15"],
    ["5.3.26", "2026-03-05"],
    ["15/03/2026", "2026-03-15"],
    ["2026-03-15", "2026-03-15"],
    ["2026-03-15T00:00:00Z", "2026-03-15"],
    ["29.02.2028", "2028-02-29"],
  ])("%s → %s", (text, iso) => expect(dateFromText(text)).toBe(iso));

  test.each(["31.02.2026", "29.02.2026", "15.13.2026", "mars 2026", "2026", ""])("%s → none", (text) =>
    expect(dateFromText(text)).toBeNull(),
  );
});
