/**
 * The pane's worker: checks, consolidates and builds sample workbooks off the UI thread, so the pane never
 * freezes on a hundred files. Cancelling terminates it; the pane starts a fresh one for the next job.
 */
import "./strict-csp";
import { UserError } from "../core/model/user-error";
import type { FromWorker, ToWorker } from "./jobs";
import { runJob } from "./work";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => Promise<void>) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
};

/** Byte buffers in a result are moved, not copied, back to the pane. */
function buffers(value: unknown, out: Set<ArrayBuffer> = new Set(), depth = 0): Set<ArrayBuffer> {
  if (depth > 6 || typeof value !== "object" || value === null) return out;
  if (value instanceof Uint8Array) {
    if (
      value.buffer instanceof ArrayBuffer &&
      value.byteOffset === 0 &&
      value.byteLength === value.buffer.byteLength
    )
      out.add(value.buffer);
    return out;
  }
  for (const v of Array.isArray(value) ? value : Object.values(value)) buffers(v, out, depth + 1);
  return out;
}

scope.onmessage = async (e) => {
  const { id, kind, request } = e.data;
  try {
    const result = await runJob(kind, request, (progress) =>
      scope.postMessage({ id, type: "progress", progress }),
    );
    scope.postMessage({ id, type: "done", result }, [...buffers(result)]);
  } catch (err) {
    const error =
      err instanceof UserError
        ? err
        : new UserError("common.unexpected", { detail: err instanceof Error ? err.message : String(err) });
    scope.postMessage({ id, type: "error", error: error.data() });
  }
};
