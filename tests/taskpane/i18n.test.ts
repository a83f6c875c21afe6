import { en } from "../../src/i18n/en";
import { nb } from "../../src/i18n/nb";
import { counted, formatShare, languageFor, translate } from "../../src/i18n";

describe("message catalogues", () => {
  it("have the same keys in bokmål and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });

  it("use the same placeholders in both languages", () => {
    // `{count}` and `{count|fil|filer}` are both the placeholder `count`.
    const holes = (s: string) => [...s.matchAll(/\{(\w+)[|}]/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect([key, holes(en[key])]).toEqual([key, holes(nb[key])]);
    }
  });

  it("have no empty message", () => {
    for (const [key, text] of [...Object.entries(nb), ...Object.entries(en)]) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });
});

describe("translate", () => {
  it("fills placeholders and formats numbers for the language", () => {
    expect(translate("nb", "check.summary", { errors: 1200, warnings: 2, infos: 0 })).toBe(
      "1\u00a0200 feil, 2 advarsler, 0 merknader",
    );
    expect(translate("en", "check.summary", { errors: 1200, warnings: 2, infos: 0 })).toBe(
      "1,200 errors, 2 warnings, 0 notes",
    );
  });

  it("gives a count its noun in the right number, in both languages", () => {
    expect(translate("nb", "check.run", { count: 1 })).toBe("Kontroller 1 fil");
    expect(translate("nb", "check.run", { count: 2 })).toBe("Kontroller 2 filer");
    expect(translate("nb", "check.run", { count: 0 })).toBe("Kontroller 0 filer");
    expect(translate("en", "check.run", { count: 1 })).toBe("Check 1 file");
    expect(translate("nb", "check.summary", { errors: 1, warnings: 1, infos: 1 })).toBe(
      "1 feil, 1 advarsel, 1 merknad",
    );
    expect(translate("en", "check.summary", { errors: 1, warnings: 1, infos: 2 })).toBe(
      "1 error, 1 warning, 2 notes",
    );
    expect(translate("nb", "consolidate.done", { files: 1, counted: 1, conflicts: 1 })).toBe(
      "Sammenstillingen er ferdig: 1 fil, 1 telles med, 1 konflikt.",
    );
    expect(counted("nb", 2, "konflikt", "konflikter")).toBe("2 konflikter");
    expect(counted("nb", 1200, "fil", "filer")).toBe("1\u00a0200 filer");
  });

  it("writes every count of a noun with its plural forms, never a bare number before a plural noun", () => {
    // "{count} filer" would read "1 filer": a number placeholder right before a noun must carry its forms.
    const bare =
      /\{(count|files|errors|warnings|infos|conflicts|total)\} (fil|filer|feil|advarsler|merknader|konflikter|files|errors|warnings|notes|conflicts)\b/;
    for (const [key, text] of [...Object.entries(nb), ...Object.entries(en)])
      expect([key, bare.test(text)]).toEqual([key, false]);
  });

  it("leaves an unknown placeholder visible rather than inventing a value", () => {
    expect(translate("en", "templates.tertial", {})).toBe("Tertial {n}");
  });

  it("formats shares as percentages", () => {
    expect(formatShare("nb", 0.405)).toMatch(/^40,5\s?%$/);
    expect(formatShare("en", 0.405)).toBe("40.5%");
  });
});

describe("languageFor", () => {
  it("chooses English for English Office display languages and bokmål otherwise", () => {
    expect(languageFor("en-US")).toBe("en");
    expect(languageFor("en-GB")).toBe("en");
    expect(languageFor("nb-NO")).toBe("nb");
    expect(languageFor("nn-NO")).toBe("nb");
    expect(languageFor("de-DE")).toBe("nb");
    expect(languageFor(null)).toBe("nb");
    expect(languageFor(undefined)).toBe("nb");
  });
});
