import { describeExcelError, ExcelFailure, withExcel } from "../../src/workbook/office/errors";
import { FakeExcel, FakeOfficeError } from "./fake-excel";

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
    expect(p.message.nb).toContain(words);
    expect(p.message.en.length).toBeGreaterThan(10);
    expect(p.detail).toContain("Range.values");
  });

  it("anything else is an unexpected error, not retried", () => {
    for (const e of [new Error("boom"), "text", null, { code: 42 }]) {
      const p = describeExcelError(e);
      expect(p.code).toBe("Unknown");
      expect(p.retry).toBe(false);
      expect(p.message.nb).toContain("uventet");
    }
  });
});

describe("withExcel", () => {
  it("retries while a cell is being edited, then succeeds", async () => {
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
    expect(waits).toEqual([5, 5]);
    expect(fake.calls.filter((c) => c === "Excel.run")).toHaveLength(3);
  });

  it("stops retrying after `retries` and rejects with a clear message", async () => {
    const fake = new FakeExcel();
    fake.cellEditSyncs = 10;
    const run = withExcel(async (context) => context.sync(), {
      runner: fake.run,
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
      { runner: new FakeExcel().run, wait: async () => undefined },
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

  it("never leaves a stuck promise: a run that does not answer rejects after the timeout", async () => {
    const never = () => new Promise<never>(() => undefined);
    const run = withExcel(async () => 1, { runner: never as never, timeoutMs: 20 });
    await expect(run).rejects.toMatchObject({ problem: { code: "Timeout", retry: true } });
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
    expect(p.message.nb).not.toContain("uventet");
    expect(p.message.nb.length).toBeGreaterThan(20);
    expect(p.message.en.length).toBeGreaterThan(20);
    // Tone (WORDS.md): no exclamation marks, no programming words.
    expect(p.message.nb).not.toMatch(/!|exception|null|undefined/i);
  });

  it("the codes left out belong to APIs the adapter does not call", () => {
    for (const code of NOT_REACHABLE) expect(describeExcelError({ code }).message.nb).toContain("uventet");
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
