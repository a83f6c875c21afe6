/**
 * Long work (checking or consolidating many files) runs off the UI thread. A `JobRunner` starts a job,
 * reports progress and can cancel it; the pane never waits on the UI thread for a file to be read.
 */
import { UserError, type UserErrorData } from "../core/model/user-error";
import type { CheckedFile, ConsolidationResult, PickedFile } from "./model";

/** Every job gets the catalogue in use as text (null: the bundled one) and checks it again itself. */
export interface JobRequests {
  check: { files: PickedFile[]; catalogueText: string | null };
  consolidate: { files: PickedFile[]; catalogueText: string | null };
  samples: { catalogueText: string | null };
}

export interface JobResults {
  check: CheckedFile[];
  consolidate: ConsolidationResult;
  samples: PickedFile[];
}

export type JobKind = keyof JobRequests;

export interface JobProgress {
  done: number;
  total: number;
  /** The file being read now, if any. */
  file: string | null;
}

export interface RunningJob<T> {
  result: Promise<T>;
  cancel(): void;
}

export interface JobRunner {
  run<K extends JobKind>(
    kind: K,
    request: JobRequests[K],
    onProgress: (p: JobProgress) => void,
  ): RunningJob<JobResults[K]>;
}

/** The job was cancelled by the user; nothing it would have produced is used. */
export class JobCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "JobCancelled";
  }
}

/** Messages between the pane and its worker. */
export type ToWorker = { id: number; kind: JobKind; request: JobRequests[JobKind] };
export type FromWorker =
  | { id: number; type: "progress"; progress: JobProgress }
  | { id: number; type: "done"; result: JobResults[JobKind] }
  | { id: number; type: "error"; error: UserErrorData };

/**
 * Runs jobs in a Web Worker. Cancelling terminates the worker at once (whatever it is doing) and the
 * next job starts a fresh one.
 */
export function workerRunner(createWorker: () => Worker): JobRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  return {
    run(kind, request, onProgress) {
      const id = nextId++;
      worker ??= createWorker();
      const w = worker;
      let settle: ((ok: boolean, value: unknown) => void) | null = null;
      const result = new Promise<never>((resolve, reject) => {
        settle = (ok, value) => {
          w.removeEventListener("message", onMessage);
          w.removeEventListener("error", onError);
          settle = null;
          if (ok) resolve(value as never);
          else reject(value);
        };
      });
      const onMessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.type === "progress") onProgress(m.progress);
        else if (m.type === "done") settle?.(true, m.result);
        else settle?.(false, UserError.fromData(m.error));
      };
      const onError = (e: ErrorEvent) => {
        const detail = e.message || "worker error";
        settle?.(false, new UserError("common.unexpected", { detail }));
        w.terminate();
        if (worker === w) worker = null;
      };
      w.addEventListener("message", onMessage);
      w.addEventListener("error", onError);
      const message: ToWorker = { id, kind, request };
      w.postMessage(message);
      return {
        result,
        cancel() {
          if (!settle) return;
          w.terminate();
          if (worker === w) worker = null;
          settle(false, new JobCancelled());
        },
      };
    },
  };
}
