// The start-up measurement (docs/benchmarks.md): the app started with --measure-startup
// exits once the first year table is on screen. Rust cannot see the screen, so the UI says
// when: after Svelte has rendered the table and two animation frames have passed (the first
// frame paints it, the second begins only once that paint is done).
import { tick } from "svelte";
import { firstTablePainted } from "./api";

let reported = false;

/** Reports the first year table painted, once per start; Rust ignores it unless measuring. */
export async function reportFirstTablePainted(): Promise<void> {
  if (reported) return;
  reported = true;
  await tick();
  await new Promise<void>((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done())),
  );
  await firstTablePainted().catch(() => {});
}
