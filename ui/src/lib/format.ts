// Swedish number and date forms, as the officer reads them in every other tool.

const kronor = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

/** `1234567` → `1 234 567` (sv-SE grouping with no-break spaces, typographic minus). */
export function formatAmount(value: number): string {
  return kronor.format(value);
}

/** `1234567` → `1 234 567 kr`, with a no-break space before "kr". */
export function formatKronor(value: number): string {
  return `${formatAmount(value)}\u00a0kr`;
}

/** Shown in a table cell that has no value yet. */
export const EMPTY = "–";

/**
 * A date as Swedes write it in tables: ISO `2026-04-15`, or a dash when there is none.
 * Accepts the ISO strings the core sends and Date objects (local date).
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "string") return value;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** An amount for a table cell, or a dash when nothing is registered. */
export function formatOptionalAmount(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : formatAmount(value);
}

/** Tenths of a per cent (123) as Swedish text: `12,3 %`, with a typographic minus. */
export function formatPromille(value: number | null | undefined): string {
  if (value === null || value === undefined) return EMPTY;
  return `${new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 10)}\u00a0%`;
}
