import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { Uppdatering } from "../api";
import Uppdateringar from "./Uppdateringar.svelte";

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
});

const base: Uppdatering = {
  status: "senaste",
  nuvarandeVersion: "0.1.0",
  version: null,
  datum: null,
  anteckningar: null,
  kanInstalleras: false,
  meddelande: "",
};

/** Mounts the section, answers each command from `answers`, and presses a button. */
async function press(
  answers: Record<string, Uppdatering>,
  ids: string[],
): Promise<{ calls: string[]; target: HTMLElement; component: ReturnType<typeof mount> }> {
  const calls: string[] = [];
  mockIPC((cmd) => {
    calls.push(cmd);
    return answers[cmd];
  });
  const target = document.body.appendChild(document.createElement("div"));
  const component = mount(Uppdateringar, { target });
  for (const id of ids) {
    const button = target.querySelector<HTMLButtonElement>(`#${id}`);
    expect(button, id).not.toBeNull();
    button!.click();
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  }
  return { calls, target, component };
}

describe("Uppdateringar", () => {
  it("asks nothing until the officer presses the button", async () => {
    const { calls, target, component } = await press({}, []);
    expect(calls).toEqual([]);
    expect(target.querySelector("#uppdatering-svar")).toBeNull();
    unmount(component);
  });

  it("shows the offline answer calmly, not as an alert", async () => {
    const offline = {
      ...base,
      status: "offline" as const,
      meddelande: "Kunde inte nå uppdateringsservern. Du kan fortsätta arbeta som vanligt.",
    };
    const { calls, target, component } = await press({ check_for_update: offline }, [
      "sok-uppdateringar",
    ]);
    expect(calls).toEqual(["check_for_update"]);
    const message = target.querySelector("#uppdatering-meddelande")!;
    expect(message.textContent?.trim()).toBe(offline.meddelande);
    expect(message.classList.contains("notice")).toBe(false);
    expect(target.querySelector("[role=alert]")).toBeNull();
    expect(target.querySelector("#installera-uppdatering")).toBeNull();
    unmount(component);
  });

  it("offers Installera for a verified newer version and shows the notes as text", async () => {
    const offered: Uppdatering = {
      ...base,
      status: "nyVersion",
      version: "0.2.0",
      anteckningar: "<b>Nytt</b>",
      kanInstalleras: true,
      meddelande: "Version 0.2.0 finns. Den är hämtad och kontrollerad.",
    };
    const installed: Uppdatering = {
      ...offered,
      status: "installerad",
      kanInstalleras: false,
      meddelande: "Version 0.2.0 är installerad.",
    };
    const { calls, target, component } = await press(
      { check_for_update: offered, install_update: installed },
      ["sok-uppdateringar"],
    );
    expect(target.querySelector("#uppdatering-anteckningar")!.textContent).toBe("<b>Nytt</b>");
    expect(target.querySelector("#installera-uppdatering")!.textContent?.trim()).toBe(
      "Installera version 0.2.0",
    );
    target.querySelector<HTMLButtonElement>("#installera-uppdatering")!.click();
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
    expect(calls).toEqual(["check_for_update", "install_update"]);
    expect(target.querySelector("#uppdatering-meddelande")!.textContent?.trim()).toBe(
      "Version 0.2.0 är installerad.",
    );
    expect(target.querySelector("#installera-uppdatering")).toBeNull();
    unmount(component);
  });

  it("shows a refused package as a notice without Installera", async () => {
    const refused: Uppdatering = {
      ...base,
      status: "ejVerifierad",
      version: "0.2.0",
      meddelande: "Uppdateringen kunde inte verifieras och installerades inte.",
    };
    const { target, component } = await press({ check_for_update: refused }, ["sok-uppdateringar"]);
    expect(target.querySelector("#uppdatering-meddelande")!.classList.contains("notice")).toBe(
      true,
    );
    expect(target.querySelector("#installera-uppdatering")).toBeNull();
    unmount(component);
  });
});
