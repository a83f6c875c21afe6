import { applyEdits } from "../../src/workbook/office/apply";
import { Cancellation, describeExcelError, ExcelFailure, withExcel } from "../../src/workbook/office/errors";
import { readSnapshot } from "../../src/workbook/office/read";
import { FakeExcel, FakeOfficeError } from "./fake-excel";
import { renderBoth } from "../../src/core/model/user-error";

describe("describeExcelError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", true, "Enter eller Esc"],
    ["ItemNotFound", false, "fant ikke"],
    ["InvalidArgument", false, "avviste"],
    ["AccessDenied", false, "nektet"],
    ["RequestPayloadSizeLimitExceeded", false, "5 MB"],
    ["Conflict", true, "samtidig"],
    ["GeneralException", true, "intern feil"],
  ])("%s: retry %s, nb message mentions %s", (code, retry, words) => {
    const p = describeExcelError(new FakeOfficeError(code, "x", "Range.values"));
    expect(p).toMatchObject({ code, retry });
    expect(renderBoth(p).nb).toContain(words);
    expect(renderBoth(p).en.length).toBeGreaterThan(10);
    expect(p.detail).toContain("Range.values");
  });

  it("anything else is an unexpected error, not retried", () => {
    for (const e of [new Error("boom"), "text", null, { code: 42 }]) {
      const p = describeExcelError(e);
      expect(p.code).toBe("Unknown");
      expect(p.retry).toBe(false);
      expect(renderBoth(p).nb).toContain("uventet");
    }
  });
});

describe("withExcel", () => {
  it("runs Excel.run with delayForCellEdit, so a user typing in a cell makes the batch wait, not fail", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark");
    fake.cellEditSyncs = 2;
    const waits: number[] = [];
    const names = await withExcel(
      async (context) => {
        const ws = context.workbook.worksheets.load("items/name");
        await context.sync();
        return ws.items.map((w) => w.name);
      },
      { runner: fake.run, retryDelayMs: 5, wait: async (ms) => void waits.push(ms) },
    );
    expect(names).toEqual(["Ark"]);
    expect(fake.delayedForCellEdit).toBe(1);
    expect(waits).toEqual([]);
    expect(fake.calls.filter((c) => c === "Excel.run")).toHaveLength(1);
  });

  it("where a host ignores delayForCellEdit, retries while a cell is being edited, then succeeds", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark");
    fake.cellEditSyncs = 2;
    const waits: number[] = [];
    const names = await withExcel(
      async (context) => {
        const ws = context.workbook.worksheets.load("items/name");
        await context.sync();
        return ws.items.map((w) => w.name);
      },
      {
        runner: (_options, batch) => fake.run(batch),
        retryDelayMs: 5,
        wait: async (ms) => void waits.push(ms),
      },
    );
    expect(names).toEqual(["Ark"]);
    expect(waits).toEqual([5, 5]);
    expect(fake.calls.filter((c) => c === "Excel.run")).toHaveLength(3);
  });

  it("stops retrying after `retries` and rejects with a clear message", async () => {
    const fake = new FakeExcel();
    fake.cellEditSyncs = 10;
    const run = withExcel(async (context) => context.sync(), {
      runner: (_options, batch) => fake.run(batch),
      retries: 2,
      wait: async () => undefined,
    });
    await expect(run).rejects.toBeInstanceOf(ExcelFailure);
    await expect(run).rejects.toMatchObject({
      problem: { code: "InvalidOperationInCellEditMode", retry: true },
    });
    expect(fake.calls.filter((c) => c === "Excel.run")).toHaveLength(3);
  });

  it("does not run again when the run already handled cell-edit mode itself (it may have written part)", async () => {
    let runs = 0;
    const run = withExcel(
      async () => {
        runs++;
        throw new ExcelFailure(
          describeExcelError(new FakeOfficeError("InvalidOperationInCellEditMode", "busy")),
        );
      },
      { runner: (_options, batch) => new FakeExcel().run(batch), wait: async () => undefined },
    );
    await expect(run).rejects.toMatchObject({ problem: { code: "InvalidOperationInCellEditMode" } });
    expect(runs).toBe(1);
  });

  it("does not retry other errors", async () => {
    const fake = new FakeExcel();
    let runs = 0;
    const run = withExcel(
      async (context) => {
        runs++;
        context.workbook.worksheets.getItem("Mangler");
        await context.sync();
      },
      { runner: fake.run, wait: async () => undefined },
    );
    await expect(run).rejects.toMatchObject({ problem: { code: "ItemNotFound", retry: false } });
    expect(runs).toBe(1);
  });

  it("a slow run is reported, not abandoned: no timer races Excel, and the run's own answer comes back", async () => {
    let slow = 0;
    let cancelSeen: unknown = null;
    let finish: (v: number) => void = () => undefined;
    const run = withExcel(async () => new Promise<number>((resolve) => (finish = resolve)), {
      runner: (_o, batch) => batch({} as Excel.RequestContext),
      slowAfterMs: 5,
      onSlow: (c) => {
        slow++;
        cancelSeen = c;
      },
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(slow).toBe(1);
    expect(typeof cancelSeen).toBe("function");
    finish(42);
    await expect(run).resolves.toBe(42);
  });

  it("cancelling a slow run stops it at the next request boundary, with protection put back in the same Excel.run", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data", [["Antall"], [1]]).protection = {
      protected: true,
      options: { allowInsertRows: true },
      unlocked: [],
    };
    const rows = Array.from({ length: 2000 }, (_, i) => [`rad ${i} ${"x".repeat(200)}`]);
    // The Cancel button the pane shows (from onSlow, or from the start) calls this.
    const cancellation = new Cancellation();
    let runs = 0;
    const result = await withExcel(
      async (context, signal) => {
        runs++;
        // The user presses Cancel while the first write request is with Excel.
        const realSync = fake.sync.bind(fake);
        let syncs = 0;
        fake.sync = async () => {
          if (++syncs === 3) cancellation.cancel();
          return realSync();
        };
        try {
          return await applyEdits(
            context,
            [{ kind: "setValues", sheet: "Data", address: "A2", values: rows }],
            {
              supported: fake.isSetSupported,
              maxRequestBytes: 100_000,
              signal,
            },
          );
        } finally {
          fake.sync = realSync;
        }
      },
      { runner: fake.run, cancellation },
    );
    expect(runs).toBe(1);
    expect(result.problem).toMatchObject({ code: "Cancelled", retry: false });
    expect(renderBoth(result.problem!).nb).toContain("Du avbrøt");
    expect(result.outcomes[0].status).toBe("partial");
    expect(result.outcomes[0].rowsWritten).toBeGreaterThan(0);
    expect(result.outcomes[0].rowsWritten).toBeLessThan(rows.length);
    expect(fake.sheet("Data").protection.protected).toBe(true);
    expect(fake.sheet("Data").protection.options).toMatchObject({ allowInsertRows: true });
  });

  it("a cancelled read stops between requests", async () => {
    const fake = new FakeExcel();
    fake.addSheet(
      "Data",
      Array.from({ length: 50 }, (_, i) => [i, "tekst"]),
    );
    const cancellation = new Cancellation();
    cancellation.cancel();
    await expect(readSnapshot(fake.context, { signal: cancellation })).rejects.toMatchObject({
      problem: { code: "Cancelled" },
    });
    // Structure and geometry were read (two syncs); no value request went out.
    expect(fake.syncs).toBe(2);
  });

  it("reading a property that was not loaded is an error in the fake, as in Excel", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Ark");
    const run = withExcel(
      async (context) => {
        const ws = context.workbook.worksheets.getItem("Ark");
        await context.sync();
        return ws.name;
      },
      { runner: fake.run },
    );
    await expect(run).rejects.toMatchObject({ problem: { code: "PropertyNotLoaded" } });
  });
});

/**
 * The error codes in Microsoft's table ("Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling) and in
 * Excel.ErrorCodes (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes).
 */
const DOCUMENTED_CODES = [
  "AccessDenied",
  "ActivityLimitReached",
  "ApiNotAvailable",
  "ApiNotFound",
  "BadPassword",
  "Conflict",
  "EmptyChartSeries",
  "FilteredRangeConflict",
  "FormulaLengthExceedsLimit",
  "GeneralException",
  "InactiveWorkbook",
  "InsertDeleteConflict",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "InvalidReference",
  "InvalidRequest",
  "InvalidSelection",
  "ItemAlreadyExists",
  "ItemNotFound",
  "MemoryLimitReached",
  "MergedRangeConflict",
  "NonBlankCellOffSheet",
  "NotImplemented",
  "OperationCellsExceedLimit",
  "PivotTableRangeConflict",
  "RangeExceedsLimit",
  "RequestAborted",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ServiceNotAvailable",
  "UnsupportedFeature",
  "UnsupportedOperation",
  "UnsupportedSheet",
];
/** Documented codes of APIs the adapter never calls (bindings, linked workbooks, Power Query, images, auth). */
const NOT_REACHABLE = [
  "InvalidBinding",
  "OpenWorkbookLinksBlocked",
  "RefreshWorkbookLinksBlocked",
  "PowerQueryRefreshResourceChallenge",
  "RangeImageExceedsLimit",
  "UnsupportedFillType",
  "ContentLengthRequired",
  "Unauthenticated",
];

describe("every documented Excel error code has its own message in Norwegian and English", () => {
  it.each(DOCUMENTED_CODES)("%s", (code) => {
    const p = describeExcelError(new FakeOfficeError(code, "x"));
    expect(p.code).toBe(code);
    expect(renderBoth(p).nb).not.toContain("uventet");
    expect(renderBoth(p).nb.length).toBeGreaterThan(20);
    expect(renderBoth(p).en.length).toBeGreaterThan(20);
    // Tone (WORDS.md): no exclamation marks, no programming words.
    expect(renderBoth(p).nb).not.toMatch(/!|exception|null|undefined/i);
  });

  it("the codes left out belong to APIs the adapter does not call", () => {
    for (const code of NOT_REACHABLE)
      expect(renderBoth(describeExcelError({ code })).nb).toContain("uventet");
  });

  it.each([
    ["MemoryLimitReached", true],
    ["ActivityLimitReached", true],
    ["BadPassword", false],
    ["MergedRangeConflict", false],
    ["UnsupportedSheet", false],
    ["NotImplemented", false],
  ])("%s: retry %s", (code, retry) => {
    expect(describeExcelError({ code }).retry).toBe(retry);
  });
});
