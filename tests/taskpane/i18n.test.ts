import { en } from "../../src/i18n/en";
import { nb } from "../../src/i18n/nb";
import { formatShare, languageFor, translate } from "../../src/i18n";

describe("message catalogues", () => {
  it("have the same keys in bokmål and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });

  it("use the same placeholders in both languages", () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
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
