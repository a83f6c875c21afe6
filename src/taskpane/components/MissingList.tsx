/**
 * Who has not sent yet: the expected submissions that none of the consolidated files is. The heading is the
 * result's (a fold of its own); `labelledBy` names the table by it.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../context";
import type { ConsolidationResult } from "../model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  wrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "4px 4px",
    fontWeight: tokens.fontWeightSemibold,
  },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "3px 4px", verticalAlign: "top" },
});

export function MissingList({
  result,
  labelledBy,
}: {
  result: Pick<ConsolidationResult, "missing" | "expectedFrom">;
  labelledBy: string;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const { missing, expectedFrom } = result;
  return (
    <div className={styles.root}>
      {expectedFrom === null ? (
        <Text>{t("cycle.missingUnknown")}</Text>
      ) : missing.length === 0 ? (
        <Text>{t("cycle.missingNone")}</Text>
      ) : (
        <>
          <Text>{t(expectedFrom === "list" ? "cycle.missingIntroList" : "cycle.missingIntro")}</Text>
          <div className={styles.wrap} tabIndex={0}>
            <table className={styles.table} aria-labelledby={labelledBy}>
              <thead>
                <tr>
                  {(
                    ["cycle.unit", "cycle.agency", "cycle.part", "cycle.period", "cycle.contact"] as const
                  ).map((k) => (
                    <th key={k} className={styles.th} scope="col">
                      {t(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {missing.map((m) => (
                  <tr key={`${m.unit}|${m.agency}|${m.part}|${m.period}`}>
                    <td className={styles.td}>{m.unit}</td>
                    <td className={styles.td}>{m.agency}</td>
                    <td className={styles.td}>{m.part}</td>
                    <td className={styles.td}>{m.period}</td>
                    <td className={styles.td}>{m.contact ?? t("cycle.noContact")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
