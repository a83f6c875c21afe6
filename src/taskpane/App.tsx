/** The task pane: four sections in tabs, a language switch, and a live region for progress and results. */
import {
  Badge,
  FluentProvider,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { defaultCatalogue, type Catalogue } from "../catalogue";
import { languageFor, MESSAGES, type Lang } from "../i18n";
import { I18nContext, makeI18n, PaneContext, type CatalogueSource, type Pane } from "./context";
import type { Host } from "./host";
import type { JobRunner } from "./jobs";
import type { PickedFile } from "./model";
import { CatalogueSection } from "./sections/CatalogueSection";
import { CheckSection } from "./sections/CheckSection";
import { ConsolidateSection } from "./sections/ConsolidateSection";
import { TemplateSection } from "./sections/TemplateSection";
import { Tabs } from "./components/Tabs";

export type SectionId = "templates" | "check" | "consolidate" | "catalogue";
const SECTIONS: SectionId[] = ["templates", "check", "consolidate", "catalogue"];
const LANG_KEY = "akrim-rapport.lang";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  titleRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  panel: { padding: tokens.spacingHorizontalM },
  main: { display: "flex", flexDirection: "column" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  hint: { flexBasis: "100%", color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  host: Host;
  jobs: JobRunner;
  /** For tests: a fixed date for the default period. */
  now?: Date;
}

function storedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === "nb" || v === "en" ? v : null;
  } catch {
    return null;
  }
}

export function App({ host, jobs, now }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(() => storedLang() ?? languageFor(host.displayLanguage));
  const [section, setSection] = useState<SectionId>("templates");
  // A section is built when first opened and then kept, so its results survive switching tabs.
  const [visited, setVisited] = useState<Set<SectionId>>(() => new Set(["templates"]));
  const [catalogueState, setCatalogueState] = useState<{
    catalogue: Catalogue;
    source: CatalogueSource;
    text: string | null;
  }>(() => ({ catalogue: defaultCatalogue(), source: { kind: "bundled" }, text: null }));
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [announcement, setAnnouncement] = useState("");

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      globalThis.localStorage?.setItem(LANG_KEY, l);
    } catch {
      // Storage may be blocked; the choice then lasts until the pane is closed.
    }
  }, []);
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  const { t } = i18n;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("app.title");
  }, [lang, t]);

  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((message: string) => {
    // Clearing first makes a repeated message be read again. A newer announcement replaces one still pending,
    // and an empty one clears the region at once (nothing stale is left to be read).
    clearTimeout(announceTimer.current);
    setAnnouncement("");
    if (message) announceTimer.current = setTimeout(() => setAnnouncement(message), 50);
  }, []);

  const pane: Pane = useMemo(
    () => ({
      host,
      catalogue: catalogueState.catalogue,
      catalogueSource: catalogueState.source,
      catalogueText: catalogueState.text,
      setCatalogue: (catalogue, source, text) => setCatalogueState({ catalogue, source, text }),
      jobs,
      files,
      setFiles,
      announce,
    }),
    [host, catalogueState, jobs, files, announce],
  );

  return (
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>
        <PaneContext.Provider value={pane}>
          <div className={styles.root}>
            <header className={styles.header}>
              <div className={styles.titleRow}>
                <h1 className={styles.title}>{t("app.title")}</h1>
                <Badge appearance="outline" color={host.kind === "excel" ? "brand" : "informative"}>
                  {host.kind === "excel" ? t("app.mode.excel") : t("app.mode.file")}
                </Badge>
              </div>
              <RadioGroup
                layout="horizontal"
                value={lang}
                onChange={(_, d) => setLang(d.value as Lang)}
                aria-label={`${MESSAGES.nb["app.language"]} / ${MESSAGES.en["app.language"]}`}
              >
                {/* Each language is named in itself, whatever language the pane shows, and its label says so
                    (lang), so that a screen reader speaks "English" in English in the Norwegian pane. */}
                <Radio
                  value="nb"
                  label={{ children: MESSAGES.nb["app.language.nb"], lang: "nb" }}
                  lang="nb"
                />
                <Radio
                  value="en"
                  label={{ children: MESSAGES.en["app.language.en"], lang: "en" }}
                  lang="en"
                />
              </RadioGroup>
              <Text size={200} className={styles.hint}>
                {t("app.tagline")}{" "}
                {host.kind === "file" &&
                  `${t("app.mode.fileHint")} ${t("app.catalogueInUse", { version: catalogueState.catalogue.version })}`}
              </Text>
            </header>
            <main className={styles.main}>
              <Tabs
                label={t("app.sections")}
                tabs={SECTIONS.map((id) => ({ id, label: t(`tab.${id}`) }))}
                selected={section}
                onSelect={(next) => {
                  setSection(next);
                  setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
                }}
                tabId={(id) => `tab-${id}`}
                panelId={(id) => `panel-${id}`}
              />
              {SECTIONS.map((s) => (
                <div
                  key={s}
                  id={`panel-${s}`}
                  role="tabpanel"
                  aria-labelledby={`tab-${s}`}
                  hidden={section !== s}
                  className={styles.panel}
                  tabIndex={-1}
                >
                  {visited.has(s) && s === "templates" && <TemplateSection now={now} />}
                  {visited.has(s) && s === "check" && <CheckSection />}
                  {visited.has(s) && s === "consolidate" && <ConsolidateSection />}
                  {visited.has(s) && s === "catalogue" && <CatalogueSection />}
                </div>
              ))}
              <div
                role="status"
                aria-live="polite"
                className={styles.visuallyHidden}
                data-testid="live-region"
              >
                {announcement}
              </div>
            </main>
          </div>
        </PaneContext.Provider>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
