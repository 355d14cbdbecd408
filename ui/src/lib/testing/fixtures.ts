// Values shaped as the core sends them, for the UI's tests: one builder per type, with
// the fields a test does not care about at their plainest, so a change to the type is
// made here once.
import { mockIPC } from "@tauri-apps/api/mocks";
import type { BudgetRad } from "../api";

/**
 * A budget grid row (BudgetRad) for `key`: the administration row, named as its key,
 * writable, with nothing filled in and no deviation; `extra` sets what the test needs.
 */
export const budgetRad = (key: string, extra: Partial<BudgetRad> = {}): BudgetRad => ({
  rad: { typ: "admin" },
  key,
  namn: key,
  insatsId: null,
  avslutad: false,
  budget: null,
  utfall: null,
  harDeltagare: true,
  budgeteradeDeltagare: null,
  redigerbar: true,
  lasorsak: null,
  avvikelse: null,
  avvikelsePromille: null,
  ...extra,
});

/** A command's `input` as the UI sent it to the core. */
export type SentInput = Record<string, unknown>;

/**
 * A fake core for component tests: `answer` answers each command from its `input`, and the
 * returned list records every command sent, with its input, in order.
 */
export function fakeCore(
  answer: (cmd: string, input: SentInput) => unknown,
): Array<[string, SentInput]> {
  const calls: Array<[string, SentInput]> = [];
  mockIPC((cmd, args) => {
    const input = (args as { input: SentInput }).input;
    calls.push([cmd, input]);
    return answer(cmd, input);
  });
  return calls;
}
