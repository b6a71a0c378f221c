import type { RefObject } from 'react';
import { useCallback, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { BeadView, NameHintView, QaFlagView } from '../../../shared/model';
import { BeadRow } from './BeadRow';
import type { EnglishEditor } from './englishEditor';
import { VirtualRows } from './virtualRows';

export type AlignmentGridProps = {
  beads: readonly (BeadView | undefined)[];
  visible: readonly number[] | null;
  activeIndex: number;
  editor: EnglishEditor | null;
  gridRef: RefObject<HTMLDivElement | null>;
  onActivate: (index: number, focusEditor: boolean) => void;
  /** Told the document indices of the first and last rows rendered whenever they change. */
  onScrolledTo: (first: number, last: number) => void;
  activeHints: readonly NameHintView[] | null;
  flagsOf: (bead: BeadView) => readonly QaFlagView[] | undefined;
};

export function AlignmentGrid({
  beads,
  visible,
  activeIndex,
  editor,
  gridRef,
  onActivate,
  onScrolledTo,
  activeHints,
  flagsOf,
}: AlignmentGridProps) {
  const [rows] = useState(() => new VirtualRows({ estimate: 64, overscan: 400 }));
  useSyncExternalStore(rows.subscribe, rows.getVersion);
  useEffect(() => () => rows.dispose(), [rows]);

  const count = visible ? visible.length : beads.length;
  const indexAt = useCallback(
    (position: number) => (visible ? (visible[position] ?? 0) : position),
    [visible],
  );
  // Keyed by bead, so a row keeps its measured height when a splice above shifts it.
  useLayoutEffect(() => {
    rows.update(count, (position) => beads[indexAt(position)]?.id ?? null, visible);
  }, [rows, count, beads, indexAt, visible]);

  const attachScroller = useCallback(
    (element: HTMLDivElement | null) => {
      gridRef.current = element;
      rows.attach(element);
    },
    [gridRef, rows],
  );

  const activePosition = visible ? visible.indexOf(activeIndex) : activeIndex;
  useLayoutEffect(() => {
    if (activePosition >= 0) rows.scrollIntoView(activePosition);
  }, [rows, activePosition, count]);

  const windowRows = rows.visibleRows();
  const firstShown = windowRows.length > 0 ? indexAt(windowRows[0]!.position) : 0;
  const lastShown = windowRows.length > 0 ? indexAt(windowRows.at(-1)!.position) : -1;
  useEffect(() => onScrolledTo(firstShown, lastShown), [onScrolledTo, firstShown, lastShown]);

  return (
    <div className="grid">
      <div className="grid-header" role="presentation">
        <div className="cell cell-number">#</div>
        <div className="cell cell-source">Bengali</div>
        <div className="cell cell-english">English</div>
        <div className="cell cell-shape">n-m</div>
        <div className="cell cell-score">Score</div>
        <div className="cell cell-status">Status</div>
      </div>
      <div
        ref={attachScroller}
        className="grid-scroll"
        tabIndex={0}
        role="grid"
        aria-label="Alignment rows"
        aria-rowcount={count}
        aria-activedescendant={activePosition >= 0 ? `row-${activeIndex}` : undefined}
        data-testid="alignment-grid"
      >
        {count === 0 ? (
          <p className="empty-state">
            {visible ? 'No row matches the filter.' : 'This document has no rows.'}
          </p>
        ) : (
          <div className="grid-body" style={{ height: rows.totalHeight() }}>
            {windowRows.map(({ position, top }) => {
              const index = indexAt(position);
              const bead = beads[index];
              return (
                <BeadRow
                  key={bead?.id ?? `slot-${index}`}
                  index={index}
                  position={position}
                  bead={bead}
                  active={index === activeIndex}
                  top={top}
                  editor={index === activeIndex ? editor : null}
                  measure={rows.measure}
                  onActivate={onActivate}
                  hints={index === activeIndex ? activeHints : null}
                  flags={bead ? flagsOf(bead) : undefined}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
