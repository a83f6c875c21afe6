/**
 * A job that fails in the worker: the pane gets the worker's user error back (a key and params, passed as data) and
 * shows it in the pane's language. The worker here is a stand-in that answers as the real one does; it proves the
 * message shapes, not the browser's Worker.
 */
import { renderMessage, UserError } from "../../src/core/model/user-error";
import { workerRunner, type FromWorker, type ToWorker } from "../../src/taskpane/jobs";

class AnsweringWorker extends EventTarget {
  terminated = false;
  constructor(private readonly answer: (m: ToWorker) => FromWorker) {
    super();
  }
  postMessage(m: ToWorker) {
    // The real worker's messages are structured clones: no class survives, only data.
    const data = structuredClone(this.answer(m));
    queueMicrotask(() => this.dispatchEvent(new MessageEvent("message", { data })));
  }
  terminate() {
    this.terminated = true;
  }
}

const request = { files: [], catalogueText: null };

it("a user error from the worker comes back as a UserError with its code, shown in the pane's language", async () => {
  const refusal = new UserError(
    "cycle.nothingReadable",
    { reasons: { nb: "a.xlsx: Filen er tom.", en: "a.xlsx: The file is empty." } },
    { code: "nothing-readable" },
  );
  const worker = new AnsweringWorker((m) => ({ id: m.id, type: "error", error: refusal.data() }));
  const run = workerRunner(() => worker as unknown as Worker).run("consolidate", request, () => undefined);
  const e = await run.result.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(UserError);
  expect((e as UserError).code).toBe("nothing-readable");
  expect(renderMessage(e as UserError, "nb")).toBe(
    "Ingen av filene kunne leses, så ingen sammenstilling er laget. a.xlsx: Filen er tom.",
  );
  expect(renderMessage(e as UserError, "en")).toContain("a.xlsx: The file is empty.");
});

it("a worker that crashes ends the job with an unexpected error, and the next job gets a fresh worker", async () => {
  const workers: AnsweringWorker[] = [];
  const runner = workerRunner(() => {
    const w = new AnsweringWorker((m) => ({ id: m.id, type: "done", result: [] }));
    workers.push(w);
    return w as unknown as Worker;
  });
  const first = runner.run("check", request, () => undefined);
  workers[0].dispatchEvent(Object.assign(new Event("error"), { message: "out of memory" }));
  const e = await first.result.catch((x: unknown) => x);
  expect(renderMessage(e as UserError, "nb")).toBe("Noe gikk galt: out of memory");
  expect(workers[0].terminated).toBe(true);
  await expect(runner.run("check", request, () => undefined).result).resolves.toEqual([]);
  expect(workers).toHaveLength(2);
});
