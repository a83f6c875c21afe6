/** The pane's shared state: language, host, the catalogue in use, the job runner, and announcements. */
import { createContext, useContext } from "react";
import type { Catalogue } from "../catalogue/loader";
import { formatNumber, translate, type Lang, type MessageKey, type Params } from "../i18n";
import type { Host } from "./host";
import type { JobRunner } from "./jobs";
import type { PickedFile } from "./model";

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Params): string;
  num(n: number): string;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  return {
    lang,
    setLang,
    t: (key, params) => translate(lang, key, params),
    num: (n) => formatNumber(lang, n),
  };
}

export const I18nContext = createContext<I18n>(makeI18n("nb", () => undefined));
export const useI18n = () => useContext(I18nContext);

/** Where the catalogue in use came from: the bundled one, or a revised file the user loaded. */
export type CatalogueSource = { kind: "bundled" } | { kind: "file"; name: string };

export interface Pane {
  host: Host;
  catalogue: Catalogue;
  catalogueSource: CatalogueSource;
  /** The text of a loaded revised catalogue (sent to the worker), or null for the bundled one. */
  catalogueText: string | null;
  setCatalogue(catalogue: Catalogue, source: CatalogueSource, text: string | null): void;
  jobs: JobRunner;
  /** Workbooks picked, dropped or built as samples; shared by Kontroll and Sammenstill. */
  files: PickedFile[];
  setFiles(files: PickedFile[]): void;
  /** Says something through the live region (screen readers hear it; the status line shows it). */
  announce(message: string): void;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside PaneContext");
  return pane;
}
