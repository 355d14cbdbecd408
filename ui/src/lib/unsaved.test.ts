import { describe, expect, it } from "vitest";
import { Unsaved, type Editor } from "./unsaved.svelte";

/** An editor whose draft is `dirty` and whose Spara answers `accepts`. */
function editor(scope: string, dirty: boolean, accepts = true) {
  const log: string[] = [];
  const e: Editor & { log: string[]; isDirty: boolean } = {
    log,
    isDirty: dirty,
    scope,
    label: () => scope,
    dirty: () => e.isDirty,
    save: async () => {
      log.push("save");
      if (accepts) e.isDirty = false;
      return accepts;
    },
    discard: () => {
      log.push("discard");
      e.isDirty = false;
    },
  };
  return e;
}

describe("the unsaved-changes question", () => {
  it("moves at once when nothing is unsaved", () => {
    const store = new Unsaved();
    store.register(editor("budget", false));
    let moved = 0;
    store.guard(() => moved++);
    expect(moved).toBe(1);
    expect(store.pending).toBeNull();
    expect(store.dirty).toBe(false);
  });

  it("asks only about the scopes the move leaves", () => {
    const store = new Unsaved();
    store.register(editor("insats", true));
    let moved = 0;
    store.guard(() => moved++, ["budget", "medel"]);
    expect(moved).toBe(1);
    store.guard(() => moved++, ["insats"]);
    expect(moved).toBe(1);
    expect(store.pending?.editors.map((e) => e.scope)).toEqual(["insats"]);
    expect(store.dirty).toBe(true);
  });

  it("Stanna kvar keeps every draft and does not move", () => {
    const store = new Unsaved();
    const grid = editor("budget", true);
    store.register(grid);
    let moved = 0;
    store.guard(() => moved++);
    store.stay();
    expect(moved).toBe(0);
    expect(store.pending).toBeNull();
    expect(grid.log).toEqual([]);
    expect(store.dirty).toBe(true);
  });

  it("Spara inte drops the drafts, then moves", async () => {
    const store = new Unsaved();
    const grid = editor("budget", true);
    const medel = editor("medel", true);
    store.register(grid);
    store.register(medel);
    let moved = 0;
    store.guard(() => moved++);
    await store.discard();
    expect(moved).toBe(1);
    expect(grid.log).toEqual(["discard"]);
    expect(medel.log).toEqual(["discard"]);
    expect(store.dirty).toBe(false);
  });

  it("Spara saves each unsaved editor, then moves", async () => {
    const store = new Unsaved();
    const grid = editor("budget", true);
    const clean = editor("medel", false);
    store.register(grid);
    store.register(clean);
    let moved = 0;
    store.guard(() => moved++);
    expect(await store.save()).toBe(true);
    expect(moved).toBe(1);
    expect(grid.log).toEqual(["save"]);
    expect(clean.log).toEqual([]);
    expect(store.pending).toBeNull();
  });

  it("a refused Spara stays, keeps the draft and saves nothing after it", async () => {
    const store = new Unsaved();
    const refused = editor("budget", true, false);
    const next = editor("medel", true);
    store.register(refused);
    store.register(next);
    let moved = 0;
    store.guard(() => moved++);
    expect(await store.save()).toBe(false);
    expect(moved).toBe(0);
    expect(store.pending).toBeNull();
    expect(refused.log).toEqual(["save"]);
    expect(next.log).toEqual([]);
    expect(store.dirty).toBe(true);
  });

  it("forgets an editor that is gone", () => {
    const store = new Unsaved();
    const remove = store.register(editor("budget", true));
    expect(store.dirty).toBe(true);
    remove();
    expect(store.dirty).toBe(false);
  });

  it("marks the question as a close when the window is closing", () => {
    const store = new Unsaved();
    store.register(editor("forbund", true));
    store.guard(() => {}, undefined, "close");
    expect(store.pending?.kind).toBe("close");
  });

  it("offers no Spara for choices that cannot be saved: they are left or kept", async () => {
    const store = new Unsaved();
    const wizard = editor("inlasning", true);
    delete wizard.save;
    store.register(wizard);
    let moved = 0;
    store.guard(() => moved++);
    expect(store.canSave).toBe(false);
    store.stay();
    expect(moved).toBe(0);
    expect(store.dirty).toBe(true);
    store.guard(() => moved++);
    await store.discard();
    expect(moved).toBe(1);
    expect(wizard.log).toEqual(["discard"]);
    expect(store.dirty).toBe(false);
  });

  it("offers Spara when every editor asked about has its own", () => {
    const store = new Unsaved();
    store.register(editor("budget", true));
    store.guard(() => {});
    expect(store.canSave).toBe(true);
  });
});
