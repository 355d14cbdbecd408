// @vitest-environment node
// The shared styles name each selector once: a rule for one thing lives in the one file
// whose name says what it styles, not split or repeated across files (issue 24, part 6).
import { describe, expect, it } from "vitest";

// Node's file system, typed here: the UI's TypeScript has no Node types, and Vite's `?raw`
// gives CSS as empty text under vitest.
interface Fs {
  readFileSync(path: URL, encoding: "utf8"): string;
  readdirSync(path: URL): string[];
}
const fs = (await import(/* @vite-ignore */ "node:fs" as string)) as Fs;
const here = new URL(".", import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, here), "utf8");
const files = fs.readdirSync(here).filter((f) => f.endsWith(".css"));
const sheets: Record<string, string> = Object.fromEntries(files.map((f) => [f, read(f)]));
const main = read("../main.ts");

/** Every selector of a stylesheet, each selector list split at its commas, with its file. */
function selectors(file: string, css: string): { selector: string; file: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const found: { selector: string; file: string }[] = [];
  for (const match of text.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
    for (const part of (match[1] ?? "").split(",")) {
      const selector = part.trim().replace(/\s+/g, " ");
      if (selector) found.push({ selector, file });
    }
  }
  return found;
}

/** The selectors named more than once, with the files that name them. */
function duplicates(sheets: Record<string, string>): string[] {
  const seen = new Map<string, string[]>();
  for (const [file, css] of Object.entries(sheets)) {
    for (const { selector } of selectors(file, css)) {
      seen.set(selector, [...(seen.get(selector) ?? []), file]);
    }
  }
  return [...seen]
    .filter(([, where]) => where.length > 1)
    .map(([selector, where]) => `${selector} (${where.join(", ")})`);
}

describe("the shared styles", () => {
  it("name no selector twice, within a file or across files", () => {
    expect(files.length).toBeGreaterThan(5);
    expect(selectors("status.css", sheets["status.css"] ?? "").length).toBeGreaterThan(5);
    expect(duplicates(sheets)).toEqual([]);
  });

  it("would catch a selector repeated in another file", () => {
    const broken = { ...sheets, "extra.css": ".notice {\n  color: red;\n}\n" };
    expect(duplicates(broken)).toEqual([".notice (status.css, extra.css)"]);
  });

  it("would catch a selector repeated within a list in the same file", () => {
    expect(duplicates({ "a.css": ".a,\n.b {\n}\n\n.b {\n}\n" })).toEqual([".b (a.css, a.css)"]);
  });

  it("are all imported by main.ts", () => {
    for (const file of files) expect(main).toContain(`./styles/${file}`);
  });
});
