/**
 * Small accessible SVG charts drawn without a chart library: horizontal bars for one series, lines for
 * several periods. Each chart has a name for screen readers and its numbers as a table one click away.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useI18n } from "../context";
import type { ChartData } from "../model";

/** Series colours with at least 3:1 contrast against white; lines also differ in dash pattern. */
const COLOURS = ["#0f6cbd", "#c50f1f", "#0e700e", "#8a3707", "#5c2e91", "#424242"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"];

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", overflow: "visible" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "right" },
  head: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
  },
});

export function Chart({ data, title }: { data: ChartData; title: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const titleId = useId();
  const hasData = data.series.some((s) => s.values.some((v) => v !== null && v !== 0));
  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      {!hasData ? (
        <span>{t("consolidate.chartNoData")}</span>
      ) : data.series.length === 1 && data.id !== "trend" ? (
        <Bars data={data} title={title} />
      ) : (
        <Lines data={data} title={title} />
      )}
      {hasData && (
        <details>
          <summary>{t("consolidate.chartShowTable")}</summary>
          <table className={styles.table}>
            <caption className={styles.caption}>{title}</caption>
            <thead>
              <tr>
                <th className={styles.head} scope="col">
                  {t("consolidate.category")}
                </th>
                {data.series.map((s) => (
                  <th key={s.key} className={styles.head} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.categories.map((c, i) => (
                <tr key={c.key}>
                  <th className={styles.head} scope="row">
                    {c.label}
                  </th>
                  {data.series.map((s) => (
                    <td key={s.key} className={styles.cell}>
                      <Value v={s.values[i]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

function Value({ v }: { v: number | null | undefined }) {
  const { num, t } = useI18n();
  return <>{v === null || v === undefined ? t("consolidate.empty") : num(v)}</>;
}

/** One series as horizontal bars, each with its label above it (long Norwegian names fit a narrow pane). */
function Bars({ data, title }: { data: ChartData; title: string }) {
  const { num } = useI18n();
  const styles = useStyles();
  const values = data.series[0].values.map((v) => v ?? 0);
  const max = Math.max(1, ...values);
  const width = 300;
  const row = 38;
  const barMax = 230;
  const summary = data.categories.map((c, i) => `${c.label}: ${num(values[i])}`).join("; ");
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${data.categories.length * row + 4}`}
      role="img"
      aria-label={`${title}. ${summary}`}
    >
      {data.categories.map((c, i) => {
        const y = i * row;
        const w = Math.max(values[i] > 0 ? 2 : 0, (values[i] / max) * barMax);
        return (
          <g key={c.key}>
            <text x={0} y={y + 12} fontSize={11} style={{ fill: tokens.colorNeutralForeground1 }}>
              {c.label.length > 52 ? `${c.label.slice(0, 50)}…` : c.label}
            </text>
            <rect x={0} y={y + 17} width={w} height={14} fill={COLOURS[0]} rx={2} />
            <text x={w + 4} y={y + 28} fontSize={11} style={{ fill: tokens.colorNeutralForeground1 }}>
              {num(values[i])}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Several series over ordered categories (periods), with a legend that repeats colour and dash. */
function Lines({ data, title }: { data: ChartData; title: string }) {
  const { num } = useI18n();
  const styles = useStyles();
  const width = 300;
  const height = 160;
  const left = 40;
  const bottom = 24;
  const all = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(1, ...all);
  const n = data.categories.length;
  const x = (i: number) => left + (n <= 1 ? (width - left) / 2 : (i * (width - left - 10)) / (n - 1));
  const y = (v: number) => height - bottom - (v / max) * (height - bottom - 10);
  const summary = data.series
    .map(
      (s) =>
        `${s.label}: ${data.categories.map((c, i) => `${c.label} ${s.values[i] === null ? "–" : num(s.values[i] ?? 0)}`).join(", ")}`,
    )
    .join("; ");
  return (
    <>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}. ${summary}`}
      >
        <line
          x1={left}
          y1={height - bottom}
          x2={width}
          y2={height - bottom}
          style={{ stroke: tokens.colorNeutralStroke1 }}
        />
        <line
          x1={left}
          y1={10}
          x2={left}
          y2={height - bottom}
          style={{ stroke: tokens.colorNeutralStroke1 }}
        />
        <text
          x={left - 4}
          y={14}
          fontSize={10}
          textAnchor="end"
          style={{ fill: tokens.colorNeutralForeground1 }}
        >
          {num(max)}
        </text>
        <text
          x={left - 4}
          y={height - bottom}
          fontSize={10}
          textAnchor="end"
          style={{ fill: tokens.colorNeutralForeground1 }}
        >
          0
        </text>
        {data.categories.map((c, i) => (
          <text
            key={c.key}
            x={x(i)}
            y={height - 6}
            fontSize={10}
            textAnchor="middle"
            style={{ fill: tokens.colorNeutralForeground1 }}
          >
            {c.label}
          </text>
        ))}
        {data.series.map((s, si) => {
          const points = s.values
            .map((v, i) => (v === null ? null : `${x(i)},${y(v)}`))
            .filter((p): p is string => p !== null);
          const colour = COLOURS[si % COLOURS.length];
          return (
            <g key={s.key}>
              <polyline
                points={points.join(" ")}
                fill="none"
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={DASHES[si % DASHES.length]}
              />
              {s.values.map((v, i) =>
                v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={3} fill={colour} />,
              )}
            </g>
          );
        })}
      </svg>
      <div className={styles.legend} aria-hidden="true">
        {data.series.map((s, si) => (
          <span key={s.key}>
            <svg width="24" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="24"
                y2="5"
                stroke={COLOURS[si % COLOURS.length]}
                strokeWidth={2}
                strokeDasharray={DASHES[si % DASHES.length]}
              />
            </svg>{" "}
            {s.label}
          </span>
        ))}
      </div>
    </>
  );
}
