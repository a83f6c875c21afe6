/** The value axis of the pane's charts: round steps, four to six labels from 0. */
import { axisTicks } from "../../src/core/consolidate/axis";

describe("chart value axis", () => {
  it("gives at least four labels for small counts and nothing at all", () => {
    expect(axisTicks(0)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(-4)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(12)).toEqual([0, 5, 10, 15]);
  });

  it("keeps to six labels at most, on round steps", () => {
    expect(axisTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(6)).toEqual([0, 2, 4, 6]);
    expect(axisTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axisTicks(101)).toEqual([0, 25, 50, 75, 100, 125]);
    expect(axisTicks(1234)).toEqual([0, 250, 500, 750, 1000, 1250]);
    expect(axisTicks(12_995)).toEqual([0, 5000, 10_000, 15_000]);
  });
});
