/** Runs a job off the UI thread with progress and cancel, and tells the live region how it went. */
import { useCallback, useRef, useState } from "react";
import { useI18n, usePane } from "./context";
import { errorText } from "./errors";
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
