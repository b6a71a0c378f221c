import type { RefCallback } from 'react';
import { memo } from 'react';
import type {
  BeadStatus,
  BeadView,
  NameHintView,
  QaFlagView,
  SentenceView,
} from '../../../shared/model';
import { beadShape, isOneToOne } from '../logic/beadText';
import { sentencePieces } from '../logic/hintPieces';
import { confidenceOf, formatScore } from '../logic/confidence';
import type { EnglishEditor } from './englishEditor';

export type BeadRowProps = {
  index: number;
  /** Position in the (possibly filtered) list, for the virtualiser's measurements. */
  position: number;
  bead: BeadView | undefined;
  active: boolean;
  top: number;
  editor: EnglishEditor | null;
  /** The virtualiser's ref: it reads data-position and data-key to file the row's height. */
  measure: RefCallback<HTMLDivElement>;
  onActivate: (index: number, focusEditor: boolean) => void;
  /** Names found in the Bengali (the active row only: they cost a call per row). */
  hints: readonly NameHintView[] | null;
  /** QA findings, once the row has been checked. */
  flags: readonly QaFlagView[] | undefined;
};

export const BeadRow = memo(function BeadRow({
  index,
  position,
  bead,
  active,
  top,
  editor,
  measure,
  onActivate,
  hints,
  flags,
}: BeadRowProps) {
  const style = { transform: `translateY(${top}px)` };
  if (!bead) {
    return (
      <div
        ref={measure}
        data-position={position}
        data-key="null"
        className="bead-row loading-row"
        style={style}
        role="row"
      >
        <div className="cell cell-number" role="rowheader">
          {index + 1}
        </div>
        <div className="cell cell-loading" role="gridcell">
          Loading…
        </div>
      </div>
    );
  }
  const confidence = confidenceOf(bead.score);
  const classes = [
    'bead-row',
    `status-${bead.status}`,
    `confidence-${confidence}`,
    active ? 'active' : '',
  ];
  return (
    <div
      ref={measure}
      data-position={position}
      data-key={bead.id}
      data-testid="bead-row"
      data-bead-id={bead.id}
      id={`row-${index}`}
      className={classes.join(' ')}
      style={style}
      role="row"
      aria-selected={active}
      onMouseDown={(event) => {
        if (active) return;
        const inEnglish = (event.target as HTMLElement).closest('.cell-english') !== null;
        onActivate(index, inEnglish);
      }}
    >
      <div className="cell cell-number" role="rowheader">
        {index + 1}
      </div>
      <div className="cell cell-source" role="gridcell" lang="bn">
        {hints && hints.length > 0 ? (
          <HintedSentences sentences={bead.source} hints={hints} />
        ) : (
          <Sentences sentences={bead.source} />
        )}
      </div>
      <div className="cell cell-english" role="gridcell" lang="en">
        {active && editor ? <EditorSlot editor={editor} /> : <Sentences sentences={bead.target} />}
      </div>
      <div className="cell cell-shape" role="gridcell">
        <span
          className={isOneToOne(bead) ? 'shape-badge' : 'shape-badge shape-irregular'}
          title="Bengali–English sentences"
        >
          {beadShape(bead)}
        </span>
      </div>
      <div className="cell cell-score" role="gridcell">
        <span className={`score-pill confidence-${confidence}`} title={scoreTitle(bead.score)}>
          {formatScore(bead.score)}
        </span>
      </div>
      <div className="cell cell-status" role="gridcell">
        <StatusMark status={bead.status} />
        {flags && flags.length > 0 && <FlagMark flags={flags} />}
      </div>
    </div>
  );
});

function Sentences({ sentences }: { sentences: SentenceView[] }) {
  if (sentences.length === 0) return <span className="no-sentence">—</span>;
  return (
    <>
      {sentences.map((sentence) => (
        <span key={sentence.id} className="sentence">
          {sentence.text}
        </span>
      ))}
    </>
  );
}

function HintedSentences({
  sentences,
  hints,
}: {
  sentences: SentenceView[];
  hints: readonly NameHintView[];
}) {
  const pieces = sentencePieces(sentences, hints);
  return (
    <>
      {sentences.map((sentence, index) => (
        <span key={sentence.id} className="sentence">
          {pieces[index]!.map((piece, pieceIndex) =>
            piece.hint ? (
              <span
                key={pieceIndex}
                className={`name-hint name-${piece.hint.status}`}
                title={`${piece.hint.english} (${hintStatusLabels[piece.hint.status]})`}
                data-english={piece.hint.english}
              >
                {piece.text}
              </span>
            ) : (
              piece.text
            ),
          )}
        </span>
      ))}
    </>
  );
}

const hintStatusLabels: Record<NameHintView['status'], string> = {
  present: 'in the English',
  variant: 'spelled differently in the English',
  missing: 'missing from the English',
};

function FlagMark({ flags }: { flags: readonly QaFlagView[] }) {
  const worst = flags.some((flag) => flag.severity === 'error')
    ? 'error'
    : flags.some((flag) => flag.severity === 'warning')
      ? 'warning'
      : 'info';
  return (
    <span
      className={`flag-mark flag-${worst}`}
      title={flags.map((flag) => `${flag.severity}: ${flag.message}`).join('\n')}
      data-testid="qa-flags"
    >
      ⚠ {flags.length}
    </span>
  );
}

function EditorSlot({ editor }: { editor: EnglishEditor }) {
  return <div className="editor-slot" ref={(node) => editor.attach(node)} />;
}

const statusLabels: Record<BeadStatus, { mark: string; label: string }> = {
  auto: { mark: '○', label: 'auto' },
  confirmed: { mark: '✓', label: 'confirmed' },
  flagged: { mark: '⚑', label: 'flagged' },
};

function StatusMark({ status }: { status: BeadStatus }) {
  const { mark, label } = statusLabels[status];
  return (
    <span className={`status-mark status-mark-${status}`} data-testid="status">
      <span aria-hidden="true">{mark}</span> {label}
    </span>
  );
}

function scoreTitle(score: number | null): string {
  return score === null
    ? 'Made by hand: no aligner score'
    : `Aligner confidence ${score.toFixed(2)}`;
}
