import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { flushSync, mount, tick } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { RecentFileRow } from "../api";
import { fileDetail, fileName, menuItems, nextIndex } from "../minaForbund";
import type { Move } from "../minaForbund";
import MinaForbund from "./MinaForbund.svelte";

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
});

const row = (
  namn: string | null,
  file: string,
  extra: Partial<RecentFileRow> = {},
): RecentFileRow => ({
  path: `/hem/Åsa Öberg/Förbund/${file}`,
  fileName: file,
  folder: "/hem/Åsa Öberg/Förbund",
  forbund: namn,
  opened: "2026-11-24T09:00:00",
  open: false,
  missing: false,
  ...extra,
});

const vast = row("Finsam Väst", "väst.db", { open: true });
const ost = row("Finsam Öst", "öst.db");
const borta = row("Finsam Borta", "borta.db", { missing: true });

describe("Mina förbund: the list's rules", () => {
  it("lists each file, a missing one followed by Ta bort från listan, then the two actions", () => {
    const kinds = menuItems([vast, ost, borta]).map((i) => i.kind);
    expect(kinds).toEqual(["file", "file", "file", "forget", "other", "new"]);
  });

  it("names a file by its förbund, or as new while it has none, and says when it is gone", () => {
    expect(fileName(ost)).toBe("Finsam Öst");
    expect(fileName(row(null, "ny.db"))).toBe("Nytt förbund (ny.db)");
    expect(fileDetail(ost)).toBe("/hem/Åsa Öberg/Förbund");
    expect(fileDetail(borta)).toBe("Filen finns inte längre på /hem/Åsa Öberg/Förbund/borta.db");
  });

  it("moves with the arrows, wrapping, and Home and End", () => {
    expect(nextIndex("ArrowDown", 0, 3)).toBe(1);
    expect(nextIndex("ArrowDown", 2, 3)).toBe(0);
    expect(nextIndex("ArrowUp", 0, 3)).toBe(2);
    expect(nextIndex("Home", 2, 3)).toBe(0);
    expect(nextIndex("End", 0, 3)).toBe(2);
    expect(nextIndex("a", 0, 3)).toBeNull();
  });
});

describe("Mina förbund: the menu", () => {
  async function draw(files: RecentFileRow[]) {
    const calls: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "recent_files") return files;
      if (cmd === "forget_recent_file") return files.filter((f) => !f.missing);
      return null;
    });
    const moves: Move[] = [];
    const target = document.body.appendChild(document.createElement("div"));
    mount(MinaForbund, { target, props: { onmove: (m: Move) => moves.push(m) } });
    flushSync();
    const button = target.querySelector<HTMLButtonElement>("#mina-forbund-knapp")!;
    return { target, button, calls, moves };
  }

  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await tick();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  const key = (el: Element, k: string) =>
    el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));

  it("opens on ↓ with the first file that can be opened focused, and Enter opens it", async () => {
    const { target, button, moves } = await draw([vast, ost]);
    key(button, "ArrowDown");
    await settle();
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.path).toBe(ost.path);
    const checked = target.querySelector("[aria-checked='true']") as HTMLElement;
    expect(checked.dataset.path).toBe(vast.path);
    key(focused, "Enter");
    await settle();
    expect(moves).toEqual([{ kind: "open", path: ost.path }]);
    expect(target.querySelector("[role='menu']")).toBeNull();
  });

  it("Esc closes the menu and gives the focus back to the button", async () => {
    const { target, button, moves } = await draw([vast, ost]);
    key(button, "ArrowDown");
    await settle();
    key(document.activeElement!, "Escape");
    await settle();
    expect(target.querySelector("[role='menu']")).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(moves).toEqual([]);
  });

  it("a missing file cannot be opened; Ta bort från listan forgets it and nothing moves", async () => {
    const { target, button, calls, moves } = await draw([vast, borta]);
    key(button, "ArrowUp");
    await settle();
    // ↑ opened on the last item; up again to "Ta bort från listan" past the two actions.
    key(document.activeElement!, "ArrowUp");
    key(document.activeElement!, "ArrowUp");
    await settle();
    const missing = target.querySelector(`[data-path="${borta.path}"][role='menuitemradio']`)!;
    expect(missing.getAttribute("aria-disabled")).toBe("true");
    (missing as HTMLElement).click();
    await settle();
    expect(moves).toEqual([]);
    const forget = document.activeElement as HTMLElement;
    expect(forget.textContent?.trim()).toBe("Ta bort från listan");
    key(forget, "Enter");
    await settle();
    expect(calls).toContainEqual(["forget_recent_file", { path: borta.path }]);
    expect(target.querySelectorAll("[role='menuitemradio']").length).toBe(1);
  });

  it("Nytt förbund … and Öppna en annan fil … are handed to the app as moves", async () => {
    const { target, button, moves } = await draw([vast]);
    button.click();
    await settle();
    (target.querySelector("#mina-forbund-nytt") as HTMLElement).click();
    button.click();
    await settle();
    (target.querySelector("#mina-forbund-annan") as HTMLElement).click();
    expect(moves).toEqual([{ kind: "new" }, { kind: "other" }]);
  });
});
