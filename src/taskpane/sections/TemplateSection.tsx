/**
 * Maler: insert (Excel) or download (file mode) a reporting template for a unit, agency and period. Every choice
 * is required, so the drop-downs have no clear button (Fluent's would be named in English, "Clear selection").
 */
import { Button, Dropdown, Field, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { instrumentsForAgency, templateSheetNames } from "../../catalogue/select";
import { JobStatus } from "../components/JobStatus";
import { NameClashDialog } from "../components/NameClashDialog";
import { locale } from "../../i18n";
import { useI18n, usePane } from "../context";
import type { TemplateRequest } from "../host";
import { currentTertial, periodId, yearChoices, type PeriodKind } from "../period";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "120px" },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

const KINDS: PeriodKind[] = ["T1", "T2", "T3", "year"];

export function TemplateSection({ now = new Date() }: { now?: Date }) {
  const { t, lang } = useI18n();
  const { host, catalogue, announce } = usePane();
  const styles = useStyles();
  const start = useMemo(() => currentTertial(now), [now]);
  const [unit, setUnit] = useState(catalogue.units[0]?.id ?? "");
  const [agency, setAgency] = useState(catalogue.agencies[0]?.id ?? "");
  const [chosenPart, setPart] = useState<"centre" | "line">("centre");
  const [year, setYear] = useState(start.year);
  const [kind, setKind] = useState<PeriodKind>(start.kind);
  const action = useAction();
  const [clash, setClash] = useState<{ clashes: string[]; existingSheets: string[] } | null>(null);

  // A revised catalogue may drop the unit or agency chosen before.
  const unitId = catalogue.lookup.unit.has(unit) ? unit : (catalogue.units[0]?.id ?? "");
  const agencyId = catalogue.lookup.agency.has(agency) ? agency : (catalogue.agencies[0]?.id ?? "");
  const unitName = catalogue.lookup.unit.get(unitId)?.name[lang] ?? unitId;
  const agencyName = catalogue.lookup.agency.get(agencyId)?.name[lang] ?? agencyId;
  const instrumentCount = instrumentsForAgency(catalogue, agencyId).length;
  const kindLabel = (k: PeriodKind) =>
    k === "year" ? t("templates.wholeYear") : t("templates.tertial", { n: k.slice(1) });
  const period = periodId(year, kind);
  // Innsats (2026.2 on): LINJE is the agency line's national work only.
  const parts = catalogue.template.cover.fields.some((f) => f.key === "part");
  const part = unitId === "LINJE" ? "line" : chosenPart;
  const partLabel = (p: "centre" | "line") =>
    t(p === "line" ? "templates.part.line" : "templates.part.centre");

  const make = (renames: Record<string, string>) =>
    action.run(async (excel) => {
      const request: TemplateRequest = { unit: unitId, agency: agencyId, period, ...(parts ? { part } : {}) };
      const outcome = await host.makeTemplate(catalogue, request, renames, excel);
      if (!outcome.ok) {
        setClash({ clashes: outcome.clashes, existingSheets: outcome.existingSheets });
        return null;
      }
      setClash(null);
      // What to do next, after what was done: fill in the tables, then check before sending.
      const sheets = new Intl.ListFormat(locale(lang), { type: "conjunction" }).format(
        catalogue.template.tables.map((s) => renames[s.name] ?? s.name),
      );
      return outcome.kind === "inserted"
        ? `${t("templates.inserted", { unit: unitName, agency: agencyName, period })} ${t("templates.next.inserted", { sheets })}`
        : `${t("templates.downloaded", { file: outcome.name })} ${t("templates.next.downloaded", { sheets })}`;
    });

  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t("templates.heading")}</h2>
      <Text>{t("templates.intro")}</Text>
      <Field label={t("templates.unit")}>
        <Dropdown
          clearButton={null}
          value={unitName}
          selectedOptions={[unitId]}
          onOptionSelect={(_, d) => d.optionValue && setUnit(d.optionValue)}
        >
          {catalogue.units.map((u) => (
            <Option key={u.id} value={u.id}>
              {u.name[lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("templates.agency")}>
        <Dropdown
          clearButton={null}
          value={agencyName}
          selectedOptions={[agencyId]}
          onOptionSelect={(_, d) => d.optionValue && setAgency(d.optionValue)}
        >
          {catalogue.agencies.map((a) => (
            <Option key={a.id} value={a.id}>
              {a.name[lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {parts ? (
        <Field label={t("templates.part")} hint={t("templates.part.hint")}>
          <Dropdown
            clearButton={null}
            value={partLabel(part)}
            selectedOptions={[part]}
            disabled={unitId === "LINJE"}
            onOptionSelect={(_, d) => d.optionValue && setPart(d.optionValue as "centre" | "line")}
          >
            <Option value="centre">{partLabel("centre")}</Option>
            <Option value="line">{partLabel("line")}</Option>
          </Dropdown>
        </Field>
      ) : null}
      <div className={styles.row}>
        <Field label={t("templates.year")} className={styles.grow}>
          <Dropdown
            clearButton={null}
            value={String(year)}
            selectedOptions={[String(year)]}
            onOptionSelect={(_, d) => d.optionValue && setYear(Number(d.optionValue))}
          >
            {yearChoices(now).map((y) => (
              <Option key={y} value={String(y)}>
                {String(y)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("templates.periodKind")} className={styles.grow}>
          <Dropdown
            clearButton={null}
            value={kindLabel(kind)}
            selectedOptions={[kind]}
            onOptionSelect={(_, d) => d.optionValue && setKind(d.optionValue as PeriodKind)}
          >
            {KINDS.map((k) => (
              <Option key={k} value={k}>
                {kindLabel(k)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Text size={200}>
        {t("templates.period")}: <strong>{period}</strong>.{" "}
        {instrumentCount === 0
          ? t("templates.noInstruments", { agency: agencyName })
          : t("templates.instrumentCount", { count: instrumentCount, agency: agencyName })}
      </Text>
      <div>
        <Button appearance="primary" disabled={action.busy} onClick={() => void make({})}>
          {host.kind === "excel" ? t("templates.insert") : t("templates.download")}
        </Button>
      </div>
      <JobStatus action={action} />
      {clash && (
        <NameClashDialog
          clashes={clash.clashes}
          existingSheets={clash.existingSheets}
          templateSheets={templateSheetNames(catalogue)}
          onApply={(renames) => void make(renames)}
          onCancel={() => {
            setClash(null);
            announce(t("common.cancelled"));
          }}
        />
      )}
    </div>
  );
}
