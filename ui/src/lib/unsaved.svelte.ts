// One place that knows which editors hold unsaved edits, and the one question asked before
// a move would lose them: "Spara / Spara inte / Stanna kvar". Editors register themselves;
// whatever moves (the main menu, the year picker, another insats, Esc in the wizard,
// closing the window) calls `guard` with the move. The store only tracks drafts: every
// save goes through the editor's own Spara, so the core decides what may be stored.
import { tick } from "svelte";

export interface Editor {
  /** Which moves lose this draft: a move names the scopes it leaves, or all of them. */
  scope: string;
  /** What the dialog calls it, in Swedish ("Budget och utfall 2026"). */
  label: () => string;
  dirty: () => boolean;
  /** The editor's own Spara; false when the core refused it (the messages are shown).
   * Absent where there is nothing to store, only choices to lose (the wizard of "Läs in
   * tidigare år" mid-way): the question then offers only leaving and staying. */
  save?: () => Promise<boolean>;
  /** Drops the draft, as the editor's Avbryt does. */
  discard: () => void;
  /** Without `save`: what the button that leaves says ("Lämna inläsningen"). */
  leaveLabel?: string;
}

export type Kind = "leave" | "close";

export interface Pending {
  kind: Kind;
  editors: Editor[];
  proceed: () => unknown;
  /** The field or cell being edited when the question was asked: "Stanna kvar" returns
   * focus there rather than to the menu or button that made the move. */
  returnTo?: HTMLElement | null;
}

/** Whether `element` is somewhere the officer types or chooses (not a button or link). */
function isField(element: EventTarget | null): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    (["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName) ||
      element.getAttribute("role") === "gridcell")
  );
}

export class Unsaved {
  #editors = $state.raw<Editor[]>([]);
  /** The open question, or null. */
  pending = $state<Pending | null>(null);
  /** True while "Spara" runs, so the dialog's buttons wait. */
  saving = $state(false);
  // The last field or cell that had focus, for "Stanna kvar".
  #lastField: HTMLElement | null = null;

  constructor() {
    if (typeof document === "undefined") return;
    document.addEventListener("focusin", (event) => {
      if (isField(event.target)) this.#lastField = event.target;
    });
  }

  /** Adds an editor; returns its removal (for onMount's cleanup). */
  register(editor: Editor): () => void {
    this.#editors = [...this.#editors, editor];
    return () => {
      this.#editors = this.#editors.filter((e) => e !== editor);
    };
  }

  /** The editors with unsaved edits, in the given scopes (all when none are given). */
  dirtyEditors(scopes?: string[]): Editor[] {
    return this.#editors.filter((e) => (!scopes || scopes.includes(e.scope)) && e.dirty());
  }

  /** Whether the open question can offer "Spara": every editor in it has its own. */
  get canSave(): boolean {
    return this.pending?.editors.every((e) => e.save !== undefined) ?? false;
  }

  /** Whether anything at all is unsaved (closing the window asks then). */
  get dirty(): boolean {
    return this.dirtyEditors().length > 0;
  }

  /** Runs `proceed` at once when nothing in `scopes` is unsaved; otherwise asks first. */
  guard(proceed: () => unknown, scopes?: string[], kind: Kind = "leave") {
    const editors = this.dirtyEditors(scopes);
    if (editors.length === 0) {
      void proceed();
      return;
    }
    const returnTo = this.#lastField?.isConnected ? this.#lastField : null;
    this.pending = { kind, editors, proceed, returnTo };
  }

  /** "Spara": saves each editor through its own Spara, then moves on. A refusal stops
   * there: the question closes, the move is not made, and focus goes to the first field
   * the core marked, so nothing typed is lost. */
  async save(): Promise<boolean> {
    const question = this.pending;
    if (!question || this.saving) return false;
    this.saving = true;
    try {
      for (const editor of question.editors) {
        if (editor.save && editor.dirty() && !(await editor.save())) {
          this.pending = null;
          await tick();
          // The field is in the topmost open dialog (the wizard), or on the page.
          const dialogs = document.querySelectorAll<HTMLElement>("dialog[open]");
          const root = dialogs[dialogs.length - 1] ?? document;
          root
            .querySelector<HTMLElement>("[aria-invalid='true'], .warned input, .warned textarea")
            ?.focus();
          return false;
        }
      }
    } finally {
      this.saving = false;
    }
    this.pending = null;
    await question.proceed();
    return true;
  }

  /** "Spara inte": drops the drafts, then moves on. */
  async discard() {
    const question = this.pending;
    if (!question || this.saving) return;
    for (const editor of question.editors) editor.discard();
    this.pending = null;
    await question.proceed();
  }

  /** "Stanna kvar": nothing moves and every draft stays, and focus goes back to the field
   * or cell that was being edited. */
  async stay() {
    if (this.saving) return;
    const returnTo = this.pending?.returnTo;
    this.pending = null;
    if (!returnTo) return;
    // The grid's cell input goes when the cell is left, and the cell may be drawn anew:
    // then the cell in the same place is found again.
    const cell = returnTo.closest<HTMLElement>("[data-cell]")?.dataset.cell;
    const grid = returnTo.closest<HTMLElement>("[role='grid']")?.id;
    // The closing dialog gives focus back to what opened it (the menu): after that.
    await tick();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const target = returnTo.isConnected
      ? returnTo
      : cell
        ? document.querySelector<HTMLElement>(
            `${grid ? `#${CSS.escape(grid)} ` : ""}[data-cell="${CSS.escape(cell)}"]`,
          )
        : returnTo.id
          ? document.getElementById(returnTo.id)
          : null;
    target?.focus();
  }
}

/** The app's one store. */
export const unsaved = new Unsaved();
