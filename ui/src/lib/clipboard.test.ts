import { afterEach, describe, expect, it, vi } from "vitest";
import { copyText } from "./clipboard";

describe("copyText", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("uses navigator.clipboard when the webview offers it", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { clipboard: { writeText } });
    expect(await copyText("1234567")).toBe(true);
    expect(writeText).toHaveBeenCalledWith("1234567");
  });

  it("falls back to a selected hidden field when navigator.clipboard refuses", async () => {
    vi.stubGlobal("navigator", {
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error("NotAllowedError")) },
    });
    let copied = "";
    document.execCommand = vi.fn(() => {
      copied = document.querySelector("textarea")?.value ?? "";
      return true;
    });
    expect(await copyText("600000")).toBe(true);
    expect(copied).toBe("600000");
    expect(document.querySelector("textarea")).toBeNull();
  });

  it("says so when neither way works", async () => {
    vi.stubGlobal("navigator", {});
    document.execCommand = vi.fn(() => false);
    expect(await copyText("1")).toBe(false);
  });
});
