/**
 * Katalog: browse and search instruments. Under "Mer": the catalogue's source, each instrument's provenance, and
 * the secretariat's action, loading a revised catalogue (checked first). The filters go back to "Alle" by choice,
 * so their drop-downs have no clear button (Fluent's would be named in English, "Clear selection").
 */
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { defaultCatalogue } from "../../catalogue";
import { parseCatalogue } from "../../catalogue/check";
import { goals, groupings } from "../../catalogue/select";
import type { Instrument } from "../../catalogue/schema";
import { formatDate } from "../../core/dates";
import { FilePicker } from "../components/FilePicker";
import { More } from "../components/More";
import { useI18n, usePane } from "../context";
import type { MessageKey } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
  filters: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, display: "block" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "12em", overflowY: "auto" },
});

const ALL = "*";
/** How the bundled catalogues write the source's mark for the tax collector (skatteoppkreveren). */
const TAX_COLLECTOR_MARK = "(tax-collector mark)";

export function CatalogueSection() {
  const { t, lang } = useI18n();
  const { catalogue, catalogueSource, setCatalogue, announce } = usePane();
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [goal, setGoal] = useState(ALL);
  const [grouping, setGrouping] = useState(ALL);
  const [agency, setAgency] = useState(ALL);
  const [rejected, setRejected] = useState<{ file: string; problems: string[] } | null>(null);
  const [provenance, setProvenance] = useState(false);
  // The source's marks are its own notation (x per agency column), except one described in words.
  const marksText = (marks: string) =>
    marks === TAX_COLLECTOR_MARK ? t("catalogue.marks.taxCollector") : marks;

  const goalList = goals(catalogue);
  const groupingList = groupings(catalogue, goal === ALL ? undefined : goal);
  const name = (id: string) => catalogue.lookup.taxonomy.get(id)?.name[lang] ?? id;
  const agencyName = (id: string) => catalogue.lookup.agency.get(id)?.name[lang] ?? id;

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase(lang);
    return catalogue.instruments.filter(
      (i: Instrument) =>
        (goal === ALL || i.goal === goal) &&
        (grouping === ALL || i.grouping === grouping) &&
        (agency === ALL || i.agencies.includes(agency)) &&
        (!q ||
          [i.id, i.name.nb, i.name.en, i.subcategory ?? ""].some((s) =>
            s.toLocaleLowerCase(lang).includes(q),
          )),
    );
  }, [catalogue, query, goal, grouping, agency, lang]);

  function load(text: string, file: string) {
    const r = parseCatalogue(text);
    if (!r.ok) {
      const problems = r.problems.map((p) => (p.path ? `${p.path}: ${p.message[lang]}` : p.message[lang]));
      setRejected({ file, problems });
      announce(`${t("catalogue.rejected", { file })} ${problems.length}`);
      return;
    }
    setRejected(null);
    setCatalogue(r.catalogue, { kind: "file", name: file }, text);
    setGoal(ALL);
    setGrouping(ALL);
    setAgency(ALL);
    announce(t("catalogue.loaded", { version: r.catalogue.version }));
  }

  const filter = (
    label: string,
    value: string,
    set: (v: string) => void,
    options: { id: string; label: string }[],
  ) => (
    <Field label={label}>
      <Dropdown
        clearButton={null}
        value={value === ALL ? t("common.all") : (options.find((o) => o.id === value)?.label ?? value)}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => d.optionValue && set(d.optionValue)}
      >
        <Option value={ALL}>{t("common.all")}</Option>
        {options.map((o) => (
          <Option key={o.id} value={o.id}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t("catalogue.heading")}</h2>
      <div>
        <Text weight="semibold" block>
          {catalogue.description[lang]}
        </Text>
        <Text block size={200}>
          {t("catalogue.version", { version: catalogue.version, published: formatDate(catalogue.published) })}{" "}
          ·{" "}
          {catalogueSource.kind === "bundled"
            ? t("catalogue.bundled")
            : t("catalogue.revised", { file: catalogueSource.name })}
        </Text>
      </div>
      <div className={styles.filters}>
        <Field label={t("catalogue.search")}>
          <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        {filter(
          t("catalogue.goal"),
          goal,
          (v) => {
            setGoal(v);
            setGrouping(ALL);
          },
          goalList.map((g) => ({ id: g.id, label: `${g.id} ${g.name[lang]}` })),
        )}
        {filter(
          t("catalogue.grouping"),
          grouping,
          setGrouping,
          groupingList.map((g) => ({ id: g.id, label: g.name[lang] })),
        )}
        {filter(
          t("catalogue.agency"),
          agency,
          setAgency,
          catalogue.agencies.map((a) => ({ id: a.id, label: a.name[lang] })),
        )}
      </div>
      <More>
        <Text size={200}>
          {t("catalogue.source")}:{" "}
          {typeof catalogue.source === "string" ? catalogue.source : catalogue.source[lang]}
        </Text>
        <Switch
          label={t("catalogue.showProvenance")}
          checked={provenance}
          onChange={(_, d) => setProvenance(d.checked)}
        />
        <Text size={200}>{t("catalogue.loadHint")}</Text>
        <FilePicker
          extension=".json"
          multiple={false}
          label={t("catalogue.load")}
          onFiles={(files, problems) => {
            if (problems.length) setRejected({ file: "", problems });
            const f = files[0];
            if (f) load(new TextDecoder("utf-8").decode(f.bytes), f.name);
          }}
        />
        {catalogueSource.kind === "file" && (
          <Button
            appearance="subtle"
            onClick={() => {
              const c = defaultCatalogue();
              setCatalogue(c, { kind: "bundled" }, null);
              announce(t("catalogue.loaded", { version: c.version }));
            }}
          >
            {t("catalogue.reset")}
          </Button>
        )}
      </More>
      {rejected && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("catalogue.rejected", { file: rejected.file })}</MessageBarTitle>
            <ul className={styles.problems} tabIndex={0} aria-label={t("catalogue.problems")}>
              {rejected.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Text role="status">
        {t("catalogue.count", { shown: shown.length, total: catalogue.instruments.length })}
      </Text>
      {shown.length === 0 ? (
        <Text>{t("catalogue.noMatch")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("catalogue.heading")}>
          {shown.map((i) => (
            <li key={i.id} className={styles.item}>
              <Text weight="semibold" block>
                {i.id} {i.name[lang]}
              </Text>
              {i.help ? <Text block>{i.help[lang]}</Text> : null}
              <span className={styles.meta}>
                {i.goal} · {name(i.grouping)}
                {i.subcategory ? ` · ${i.subcategory}` : ""}
              </span>
              <span className={styles.meta}>
                {t("catalogue.agencies")}: {i.agencies.length ? i.agencies.map(agencyName).join(", ") : "–"} ·{" "}
                {t("catalogue.speed")}:{" "}
                {t(i.speed ? (`catalogue.speed.${i.speed}` as MessageKey) : "catalogue.speed.none")}
              </span>
              {provenance && (
                <span className={styles.meta}>
                  {t("catalogue.provenance")}: {t(`catalogue.basis.${i.provenance.agenciesBasis}`)}
                  {i.provenance.marksInSource
                    ? ` (${t("catalogue.marks", { marks: marksText(i.provenance.marksInSource) })})`
                    : ""}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
