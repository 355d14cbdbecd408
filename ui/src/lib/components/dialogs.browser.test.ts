// The dialogs in a real Chromium (the engine of Windows' WebView2): the question before
// unsaved edits are lost, focus kept inside a modal dialog with Tab and Shift+Tab, and
// Esc, which closes and gives the focus back, or is the owner's when it holds a draft.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import DialogHarness from "../testing/DialogHarness.svelte";
import { contentColumn, screenshot, settle } from "../testing/chromium";
import { unsaved } from "../unsaved.svelte";
import UnsavedDialog from "./UnsavedDialog.svelte";

const mounted: ReturnType<typeof mount>[] = [];
const removals: Array<() => void> = [];
afterEach(() => {
  // A failed test must not leave its question open over the next one's page.
  unsaved.pending = null;
  for (const remove of removals.splice(0)) remove();
  for (const m of mounted.splice(0)) unmount(m);
});

const focusedId = () => (document.activeElement as HTMLElement | null)?.id ?? "";

/** Presses `key` `times` times; the ids of what had focus after each. */
async function press(key: string, times: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i++) {
    await userEvent.keyboard(key);
    seen.push(focusedId());
  }
  return seen;
}

describe("the unsaved-edits question in Chromium", () => {
  /** A field with a draft, a menu button that moves, and the question. */
  async function draw() {
    const target = contentColumn();
    const field = target.appendChild(document.createElement("input"));
    field.id = "utkast";
    const menu = target.appendChild(document.createElement("button"));
    menu.id = "meny";
    menu.textContent = "Alla år";
    const log: string[] = [];
    const remove = unsaved.register({
      scope: "budget",
      label: () => "Budget och utfall 2026",
      dirty: () => field.value !== "",
      save: async () => (log.push("save"), true),
      discard: () => log.push("discard"),
    });
    removals.push(remove);
    menu.addEventListener("click", () => unsaved.guard(() => log.push("moved")));
    mounted.push(mount(UnsavedDialog, { target: document.body }));
    await userEvent.click(field);
    await userEvent.keyboard("400000");
    await userEvent.click(menu);
    await settle();
    return { field, menu, log };
  }

  it("asks with Spara focused, and Tab and Shift+Tab stay among its buttons", async () => {
    const { log } = await draw();
    const dialog = document.querySelector<HTMLDialogElement>("#leave-dialog")!;
    expect(dialog.open).toBe(true);
    expect(dialog.matches(":modal")).toBe(true);
    expect(dialog.querySelector("li")?.textContent).toBe("Budget och utfall 2026");
    expect(focusedId()).toBe("leave-save");
    // Opened by a mouse click, the question still shows what Enter will do: Chromium
    // draws no :focus-visible ring after a click, so the dialog's buttons draw their own.
    expect(getComputedStyle(document.activeElement!).outlineStyle).toBe("solid");
    await screenshot("unsaved-fraga");
    expect(await press("{Tab}", 4)).toEqual([
      "leave-discard",
      "leave-stay",
      "leave-save",
      "leave-discard",
    ]);
    expect(await press("{Shift>}{Tab}{/Shift}", 3)).toEqual([
      "leave-save",
      "leave-stay",
      "leave-discard",
    ]);
    expect(log).toEqual([]);
  });

  it("Esc is Stanna kvar: nothing moves, the draft stays and the field has focus again", async () => {
    const { field, log } = await draw();
    await userEvent.keyboard("{Escape}");
    await settle();
    expect(document.querySelector<HTMLDialogElement>("#leave-dialog")?.open).toBe(false);
    expect(unsaved.pending).toBeNull();
    expect(field.value).toBe("400000");
    expect(document.activeElement).toBe(field);
    expect(log).toEqual([]);
  });

  it("Spara inte drops the draft and moves on", async () => {
    const { log } = await draw();
    await userEvent.keyboard("{Tab}{Enter}");
    await settle();
    expect(log).toEqual(["discard", "moved"]);
    expect(document.querySelector<HTMLDialogElement>("#leave-dialog")?.open).toBe(false);
  });
});

describe("a dialog in Chromium", () => {
  async function draw(asks: boolean) {
    mounted.push(mount(DialogHarness, { target: contentColumn(), props: { asks } }));
    flushSync();
    const opener = document.querySelector<HTMLButtonElement>("#harness-oppna")!;
    await userEvent.click(opener);
    await settle();
    return { opener, dialog: document.querySelector<HTMLDialogElement>("#harness")! };
  }

  it("keeps Tab inside from its first field to its last button and round again", async () => {
    const { dialog } = await draw(false);
    expect(dialog.open).toBe(true);
    expect(focusedId()).toBe("harness-namn");
    expect(await press("{Tab}", 3)).toEqual(["harness-spara", "harness-avbryt", "harness-namn"]);
    expect(await press("{Shift>}{Tab}{/Shift}", 2)).toEqual(["harness-avbryt", "harness-spara"]);
  });

  it("takes WebKitGTK's Shift+Tab (key Unidentified, code Tab) round as well", async () => {
    await draw(false);
    const first = document.activeElement!;
    const webkitShiftTab = new KeyboardEvent("keydown", {
      key: "Unidentified",
      code: "Tab",
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    first.dispatchEvent(webkitShiftTab);
    expect(webkitShiftTab.defaultPrevented).toBe(true);
    expect(focusedId()).toBe("harness-avbryt");
  });

  it("closes on Esc and gives the focus back to the button that opened it", async () => {
    const { dialog, opener } = await draw(false);
    await userEvent.keyboard("{Escape}");
    await settle();
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it("leaves Esc to an owner holding a draft, however often it is pressed", async () => {
    const { dialog } = await draw(true);
    // Chromium closes a dialog on a second Esc unless each one is taken: both must be.
    await userEvent.keyboard("{Escape}");
    await settle(1);
    await userEvent.keyboard("{Escape}");
    await settle(1);
    expect(dialog.open).toBe(true);
    expect(document.querySelector("#harness-esc")?.textContent).toBe("2");
  });
});
