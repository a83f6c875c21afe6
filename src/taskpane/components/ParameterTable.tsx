/** Steering parameters as a table: one row per parameter, each breakdown value on a row of its own. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatShare } from "../../i18n";
import { useI18n, usePane } from "../context";
import type { ParameterRow } from "../model";
import { breakdownLabel } from "../labels";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "4px 4px",
    fontWeight: tokens.fontWeightSemibold,
  },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "3px 4px", verticalAlign: "top" },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  sub: { paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  id: { width: "34%", overflowWrap: "anywhere", fontWeight: tokens.fontWeightRegular },
});

export function ParameterTable({ rows, caption }: { rows: ParameterRow[]; caption: string }) {
  const { t, lang, num } = useI18n();
  const { catalogue } = usePane();
  const styles = useStyles();
  const spec = (id: string) => catalogue.steeringParameters.find((p) => p.id === id);
  const show = (unit: "count" | "nok" | "share" | "decimal" | undefined, v: number | null) =>
    v === null ? t("consolidate.empty") : unit === "share" ? formatShare(lang, v) : num(v);
  return (
    <div className={styles.wrap} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th className={styles.th} scope="col">
              {t("consolidate.id")}
            </th>
            <th className={styles.th} scope="col">
              {t("consolidate.name")}
            </th>
            <th className={`${styles.th} ${styles.num}`} scope="col">
              {t("consolidate.value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((p) => [
            <tr key={p.id}>
              <th className={`${styles.td} ${styles.id}`} scope="row">
                {p.id}
              </th>
              <td className={styles.td}>{spec(p.id)?.name[lang] ?? p.name}</td>
              <td className={`${styles.td} ${styles.num}`}>{show(spec(p.id)?.unit, p.value)}</td>
            </tr>,
            ...Object.entries(p.breakdown).map(([rowId, v]) => (
              <tr key={rowId}>
                <th className={`${styles.td} ${styles.id} ${styles.sub}`} scope="row">
                  {withBreak(rowId)}
                </th>
                <td className={`${styles.td} ${styles.sub}`}>
                  {breakdownLabel(catalogue, rowId.slice(rowId.indexOf("/") + 1), lang)}
                </td>
                <td className={`${styles.td} ${styles.num}`}>{show(spec(p.id)?.unit, v)}</td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </div>
  );
}

/** `SP-BM1-02/BM1-ST` may break after the slash in a narrow pane. */
function withBreak(rowId: string) {
  const i = rowId.indexOf("/");
  return i < 0 ? (
    rowId
  ) : (
    <>
      {rowId.slice(0, i + 1)}
      <wbr />
      {rowId.slice(i + 1)}
    </>
  );
}
