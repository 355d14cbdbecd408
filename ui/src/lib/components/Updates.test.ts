import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { UpdateAnswer, UpdateState } from "../api";
import Updates from "./Updates.svelte";

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
});

/** The core's answer with `status` and `meddelande`; `extra` sets the version and the rest. */
const answer = (
  status: UpdateAnswer["status"],
  meddelande: string,
  extra: Partial<UpdateAnswer> = {},
): UpdateAnswer => ({
  status,
  nuvarandeVersion: "0.1.0",
  version: null,
  datum: null,
  anteckningar: null,
  kanInstalleras: false,
  meddelande,
  ...extra,
});

/** Lets the fake core answer and Svelte draw what it answered. */
async function settle() {
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
}

/** What a copy installed from a package it can update (.deb, NSIS) is told at first. */
const selfUpdating: UpdateState = {
  installKind: "nsis",
  kanSoka: true,
  nuvarandeVersion: "0.1.0",
  meddelande: null,
};

/** Mounts the section, answers each command from `answers` (and `update_state` with
 * `state`), and presses a button. */
async function press(
  answers: Record<string, UpdateAnswer>,
  ids: string[],
  state: UpdateState = selfUpdating,
): Promise<{ calls: string[]; target: HTMLElement; component: ReturnType<typeof mount> }> {
  const calls: string[] = [];
  mockIPC((cmd) => {
    calls.push(cmd);
    return cmd === "update_state" ? state : answers[cmd];
  });
  const target = document.body.appendChild(document.createElement("div"));
  const component = mount(Updates, { target });
  await settle();
  for (const id of ids) {
    const button = target.querySelector<HTMLButtonElement>(`#${id}`);
    expect(button, id).not.toBeNull();
    button!.click();
    await settle();
  }
  return { calls, target, component };
}

describe("Uppdateringar", () => {
  it("asks nothing until the officer presses the button", async () => {
    const { calls, target, component } = await press({}, []);
    expect(calls).toEqual(["update_state"]);
    expect(target.querySelector("#update-answer")).toBeNull();
    unmount(component);
  });

  it("shows the offline answer calmly, not as an alert", async () => {
    const offline = answer(
      "offline",
      "Kunde inte nå uppdateringsservern. Du kan fortsätta arbeta som vanligt.",
    );
    const { calls, target, component } = await press({ check_for_update: offline }, [
      "check-updates",
    ]);
    expect(calls).toEqual(["update_state", "check_for_update"]);
    const message = target.querySelector("#update-message")!;
    expect(message.textContent?.trim()).toBe(offline.meddelande);
    expect(message.classList.contains("notice")).toBe(false);
    expect(target.querySelector("[role=alert]")).toBeNull();
    expect(target.querySelector("#install-update")).toBeNull();
    unmount(component);
  });

  it("offers Installera for a verified newer version and shows the notes as text", async () => {
    const offered = answer("nyVersion", "Version 0.2.0 finns. Den är hämtad och kontrollerad.", {
      version: "0.2.0",
      anteckningar: "<b>Nytt</b>",
      kanInstalleras: true,
    });
    const installed = answer("installerad", "Version 0.2.0 är installerad.", {
      version: "0.2.0",
      anteckningar: "<b>Nytt</b>",
    });
    const { calls, target, component } = await press(
      { check_for_update: offered, install_update: installed },
      ["check-updates"],
    );
    expect(target.querySelector("#update-notes")!.textContent).toBe("<b>Nytt</b>");
    expect(target.querySelector("#install-update")!.textContent?.trim()).toBe(
      "Installera version 0.2.0",
    );
    target.querySelector<HTMLButtonElement>("#install-update")!.click();
    await settle();
    expect(calls).toEqual(["update_state", "check_for_update", "install_update"]);
    expect(target.querySelector("#update-message")!.textContent?.trim()).toBe(
      "Version 0.2.0 är installerad.",
    );
    expect(target.querySelector("#install-update")).toBeNull();
    unmount(component);
  });

  it("shows a refused package as a notice without Installera", async () => {
    const refused = answer(
      "ejVerifierad",
      "Uppdateringen kunde inte verifieras och installerades inte.",
      { version: "0.2.0" },
    );
    const { target, component } = await press({ check_for_update: refused }, ["check-updates"]);
    expect(target.querySelector("#update-message")!.classList.contains("notice")).toBe(true);
    expect(target.querySelector("#install-update")).toBeNull();
    unmount(component);
  });

  it("offers no search when the IT department installed the copy (MSI)", async () => {
    const { calls, target, component } = await press({}, [], {
      installKind: "msi",
      kanSoka: false,
      nuvarandeVersion: "1.4.2",
      meddelande: "Uppdateringar sköts av er IT-avdelning. Installerad version: 1.4.2.",
    });
    expect(calls).toEqual(["update_state"]);
    expect(target.querySelector("#check-updates")).toBeNull();
    expect(target.querySelector("#update-it")!.textContent?.trim()).toBe(
      "Uppdateringar sköts av er IT-avdelning. Installerad version: 1.4.2.",
    );
    unmount(component);
  });
});
