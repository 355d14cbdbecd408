// The only module the UI imports to talk to Rust. Components import these functions, never
// `invoke`, so they can be tested with the IPC mocked. Every command's function is
// generated from its one declaration (src-tauri/src/commands/list.rs) into `commands.ts`.
export type * from "./bindings";
export * from "./commands";
export { fieldErrors, isAppError, onWritten, toAppError } from "./ipc";
export { BUDGET_COLUMNS } from "./bindings";
