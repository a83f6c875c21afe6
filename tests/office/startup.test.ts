/**
 * Starting Office.js: fetched from Microsoft's CDN only when the page carries a sign of an Office host, and a
 * page that waits too long for it, or cannot fetch it, works on files instead. Office.js itself is replaced by
 * stand-ins here (call shapes only); tests/e2e/office-gate.test.ts loads the real file in Chromium.
 */
import {
  OFFICE_JS_URL,
  OFFICE_START_TIMEOUT_MS,
  officeHostHint,
  startOffice,
  type HintSource,
  type StartDeps,
} from "../../src/workbook/office/startup";

// webpack.config.js is CommonJS; its helpers are what the build uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  OFFICE_JS_URL: string;
  contentSecurityPolicy(devServerOrigin?: string): string;
};

/** A plain Chromium tab: `window.external` exists there too, with the search-provider stubs only. */
function plainBrowser(over: Partial<HintSource> = {}): HintSource {
  return {
    location: { search: "", hash: "" },
    name: "",
    sessionStorage: { getItem: () => null },
    external: { AddSearchProvider() {}, IsSearchProviderInstalled() {} },
    ...over,
  };
}

describe("officeHostHint", () => {
  it("sees nothing in a plain browser tab, nor in look-alikes", () => {
    expect(officeHostHint(plainBrowser())).toBeNull();
    expect(officeHostHint(plainBrowser({ location: { search: "?lang=nb", hash: "#top" } }))).toBeNull();
    // An empty value, or the words inside another parameter, are no sign.
    expect(officeHostHint(plainBrowser({ location: { search: "?_host_Info=&x=1", hash: "" } }))).toBeNull();
    expect(
      officeHostHint(plainBrowser({ location: { search: "?my_host_Info=Excel", hash: "" } })),
    ).toBeNull();
    expect(officeHostHint(plainBrowser({ name: "akrim-work" }))).toBeNull();
    expect(officeHostHint(plainBrowser({ name: '{"other":1}' }))).toBeNull();
    expect(officeHostHint(plainBrowser({ name: "{not json" }))).toBeNull();
    expect(officeHostHint(plainBrowser({ webkit: { messageHandlers: {} } }))).toBeNull();
    expect(officeHostHint(plainBrowser({ external: undefined, sessionStorage: null }))).toBeNull();
  });

  it("sees the _host_Info parameter Office appends on Windows, Mac and the web", () => {
    for (const search of [
      "?_host_Info=Excel$Win32$16.01$en-US$$$$0",
      "?_host_Info=Excel$Mac$16.01$nb-NO$telemetry$$$0",
      "?et=&_host_Info=Excel$Web$16.00$nb-NO$$$$16",
    ]) {
      expect([search, officeHostHint(plainBrowser({ location: { search, hash: "" } }))]).toEqual([
        search,
        "host-info",
      ]);
    }
  });

  it("sees Office on the web's _xdm_Info fragment and window.name", () => {
    const hash = "#&_xdm_Info=abc$def$ghi&_serializer_version=1";
    expect(officeHostHint(plainBrowser({ location: { search: "", hash } }))).toBe("xdm-info");
    expect(
      officeHostHint(plainBrowser({ name: JSON.stringify({ hostInfo: "Excel$Web$16.00$nb-NO" }) })),
    ).toBe("window-name");
    expect(officeHostHint(plainBrowser({ name: JSON.stringify({ xdmInfo: "a|b|c" }) }))).toBe("window-name");
  });

  it("sees the host info Office.js kept in sessionStorage, and survives storage that throws", () => {
    const kept = { getItem: (k: string) => (k === "hostInfoValue" ? "Excel$Web$16.00$nb-NO" : null) };
    expect(officeHostHint(plainBrowser({ sessionStorage: kept }))).toBe("session");
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(officeHostHint(plainBrowser({ sessionStorage: blocked }))).toBeNull();
  });

  it("sees the native bridges of Office on Windows, older Mac and WebKit hosts", () => {
    expect(officeHostHint(plainBrowser({ external: { GetHostInfo: () => "" } }))).toBe("native-bridge");
    expect(officeHostHint(plainBrowser({ external: { GetContext: () => ({}) } }))).toBe("native-bridge");
    expect(officeHostHint(plainBrowser({ agaveHost: { GetHostInfo: () => "" } }))).toBe("native-bridge");
    expect(officeHostHint(plainBrowser({ webkit: { messageHandlers: { Agave: {} } } }))).toBe(
      "native-bridge",
    );
  });
});

/** Stand-ins for the script loader, Office.onReady and the timer; records what was asked. */
function stage(
  options: {
    window?: HintSource;
    load?: "ok" | "fail" | "never";
    ready?: { host: Office.HostType | null } | "never" | "absent";
  } = {},
) {
  const loaded: string[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const deps: StartDeps = {
    window:
      options.window ??
      plainBrowser({ location: { search: "?_host_Info=Excel$Web$16.00$nb-NO$$$$0", hash: "" } }),
    loadScript: (url) => {
      loaded.push(url);
      if (options.load === "fail") return Promise.reject(new Error("net::ERR_NAME_NOT_RESOLVED"));
      if (options.load === "never") return new Promise(() => {});
      return Promise.resolve();
    },
    onReady: () => {
      const ready = options.ready ?? { host: "Excel" as unknown as Office.HostType };
      if (ready === "absent") return undefined;
      if (ready === "never") return new Promise(() => {});
      return Promise.resolve(ready);
    },
    setTimer: (run, ms) => {
      const t = { run, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
  };
  return { deps, loaded, timers };
}

describe("startOffice", () => {
  it("in a plain browser requests nothing and starts file mode at once", async () => {
    const s = stage({ window: plainBrowser() });
    await expect(startOffice(s.deps)).resolves.toEqual({
      mode: "file",
      reason: "no-office-host",
      hint: null,
    });
    expect(s.loaded).toEqual([]);
    expect(s.timers).toEqual([]);
  });

  it("with a sign of Office loads exactly Office.js from Microsoft's CDN and answers with Office's host", async () => {
    const s = stage();
    await expect(startOffice(s.deps)).resolves.toEqual({ mode: "office", hint: "host-info", host: "Excel" });
    expect(s.loaded).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(s.timers.map((t) => [t.ms, t.cleared])).toEqual([[OFFICE_START_TIMEOUT_MS, true]]);
  });

  it("falls back to file mode when Office.js cannot be fetched or does not define Office", async () => {
    await expect(startOffice(stage({ load: "fail" }).deps)).resolves.toEqual({
      mode: "file",
      reason: "load-failed",
      hint: "host-info",
    });
    await expect(startOffice(stage({ ready: "absent" }).deps)).resolves.toMatchObject({
      mode: "file",
      reason: "load-failed",
    });
  });

  it("falls back to file mode when Office.js says no Office host is there", async () => {
    await expect(startOffice(stage({ ready: { host: null } }).deps)).resolves.toEqual({
      mode: "file",
      reason: "no-office-host",
      hint: "host-info",
    });
  });

  it.each(["load", "ready"] as const)(
    "falls back to file mode when the %s step outlasts the time-out",
    async (step) => {
      const s = stage(step === "load" ? { load: "never" } : { ready: "never" });
      const started = startOffice(s.deps);
      await new Promise((r) => setImmediate(r));
      expect(s.timers).toHaveLength(1);
      s.timers[0].run();
      await expect(started).resolves.toEqual({ mode: "file", reason: "timed-out", hint: "host-info" });
      expect(s.loaded).toEqual([OFFICE_JS_URL]);
    },
  );
});

describe("the build loads Office.js from the same place", () => {
  it("webpack's URL is the gate's, and the policy allows scripts from its folder only besides 'self'", () => {
    expect(webpackConfig.OFFICE_JS_URL).toBe(OFFICE_JS_URL);
    const scriptSrc = webpackConfig
      .contentSecurityPolicy()
      .split("; ")
      .find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/");
    // Only scripts: nothing else may reach the CDN (connect, frames, images fall to 'self').
    const others = webpackConfig
      .contentSecurityPolicy()
      .split("; ")
      .filter((d) => !d.startsWith("script-src "));
    expect(others.filter((d) => d.includes("microsoft.com"))).toEqual([]);
  });
});
