/**
 * Findings grouped by file and sheet, filterable by severity and text, with counts. In Excel each
 * finding selects its cell; in file mode it shows the cell address and what the cell holds.
 */
import { Badge, Button, Checkbox, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { SEVERITY_ORDER, type Finding, type Severity } from "../../core/model/finding";
import { renderFinding } from "../../core/validation/render";
import { useI18n } from "../context";
import { countBySeverity, type CheckedFile } from "../model";

const PAGE = 200;
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingVerticalXS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  h3: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
  h4: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalXS} 0 0` },
});

export interface FindingsListProps {
  checked: CheckedFile[];
  /** Present in Excel: selects the finding's cell in the open workbook. */
  onSelect?: (sheet: string, cell: string) => void;
}

interface Group {
  file: CheckedFile;
  sheets: { sheet: string | null; findings: Finding[] }[];
}

export function FindingsList({ checked, onSelect }: FindingsListProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(PAGE);

  const all = useMemo(() => checked.flatMap((c) => c.findings), [checked]);
  const counts = useMemo(() => countBySeverity(all), [all]);

  const { groups, total } = useMemo(() => {
    const q = query.trim().toLocaleLowerCase(lang);
    const matches = (f: Finding) =>
      shown[f.severity] &&
      (!q ||
        [renderFinding(f, lang).message, f.sheet, f.cell, f.column, f.value, f.rule]
          .filter((s): s is string => !!s)
          .some((s) => s.toLocaleLowerCase(lang).includes(q)));
    let total = 0;
    const groups: Group[] = checked.map((file) => {
      const bySheet = new Map<string | null, Finding[]>();
      for (const f of file.findings) {
        if (!matches(f)) continue;
        total++;
        const list = bySheet.get(f.sheet) ?? [];
        list.push(f);
        bySheet.set(f.sheet, list);
      }
      const sheets = [...bySheet.entries()].map(([sheet, findings]) => ({
        sheet,
        findings: findings.sort(
          (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0),
        ),
      }));
      return { file, sheets };
    });
    return { groups, total };
  }, [checked, shown, query, lang]);

  const clean = checked.filter((c) => c.findings.length === 0).map((c) => c.file);
  let budget = limit;
  const showFile = checked.length > 1 || !onSelect;
  return (
    <div className={styles.root}>
      <Text weight="semibold">
        {t("check.summary", { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </Text>
      <fieldset className={styles.filters} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend style={{ padding: 0 }}>{t("check.filterSeverity")}</legend>
        {SEVERITIES.map((s) => (
          <Checkbox
            key={s}
            label={t(`check.severities.${s}`, { count: counts[s] })}
            checked={shown[s]}
            onChange={(_, d) => setShown((prev) => ({ ...prev, [s]: d.checked === true }))}
          />
        ))}
      </fieldset>
      <Field label={t("check.search")}>
        <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <Text role="status" size={200}>
        {t("check.shown", { shown: total, total: all.length })}
      </Text>
      {groups
        .filter((g) => g.sheets.length > 0)
        .map(({ file, sheets }) => (
          <section key={file.file} aria-label={file.file}>
            {showFile && (
              <h3 className={styles.h3}>
                {t("check.fileGroup", { file: file.file })}
                {file.submission && (
                  <Text size={200} block weight="regular">
                    {t("check.submission", {
                      unit: file.submission.unit ?? "?",
                      agency: file.submission.agency ?? "?",
                      period: file.submission.period ?? "?",
                    })}
                  </Text>
                )}
              </h3>
            )}
            {sheets.map(({ sheet, findings }) => {
              const visible = findings.slice(0, Math.max(0, budget));
              budget -= visible.length;
              if (visible.length === 0) return null;
              return (
                <div key={sheet ?? ""}>
                  <h4 className={styles.h4}>
                    {t("check.sheetGroup", {
                      sheet: sheet ?? t("check.workbookLevel"),
                      count: findings.length,
                    })}
                  </h4>
                  <ul className={styles.list}>
                    {visible.map((f, i) => (
                      <FindingItem key={i} finding={f} onSelect={onSelect} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        ))}
      {clean.length > 0 && (
        <Text size={200}>{t("check.clean", { count: clean.length, files: clean.join(", ") })}</Text>
      )}
      {total > limit && (
        <Button onClick={() => setLimit((l) => l + PAGE)}>
          {t("check.more", { count: Math.min(PAGE, total - limit) })}
        </Button>
      )}
    </div>
  );
}

function FindingItem({
  finding: f,
  onSelect,
}: {
  finding: Finding;
  onSelect?: FindingsListProps["onSelect"];
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { message, hint } = renderFinding(f, lang);
  const meta = [
    f.cell ? t("check.cell", { cell: f.cell }) : f.row !== null ? t("check.row", { row: f.row }) : null,
    f.column ? t("check.column", { column: f.column }) : null,
    f.value !== null && f.value !== "" ? t("check.value", { value: f.value }) : null,
  ].filter((s): s is string => s !== null);
  return (
    <li className={`${styles.item} ${styles[f.severity]}`}>
      <span className={styles.line}>
        <Badge appearance="tint" color={BADGE[f.severity]}>
          {t(`check.severity.${f.severity}`)}
        </Badge>
        <Text>{message}</Text>
      </span>
      {meta.length > 0 && <span className={styles.meta}>{meta.join(" · ")}</span>}
      {hint && <span className={styles.meta}>{t("check.hint", { hint })}</span>}
      {onSelect && f.sheet && f.cell && (
        <span>
          <Button
            size="small"
            appearance="secondary"
            onClick={() => onSelect(f.sheet!, f.cell!)}
            aria-label={t("check.goTo", { cell: f.cell, sheet: f.sheet })}
          >
            {f.cell}
          </Button>
        </span>
      )}
    </li>
  );
}
