/**
 * The one error shown to users: a message key and params, rendered in the reader's language by each shell, with a
 * stable code and the technical detail kept for programs. Expected texts are the catalogues' own, filled by hand.
 */
import { renderBoth, renderMessage, UserError } from "../../src/core/model/user-error";
import { errorText } from "../../src/taskpane/errors";
import { translate } from "../../src/i18n";
import { XlsxReadError, XlsxWriteError } from "../../src/workbook/xlsx";
import { ExcelFailure, cancelledProblem } from "../../src/workbook/office/errors";

describe("UserError", () => {
  it("says the same thing in bokmål and English, with text and numbers filled in for each", () => {
    const e = new XlsxReadError("too-many-cells", "innlevering.xlsx", undefined, { max: 5_000_000 });
    // Norwegian groups thousands with a (no-break) space, English with a comma.
    expect(renderMessage(e, "nb").replace(/\u00a0/g, " ")).toBe(
      "Filen «innlevering.xlsx» har flere enn 5 000 000 utfylte celler, og så mange kan ikke leses. Del arbeidsboken opp eller fjern ubrukte områder.",
    );
    expect(renderMessage(e, "en")).toBe(
      "The file “innlevering.xlsx” has more than 5,000,000 filled cells, and that many cannot be read. Split the workbook or remove unused ranges.",
    );
  });

  it("puts a count's noun in the right number", () => {
    const e = new XlsxReadError("too-many-cells", "a.xlsx", undefined, { max: 1 });
    expect(renderMessage(e, "nb")).toContain("har flere enn 1 utfylt celle,");
    expect(renderMessage(e, "en")).toContain("has more than 1 filled cell,");
  });

  it("takes a text already in both languages as a param and picks the reader's language", () => {
    const e = new UserError("error.text", {
      text: { nb: "Katalogen mangler.", en: "The catalogue is missing." },
    });
    expect(renderBoth(e)).toEqual({ nb: "Katalogen mangler.", en: "The catalogue is missing." });
  });

  it("keeps the technical reason out of the words a person reads", () => {
    const e = new XlsxReadError("zip-bomb", "stor.xlsx", "zip bomb suspected: xl/sharedStrings.xml");
    expect(e.code).toBe("zip-bomb");
    expect(e.key).toBe("xlsx.read.tooBig");
    expect(e.detail).toContain("sharedStrings");
    for (const lang of ["nb", "en"] as const) expect(renderMessage(e, lang)).not.toMatch(/zip|bomb/i);
    // The developer's Error.message has both: the English words and the detail.
    expect(e.message).toContain("sharedStrings");
  });

  it("crosses a worker boundary as plain data and comes back the same", () => {
    const e = new XlsxWriteError("range-too-large", "xlsx.write.rangeTooLarge", {
      range: "A1:Z9",
      sheet: "Data",
    });
    const back = UserError.fromData(structuredClone(e.data()));
    expect(back).toBeInstanceOf(UserError);
    expect(back.code).toBe("range-too-large");
    expect(renderBoth(back)).toEqual({
      nb: "Området A1:Z9 på arket «Data» er for stort til å formateres celle for celle.",
      en: "The range A1:Z9 on the sheet “Data” is too large to format cell by cell.",
    });
  });

  it("is what the pane shows, in the pane's language; anything else is an unexpected error", () => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate("en", key, params);
    const cancelled = new ExcelFailure(cancelledProblem());
    expect(cancelled).toBeInstanceOf(UserError);
    expect(errorText(cancelled, "nb", t)).toBe(
      "Du avbrøt arbeidet. Det som ble skrevet før du avbrøt, står i arbeidsboken; resten ble ikke gjort.",
    );
    expect(errorText(new Error("boom"), "en", t)).toBe("Something went wrong: boom");
  });
});
