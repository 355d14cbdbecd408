import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

// The UI is served by Tauri from ui/dist; in development from this Vite server.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
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
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
