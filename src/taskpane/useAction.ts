/**
 * The one way a pane section does work: busy while it runs, progress and cancel for work off the UI thread,
 * then its outcome or its error shown (`message`) and told to the live region. Sections never write their own
 * try/catch around a button.
 */
import { useCallback, useRef, useState } from "react";
import type { StatusMessage } from "./components/JobStatus";
import { useI18n, usePane } from "./context";
import { errorText } from "./errors";
import type { ExcelWork } from "./host";
import {
  JobCancelled,
  type JobKind,
  type JobProgress,
  type JobRequests,
  type JobResults,
  type RunningJob,
} from "./jobs";

export interface ActionState {
  busy: boolean;
  /** Set while a job off the UI thread runs. */
  progress: JobProgress | null;
  /**
   * Set once Excel work done by `run` reports itself slow (`ExcelWork.onSlow`): progress with Cancel is shown.
   * `cancelling` after Cancel, until Excel has answered the request it holds.
   */
  slow: { cancelling: boolean } | null;
  message: StatusMessage | null;
}

export interface Action extends ActionState {
  /**
   * Does `work` on the UI thread (Excel calls, downloads). The text it returns is shown and announced as the
   * outcome; null: nothing to say (the work showed its result itself). An error thrown is shown and announced.
   * Excel work gets `excel` to pass to the host: once slow, it is offered Cancel, which stops it at its next
   * request boundary (it then ends with Excel's "Cancelled" error, shown like any other).
   */
  run(work: (excel: ExcelWork) => Promise<string | null>): Promise<void>;
  /** Runs a job off the UI thread with progress and cancel; its result, or null when it failed or was cancelled. */
  job<K extends JobKind>(kind: K, request: JobRequests[K]): Promise<JobResults[K] | null>;
  /** Shows an error from work done outside `run` (e.g. a click in a list). */
  fail(error: unknown): void;
  cancel(): void;
}

export function useAction(): Action {
  const { jobs, announce } = usePane();
  const { t, lang } = useI18n();
  const [state, setState] = useState<ActionState>({ busy: false, progress: null, slow: null, message: null });
  const current = useRef<RunningJob<unknown> | null>(null);
  const cancelExcel = useRef<(() => void) | null>(null);

  const fail = useCallback(
    (e: unknown) => {
      const text = errorText(e, lang, t);
      setState({ busy: false, progress: null, slow: null, message: { intent: "error", text } });
      announce(text);
    },
    [announce, lang, t],
  );

  const run = useCallback(
    async (work: (excel: ExcelWork) => Promise<string | null>) => {
      setState({ busy: true, progress: null, slow: null, message: null });
      let running = true;
      let toldSlow = false;
      const excel: ExcelWork = {
        onSlow: (cancel) => {
          if (!running) return;
          toldSlow = true;
          cancelExcel.current = cancel;
          setState((s) => ({ ...s, slow: { cancelling: false } }));
          announce(t("excelWork.slow"));
        },
      };
      try {
        const text = await work(excel);
        setState({
          busy: false,
          progress: null,
          slow: null,
          message: text ? { intent: "success", text } : null,
        });
        // The live region must not go on saying the work is slow once it is done.
        if (text) announce(text);
        else if (toldSlow) announce("");
      } catch (e) {
        fail(e);
      } finally {
        running = false;
        cancelExcel.current = null;
      }
    },
    [announce, fail, t],
  );

  const job = useCallback(
    async <K extends JobKind>(kind: K, request: JobRequests[K]): Promise<JobResults[K] | null> => {
      current.current?.cancel();
      const total = "files" in request ? request.files.length : 0;
      setState({ busy: true, progress: { done: 0, total, file: null }, slow: null, message: null });
      announce(t("common.working"));
      const running = jobs.run(kind, request, (progress) => setState((s) => ({ ...s, progress })));
      current.current = running;
      try {
        const result = await running.result;
        setState({ busy: false, progress: null, slow: null, message: null });
        return result;
      } catch (e) {
        if (e instanceof JobCancelled) {
          setState({ busy: false, progress: null, slow: null, message: null });
          announce(t("common.cancelled"));
        } else fail(e);
        return null;
      } finally {
        if (current.current === running) current.current = null;
      }
    },
    [jobs, announce, t, fail],
  );

  const cancel = useCallback(() => {
    const excel = cancelExcel.current;
    if (!excel) return current.current?.cancel();
    // Excel work stops at its next request boundary: asked once, then the bar says it is stopping.
    cancelExcel.current = null;
    excel();
    setState((s) => ({ ...s, slow: { cancelling: true } }));
  }, []);
  return { ...state, run, job, fail, cancel };
}
