// What a form shows after the core refused a save: errors beside their fields, or
// warnings (D3) the officer may confirm with "Spara ändå". One place for the rules of
// that dance, so every form behaves the same.
import { tick } from "svelte";
import { fieldErrors, toAppError } from "./api";

export class FormFeedback {
  errors = $state<Record<string, string>>({});
  warnings = $state<Record<string, string>>({});
  /** True after warnings were shown: the next save confirms them. */
  confirmWarnings = $state(false);
  /** A message for the whole form, or null. */
  general = $state<string | null>(null);

  /** @param summary shown for the form when the errors all sit beside fields. */
  constructor(private readonly summary: string | null = null) {}

  /** Takes a refusal from the core. */
  refused(error: unknown) {
    const appError = toAppError(error);
    if (appError.code === "confirm_warnings") {
      this.warnings = fieldErrors(appError);
      this.errors = {};
      this.confirmWarnings = true;
      this.general = appError.message;
    } else {
      this.errors = fieldErrors(appError);
      this.warnings = {};
      this.confirmWarnings = false;
      this.general = Object.keys(this.errors).length ? this.summary : appError.message;
    }
  }

  /** An edit takes back that field's messages and any pending confirmation: the core
   * checks everything again on the next save. */
  edited(field: string) {
    this.confirmWarnings = false;
    const { [field]: _e, ...errors } = this.errors;
    const { [field]: _w, ...warnings } = this.warnings;
    this.errors = errors;
    this.warnings = warnings;
  }

  /** For a form of one field (or a field that speaks for its form): the field's error,
   * else whatever the core said. */
  message(field: string): string | undefined {
    return this.errors[field] ?? this.general ?? Object.values(this.errors)[0];
  }

  clear() {
    this.errors = {};
    this.warnings = {};
    this.confirmWarnings = false;
    this.general = null;
  }

  /** Moves focus to the first field with an error or warning inside `root`. */
  async focusFirst(root: HTMLElement | undefined) {
    await tick();
    root
      ?.querySelector<HTMLElement>("[aria-invalid='true'], .warned input, .warned textarea")
      ?.focus();
  }
}
