import { svelte } from "@sveltejs/vite-plugin-svelte";
import { playwright } from "@vitest/browser-playwright";
import { resolve } from "node:path";
import { searchForWorkspaceRoot } from "vite";
import { defineConfig } from "vitest/config";
import type { BrowserCommand } from "vitest/node";

// Windows draws the screens in WebView2, which is Chromium: the component tests run in a
// real Chromium (Debian's, started by Playwright without its own browser download) as
// well as in jsdom. The flags keep it off the network this machine does not have, and
// Playwright gives it a fresh profile in a temporary folder on every run.
const CHROMIUM = process.env.FINSAMKOLLEN_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// Where the Chromium tests' screenshots go (and a failing test's), outside the sources:
// scripts/test points it beside the end-to-end tests' WebKitGTK screenshots.
const SCREENSHOTS = resolve(
  process.env.FINSAMKOLLEN_CHROMIUM_SCREENSHOTS ??
    `${import.meta.dirname}/../target/chromium-screenshots`,
);

/** `screenshot` in testing/chromium.ts: the window as the officer sees it (the test's
 * frame at the viewport's size), where a screenshot of the page's body would be as tall
 * as a long table. */
const windowScreenshot: BrowserCommand<[name: string]> = async (context, name) => {
  await context.iframe.owner().screenshot({ path: `${SCREENSHOTS}/${name}.png` });
};

// Tests that need a real engine (layout, real key presses, the native dialog) are named
// `*.browser.test.ts` and run in Chromium only.
const BROWSER_ONLY = "src/**/*.browser.test.ts";

// The UI is served by Tauri from ui/dist; in development from this Vite server.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The browser tests' screenshots are written through the server: it may write there.
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: [searchForWorkspaceRoot(import.meta.dirname), SCREENSHOTS] },
  },
  build: {
    // The polyfill would be inlined; the CSP forbids inline script and WebKitGTK
    // supports module preload natively.
    modulePreload: { polyfill: false },
    target: "safari15",
  },
  // Component tests mount Svelte in jsdom: they need Svelte's browser build, not its
  // server build.
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "jsdom",
          environment: "jsdom",
          include: ["src/**/*.test.ts"],
          exclude: [BROWSER_ONLY],
        },
      },
      {
        extends: true,
        test: {
          name: "chromium",
          attachmentsDir: `${SCREENSHOTS}/.attachments`,
          include: ["src/**/*.test.ts"],
          // Reads the style sheets from disk with Node's fs.
          exclude: ["src/styles/styles.test.ts"],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              // Headless Playwright hides the scroll bars; Windows' take width, and so
              // do Chromium's on Linux once shown (longTables.browser.test.ts).
              launchOptions: {
                executablePath: CHROMIUM,
                args: CHROMIUM_ARGS,
                ignoreDefaultArgs: ["--hide-scrollbars"],
              },
              // Larger than the test frame, so Vitest does not scale the frame down.
              contextOptions: {
                locale: "sv-SE",
                timezoneId: "Europe/Stockholm",
                viewport: { width: 1400, height: 1000 },
              },
            }),
            instances: [{ browser: "chromium" }],
            commands: { windowScreenshot },
            // The app's window (tauri.conf.json), as in the end-to-end screenshots.
            viewport: { width: 1200, height: 800 },
            screenshotDirectory: SCREENSHOTS,
          },
        },
      },
    ],
  },
});
