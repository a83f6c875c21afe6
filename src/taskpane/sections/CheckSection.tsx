/**
 * Kontroll: check the open workbook or returned files; findings most severe first; export the report. Results of
 * files belong to the files chosen: once the choice changes they are gone, and the pane says to check again.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { FilesPanel } from "../components/FilesPanel";
import { FindingsList } from "../components/FindingsList";
import { JobStatus } from "../components/JobStatus";
import { More } from "../components/More";
import { useI18n, usePane } from "../context";
import { countBySeverity, JSON_MIME, type CheckedFile, type PickedFile } from "../model";
import { reportJson } from "../report";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400 },
  files: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
});

export function CheckSection() {
  const { t } = useI18n();
  const { host, catalogue, catalogueText, files } = usePane();
  const styles = useStyles();
  const action = useAction();
  // The files checked are kept with the results: null for the open workbook.
  const [result, setResult] = useState<{ checked: CheckedFile[]; files: PickedFile[] | null } | null>(null);
  const stale = result !== null && result.files !== null && result.files !== files;
  const checked = stale ? null : (result?.checked ?? null);

  const checkWorkbook = () =>
    action.run(async (excel) => {
      if (host.workbook) setResult({ checked: [await host.workbook.check(catalogue, excel)], files: null });
      return null;
    });

  async function checkFiles() {
    const checking = files;
    const results = await action.job("check", { files: checking, catalogueText });
    if (results) setResult({ checked: results, files: checking });
  }

  function summary(results: CheckedFile[], fromFiles: boolean): string {
    const c = countBySeverity(results.flatMap((r) => r.findings));
    const counts = { errors: c.error, warnings: c.warning, infos: c.info };
    return fromFiles
      ? t("check.summaryFiles", { files: results.length, ...counts })
      : t("check.summary", counts);
  }

  const exportReport = (report: CheckedFile[]) =>
    action.run(async (excel) =>
      (await host.exportReport(catalogue, report, excel)) === "written"
        ? t("check.reportWritten")
        : t("check.reportDownloaded"),
    );

  const working = action.busy;
  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t("check.heading")}</h2>
      <Text>{t("check.intro")}</Text>
      {host.workbook && (
        <div>
          <Button appearance="primary" onClick={() => void checkWorkbook()} disabled={working}>
            {t("check.thisWorkbook")}
          </Button>
        </div>
      )}
      <h3 className={styles.h3}>{t("check.files")}</h3>
      <FilesPanel disabled={working} />
      {files.length > 0 && (
        <div>
          <Button
            appearance={host.workbook ? "secondary" : "primary"}
            onClick={() => void checkFiles()}
            disabled={working}
          >
            {t("check.run", { count: files.length })}
          </Button>
        </div>
      )}
      <JobStatus action={action} />
      {stale && <Text>{t("check.stale")}</Text>}
      {checked && (
        <section aria-labelledby="check-results" className={styles.root}>
          <h3 id="check-results" className={styles.h3}>
            {t("check.results")}
          </h3>
          {result?.files && <FilesWithErrors checked={checked} />}
          {checked.every((c) => c.findings.length === 0) ? (
            <Text ref={action.summaryRef} tabIndex={-1}>
              {checked.length === 1 ? t("check.none") : summary(checked, true)}
            </Text>
          ) : (
            <FindingsList
              checked={checked}
              summary={summary(checked, result?.files !== null)}
              summaryRef={action.summaryRef}
              onSelect={
                result?.files === null && host.workbook
                  ? (sheet, cell) => {
                      host.workbook?.selectCell(sheet, cell).catch(action.fail);
                    }
                  : undefined
              }
            />
          )}
          <div className={styles.row}>
            <Button onClick={() => void exportReport(checked)} disabled={working}>
              {host.kind === "excel" ? t("check.exportSheet") : t("check.exportXlsx")}
            </Button>
          </div>
          <More>
            <Button
              onClick={() => {
                host.save({
                  name: "kontrollrapport.json",
                  bytes: JSON.stringify(reportJson(checked), null, 2),
                  mime: JSON_MIME,
                });
                action.finish(t("check.reportDownloaded"));
              }}
              disabled={working}
            >
              {t("check.exportJson")}
            </Button>
          </More>
        </section>
      )}
    </div>
  );
}

/** Every checked file that has errors, named at the top of the result with what to do (the list follows). */
function FilesWithErrors({ checked }: { checked: CheckedFile[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const titleId = useId();
  const withErrors = checked
    .map((c) => ({ file: c.file, errors: countBySeverity(c.findings).error }))
    .filter((c) => c.errors > 0);
  if (withErrors.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle id={titleId}>
          {t("check.filesWithErrors", { count: withErrors.length })}
        </MessageBarTitle>
        {/* role="list" rather than <ul>: the findings' own list items stay the only <li> in the result. */}
        <div role="list" aria-labelledby={titleId} className={styles.files}>
          {withErrors.map((c) => (
            <div role="listitem" key={c.file}>
              {t("check.fileErrorCount", { file: c.file, count: c.errors })}
            </div>
          ))}
        </div>
        <Text block>{t("check.filesWithErrorsHint")}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
