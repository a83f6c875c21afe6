/**
 * Findings of one or many files, most severe first: the count line, a filter by severity and a search, then the
 * errors, the warnings and the notes, each under its own heading. In Excel each finding selects its cell; in file
 * mode it shows the file, the cell address and what the cell holds.
 */
import { Badge, Button, Checkbox, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState, type Ref } from "react";
import { bySeverity, type Finding, type Severity } from "../../core/model/finding";
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
  filters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    border: "none",
    padding: 0,
    margin: 0,
  },
  legend: { padding: 0 },
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
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  h3: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
});

export interface FindingsListProps {
  checked: CheckedFile[];
  /** The count line, first in the list; by default the counts per severity. */
  summary?: string;
  /** Given the count line, which an action's outcome focuses (see `useAction`). */
  summaryRef?: Ref<HTMLElement>;
  /** Present in Excel: selects the finding's cell in the open workbook. */
  onSelect?: (sheet: string, cell: string) => void;
}

interface Listed {
  file: CheckedFile;
  finding: Finding;
}

export function FindingsList({ checked, summary, summaryRef, onSelect }: FindingsListProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const id = useId();

  const all = useMemo(() => bySeverity(checked), [checked]);
  const counts = useMemo(() => countBySeverity(all.map((x) => x.finding)), [all]);

  const matching = useMemo(() => {
    const q = query.trim().toLocaleLowerCase(lang);
    return all.filter(
      ({ file, finding: f }) =>
        shown[f.severity] &&
        (!q ||
          [renderFinding(f, lang).message, file.file, f.sheet, f.cell, f.column, f.value, f.rule]
            .filter((s): s is string => !!s)
            .some((s) => s.toLocaleLowerCase(lang).includes(q))),
    );
  }, [all, shown, query, lang]);

  const visible = matching.slice(0, limit);
  const clean = checked.filter((c) => c.findings.length === 0).map((c) => c.file);
  const showFile = checked.length > 1 || !onSelect;
  return (
    <div className={styles.root}>
      <Text weight="semibold" ref={summaryRef} tabIndex={-1}>
        {summary ??
          t("check.summary", { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </Text>
      <fieldset className={styles.filters}>
        <legend className={styles.legend}>{t("check.filterSeverity")}</legend>
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
        {t("check.shown", { shown: matching.length, total: all.length })}
      </Text>
      {SEVERITIES.map((s) => {
        const items = visible.filter((x) => x.finding.severity === s);
        if (items.length === 0) return null;
        return (
          <section key={s} aria-labelledby={`${id}-${s}`}>
            <h3 id={`${id}-${s}`} className={styles.h3}>
              {t(`check.severities.${s}`, { count: matching.filter((x) => x.finding.severity === s).length })}
            </h3>
            <ul className={styles.list}>
              {items.map((x, i) => (
                <FindingItem key={i} listed={x} showFile={showFile} onSelect={onSelect} />
              ))}
            </ul>
          </section>
        );
      })}
      {clean.length > 0 && (
        <Text size={200}>{t("check.clean", { count: clean.length, files: clean.join(", ") })}</Text>
      )}
      {matching.length > limit && (
        <Button onClick={() => setLimit((l) => l + PAGE)}>
          {t("check.more", { count: Math.min(PAGE, matching.length - limit) })}
        </Button>
      )}
    </div>
  );
}

function FindingItem({
  listed: { file, finding: f },
  showFile,
  onSelect,
}: {
  listed: Listed;
  showFile: boolean;
  onSelect?: FindingsListProps["onSelect"];
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { message, hint } = renderFinding(f, lang);
  const place = [
    f.sheet ? t("check.sheet", { sheet: f.sheet }) : t("check.workbookLevel"),
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
      {showFile && <span className={styles.meta}>{file.file}</span>}
      <span className={styles.meta}>{place.join(" · ")}</span>
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
