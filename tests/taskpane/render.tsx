/** Renders the task pane in jsdom with a test host and job runner that record what the pane asks of them. */
import { render } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { App } from "../../src/taskpane/App";
import type { Host, TemplateOutcome, WorkbookAccess } from "../../src/taskpane/host";
import {
  JobCancelled,
  type JobKind,
  type JobProgress,
  JobRequests,
  JobResults,
  JobRunner,
} from "../../src/taskpane/jobs";
import type { SaveFile } from "../../src/taskpane/model";

export function installDomShims() {
  // jsdom lacks the encoders that every browser has.
  if (typeof TextDecoder === "undefined") {
    Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
  }
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    (window as any).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

export interface TestHost extends Host {
  saved: SaveFile[];
  templateCalls: { request: unknown; renames: Record<string, string> }[];
}

export function testHost(
  kind: "excel" | "file",
  opts: {
    template?: (renames: Record<string, string>) => TemplateOutcome;
    workbook?: Partial<WorkbookAccess>;
    displayLanguage?: string | null;
  } = {},
): TestHost {
  const saved: SaveFile[] = [];
  const templateCalls: TestHost["templateCalls"] = [];
  return {
    kind,
    displayLanguage: opts.displayLanguage ?? null,
    saved,
    templateCalls,
    async makeTemplate(_c, request, renames) {
      templateCalls.push({ request, renames });
      return opts.template
        ? opts.template(renames)
        : { ok: true, kind: kind === "excel" ? "inserted" : "downloaded", name: "mal.xlsx" };
    },
    async exportReport() {
      return kind === "excel" ? "written" : "downloaded";
    },
    workbook:
      kind === "excel"
        ? ({
            check: jest.fn(),
            selectCell: jest.fn(async () => undefined),
            rollUp: jest.fn(),
            ...opts.workbook,
          } as WorkbookAccess)
        : null,
    save: (f) => saved.push(f),
  };
}

/** A runner that answers from a table, reporting progress file by file; `hold` keeps a job running. */
export function testRunner(
  answers: Partial<{ [K in JobKind]: (r: JobRequests[K]) => JobResults[K] }>,
  /** A job of this kind keeps running until cancelled. */
  hold?: JobKind,
) {
  const requests: { kind: JobKind; request: unknown }[] = [];
  let cancelled = 0;
  const runner: JobRunner = {
    run(kind, request, onProgress: (p: JobProgress) => void) {
      requests.push({ kind, request });
      let cancel: () => void = () => undefined;
      const result = new Promise<never>((resolve, reject) => {
        cancel = () => {
          cancelled++;
          reject(new JobCancelled());
        };
        const files = "files" in request ? request.files : [];
        onProgress({ done: 0, total: files.length, file: files[0]?.name ?? null });
        if (hold === kind) return;
        const answer = answers[kind] as ((r: typeof request) => unknown) | undefined;
        if (!answer) throw new Error(`no answer for ${kind}`);
        setTimeout(() => resolve(answer(request) as never), 0);
      });
      return { result, cancel: () => cancel() };
    },
  };
  return { runner, requests, cancelled: () => cancelled };
}

export function renderPane(host: Host, runner: JobRunner) {
  installDomShims();
  return render(<App host={host} jobs={runner} now={new Date(2026, 5, 15)} />);
}
