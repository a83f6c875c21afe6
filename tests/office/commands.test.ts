import { defaultCatalogue } from "../../src/catalogue";
import {
  registerCommands,
  runCheckCommand,
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
