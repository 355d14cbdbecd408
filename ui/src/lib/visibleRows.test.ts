import { describe, expect, it } from "vitest";
import { LIMIT, VisibleRows } from "./visibleRows.svelte";

describe("VisibleRows", () => {
  it("draws a table of up to LIMIT rows whole, with no stand-ins", () => {
    const rows = new VisibleRows(() => LIMIT);
    expect(rows.windowed).toBe(false);
    expect([rows.from, rows.to, rows.above, rows.below]).toEqual([0, LIMIT, 0, 0]);
  });

  it("draws the first rows of a longer table and stands in for the rest below", () => {
    const rows = new VisibleRows(() => 5000);
    expect(rows.windowed).toBe(true);
    expect(rows.from).toBe(0);
    expect(rows.to).toBeGreaterThan(20);
    expect(rows.to).toBeLessThan(LIMIT);
    expect(rows.above).toBe(0);
    expect(rows.below).toBeGreaterThan(0);
  });

  it("follows the table's length: fewer rows draw whole again", () => {
    let count = 5000;
    const rows = new VisibleRows(() => count);
    expect(rows.windowed).toBe(true);
    count = 3;
    expect(rows.windowed).toBe(false);
    expect([rows.from, rows.to, rows.below]).toEqual([0, 3, 0]);
  });
});
