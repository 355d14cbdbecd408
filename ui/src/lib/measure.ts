// The start-up measurement (docs/benchmarks.md): the app started with --measure-startup
// exits once the first year table is on screen. Rust cannot see the screen, so the UI says
// when: after Svelte has rendered the table and two animation frames have passed (the first
// frame paints it, the second begins only once that paint is done).
import { tick } from "svelte";
import { firstTablePainted } from "./api";

let reported = false;

/** Resolves once what Svelte has rendered is on screen: after two animation frames. */
export async function afterPaint(): Promise<void> {
  await tick();
  await new Promise<void>((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done())),
  );
}

/** Whether the first year table has been reported painted (the start is over). */
export function firstTableReported(): boolean {
  return reported;
}

/**
 * Reports the first year table painted, once per start; Rust ignores it unless measuring.
 * Call it after `afterPaint`, before drawing anything more.
 */
export function reportFirstTablePainted(): void {
  if (reported) return;
  reported = true;
  firstTablePainted().catch(() => {});
}
