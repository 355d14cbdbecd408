// Long tables draw only the rows in and near the window, so drawing a year costs the same
// with 100 rows as with 5 000 (issue 17). The rows not drawn are stood in for by one empty
// row above and one below, as tall as the rows they replace, so the page keeps its height
// and the scroll bar its meaning. A table of up to LIMIT rows (two windows) is drawn whole.
//
// The page scrolls as a whole, so the window is the viewport; heights are measured after a
// paint (on scroll, on resize), never while the first frame is being laid out.

/** Tables with more rows than this draw only the visible ones. */
export const LIMIT = 40;
/** Rows drawn beyond each edge of the window, so a quick scroll finds them there. */
const OVERSCAN = 20;
/** Rows drawn before anything has been measured: more than a window holds. */
const FIRST = 30;

export class VisibleRows {
  #count: () => number;
  #from = $state(0);
  #to = $state(FIRST);
  /** The rows' mean height in px, an estimate until measured. */
  #height = $state(33);
  #body: HTMLElement | null = null;
  /** Whether the height is measured: once, and again after a resize. Measuring on every
   * scroll would change the stand-ins' height with each set of rows drawn, which moves
   * the page under the reader and sets off another scroll. */
  #measured = false;

  /** `count` says how many rows the table has. */
  constructor(count: () => number) {
    this.#count = count;
  }

  /** Whether the table draws only part of its rows. */
  get windowed(): boolean {
    return this.#count() > LIMIT;
  }

  /** The first row drawn. */
  get from(): number {
    return this.windowed ? Math.min(this.#from, Math.max(0, this.#count() - FIRST)) : 0;
  }

  /** One past the last row drawn. */
  get to(): number {
    return this.windowed
      ? Math.min(Math.max(this.#to, this.from + FIRST), this.#count())
      : this.#count();
  }

  /** The height of the rows not drawn above and below, in px. */
  get above(): number {
    return this.from * this.#height;
  }
  get below(): number {
    return (this.#count() - this.to) * this.#height;
  }

  /** For `{@attach}` on the table's `<tbody>`: follows the window while it scrolls. */
  attach = (body: HTMLElement) => {
    this.#body = body;
    let frame = 0;
    const later = () => {
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          this.update();
        });
      }
    };
    const resized = () => {
      this.#measured = false;
      later();
    };
    window.addEventListener("scroll", later, { passive: true });
    window.addEventListener("resize", resized);
    later();
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", later);
      window.removeEventListener("resize", resized);
      this.#body = null;
    };
  };

  /** The rows drawn now, measured: their mean height and where the body is. */
  update(): void {
    const body = this.#body;
    if (!body || !this.windowed) return;
    const rows = body.querySelectorAll<HTMLElement>(":scope > tr:not(.spacer)");
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!this.#measured && first && last) {
      const drawn = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
      if (drawn > 0) {
        this.#height = drawn / rows.length;
        this.#measured = true;
      }
    }
    const top = body.getBoundingClientRect().top;
    this.#show(
      Math.floor(-top / this.#height),
      Math.ceil((window.innerHeight - top) / this.#height),
    );
  }

  #show(firstVisible: number, lastVisible: number) {
    this.#from = Math.max(0, firstVisible - OVERSCAN);
    this.#to = Math.max(this.#from + FIRST, lastVisible + OVERSCAN);
  }

  /**
   * Row `index` is about to take focus (the keyboard moved there): draws it if it is not
   * drawn, scrolling it to the middle of the window. Focusing it then scrolls no further.
   */
  reveal(index: number): void {
    const body = this.#body;
    if (!body || !this.windowed || (index > this.from && index < this.to - 1)) return;
    const top = body.getBoundingClientRect().top + window.scrollY;
    const half = window.innerHeight / 2;
    window.scrollTo({ top: Math.max(0, top + index * this.#height - half) });
    const rows = Math.ceil(half / this.#height);
    this.#show(index - rows, index + rows);
  }
}
