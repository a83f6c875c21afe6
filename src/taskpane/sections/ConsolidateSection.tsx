/**
 * Sammenstill: this workbook's steering parameters (Excel), and the consolidation of returned workbooks: the files
 * to follow up first, then the totals line and the downloads, then who has not sent yet, conflicts, steering
 * parameters and charts, each folded so that the result fits a narrow pane. A result belongs to the selection of
 * files it was made from: once the selection changes, it is removed and the pane says so.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { Chart } from "../components/Chart";
import { FilesPanel } from "../components/FilesPanel";
import { FollowUpBar, followUpSummary } from "../components/FollowUpBar";
import { JobStatus } from "../components/JobStatus";
import { More } from "../components/More";
import { MissingList } from "../components/MissingList";
import { ParameterTable } from "../components/ParameterTable";
import { useI18n, usePane } from "../context";
import { JSON_MIME, XLSX_MIME, type ConsolidationResult, type ParameterRow, type PickedFile } from "../model";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function ConsolidateSection() {
  const { t, lang } = useI18n();
  const { host, catalogue, catalogueText, files, announce } = usePane();
  const styles = useStyles();
  const action = useAction();
  const [own, setOwn] = useState<ParameterRow[] | null>(null);
  const [made, setMade] = useState<{ from: PickedFile[]; result: ConsolidationResult } | null>(null);
  // The selection is replaced, never changed in place, when files are added or removed.
  const result = made && made.from === files ? made.result : null;

  async function consolidate() {
    const from = files;
    const r = await action.job("consolidate", { files: from, catalogueText });
    if (!r) return;
    setMade({ from, result: r });
    const done = t("consolidate.done", {
      files: r.files.length,
      counted: r.counted,
      conflicts: r.conflicts.length,
    });
    announce(`${done} ${followUpSummary(t, r.followUp)}`.trim());
  }

  /**
   * The drafted annual report as a Word document. Office.js cannot make a Word document from Excel: Excel's API
   * opens only workbooks (`Excel.createWorkbook`, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks),
   * so in Excel too the pane offers the document as a download, as it does the consolidated workbook. The writer
   * and its library are loaded only now, so the pane's first download does not carry them.
   */
  async function downloadAnnualReport(r: ConsolidationResult): Promise<string> {
    const { annualReportDocx, DOCX_MIME } = await import(
      /* webpackChunkName: "report-docx" */ "../../report/docx"
    );
    host.save({ name: t("report.fileName"), bytes: await annualReportDocx(r.report, lang), mime: DOCX_MIME });
    return t("consolidate.annualReportDone");
  }

  const working = action.busy;
  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t("consolidate.heading")}</h2>
      {host.workbook && (
        <section aria-labelledby="own-parameters" className={styles.root}>
          <h3 id="own-parameters" className={styles.h3}>
            {t("consolidate.parameters")}
          </h3>
          <div>
            <Button
              appearance="primary"
              disabled={working}
              onClick={() =>
                void action.run(async (excel) => {
                  setOwn(await host.workbook!.rollUp(catalogue, excel));
                  return null;
                })
              }
            >
              {t("consolidate.refresh")}
            </Button>
          </div>
          {own && <ParameterTable rows={own} caption={t("consolidate.parameters")} />}
        </section>
      )}
      <section aria-labelledby="consolidate-files" className={styles.root}>
        <h3 id="consolidate-files" className={styles.h3}>
          {t("consolidate.filesHeading")}
        </h3>
        <Text>{t("consolidate.intro")}</Text>
        <FilesPanel disabled={working} />
        {files.length > 0 && (
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void consolidate()} disabled={working}>
              {t("consolidate.run", { count: files.length })}
            </Button>
          </div>
        )}
        <JobStatus action={action} />
        {made && !result && <Text>{t("consolidate.stale")}</Text>}
      </section>
      {result && (
        <section aria-labelledby="consolidate-result" className={styles.root}>
          <h3 id="consolidate-result" className={styles.h3}>
            {t("consolidate.resultHeading")}
          </h3>
          <FollowUpBar files={result.followUp} />
          <Text>
            {t("consolidate.done", {
              files: result.files.length,
              counted: result.counted,
              conflicts: result.conflicts.length,
            })}
          </Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => {
                host.save({ name: "sammenstilling.xlsx", bytes: result.workbook, mime: XLSX_MIME });
                announce(t("consolidate.downloaded"));
              }}
            >
              {t("consolidate.download")}
            </Button>
            {host.workbook?.canOpenWorkbook() && (
              <Button
                disabled={working}
                onClick={() =>
                  void action.run(async () => {
                    await host.workbook!.openWorkbook(result.workbook);
                    return t("consolidate.opened");
                  })
                }
              >
                {t("consolidate.open")}
              </Button>
            )}
            <Button disabled={working} onClick={() => void action.run(() => downloadAnnualReport(result))}>
              {t("consolidate.annualReport")}
            </Button>
          </div>
          <More>
            <Button
              onClick={() => {
                host.save({
                  name: "sammenstilling.json",
                  bytes: JSON.stringify(result.json, null, 2),
                  mime: JSON_MIME,
                });
                announce(t("consolidate.downloaded"));
              }}
            >
              {t("consolidate.downloadJson")}
            </Button>
          </More>
          <Accordion multiple collapsible>
            <AccordionItem value="missing">
              <AccordionHeader as="h4" id="consolidate-missing">
                {t("cycle.missingHeading", { count: result.missing.length })}
              </AccordionHeader>
              <AccordionPanel>
                <MissingList result={result} labelledBy="consolidate-missing" />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="conflicts">
              <AccordionHeader as="h4">
                {t("consolidate.conflicts", { count: result.conflicts.length })}
              </AccordionHeader>
              <AccordionPanel>
                {result.conflicts.length === 0 ? (
                  <Text>{t("consolidate.noConflicts")}</Text>
                ) : (
                  <ul className={styles.list}>
                    {result.conflicts.map((c) => (
                      <li key={`${c.unit}|${c.agency}|${c.period}`}>
                        {t("consolidate.conflict", {
                          unit: c.unit,
                          agency: c.agency,
                          period: c.period,
                          files: c.files.join(", "),
                        })}
                        <br />
                        <Text size={200}>{c.message[lang]}</Text>
                      </li>
                    ))}
                  </ul>
                )}
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="totals">
              <AccordionHeader as="h4">{t("consolidate.totalsHeading")}</AccordionHeader>
              <AccordionPanel>
                <ParameterTable rows={result.parameters} caption={t("consolidate.totals")} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="charts">
              <AccordionHeader as="h4">{t("consolidate.charts")}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {result.charts.map((c) => (
                  <Chart key={c.id} data={c} />
                ))}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </section>
      )}
    </div>
  );
}
