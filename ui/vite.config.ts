import { svelte } from "@sveltejs/vite-plugin-svelte";
import { webdriverio, type WebdriverBrowserProvider } from "@vitest/browser-webdriverio";
import { mkdtempSync, readlinkSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { searchForWorkspaceRoot } from "vite";
import { defineConfig } from "vitest/config";
import type { BrowserCommand, BrowserProviderOption } from "vitest/node";

// Windows draws the screens in WebView2, which is Chromium: the component tests run in a
// real Chromium as well as in jsdom. WebdriverIO drives Debian's Chromium through Debian's
// chromedriver; with both binaries given it downloads neither a browser nor a driver
// (docs/chromium.md). The flags keep Chromium off the network this machine does not have.
const CHROMIUM = process.env.FINSAMKOLLEN_CHROMIUM ?? "/usr/bin/chromium";
const CHROMEDRIVER = process.env.FINSAMKOLLEN_CHROMEDRIVER ?? "/usr/bin/chromedriver";
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

/** `screenshot` in testing/chromium.ts: the window as the officer sees it. The top page
 * is as large as the test frame (Vitest sets its viewport to the frame's size), where a
 * screenshot of the page's body would be as tall as a long table. */
const windowScreenshot: BrowserCommand<[name: string]> = async (context, name) => {
  const provider = context.provider as WebdriverBrowserProvider;
  await mkdir(SCREENSHOTS, { recursive: true });
  await provider.switchToMainFrame();
  try {
    await context.browser.saveScreenshot(`${SCREENSHOTS}/${name}.png`);
  } finally {
    await provider.switchToTestFrame();
  }
};

/** WebdriverIO's provider for Debian's Chromium through Debian's chromedriver. Every page
 * speaks sv-SE and keeps Stockholm's time (WebDriver BiDi's emulation: Debian's Chromium
 * has no Swedish of its own without chromium-l10n, and takes its time zone from TZ). The
 * profile is a new temporary folder, removed with the browser: chromedriver's own is left
 * in /tmp, 23 MB a run, as WebdriverIO kills chromedriver as soon as the session ends. */
function debianChromium(): BrowserProviderOption {
  const chromeOptions = { binary: CHROMIUM, args: CHROMIUM_ARGS };
  const base = webdriverio({
    capabilities: {
      "wdio:chromedriverOptions": { binary: CHROMEDRIVER },
      "goog:chromeOptions": chromeOptions,
    },
  });
  return {
    ...base,
    providerFactory(project) {
      const provider = base.providerFactory(project) as WebdriverBrowserProvider;
      const open = provider.openBrowser.bind(provider);
      const close = provider.close.bind(provider);
      let profile: string | null = null;
      provider.openBrowser = async () => {
        if (provider.browser) return provider.browser;
        profile = mkdtempSync(join(tmpdir(), "finsamkollen-chromium-"));
        chromeOptions.args = [...CHROMIUM_ARGS, `--user-data-dir=${profile}`];
        const browser = await open();
        const userContexts = ["default"];
        await browser.emulationSetLocaleOverride({ locale: "sv-SE", userContexts });
        await browser.emulationSetTimezoneOverride({ timezone: "Europe/Stockholm", userContexts });
        return browser;
      };
      provider.close = async () => {
        await close();
        if (!profile) return;
        // Chromium's lock socket lives in a folder of its own in /tmp.
        let socket: string | null = null;
        try {
          socket = readlinkSync(join(profile, "SingletonSocket"));
        } catch {
          // Chromium removed it when it quit.
        }
        const gone = { recursive: true, force: true, maxRetries: 3 };
        if (socket) rmSync(dirname(socket), gone);
        rmSync(profile, gone);
      };
      return provider;
    },
  };
}

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
            provider: debianChromium(),
            instances: [{ browser: "chrome" }],
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
