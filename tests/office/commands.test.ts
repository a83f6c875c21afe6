import { defaultCatalogue } from "../../src/catalogue";
import { readFileSync } from "node:fs";
import { outcomeView } from "../../src/commands/outcome";
import {
  registerCommands,
  runCheckCommand,
  showOutcomeDialog,
  type CommandDeps,
  type CommandOutcome,
} from "../../src/commands/commands";
import { templateWorkbook } from "./workbooks";
import { FakeExcel } from "./fake-excel";

function deps(fake: FakeExcel, outcomes: CommandOutcome[], extra: Partial<CommandDeps> = {}): CommandDeps {
  return {
    catalogue: defaultCatalogue,
    supported: fake.isSetSupported,
    excel: { runner: fake.run, wait: async () => undefined },
    notify: (o) => void outcomes.push(o),
    ...extra,
  };
}

describe("ribbon: Kontroller", () => {
  it("runs the check, writes the report and completes the event", async () => {
    const fake = await templateWorkbook(10);
    const outcomes: CommandOutcome[] = [];
    let completed = 0;
    await runCheckCommand({ completed: () => completed++ }, deps(fake, outcomes));
    expect(completed).toBe(1);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0].ok).toBe(true);
    expect(outcomes[0].counts?.error).toBeGreaterThan(0);
    expect(outcomes[0].message.nb).toContain("Kontrollrapport");
    expect(fake.activeSheet).toBe("Kontrollrapport");
  });

  it("runs again into a numbered report instead of failing on the existing one", async () => {
    const fake = await templateWorkbook(10);
    const outcomes: CommandOutcome[] = [];
    await runCheckCommand({ completed: () => undefined }, deps(fake, outcomes));
    await runCheckCommand({ completed: () => undefined }, deps(fake, outcomes));
    expect(outcomes[1]).toMatchObject({
      ok: true,
      message: { nb: expect.stringContaining("Kontrollrapport (2)") },
    });
    expect(fake.findSheet("Kontrollrapport (2)")).toBeDefined();
  });

  it("waits while the user edits a cell (Excel.run with delayForCellEdit) and then checks", async () => {
    const fake = await templateWorkbook(10);
    fake.cellEditSyncs = 1000;
    const outcomes: CommandOutcome[] = [];
    await runCheckCommand({ completed: () => undefined }, deps(fake, outcomes));
    expect(fake.delayedForCellEdit).toBeGreaterThan(0);
    expect(outcomes[0].ok).toBe(true);
  });

  it("completes the event with a clear message when a host that ignores delayForCellEdit stays in cell-edit mode", async () => {
    const fake = await templateWorkbook(10);
    fake.cellEditSyncs = 1000;
    const outcomes: CommandOutcome[] = [];
    let completed = 0;
    await runCheckCommand(
      { completed: () => completed++ },
      deps(fake, outcomes, {
        excel: { runner: (_o, batch) => fake.run(batch), wait: async () => undefined },
      }),
    );
    expect(completed).toBe(1);
    expect(outcomes[0]).toMatchObject({
      ok: false,
      message: { nb: expect.stringContaining("Enter eller Esc") },
    });
  });

  it("completes the event when Excel fails and when showing the outcome fails", async () => {
    const fake = new FakeExcel();
    const outcomes: CommandOutcome[] = [];
    let completed = 0;
    await runCheckCommand(
      { completed: () => completed++ },
      deps(fake, outcomes, { excel: { runner: () => Promise.reject({ code: "GeneralException" }) } }),
    );
    expect(outcomes[0].ok).toBe(false);
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await runCheckCommand(
      { completed: () => completed++ },
      deps(fake, outcomes, {
        notify: () => {
          throw new Error("no UI");
        },
      }),
    );
    spy.mockRestore();
    expect(completed).toBe(2);
  });

  it("reports a write that Excel stopped part-way as not complete", async () => {
    const fake = await templateWorkbook(10);
    // Excel refuses to add the report sheet, in the middle of the write request.
    fake.failAt = { location: "WorksheetCollection.add", code: "AccessDenied" };
    const outcomes: CommandOutcome[] = [];
    await runCheckCommand({ completed: () => undefined }, deps(fake, outcomes));
    expect(outcomes[0].ok).toBe(false);
    expect(outcomes[0].message.nb).toContain("ikke skrevet ferdig");
    expect(outcomes[0].notApplied).toBeGreaterThan(0);
  });
});

describe("registerCommands", () => {
  it("associates the manifest's FunctionName and keeps a global for older hosts", () => {
    const associated: string[] = [];
    const g = globalThis as Record<string, unknown>;
    g.Office = {
      onReady: (cb: () => void) => cb(),
      actions: { associate: (id: string) => void associated.push(id) },
    };
    try {
      registerCommands();
      expect(associated).toEqual(["akrimRunCheck"]);
      expect(typeof g.akrimRunCheck).toBe("function");
    } finally {
      delete g.Office;
      delete g.akrimRunCheck;
    }
  });
});

describe("ribbon: the outcome is shown in a dialog (Dialog API 1.1), not left in storage nobody reads", () => {
  const g = globalThis as Record<string, unknown>;
  beforeAll(() => {
    // The enums Office.js defines (call shapes only: no Office here).
    g.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: {
        DialogMessageReceived: "dialogMessageReceived",
        DialogEventReceived: "dialogEventReceived",
      },
    };
  });
  afterAll(() => delete g.Office);

  const outcome: CommandOutcome = {
    command: "check",
    ok: true,
    message: { nb: "Kontrollen er ferdig: 3 feil.", en: "Check complete: 3 errors." },
    counts: { error: 3, warning: 0, info: 0 },
    at: "2026-01-01T00:00:00Z",
  };

  function fakeUi(open: boolean) {
    const handlers = new Map<string, () => void>();
    const shown: { url: string; options: Office.DialogOptions }[] = [];
    let closed = 0;
    const ui = {
      displayDialogAsync(
        url: string,
        options: Office.DialogOptions,
        cb: (r: Office.AsyncResult<Office.Dialog>) => void,
      ) {
        shown.push({ url, options });
        const dialog = {
          addEventHandler: (type: string, h: () => void) => void handlers.set(type, h),
          close: () => void closed++,
        } as unknown as Office.Dialog;
        cb({ status: open ? "succeeded" : "failed", value: dialog, error: { code: 12007 } } as never);
      },
    };
    return { ui, shown, handlers, closed: () => closed };
  }

  it("(call shape) opens outcome.html next to the function file with the outcome in its fragment, and resolves when the user closes it", async () => {
    const f = fakeUi(true);
    let done = false;
    const shown = showOutcomeDialog(outcome, f.ui, "https://rapport.example.no/app/commands.html").then(
      () => (done = true),
    );
    await Promise.resolve();
    expect(done).toBe(false);
    expect(f.shown[0].url.startsWith("https://rapport.example.no/app/outcome.html#")).toBe(true);
    expect(f.shown[0].options.displayInIframe).toBe(true);
    const view = outcomeView(new URL(f.shown[0].url).hash, "nb-NO");
    expect(view.message).toBe("Kontrollen er ferdig: 3 feil.");
    f.handlers.get("dialogMessageReceived")!();
    await shown;
    expect(f.closed()).toBe(1);
  });

  it("(call shape) a dialog that cannot open does not keep the command waiting", async () => {
    const f = fakeUi(false);
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await showOutcomeDialog(outcome, f.ui, "https://rapport.example.no/commands.html");
    spy.mockRestore();
    expect(f.handlers.size).toBe(0);
  });

  it("the event is completed only after the dialog was closed", async () => {
    const fake = await templateWorkbook(10);
    const f = fakeUi(true);
    let completed = 0;
    const run = runCheckCommand(
      { completed: () => completed++ },
      {
        catalogue: defaultCatalogue,
        supported: fake.isSetSupported,
        excel: { runner: fake.run },
        notify: (o) => showOutcomeDialog(o, f.ui, "https://localhost:3000/commands.html"),
      },
    );
    while (!f.shown.length) await new Promise((r) => setTimeout(r, 5));
    expect(completed).toBe(0);
    f.handlers.get("dialogEventReceived")!();
    await run;
    expect(completed).toBe(1);
    expect(outcomeView(new URL(f.shown[0].url).hash, "en-US").message).toMatch(/^The check is done: /);
  });

  it("the dialog page speaks the display language and survives a damaged fragment", () => {
    expect(outcomeView("#%7Bbroken", "nb-NO")).toMatchObject({ lang: "nb", close: "Lukk", ok: false });
    expect(outcomeView("", "en-GB")).toMatchObject({ lang: "en", close: "Close" });
    expect(outcomeView("", null).message).toContain("kontrollrapporten");
  });

  it("nothing is left in storage and no shared runtime is needed", () => {
    const src = readFileSync("src/commands/commands.ts", "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(src).not.toMatch(/localStorage|showAsTaskpane|LAST_OUTCOME_KEY/);
    expect(readFileSync("manifest.xml", "utf8")).not.toMatch(/<Runtimes>|SharedRuntime/);
  });
});
