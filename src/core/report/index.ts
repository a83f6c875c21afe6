/** The joint annual report, drafted: its description as plain data, built from a consolidation. */
export * from "./describe";
export * from "./types";
