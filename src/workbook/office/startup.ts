/**
 * Office.js from Microsoft's CDN, loaded only when Office hosts the page.
 *
 * Microsoft supports add-ins with Office.js from its CDN ("Referencing the Office JavaScript API library",
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn;
 * the npm package "is no longer officially supported", https://www.npmjs.com/package/@microsoft/office-js).
 * The task pane is also the file mode in a plain browser, where it must make no request outside its own origin.
 * Office.js loaded there still fetches its mapping table and, 3 s later, frames Microsoft's telemetry service, and
 * it only learns that no Office is present after loading. So the pane looks first for the signs Office leaves on
 * a page it opens, and fetches Office.js only when it sees one.
 *
 * The signs are those Office.js itself reads to find its host (`_retrieveHostInfo` and `parseXdmInfo` in
 * office.debug.js and excel-web-16.00.debug.js of @microsoft/office-js 1.1.110):
 * - the `_host_Info` query parameter Office appends to the add-in's URL, e.g.
 *   `taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0` (the URL Microsoft's debugging guide attaches to,
 *   https://learn.microsoft.com/office/dev/add-ins/testing/debug-with-vs-extension; Excel on Mac and the web the same
 *   with `Mac` / `Web`);
 * - `_xdm_Info` in the fragment, or `hostInfo` / `xdmInfo` in a JSON `window.name` (Office on the web);
 * - `hostInfoValue` in sessionStorage, which Office.js keeps so that the pane still knows after reloading itself;
 * - a native bridge: `window.external.GetHostInfo` / `GetContext` (Office on Windows), `agaveHost`, or the
 *   `Agave` WebKit message handler (Office on Mac and iPad).
 * Without any of these, `Office.onReady` would resolve with `host: null` anyway ("Office.onReady results",
 * https://github.com/OfficeDev/office-js/issues/306; office.debug.js resolves it so in a plain top window).
 *
 * When a sign is there but Office.js cannot be fetched (no network, a proxy refusing the CDN) or Office never
 * answers, the pane falls back to file mode after a time-out instead of waiting forever.
 */

/** Office.js, version 1, from Microsoft's CDN (always the latest release of version 1). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long to wait for Office.js to load and Office to answer before working on files instead. */
export const OFFICE_START_TIMEOUT_MS = 15_000;

/** Which sign of an Office host the page carries. */
export type OfficeHint = "host-info" | "xdm-info" | "window-name" | "session" | "native-bridge";

/** The parts of `window` the signs are read from. */
export interface HintSource {
  location: { search: string; hash: string };
  name: string;
  sessionStorage?: { getItem(key: string): string | null } | null;
  external?: unknown;
  agaveHost?: unknown;
  webkit?: unknown;
}

function has(object: unknown, key: string): boolean {
  // typeof, not a call: Internet Explorer reports a native bridge method as "unknown", not "function".
  return (
    typeof object === "object" &&
    object !== null &&
    typeof (object as Record<string, unknown>)[key] !== "undefined"
  );
}

function windowNameHint(name: string): boolean {
  if (!name.startsWith("{")) return false;
  try {
    const parsed: unknown = JSON.parse(name);
    return has(parsed, "hostInfo") || has(parsed, "xdmInfo");
  } catch {
    return false;
  }
}

function sessionHint(w: HintSource): boolean {
  try {
    return !!w.sessionStorage?.getItem("hostInfoValue");
  } catch {
    // Storage can be off (a sandboxed frame, strict privacy settings): no sign then.
    return false;
  }
}

/** The first sign of an Office host on the page, or null in a plain browser. */
export function officeHostHint(w: HintSource): OfficeHint | null {
  if (/[?&]_host_Info=[^&#]/i.test(w.location.search)) return "host-info";
  if (/[#&]_xdm_Info=[^&]/i.test(w.location.hash)) return "xdm-info";
  if (windowNameHint(w.name)) return "window-name";
  if (sessionHint(w)) return "session";
  const handlers = has(w.webkit, "messageHandlers")
    ? (w.webkit as { messageHandlers: unknown }).messageHandlers
    : undefined;
  if (
    has(w.external, "GetHostInfo") ||
    has(w.external, "GetContext") ||
    has(w.agaveHost, "GetHostInfo") ||
    has(handlers, "Agave")
  )
    return "native-bridge";
  return null;
}

/** How the page started: with Office (its `onReady` answer), or in file mode and why. */
export type OfficeStart =
  | { mode: "office"; hint: OfficeHint; host: Office.HostType | null }
  | { mode: "file"; reason: "no-office-host" | "load-failed" | "timed-out"; hint: OfficeHint | null };

export interface StartDeps {
  window: HintSource;
  /** Adds a script element for `url`; resolves when it has run, rejects when it cannot be fetched. */
  loadScript(url: string): Promise<void>;
  /** `Office.onReady`, once Office.js has run (undefined when the script did not define it). */
  onReady(): Promise<{ host: Office.HostType | null }> | undefined;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Appends `<script src=url>` to the head: the CDN's office.js finds its own folder from that element. */
export function appendScript(doc: Document, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${url}`));
    doc.head.appendChild(script);
  });
}

/** The dependencies of `startOffice` in a browser page. */
export function browserStartDeps(w: Window = window): StartDeps {
  return {
    window: w as unknown as HintSource,
    loadScript: (url) => appendScript(w.document, url),
    onReady: () => (typeof Office === "undefined" ? undefined : Office.onReady()),
  };
}

/**
 * Loads Office.js from the CDN when the page carries a sign of an Office host, and waits (up to the time-out)
 * for Office to answer. In a plain browser it requests nothing and answers at once.
 */
export async function startOffice(deps: StartDeps = browserStartDeps()): Promise<OfficeStart> {
  const hint = officeHostHint(deps.window);
  if (!hint) return { mode: "file", reason: "no-office-host", hint: null };
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let timer: unknown;
  const timedOut = new Promise<"timed-out">((resolve) => {
    timer = setTimer(() => resolve("timed-out"), deps.timeoutMs ?? OFFICE_START_TIMEOUT_MS);
  });
  try {
    const loaded = await Promise.race([
      deps.loadScript(OFFICE_JS_URL).then(
        () => "loaded" as const,
        () => "load-failed" as const,
      ),
      timedOut,
    ]);
    if (loaded !== "loaded") return { mode: "file", reason: loaded, hint };
    const ready = deps.onReady();
    if (!ready) return { mode: "file", reason: "load-failed", hint };
    const answer = await Promise.race([ready, timedOut]);
    if (answer === "timed-out") return { mode: "file", reason: "timed-out", hint };
    if (!answer.host) return { mode: "file", reason: "no-office-host", hint };
    return { mode: "office", hint, host: answer.host };
  } finally {
    clearTimer(timer);
  }
}
