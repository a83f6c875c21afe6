/** Inserting the reporting template (2026.2): the plan and the steering-parameter formula compiler. */
export * from "./plan";
export * from "./formulas";
