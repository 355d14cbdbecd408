// "Mina förbund": what the menu lists and how its keys move. Kept apart from the component
// so the rules of the menu (which items exist, what each does, where the arrows go) are
// tested without a window.
import type { RecentFileRow } from "./api";

/** A move that leaves the open file: App asks about unsaved edits first. */
export type Move = { kind: "open"; path: string } | { kind: "other" } | { kind: "new" };

export type MenuItem =
  | { kind: "file"; row: RecentFileRow; name: string; detail: string }
  | { kind: "forget"; row: RecentFileRow; name: string }
  | { kind: "other" }
  | { kind: "new" };

/** What a remembered file is called: its förbund, or what it is while it has none. */
export function fileName(row: RecentFileRow): string {
  return row.forbund ?? `Nytt förbund (${row.fileName})`;
}

/** Where the file lies, or that it is gone. */
export function fileDetail(row: RecentFileRow): string {
  return row.missing ? `Filen finns inte längre på ${row.path}` : row.folder;
}

/** The menu's items in order: each remembered file (a missing one followed by "Ta bort
 * från listan"), then "Öppna en annan fil …" and "Nytt förbund …". */
export function menuItems(files: RecentFileRow[]): MenuItem[] {
  const items: MenuItem[] = [];
  for (const row of files) {
    const name = fileName(row);
    items.push({ kind: "file", row, name, detail: fileDetail(row) });
    if (row.missing) items.push({ kind: "forget", row, name });
  }
  items.push({ kind: "other" }, { kind: "new" });
  return items;
}

/** Whether activating the item does anything: the open file and a missing one do not. */
export function enabled(item: MenuItem): boolean {
  return item.kind !== "file" || (!item.row.open && !item.row.missing);
}

/** Where a key moves the focus in a menu of `count` items (wrapping), or null when the
 * key is not a move. */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return (current + 1) % count;
    case "ArrowUp":
      return (current - 1 + count) % count;
    case "Home":
    case "PageUp":
      return 0;
    case "End":
    case "PageDown":
      return count - 1;
    default:
      return null;
  }
}

/** The item to focus first: the open file's successor is seldom wanted, so the first file
 * that can be opened, else the first item. */
export function firstFocus(items: MenuItem[]): number {
  const index = items.findIndex((item) => item.kind === "file" && enabled(item));
  return index >= 0 ? index : 0;
}
