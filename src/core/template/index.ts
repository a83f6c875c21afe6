/** Inserting reporting template 2026.1: the plan and the steering-parameter formula compiler. */
export * from "./plan";
export * from "./formulas";
