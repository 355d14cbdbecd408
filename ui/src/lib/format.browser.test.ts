// Swedish numbers and dates as Chromium's own Intl (ICU) makes them and draws them: the
// engine of Windows' WebView2. format.test.ts checks the same strings in both projects;
// this checks the code points one by one and how a table cell draws them.
import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatKronor, formatPromille } from "./format";
import { contentColumn } from "./testing/chromium";

const points = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, "0"));

describe("sv-SE in Chromium's Intl", () => {
  it("groups with U+00A0 (not the narrow U+202F), with U+2212 for minus", () => {
    expect(points(formatKronor(-1234567))).toEqual(
      ["2212", "31", "a0", "32", "33", "34", "a0", "35", "36", "37", "a0", "6b", "72"].map((p) =>
        p.padStart(4, "0"),
      ),
    );
    expect(formatAmount(10_000_000_000)).toBe("10\u00a0000\u00a0000\u00a0000");
    expect(formatPromille(-165)).toBe("\u221216,5\u00a0%");
    // LineChart's axis: a decimal comma.
    expect((1.5).toLocaleString("sv-SE", { maximumFractionDigits: 1 })).toBe("1,5");
  });

  it("writes dates as ISO in the local time zone, also just after midnight", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("Europe/Stockholm");
    expect(formatDate(new Date("2026-04-15T00:30:00+02:00"))).toBe("2026-04-15");
    expect(formatDate(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
    expect(formatDate("2026-04-15")).toBe("2026-04-15");
  });
});

describe("amounts drawn in a table cell in Chromium", () => {
  function cells(texts: string[]) {
    const main = contentColumn();
    main.innerHTML = `<table style="width: 6rem"><tbody>${texts
      .map((t) => `<tr><td class="num">${t}</td></tr>`)
      .join("")}</tbody></table>`;
    return [...main.querySelectorAll<HTMLElement>("td")];
  }

  it("keeps an amount on one line in a narrow column", () => {
    const [one, big] = cells(["1", formatKronor(-1234567)]);
    // Within a pixel: the minus sign may come from a font of another line height.
    expect(big!.getBoundingClientRect().height).toBeLessThan(
      one!.getBoundingClientRect().height + 1,
    );
  });

  it("draws every digit as wide, so the columns' figures line up", () => {
    const spans = cells([formatAmount(111111), formatAmount(888888)]).map((td) => {
      td.innerHTML = `<span>${td.textContent}</span>`;
      return td.querySelector("span")!.getBoundingClientRect().width;
    });
    expect(spans[0]).toBeCloseTo(spans[1]!, 1);
  });
});
