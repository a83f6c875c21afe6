/**
 * Colours by severity, used wherever a finding is shown in a workbook: the highlighted cell (both adapters)
 * and the severity cell on the report sheet. Office's own "Bad" (light red on dark red), "Neutral" (light
 * yellow on brown) and a light blue on dark blue for information; every pair is above 4.5:1 (WCAG AA).
 */
import type { Severity } from "./edit";

export const HIGHLIGHT_COLORS: Readonly<Record<Severity, { readonly fill: string; readonly font: string }>> =
  {
    error: { fill: "#FFC7CE", font: "#9C0006" },
    warning: { fill: "#FFEB9C", font: "#9C5700" },
    info: { fill: "#DDEBF7", font: "#1F4E78" },
  };
