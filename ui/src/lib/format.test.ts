import { describe, expect, it } from "vitest";
import {
  EMPTY,
  formatAmount,
  formatDate,
  formatKronor,
  formatOptionalAmount,
  formatPromille,
} from "./format";

const NBSP = "\u00a0";

describe("formatAmount", () => {
  it("groups thousands the Swedish way with no-break spaces", () => {
    expect(formatAmount(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatAmount(999)).toBe("999");
    expect(formatAmount(0)).toBe("0");
    expect(formatAmount(10_000_000_000)).toBe(`10${NBSP}000${NBSP}000${NBSP}000`);
  });

  it("uses the typographic minus for negative amounts", () => {
    expect(formatAmount(-1500)).toBe(`−1${NBSP}500`);
  });

  it("never shows decimals", () => {
    expect(formatAmount(1000.4)).toBe(`1${NBSP}000`);
  });
});

describe("formatKronor", () => {
  it("adds kr after a no-break space", () => {
    expect(formatKronor(1234567)).toBe(`1${NBSP}234${NBSP}567${NBSP}kr`);
  });
});

describe("formatOptionalAmount", () => {
  it("shows a dash when nothing is registered, and zero as zero", () => {
    expect(formatOptionalAmount(null)).toBe(EMPTY);
    expect(formatOptionalAmount(undefined)).toBe(EMPTY);
    expect(formatOptionalAmount(0)).toBe("0");
  });
});

describe("formatDate", () => {
  it("shows ISO dates as they are", () => {
    expect(formatDate("2026-04-15")).toBe("2026-04-15");
  });

  it("formats a Date as its local ISO date, zero-padded", () => {
    expect(formatDate(new Date(2027, 3, 5))).toBe("2027-04-05");
  });

  it("shows a dash for a missing date", () => {
    expect(formatDate(null)).toBe(EMPTY);
    expect(formatDate("")).toBe(EMPTY);
  });
});

describe("formatPromille", () => {
  it("shows tenths of a per cent with a decimal comma and a typographic minus", () => {
    expect(formatPromille(123)).toBe(`12,3${NBSP}%`);
    expect(formatPromille(-50)).toBe(`−5,0${NBSP}%`);
    expect(formatPromille(0)).toBe(`0,0${NBSP}%`);
  });

  it("shows a dash when there is no variance", () => {
    expect(formatPromille(null)).toBe(EMPTY);
  });
});
