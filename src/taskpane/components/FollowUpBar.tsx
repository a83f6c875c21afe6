/**
 * The top of a consolidation's result: every file that was not counted, with why and what to do, and every file
 * with errors (a personal ID number, an unknown instrument id, text in a number cell, ...), each kind of error
 * once, where it first is and what to do. The workbook's Funn sheet keeps every finding.
 */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { FileAttention } from "../../core/consolidate/attention";
import type { Finding } from "../../core/model/finding";
import { renderFinding } from "../../core/validation/render";
import { useI18n, type I18n } from "../context";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  files: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  file: { overflowWrap: "anywhere" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** How many files are not counted and how many have errors, in a sentence or two; empty when none. */
export function followUpSummary(t: I18n["t"], files: FileAttention[]): string {
  const notCounted = files.filter((f) => f.notCounted).length;
  const withErrors = files.filter((f) => f.errors.length > 0).length;
  return [
    notCounted > 0 && t("consolidate.notCountedCount", { count: notCounted }),
    withErrors > 0 && t("consolidate.withErrorsCount", { count: withErrors }),
  ]
    .filter(Boolean)
    .join(" ");
}

export function FollowUpBar({ files }: { files: FileAttention[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (files.length === 0) return null;
  const serious = files.some((f) => f.errors.length > 0 || f.notCounted?.severity === "error");
  return (
    <MessageBar intent={serious ? "error" : "warning"} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t("consolidate.followUpTitle")}</MessageBarTitle>
        <Text block>{followUpSummary(t, files)}</Text>
        <ul className={styles.files}>
          {files.map((f) => (
            <li key={f.file} className={styles.file}>
              <Text weight="semibold" block>
                {f.file}
              </Text>
              {f.notCounted && <Said finding={f.notCounted} notCounted />}
              {f.errors.length > 0 && (
                <ul className={styles.errors}>
                  {f.errors.map((e) => (
                    <li key={e.first.rule}>
                      <Said finding={e.first} />
                      {e.count > 1 && (
                        <Text block size={200}>
                          {t("consolidate.errorMore", { count: e.count - 1 })}
                        </Text>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        <Text block size={200}>
          {t("consolidate.followUpAll")}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A finding's message (with its sheet and cell when it has them) and what to do. */
function Said({ finding, notCounted = false }: { finding: Finding; notCounted?: boolean }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { message, hint } = renderFinding(finding, lang);
  const text = notCounted
    ? t("consolidate.notCounted", { reason: message })
    : finding.sheet && finding.cell
      ? t("consolidate.errorAt", { sheet: finding.sheet, cell: finding.cell, message })
      : message;
  return (
    <>
      <Text block>{text}</Text>
      <Text block size={200} className={styles.hint}>
        {t("check.hint", { hint })}
      </Text>
    </>
  );
}
