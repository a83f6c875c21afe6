/**
 * Sheet and table names as Excel sees them. The rules are Microsoft's: "Rename a worksheet" (support.microsoft.com:
 * not blank, at most 31 characters, none of / \ ? * : [ ], no apostrophe first or last, not "History") and
 * [MS-OI29500] 2.1.578 ("sheet names are case-insensitive unique in any locale").
 */
import { normalizeName } from "../../src/core/model/snapshot";
import {
  freeSheetName,
  MAX_SHEET_NAME_LENGTH,
  nameKey,
  sameName,
  sheetNameProblem,
} from "../../src/core/names";
import { nameProblems } from "../../src/taskpane/components/NameClashDialog";
import { renderBoth } from "../../src/core/model/user-error";

describe("sheetNameProblem", () => {
  it.each([
    "Forside",
    "Virkemiddelbruk",
    "Aktører og æøå ÆØÅ",
    "x".repeat(31),
    "Bob's",
    "A",
    "2026",
    "History 2",
  ])("accepts %s", (name) => expect(sheetNameProblem(name)).toBeNull());

  it("counts length in characters as Excel does: 31 is the most", () => {
    expect(MAX_SHEET_NAME_LENGTH).toBe(31);
    expect(sheetNameProblem("ø".repeat(31))).toBeNull();
    expect(renderBoth(sheetNameProblem("ø".repeat(32))!).en).toContain("1–31 characters");
  });

  it.each(["", " ", "   "])("refuses a blank name (%j)", (name) => {
    expect(renderBoth(sheetNameProblem(name)!).nb).toContain("1–31 tegn");
  });

  it.each([":", "\\", "/", "?", "*", "[", "]"])("refuses the character %s anywhere in a name", (ch) => {
    for (const name of [`${ch}Ark`, `Ark${ch}1`, `Ark${ch}`]) {
      expect(renderBoth(sheetNameProblem(name)!).en).toContain("cannot contain");
    }
  });

  it.each(["'Ark", "Ark'", "'Ark'", "'"])("refuses an apostrophe first or last (%s)", (name) => {
    expect(renderBoth(sheetNameProblem(name)!).en).toContain("begin or end with '");
  });

  it.each(["History", "history", "HISTORY", "hIsToRy"])(
    "refuses %s, Excel's own name, in any case",
    (name) => {
      expect(renderBoth(sheetNameProblem(name)!).en).toBe(
        `“${name}” is reserved by Excel and cannot be used as a sheet name.`,
      );
    },
  );
});

describe("nameKey and sameName", () => {
  it("compare without regard to case, Norwegian letters included", () => {
    expect(sameName("Aktører", "AKTØRER")).toBe(true);
    expect(sameName("Årsverk", "årsverk")).toBe(true);
    expect(sameName("tblVirkemiddelbruk", "TBLVIRKEMIDDELBRUK")).toBe(true);
  });

  it("tell apart names that differ in anything but case", () => {
    expect(sameName("Data", "Data ")).toBe(false);
    expect(sameName("Aktører", "Aktorer")).toBe(false);
    // Lower case does not fold ß into ss (upper case would: "ß".toUpperCase() is "SS").
    expect(sameName("Straße", "STRASSE")).toBe(false);
  });

  it("are the same in every locale: I and i are one letter also where Turkish rules would part them", () => {
    expect(nameKey("ARKI")).toBe("arki");
    expect("I".toLocaleLowerCase("tr")).not.toBe("i"); // what a locale-dependent comparison would do
  });

  it("are what the reading's lenient lookup builds on: without case, and also without extra spaces", () => {
    expect(normalizeName("  Aktører   og  ÅR ")).toBe(nameKey("Aktører og ÅR"));
    expect(normalizeName("A\u030arsverk")).toBe(normalizeName("Årsverk")); // one Unicode form
  });
});

describe("freeSheetName", () => {
  it("numbers from 2 and skips what is taken", () => {
    const taken = new Set(["kontrollrapport", "kontrollrapport (2)"]);
    expect(freeSheetName("Kontrollrapport", (n) => taken.has(nameKey(n)))).toBe("Kontrollrapport (3)");
  });

  it("cuts a long base so that the name stays within 31 characters", () => {
    const base = "Virkemiddelbruk og aktører 2026"; // 31 characters
    const name = freeSheetName(base, () => false);
    expect(name).toBe("Virkemiddelbruk og aktører (2)");
    expect(name).toHaveLength(30);
    expect(sheetNameProblem(freeSheetName("x".repeat(31), (n) => !n.endsWith("(10)")))).toBeNull();
    expect(freeSheetName("x".repeat(31), (n) => !n.endsWith("(10)"))).toBe(`${"x".repeat(26)} (10)`);
  });
});

describe("the pane's clash dialog asks the same rules", () => {
  it("marks a chosen name Excel would refuse, or one that is taken", () => {
    const problems = nameProblems(
      { Forside: "History", Aktører: "Aktører 2", Aksjoner: "Ark1", Effekter: "a/b" },
      ["Ark1"],
      ["Forside", "Aktører", "Aksjoner", "Effekter"],
    );
    expect(problems).toEqual({ Forside: true, Aktører: false, Aksjoner: true, Effekter: true });
  });
});
