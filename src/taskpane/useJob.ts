/**
 * Runs a job off the UI thread with progress and cancel, and tells the live region how it went; and the same
 * progress and cancel for long work in Excel (`useExcelWork`).
 */
import { useCallback, useRef, useState } from "react";
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

export interface JobState {
  progress: JobProgress | null;
  running: boolean;
  error: string | null;
}

export function useJob<K extends JobKind>(kind: K) {
  const { jobs, announce } = usePane();
  const { t, lang } = useI18n();
  const [state, setState] = useState<JobState>({ progress: null, running: false, error: null });
  const current = useRef<RunningJob<JobResults[K]> | null>(null);

  const start = useCallback(
    async (request: JobRequests[K]): Promise<JobResults[K] | null> => {
      current.current?.cancel();
      setState({
        progress: { done: 0, total: "files" in request ? request.files.length : 0, file: null },
        running: true,
        error: null,
      });
      announce(t("common.working"));
      const job = jobs.run(kind, request, (progress) => setState((s) => ({ ...s, progress })));
      current.current = job;
      try {
        const result = await job.result;
        setState({ progress: null, running: false, error: null });
        return result;
      } catch (e) {
        const cancelled = e instanceof JobCancelled;
        const text = cancelled ? t("common.cancelled") : errorText(e, lang, t);
        setState({ progress: null, running: false, error: cancelled ? null : text });
        announce(text);
        return null;
      } finally {
        if (current.current === job) current.current = null;
      }
    },
    [jobs, kind, announce, t, lang],
  );

  const cancel = useCallback(() => current.current?.cancel(), []);
  return { ...state, start, cancel };
}

/**
 * Work in Excel (on the UI thread, through Office.js): once it reports itself slow (`ExcelWork.onSlow`), the
 * pane shows progress with Cancel. Cancel asks the work to stop at its next request boundary; the work then
 * ends with Excel's "Cancelled" error, which the section shows like any other.
 */
export function useExcelWork() {
  const { announce } = usePane();
  const { t } = useI18n();
  const [slow, setSlow] = useState<{ cancelling: boolean } | null>(null);
  const cancelRun = useRef<(() => void) | null>(null);

  const run = useCallback(
    async <T>(work: (excel: ExcelWork) => Promise<T>): Promise<T> => {
      let current = true;
      try {
        return await work({
          onSlow: (cancel) => {
            if (!current) return;
            cancelRun.current = cancel;
            setSlow({ cancelling: false });
            announce(t("excelWork.slow"));
          },
        });
      } finally {
        current = false;
        cancelRun.current = null;
        setSlow(null);
      }
    },
    [announce, t],
  );

  const cancel = useCallback(() => {
    if (!cancelRun.current) return;
    cancelRun.current();
    cancelRun.current = null;
    setSlow({ cancelling: true });
  }, []);

  return { slow, run, cancel };
}
