/**
 * Task pane entry. In Excel the pane works on the open workbook; anywhere else (Office.onReady resolves
 * without a host, or Office.js is absent) it works on .xlsx files from disk: "file mode".
 */
import "./strict-csp";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { fileHost } from "./fileHost";
import type { Host } from "./host";
import { workerRunner } from "./jobs";

async function chooseHost(): Promise<Host> {
  if (typeof Office === "undefined") return fileHost(null);
  const info = await Office.onReady();
  const displayLanguage = Office.context?.displayLanguage ?? null;
  if (info.host === Office.HostType.Excel && typeof Excel !== "undefined") {
    const { excelHost } = await import(/* webpackChunkName: "excel" */ "./excelHost");
    return excelHost(displayLanguage);
  }
  return fileHost(displayLanguage);
}

const jobs = workerRunner(() => new Worker(new URL("./worker.ts", import.meta.url), { name: "akrim-work" }));

void chooseHost().then((host) => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={host} jobs={jobs} />);
});
