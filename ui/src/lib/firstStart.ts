// The first screen's data is asked for before anything else of the UI runs: main.ts imports
// this module first, so the core answers while the rest of the code is evaluated and the
// shell is mounted, rather than after (issue 17).
import { start, type Start } from "./api";

let first: Promise<Start> | null = start(null);
// Whoever takes it handles a refusal; until then it must not count as unhandled.
first.catch(() => {});

/** The answer asked for at start-up, once; null after that. */
export function takeFirstStart(): Promise<Start> | null {
  const answer = first;
  first = null;
  return answer;
}
