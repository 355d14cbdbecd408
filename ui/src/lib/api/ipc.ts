// How a command reaches Rust: `call`, and `write` for a command that changes the data file.
// The typed functions in `commands.ts` are generated from the commands' one declaration
// (src-tauri/src/commands/list.rs) and go through these; nothing else calls `invoke`.
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings";
import type { CommandName, Commands } from "./commands";

/** Every command rejects with an AppError; anything else is wrapped into one. */
export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}

export function toAppError(value: unknown): AppError {
  if (isAppError(value)) {
    return { ...value, field: value.field ?? null, fields: value.fields ?? [] };
  }
  return {
    code: "internal",
    message: `Ett oväntat fel uppstod: ${String(value)}`,
    field: null,
    fields: [],
  };
}

/** The arguments a command takes: none, or one object (see `commands.ts`). */
type Args<K extends CommandName> =
  Commands[K]["args"] extends Record<string, never> ? [] : [Commands[K]["args"]];

/** Calls one of the app's commands; the names, arguments and answers come from Rust. */
export async function call<K extends CommandName>(
  command: K,
  ...args: Args<K>
): Promise<Commands[K]["answer"]> {
  try {
    return await invoke<Commands[K]["answer"]>(command, args[0]);
  } catch (error) {
    throw toAppError(error);
  }
}

type WriteListener = () => void;
const writeListeners = new Set<WriteListener>();

/**
 * Calls `listener` after every write the core accepted, so what is derived from the data
 * (the check's state at the top, a shown förhandskontroll) is fetched again and never
 * disagrees with what was just saved. Returns the unsubscription.
 */
export function onWritten(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/** A command that changes the data file: like `call`, and tells the listeners once it is done. */
export async function write<K extends CommandName>(
  command: K,
  ...args: Args<K>
): Promise<Commands[K]["answer"]> {
  const result = await call(command, ...args);
  for (const listener of [...writeListeners]) listener();
  return result;
}

/** The error messages of an AppError by field name, for showing beside each input. */
export function fieldErrors(error: AppError): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { field, message } of error.fields) {
    byField[field] ??= message;
  }
  if (error.field && !byField[error.field]) byField[error.field] = error.message;
  return byField;
}
