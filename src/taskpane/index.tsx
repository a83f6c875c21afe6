/**
 * Task pane entry. In Excel the pane works on the open workbook; anywhere else it works on .xlsx files from
 * disk: "file mode". Office.js comes from Microsoft's CDN and is fetched only when the page shows signs of an
 * Office host (src/workbook/office/startup.ts): in a plain browser the pane requests nothing outside its origin.
 */
import { createRoot } from "react-dom/client";
import { startOffice } from "../workbook/office/startup";
import { App } from "./App";
import { fileHost } from "./fileHost";
import type { Host } from "./host";
import { workerRunner } from "./jobs";

async function chooseHost(): Promise<Host> {
  const start = await startOffice();
  if (start.mode === "file") {
    if (start.reason !== "no-office-host")
      console.warn(`akrim-rapport: Office.js ${start.reason}; file mode`);
    return fileHost(null);
  }
  const displayLanguage = Office.context?.displayLanguage ?? null;
  if (start.host === Office.HostType.Excel && typeof Excel !== "undefined") {
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
