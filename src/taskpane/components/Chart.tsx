/**
 * Small accessible SVG charts drawn without a chart library (a few kilobytes instead of a few hundred):
 * horizontal bars for categories, one per series side by side, and lines over periods. They are drawn in pixels at the
 * width they get, so their text stays 12 px in a 350 px pane and in a wide one, with a value axis of four to six
 * round labels. Each chart has a name for screen readers that carries its numbers, and the numbers as a table one
 * click away.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useId, useRef, useState } from "react";
import { useI18n } from "../context";
import { axisTicks } from "../../core/consolidate/axis";
import { SERIES_COLOURS } from "../../core/consolidate/charts";
import type { ChartData } from "../model";

const COLOURS = SERIES_COLOURS;
/** Lines also differ in dash pattern, so colour is never the only cue. */
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 2"];
const colour = (i: number) => COLOURS[i % COLOURS.length];
const dash = (i: number) => DASHES[i % DASHES.length];

/** Text size in pixels, whatever the width of the pane. */
const FONT = 12;
/** Roughly the width of a character of chart text, for fitting labels. */
const CHAR = 6.8;
/** The width drawn before the chart is measured (and where nothing can be measured). */
const DEFAULT_WIDTH = 300;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  svg: { display: "block", overflow: "visible" },
  text: { fill: tokens.colorNeutralForeground1 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  grid: { stroke: tokens.colorNeutralStroke2 },
  tableWrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "right" },
  head: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

/** The width of the element in pixels, followed as the pane is resized. */
function useWidth(): [(el: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = (w: number) => setWidth(w > 0 ? Math.floor(w) : DEFAULT_WIDTH);
    measure(el.clientWidth);
    observer.current = new ResizeObserver(([entry]) => measure(entry.contentRect.width));
    observer.current.observe(el);
  }, []);
  return [ref, width];
}

/** Text cut to `chars` characters, with an ellipsis when cut. */
const fit = (text: string, chars: number) =>
  text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}…` : text;

export function Chart({ data }: { data: ChartData }) {
  const { t, lang, num } = useI18n();
  const styles = useStyles();
  const titleId = useId();
  const [measured, width] = useWidth();
  const title = data.title[lang];
  const hasData = data.series.some((s) => s.values.some((v) => v !== 0));
  return (
    <figure className={styles.figure} aria-labelledby={titleId} ref={measured}>
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      {!hasData ? (
        <span>{t("consolidate.chartNoData")}</span>
      ) : data.kind === "column" ? (
        <GroupedBars data={data} width={width} />
      ) : (
        <Lines data={data} width={width} />
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
  // Each series' number, never a sum: the series need not add up (see GroupedBars).
  return data.categories
    .map(
      (c, i) =>
        `${c.name[lang]}: ${data.series.map((s) => (data.series.length > 1 ? `${s.name[lang]} ` : "") + num(s.values[i] ?? 0)).join(", ")}`,
    )
    .join("; ");
}

/** Vertical grid lines and their labels along the bottom of a bar chart, or horizontal ones up a line chart. */
function ValueAxis({
  ticks,
  at,
  from,
  to,
  vertical,
}: {
  ticks: number[];
  at: (v: number) => number;
  from: number;
  to: number;
  vertical: boolean;
}) {
  const { num } = useI18n();
  const styles = useStyles();
  return (
    <g data-axis="value">
      {ticks.map((v) =>
        vertical ? (
          <g key={v}>
            <line x1={from} y1={at(v)} x2={to} y2={at(v)} className={styles.grid} />
            <text x={from - 4} y={at(v) + FONT / 3} fontSize={FONT} textAnchor="end" className={styles.text}>
              {num(v)}
            </text>
          </g>
        ) : (
          <g key={v}>
            <line x1={at(v)} y1={from} x2={at(v)} y2={to} className={styles.grid} />
            <text x={at(v)} y={to + FONT + 2} fontSize={FONT} textAnchor="middle" className={styles.text}>
              {num(v)}
            </text>
          </g>
        ),
      )}
    </g>
  );
}

/**
 * Per category its name above, then one bar per series with its number, side by side as in the workbook's
 * clustered columns. Never stacked: a steering parameter such as joint actions counts a thing once nationally
 * even when several agencies report it, so the agencies' numbers do not add up to a total.
 */
function GroupedBars({ data, width }: { data: ChartData; width: number }) {
  const { lang, num } = useI18n();
  const styles = useStyles();
  const ticks = axisTicks(Math.max(0, ...data.series.flatMap((s) => s.values)));
  const top = ticks[ticks.length - 1];
  const bar = 12;
  const gap = 2;
  const row = FONT + 6 + data.series.length * (bar + gap) + 8;
  // Room at the right for the last axis label and for a number beyond the longest bar.
  const left = 4;
  const barMax = width - left - CHAR * Math.max(num(top).length, 4);
  const x = (v: number) => left + (v / top) * barMax;
  const plotBottom = data.categories.length * row + 2;
  return (
    <svg
      className={styles.svg}
      width={width}
      height={plotBottom + FONT + 6}
      role="img"
      aria-label={`${data.title[lang]}. ${spoken(data, lang, num)}`}
    >
      <ValueAxis ticks={ticks} at={x} from={0} to={plotBottom} vertical={false} />
      {data.categories.map((c, i) => {
        const y = i * row;
        return (
          <g key={c.id}>
            <text x={left} y={y + FONT + 1} fontSize={FONT} className={styles.text}>
              {fit(c.name[lang], Math.floor((width - left) / CHAR))}
            </text>
            {data.series.map((s, si) => {
              const v = Math.max(0, s.values[i] ?? 0);
              const by = y + FONT + 6 + si * (bar + gap);
              return (
                <g key={s.id}>
                  <rect x={left} y={by} width={x(v) - left} height={bar} fill={colour(si)} />
                  <text x={x(v) + 4} y={by + bar - 2} fontSize={FONT - 2} className={styles.text}>
                    {num(v)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** Several series over ordered categories (periods), with a value axis of round labels. */
function Lines({ data, width }: { data: ChartData; width: number }) {
  const { lang, num } = useI18n();
  const styles = useStyles();
  const height = 200;
  const ticks = axisTicks(Math.max(0, ...data.series.flatMap((s) => s.values)));
  const top = ticks[ticks.length - 1];
  const left = 8 + CHAR * Math.max(...ticks.map((v) => num(v).length));
  const bottom = FONT + 12;
  const right = 12;
  const n = data.categories.length;
  const plotWidth = width - left - right;
  const x = (i: number) => left + (n <= 1 ? plotWidth / 2 : (i * plotWidth) / (n - 1));
  const y = (v: number) => height - bottom - (v / top) * (height - bottom - FONT);
  // Every period is named where the names fit; otherwise every second, third, ... and always the last.
  const label = Math.max(...data.categories.map((c) => c.name[lang].length)) * CHAR + 8;
  const every = Math.max(1, Math.ceil((label * n) / (plotWidth + label)));
  const named = (i: number) => (n - 1 - i) % every === 0;
  return (
    <svg
      className={styles.svg}
      width={width}
      height={height}
      role="img"
      aria-label={`${data.title[lang]}. ${spoken(data, lang, num)}`}
    >
      <ValueAxis ticks={ticks} at={y} from={left} to={width - right} vertical />
      <line x1={left} y1={height - bottom} x2={width - right} y2={height - bottom} className={styles.axis} />
      <line x1={left} y1={FONT} x2={left} y2={height - bottom} className={styles.axis} />
      {data.categories.map(
        (c, i) =>
          named(i) && (
            <text
              key={c.id}
              x={x(i)}
              y={height - 4}
              fontSize={FONT}
              textAnchor={n > 1 && i === n - 1 ? "end" : n > 1 && i === 0 ? "start" : "middle"}
              className={styles.text}
            >
              {c.name[lang]}
            </text>
          ),
      )}
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
