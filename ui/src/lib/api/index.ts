// The only module that talks to Rust. Components import these functions, never `invoke`,
// so they can be tested with the IPC mocked and the command names live in one place.
import { invoke } from "@tauri-apps/api/core";
import type { AppError, Forbund, NewForbund, StartPage, Startup } from "./bindings";

export type * from "./bindings";

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

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toAppError(error);
  }
}

/** Which data file is open and whether it has a förbund. Rejects when the file was refused. */
export const startup = (): Promise<Startup> => call("startup");

/** "Skapa förbund". Rejects with the fields' errors when the input breaks a rule. */
export const createForbund = (input: NewForbund): Promise<Forbund> =>
  call("create_forbund", { input });

/** The start page for a year, or for the year being reported when `year` is null. */
export const startPage = (year: number | null): Promise<StartPage> => call("start_page", { year });

/** The error messages of an AppError by field name, for showing beside each input. */
export function fieldErrors(error: AppError): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { field, message } of error.fields) {
    byField[field] ??= message;
  }
  if (error.field && !byField[error.field]) byField[error.field] = error.message;
  return byField;
}
