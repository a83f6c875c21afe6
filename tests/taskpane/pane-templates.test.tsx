/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderPane, testHost, testRunner } from "./render";

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => localStorage.clear());

describe("the task pane: sections, language and templates", () => {
  it("opens on Maler in bokmål with four keyboard-reachable sections", () => {
    renderPane(testHost("file"), testRunner({}).runner);
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["Maler", "Kontroll", "Sammenstilling", "Katalog"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Maler" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { name: "Lag en rapporteringsmal" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("nb");
  });

  it("follows an English Office display language, and the switch changes every text", () => {
    renderPane(testHost("excel", { displayLanguage: "en-US" }), testRunner({}).runner);
    expect(screen.getByRole("tab", { name: "Templates" })).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "Norsk" }));
    expect(screen.getByRole("tab", { name: "Maler" })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Templates" })).toBeNull();
    expect(document.documentElement.lang).toBe("nb");
    expect(localStorage.getItem("akrim-rapport.lang")).toBe("nb");
  });

  it("asks for the current tertial by default and reports the download", async () => {
    const host = testHost("file");
    renderPane(host, testRunner({}).runner);
    expect(screen.getByText("2026-T2")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Last ned malen" }));
    // What was done, then what to do next.
    expect(
      (
        await screen.findAllByText(
          "Malen mal.xlsx er lastet ned. Neste steg: åpne filen i Excel og fyll ut arkene Virkemiddelbruk, Aktører, Aksjoner og Effekter. Kontroller den under Kontroll før du sender den inn.",
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(host.templateCalls).toEqual([
      { request: { unit: "OSL", agency: "AT", period: "2026-T2", part: "centre" }, renames: {} },
    ]);
  });

  it("offers the part of the effort, and LINJE is always the agency line's", async () => {
    const host = testHost("file");
    renderPane(host, testRunner({}).runner);
    const part = screen.getByRole("combobox", { name: /Innsats/ });
    fireEvent.click(part);
    fireEvent.click(screen.getByRole("option", { name: "Etatslinje" }));
    fireEvent.click(screen.getByRole("button", { name: "Last ned malen" }));
    await waitFor(() => expect(host.templateCalls).toHaveLength(1));
    expect(host.templateCalls[0].request).toMatchObject({ unit: "OSL", part: "line" });
    fireEvent.click(screen.getByRole("combobox", { name: "Rapporteringsenhet" }));
    fireEvent.click(screen.getByRole("option", { name: /nasjonal|Linje|LINJE/i }));
    expect(screen.getByRole("combobox", { name: /Innsats/ }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("combobox", { name: /Innsats/ }).textContent).toContain("Etatslinje");
  });

  it("on a sheet name clash offers new names, inserts with them, and never overwrites", async () => {
    const host = testHost("excel", {
      template: (renames) =>
        Object.keys(renames).length
          ? { ok: true, kind: "inserted", name: "" }
          : { ok: false, clashes: ["Forside"], existingSheets: ["Forside", "Forside (2)"] },
    });
    renderPane(host, testRunner({}).runner);
    fireEvent.click(screen.getByRole("button", { name: "Sett inn malen i arbeidsboken" }));
    const dialog = await screen.findByRole("dialog");
    const input = within(dialog).getByRole("textbox", {
      name: "Nytt navn for «Forside»",
    }) as HTMLInputElement;
    expect(input.value).toBe("Forside (3)");
    // A taken name is refused.
    fireEvent.change(input, { target: { value: "forside (2)" } });
    expect(
      within(dialog).getByRole("button", { name: "Sett inn med nye navn" }).hasAttribute("disabled"),
    ).toBe(true);
    // So is a name the template itself uses.
    fireEvent.change(input, { target: { value: "Katalog" } });
    expect(
      within(dialog).getByRole("button", { name: "Sett inn med nye navn" }).hasAttribute("disabled"),
    ).toBe(true);
    fireEvent.change(input, { target: { value: "Forside 2026" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Sett inn med nye navn" }));
    expect(
      (await screen.findAllByText(/^Malen for Oslo, Arbeidstilsynet, 2026-T2 er satt inn\. Neste steg: /))
        .length,
    ).toBeGreaterThan(0);
    expect(host.templateCalls.map((c) => c.renames)).toEqual([{}, { Forside: "Forside 2026" }]);
  });

  it("cancelling the clash dialog inserts nothing", async () => {
    const host = testHost("excel", {
      template: () => ({ ok: false, clashes: ["Katalog"], existingSheets: ["Katalog"] }),
    });
    renderPane(host, testRunner({}).runner);
    fireEvent.click(screen.getByRole("button", { name: "Sett inn malen i arbeidsboken" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(host.templateCalls).toHaveLength(1);
  });
});
