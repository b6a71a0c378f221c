// The grid's virtualiser: only the rows near the viewport are in the DOM, each placed at an
// offset from RowHeights. Rows are measured as they appear (ResizeObserver), their heights
// remembered by bead so a splice or a filter does not forget them, and when a row above the
// viewport turns out taller or shorter than guessed, the scroll position moves by the same
// amount so what the translator is reading stays still.

import { RowHeights } from '../logic/rowHeights';

/** A row's identity for remembering its height; null for a row not loaded yet (its height is a guess anyway). */
export type RowKey = number | null;
export type WindowRow = { position: number; top: number };

export type VirtualRowsOptions = {
  /** Height assumed for rows not measured yet, in px. */
  estimate: number;
  /** Extra px rendered above and below the viewport. */
  overscan: number;
};

export class VirtualRows {
  private heights = RowHeights.uniform(0, 0);
  private keyAt: (position: number) => RowKey = (position) => position;
  private layout: unknown = null;
  private readonly measured = new Map<RowKey, number>();
  private element: HTMLElement | null = null;
  private scrollTop = 0;
  private viewport = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly rowObserver: ResizeObserver;
  private readonly viewportObserver: ResizeObserver;
  /**
   * The row to keep in view while rows around it are measured, load or grow, until the
   * translator scrolls or another row is wanted.
   */
  private target: number | null = null;

  constructor(private readonly options: VirtualRowsOptions) {
    this.rowObserver = new ResizeObserver((entries) => this.onRowsResized(entries));
    this.viewportObserver = new ResizeObserver(() => this.readViewport());
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  /**
   * The rows to lay out. Offsets are rebuilt (from the heights measured before, by key) only
   * when the count or `layout` (e.g. the filter's row list) changes: a page of rows arriving
   * or a row edited keeps every position, and rebuilding 100k offsets costs a frame.
   */
  update(count: number, keyAt: (position: number) => RowKey, layout: unknown): void {
    this.keyAt = keyAt;
    if (count === this.heights.count && layout === this.layout) {
      this.changed();
      return;
    }
    this.layout = layout;
    const heights = new Float64Array(count).fill(this.options.estimate);
    if (this.measured.size > 0) {
      for (let position = 0; position < count; position++) {
        const key = keyAt(position);
        const height = key === null ? undefined : this.measured.get(key);
        if (height !== undefined) heights[position] = height;
      }
    }
    this.heights = new RowHeights(heights);
    this.changed();
  }

  /** The scrolling element; call with null when it goes away. */
  readonly attach = (element: HTMLElement | null): void => {
    if (this.element === element) return;
    if (this.element) {
      this.element.removeEventListener('scroll', this.onScroll);
      this.viewportObserver.unobserve(this.element);
    }
    this.element = element;
    if (element) {
      element.addEventListener('scroll', this.onScroll, { passive: true });
      this.viewportObserver.observe(element);
      this.readViewport();
    }
  };

  /** Ref callback for each rendered row (carrying data-position and data-key). */
  readonly measure = (row: HTMLElement | null): (() => void) | undefined => {
    if (!row) return undefined;
    this.rowObserver.observe(row);
    return () => this.rowObserver.unobserve(row);
  };

  totalHeight(): number {
    return this.heights.totalHeight();
  }

  visibleRows(): WindowRow[] {
    const count = this.heights.count;
    if (count === 0) return [];
    const first = this.heights.indexAt(this.scrollTop - this.options.overscan);
    const last = this.heights.indexAt(this.scrollTop + this.viewport + this.options.overscan);
    const rows: WindowRow[] = [];
    for (let position = first; position <= last; position++) {
      rows.push({ position, top: this.heights.offsetOf(position) });
    }
    return rows;
  }

  /** Scrolls as little as needed to show row `position` whole (its top, if it is taller than the viewport). */
  scrollIntoView(position: number): void {
    if (position < 0 || position >= this.heights.count) return;
    this.target = position;
    this.bringTargetIntoView();
  }

  dispose(): void {
    this.attach(null);
    this.rowObserver.disconnect();
    this.viewportObserver.disconnect();
    this.listeners.clear();
  }

  private bringTargetIntoView(): void {
    const element = this.element;
    if (!element || this.target === null || this.target >= this.heights.count) return;
    const top = this.heights.offsetOf(this.target);
    const bottom = top + this.heights.heightOf(this.target);
    const viewport = element.clientHeight;
    let scrollTop = element.scrollTop;
    if (top < scrollTop || bottom - top > viewport) scrollTop = top;
    else if (bottom > scrollTop + viewport) scrollTop = bottom - viewport;
    if (scrollTop !== element.scrollTop) {
      element.scrollTop = scrollTop;
      this.scrollTop = element.scrollTop;
      this.changed();
    }
  }

  private readonly onScroll = (): void => {
    if (!this.element) return;
    // A scroll we did not cause is the translator's: stop holding the target row in view.
    if (this.element.scrollTop !== this.scrollTop) this.target = null;
    this.scrollTop = this.element.scrollTop;
    this.changed();
  };

  private readViewport(): void {
    if (!this.element) return;
    this.viewport = this.element.clientHeight;
    this.scrollTop = this.element.scrollTop;
    this.changed();
  }

  private onRowsResized(entries: ResizeObserverEntry[]): void {
    let shiftAbove = 0;
    let moved = false;
    for (const entry of entries) {
      const row = entry.target;
      if (!(row instanceof HTMLElement) || !row.isConnected) continue;
      const position = Number(row.dataset.position);
      // A row whose position was taken by another (a splice not yet rendered) is measured again once it is.
      const key = this.keyAt(position);
      if (!Number.isInteger(position) || row.dataset.key !== String(key)) continue;
      const height = entry.borderBoxSize[0]?.blockSize ?? row.offsetHeight;
      if (height <= 0) continue;
      if (key !== null) this.measured.set(key, height);
      const startedAbove = this.heights.offsetOf(position) < this.scrollTop;
      const delta = this.heights.set(position, height);
      if (delta === 0) continue;
      moved = true;
      if (startedAbove) shiftAbove += delta;
    }
    if (!moved) return;
    if (shiftAbove !== 0 && this.element) {
      this.element.scrollTop += shiftAbove;
      this.scrollTop = this.element.scrollTop;
    }
    this.bringTargetIntoView();
    this.changed();
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
