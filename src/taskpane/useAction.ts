/**
 * The one way a pane section does work: busy while it runs, progress and cancel for work off the UI thread,
 * then its outcome or its error shown (`message`). After every action, whatever its end, focus moves to what sums
 * it up (the message, else the section's result summary) and that text is told to the live region: the button
 * that started it was disabled meanwhile, and focus must not fall to the page. Sections never write their own
 * try/catch around a button.
 */
import { useCallback, useEffect, useRef, useState, type RefCallback } from "react";
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
  /** Ends an action that needed no waiting (a download, a click): its outcome shown, focused and announced. */
  finish(text: string): void;
  /** Shows an error from work done outside `run` (e.g. a click in a list). */
  fail(error: unknown): void;
  cancel(): void;
  /**
   * For the element that sums up the section's result (focusable with tabIndex -1): after an action that ends
   * without a message of its own (a check, a consolidation), focus moves there and its text is announced.
   */
  summaryRef: RefCallback<HTMLElement>;
  /** For the element that shows `message` (`JobStatus` gives it): after an action with a message, focus moves there. */
  messageRef: RefCallback<HTMLElement>;
}

export function useAction(): Action {
  const { jobs, announce } = usePane();
  const { t, lang } = useI18n();
  const [state, setState] = useState<ActionState>({ busy: false, progress: null, slow: null, message: null });
  const current = useRef<RunningJob<unknown> | null>(null);
  const cancelExcel = useRef<(() => void) | null>(null);
  // Each action's end is counted; the effect below moves focus once the result has been rendered.
  const [ended, setEnded] = useState(0);
  const message = useRef<HTMLElement | null>(null);
  const summary = useRef<HTMLElement | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const messageRef = useCallback((el: HTMLElement | null) => void (message.current = el), []);
  const summaryRef = useCallback((el: HTMLElement | null) => void (summary.current = el), []);

  useEffect(() => {
    if (ended === 0) return;
    const target = [message.current, summary.current].find((el) => el?.isConnected);
    if (target) {
      target.focus();
      announce(target.textContent ?? "");
      return;
    }
    // Nothing sums the action up (the section says it itself): focus goes back to where the action started.
    const from = trigger.current;
    if (from?.isConnected && !from.matches(":disabled")) from.focus();
  }, [ended, announce]);

  const start = useCallback((s: ActionState) => {
    const active = globalThis.document?.activeElement;
    trigger.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setState(s);
  }, []);
  const end = useCallback((s: ActionState) => {
    setState(s);
    setEnded((n) => n + 1);
  }, []);

  const fail = useCallback(
    (e: unknown) =>
      end({
        busy: false,
        progress: null,
        slow: null,
        message: { intent: "error", text: errorText(e, lang, t) },
      }),
    [end, lang, t],
  );

  const finish = useCallback(
    (text: string) => end({ busy: false, progress: null, slow: null, message: { intent: "success", text } }),
    [end],
  );

  const run = useCallback(
    async (work: (excel: ExcelWork) => Promise<string | null>) => {
      start({ busy: true, progress: null, slow: null, message: null });
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
        // The live region must not go on saying the work is slow once it is done.
        if (toldSlow) announce("");
        end({
          busy: false,
          progress: null,
          slow: null,
          message: text ? { intent: "success", text } : null,
        });
      } catch (e) {
        fail(e);
      } finally {
        running = false;
        cancelExcel.current = null;
      }
    },
    [announce, start, end, fail, t],
  );

  const job = useCallback(
    async <K extends JobKind>(kind: K, request: JobRequests[K]): Promise<JobResults[K] | null> => {
      current.current?.cancel();
      const total = "files" in request ? request.files.length : 0;
      start({ busy: true, progress: { done: 0, total, file: null }, slow: null, message: null });
      announce(t("common.working"));
      const running = jobs.run(kind, request, (progress) => setState((s) => ({ ...s, progress })));
      current.current = running;
      try {
        const result = await running.result;
        end({ busy: false, progress: null, slow: null, message: null });
        return result;
      } catch (e) {
        if (e instanceof JobCancelled)
          end({
            busy: false,
            progress: null,
            slow: null,
            message: { intent: "info", text: t("common.cancelled") },
          });
        else fail(e);
        return null;
      } finally {
        if (current.current === running) current.current = null;
      }
    },
    [jobs, announce, t, start, end, fail],
  );

  const cancel = useCallback(() => {
    const excel = cancelExcel.current;
    if (!excel) return current.current?.cancel();
    // Excel work stops at its next request boundary: asked once, then the bar says it is stopping.
    cancelExcel.current = null;
    excel();
    setState((s) => ({ ...s, slow: { cancelling: true } }));
  }, []);
  return { ...state, run, job, finish, fail, cancel, summaryRef, messageRef };
}
