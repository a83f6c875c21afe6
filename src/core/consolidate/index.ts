/** Consolidation of many returned workbooks (or consolidations) for a region or the nation. */
export * from "./charts";
export * from "./consolidate";
export * from "./cycle";
export * from "./layout";
export { isConsolidatedWorkbook } from "./read";
export * from "./plan";
export * from "./report";
export * from "./types";
