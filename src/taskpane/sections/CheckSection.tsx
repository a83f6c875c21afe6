/** Kontroll: check the open workbook or returned files; findings by sheet and severity; export the report. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { FilesPanel } from "../components/FilesPanel";
import { FindingsList } from "../components/FindingsList";
import { JobStatus } from "../components/JobStatus";
import { More } from "../components/More";
import { useI18n, usePane } from "../context";
import { countBySeverity, JSON_MIME, type CheckedFile } from "../model";
import { reportJson } from "../report";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

export function CheckSection() {
  const { t } = useI18n();
  const { host, catalogue, catalogueText, files, announce } = usePane();
  const styles = useStyles();
  const action = useAction();
  const [checked, setChecked] = useState<CheckedFile[] | null>(null);
  const [source, setSource] = useState<"workbook" | "files">("files");

  function done(results: CheckedFile[], from: "workbook" | "files") {
    setChecked(results);
    setSource(from);
    const c = countBySeverity(results.flatMap((r) => r.findings));
    const summary =
      from === "files"
        ? t("check.summaryFiles", {
            files: results.length,
            errors: c.error,
            warnings: c.warning,
            infos: c.info,
          })
        : t("check.summary", { errors: c.error, warnings: c.warning, infos: c.info });
    announce(t("check.done", { summary }));
  }

  const checkWorkbook = () =>
    action.run(async (excel) => {
      if (host.workbook) done([await host.workbook.check(catalogue, excel)], "workbook");
      return null;
    });

  async function checkFiles() {
    const results = await action.job("check", { files, catalogueText });
    if (results) done(results, "files");
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
      {checked && (
        <section aria-labelledby="check-results" className={styles.root}>
          <h3 id="check-results" className={styles.h3}>
            {t("check.results")}
          </h3>
          {checked.every((c) => c.findings.length === 0) ? (
            <Text>{t("check.none")}</Text>
          ) : (
            <FindingsList
              checked={checked}
              onSelect={
                source === "workbook" && host.workbook
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
                announce(t("check.reportDownloaded"));
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
