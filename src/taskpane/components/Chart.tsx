/**
 * Small accessible SVG charts drawn without a chart library (a few kilobytes instead of a few hundred):
 * stacked horizontal bars for categories split by series, and lines over periods. Each chart has a name
 * for screen readers that carries its numbers, and the numbers as a table one click away.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useI18n } from "../context";
import { SERIES_COLOURS } from "../../core/consolidate/charts";
import type { ChartData } from "../model";

const COLOURS = SERIES_COLOURS;
/** Lines also differ in dash pattern, so colour is never the only cue. */
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 2"];
const colour = (i: number) => COLOURS[i % COLOURS.length];
const dash = (i: number) => DASHES[i % DASHES.length];

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", overflow: "visible" },
  text: { fill: tokens.colorNeutralForeground1 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  tableWrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "right" },
  head: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export function Chart({ data }: { data: ChartData }) {
  const { t, lang, num } = useI18n();
  const styles = useStyles();
  const titleId = useId();
  const title = data.title[lang];
  const hasData = data.series.some((s) => s.values.some((v) => v !== 0));
  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      {!hasData ? (
        <span>{t("consolidate.chartNoData")}</span>
      ) : data.kind === "column" ? (
        <StackedBars data={data} />
      ) : (
        <Lines data={data} />
      )}
      {hasData && data.series.length > 1 && <Legend data={data} line={data.kind === "line"} />}
      {hasData && (
        <details>
          <summary>{t("consolidate.chartShowTable")}</summary>
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={title}>
            <table className={styles.table}>
              <caption className={styles.caption}>{title}</caption>
              <thead>
                <tr>
                  <th className={styles.head} scope="col">
                    {data.categoryLabel[lang]}
                  </th>
                  {data.series.map((s) => (
                    <th key={s.id} className={styles.head} scope="col">
                      {s.name[lang]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.categories.map((c, i) => (
                  <tr key={c.id}>
                    <th className={styles.head} scope="row">
                      {c.name[lang]}
                    </th>
                    {data.series.map((s) => (
                      <td key={s.id} className={styles.cell}>
                        {num(s.values[i] ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}

function Legend({ data, line }: { data: ChartData; line: boolean }) {
  const { lang } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.legend} aria-hidden="true">
      {data.series.map((s, si) => (
        <li key={s.id}>
          <svg width="24" height="10">
            {line ? (
              <line
                x1="0"
                y1="5"
                x2="24"
                y2="5"
                stroke={colour(si)}
                strokeWidth={2}
                strokeDasharray={dash(si)}
              />
            ) : (
              <rect x="0" y="0" width="24" height="10" fill={colour(si)} />
            )}
          </svg>{" "}
          {s.name[lang]}
        </li>
      ))}
    </ul>
  );
}

/** A sentence per category (or series) with its numbers: the chart's name for screen readers. */
function spoken(data: ChartData, lang: "nb" | "en", num: (n: number) => string): string {
  if (data.kind === "line") {
    return data.series
      .map(
        (s) =>
          `${s.name[lang]}: ${data.categories.map((c, i) => `${c.name[lang]} ${num(s.values[i] ?? 0)}`).join(", ")}`,
      )
      .join("; ");
  }
  return data.categories
    .map((c, i) => {
      const total = data.series.reduce((n, s) => n + (s.values[i] ?? 0), 0);
      const parts =
        data.series.length > 1
          ? ` (${data.series.map((s) => `${s.name[lang]} ${num(s.values[i] ?? 0)}`).join(", ")})`
          : "";
      return `${c.name[lang]}: ${num(total)}${parts}`;
    })
    .join("; ");
}

/** One bar per category, label above it so long Norwegian names fit a narrow pane; series stacked. */
function StackedBars({ data }: { data: ChartData }) {
  const { lang, num } = useI18n();
  const styles = useStyles();
  const totals = data.categories.map((_, i) =>
    data.series.reduce((n, s) => n + Math.max(0, s.values[i] ?? 0), 0),
  );
  const max = Math.max(1, ...totals);
  const width = 300;
  const row = 38;
  const barMax = 230;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${data.categories.length * row + 4}`}
      role="img"
      aria-label={`${data.title[lang]}. ${spoken(data, lang, num)}`}
    >
      {data.categories.map((c, i) => {
        const y = i * row;
        let x = 0;
        const label = c.name[lang];
        return (
          <g key={c.id}>
            <text x={0} y={y + 12} fontSize={11} className={styles.text}>
              {label.length > 52 ? `${label.slice(0, 50)}…` : label}
            </text>
            {data.series.map((s, si) => {
              const w = (Math.max(0, s.values[i] ?? 0) / max) * barMax;
              const rect = (
                <rect
                  key={s.id}
                  x={x}
                  y={y + 17}
                  width={w}
                  height={14}
                  fill={colour(si)}
                  stroke="#ffffff"
                  strokeWidth={w > 2 ? 1 : 0}
                />
              );
              x += w;
              return rect;
            })}
            <text x={x + 4} y={y + 28} fontSize={11} className={styles.text}>
              {num(totals[i])}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Several series over ordered categories (periods). */
function Lines({ data }: { data: ChartData }) {
  const { lang, num } = useI18n();
  const styles = useStyles();
  const width = 300;
  const height = 170;
  const left = 44;
  const bottom = 24;
  const max = Math.max(1, ...data.series.flatMap((s) => s.values));
  const n = data.categories.length;
  const x = (i: number) =>
    left + 8 + (n <= 1 ? (width - left - 16) / 2 : (i * (width - left - 24)) / (n - 1));
  const y = (v: number) => height - bottom - (v / max) * (height - bottom - 10);
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${data.title[lang]}. ${spoken(data, lang, num)}`}
    >
      <line x1={left} y1={height - bottom} x2={width} y2={height - bottom} className={styles.axis} />
      <line x1={left} y1={10} x2={left} y2={height - bottom} className={styles.axis} />
      <text x={left - 4} y={14} fontSize={10} textAnchor="end" className={styles.text}>
        {num(max)}
      </text>
      <text x={left - 4} y={height - bottom} fontSize={10} textAnchor="end" className={styles.text}>
        0
      </text>
      {data.categories.map((c, i) => (
        <text key={c.id} x={x(i)} y={height - 6} fontSize={10} textAnchor="middle" className={styles.text}>
          {c.name[lang]}
        </text>
      ))}
      {data.series.map((s, si) => (
        <g key={s.id}>
          <polyline
            points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
            fill="none"
            stroke={colour(si)}
            strokeWidth={2}
            strokeDasharray={dash(si)}
          />
          {s.values.map((v, i) => (
            <circle key={i} cx={x(i)} cy={y(v)} r={3} fill={colour(si)} />
          ))}
        </g>
      ))}
    </svg>
  );
}
