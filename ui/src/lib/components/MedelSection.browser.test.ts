// Medel in a real Chromium: a column copied from Excel is pasted through a real paste
// event, the fields show the amounts as stored figures are, and Spara sends what the core
// read as values beside what the officer typed as text (issue 24). The core is a small fake
// behind Tauri's IPC, as in the other component tests.
import { clearMocks } from "@tauri-apps/api/mocks";
import { mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { MedelInput, YearView } from "../api";
import { contentColumn, pasteInto, settle } from "../testing/chromium";
import { fakeCore } from "../testing/fixtures";
import { unsaved } from "../unsaved.svelte";
import MedelSection from "./MedelSection.svelte";

let component: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (component) unmount(component);
  component = null;
  clearMocks();
});

const view = {
  year: 2026,
  redigerbar: true,
  medel: {
    registrerade: true,
    samverkansparterna: 900000,
    esfPlus: 0,
    overskott: 0,
    totalt: 900000,
  },
  egetKapital: null,
  overskottFranFjol: null,
} as unknown as YearView;

/** Mounts the section on a fake core; returns the commands it was sent. */
async function draw() {
  const calls = fakeCore((cmd, input) => {
    if (cmd === "paste_cells") {
      // The core's answer to "1 000 000,00\n\n50 000\n" from samverkansparterna.
      return {
        cells: [
          { target: "medel", field: "samverkansparterna", value: 1000000 },
          { target: "medel", field: "esfPlus", value: null },
          { target: "medel", field: "overskott", value: 50000 },
        ],
        problems: [],
        skipped: 0,
        message: "3 celler ifyllda. Välj Spara för att spara dem.",
      };
    }
    if (cmd === "save_medel") return view;
    return null;
  });
  const target = contentColumn();
  component = mount(MedelSection, { target, props: { view, onsaved: () => {} } });
  await settle();
  return { target, calls };
}

const field = (target: HTMLElement, name: string) =>
  target.querySelector<HTMLInputElement>(`#medel-${name}`)!;

describe("medel in Chromium", () => {
  it("keeps pasted amounts as values and sends typed text as text", async () => {
    const { target, calls } = await draw();
    await userEvent.click(target.querySelector("#medel-andra")!);
    await settle();
    expect(field(target, "samverkansparterna").value).toBe("900\u00a0000");
    expect(unsaved.dirty).toBe(false);

    const text = "1 000 000,00\r\n\r\n50 000\r\n";
    const event = pasteInto(field(target, "samverkansparterna"), text);
    await settle();
    expect(event.defaultPrevented).toBe(true);
    expect(
      ["samverkansparterna", "esfPlus", "overskott"].map((f) => field(target, f).value),
    ).toEqual(["1\u00a0000\u00a0000", "", "50\u00a0000"]);
    expect(target.querySelector("#medel-inklistring")?.textContent).toBe(
      "3 celler ifyllda. Välj Spara för att spara dem.",
    );
    expect(unsaved.dirty).toBe(true);

    await userEvent.type(field(target, "esfPlus"), "2 500");
    await userEvent.click(target.querySelector("#medel-spara")!);
    await settle();
    const saved = calls.filter(([cmd]) => cmd === "save_medel").map(([, input]) => input);
    expect(saved).toEqual([
      {
        year: 2026,
        samverkansparterna: { value: 1000000 },
        esfPlus: "2 500",
        overskott: { value: 50000 },
      } satisfies MedelInput,
    ]);
    expect(target.querySelector("#medel-spara")).toBeNull();
  });

  it("writes the total without kr, like the column's other amounts under Belopp (kr)", async () => {
    const { target } = await draw();
    const header = [...target.querySelectorAll("thead th")].map((th) => th.textContent?.trim());
    expect(header).toContain("Belopp (kr)");
    const column = [...target.querySelectorAll("tbody td.num, tfoot td.num")].map((td) =>
      td.textContent?.trim(),
    );
    expect(column).toEqual(["900\u00a0000", "0", "0", "900\u00a0000"]);
    expect(target.querySelector("#medel-totalt")?.textContent).not.toMatch(/kr/);
  });
});
