/** Deterministic sample workbooks (a year of returned templates), for tests, the benchmark and the task pane. */
export * from "./generate";
export { Random } from "./random";
