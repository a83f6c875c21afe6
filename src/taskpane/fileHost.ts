/** The host in a plain browser ("file mode"): .xlsx files from disk in, downloads out. */
import { downloadFile, type Host } from "./host";

/** The file work (engines and the .xlsx writer) is loaded on first use, not with the pane. */
const work = () => import(/* webpackChunkName: "work" */ "./work");

export function fileHost(displayLanguage: string | null, save = downloadFile): Host {
  return {
    kind: "file",
    displayLanguage,
    workbook: null,
    async makeTemplate(catalogue, request) {
      const file = (await work()).templateFile(catalogue, request);
      save(file);
      return { ok: true, kind: "downloaded", name: file.name };
    },
    async exportReport(catalogue, checked) {
      save((await work()).reportFile(catalogue, checked));
      return "downloaded";
    },
    save: (file) => save(file),
  };
}
