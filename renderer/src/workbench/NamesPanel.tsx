import { useState } from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { MinedPairView, NameHintView, QaFlagView } from '../../../shared/model';
import { useReporter } from '../app/reporter';
import type { BeadHints } from './useBeadHints';

const statusMarks: Record<NameHintView['status'], { mark: string; label: string }> = {
  present: { mark: '✓', label: 'in the English' },
  variant: { mark: '≈', label: 'spelled differently in the English' },
  missing: { mark: '✗', label: 'missing from the English' },
};

/** The active row's names (✓ present / ≈ variant / ✗ missing), its QA flags, and glossary suggestions to accept or reject. */
export function NamesPanel({
  client,
  documentId,
  hints,
  onGlossaryChanged,
}: {
  client: CorpusClient;
  documentId: number;
  hints: BeadHints | null;
  onGlossaryChanged: () => void;
}) {
  return (
    <div className="names-panel">
      <h3>Names in this row</h3>
      {hints === null ? (
        <p className="hint">Looking for names…</p>
      ) : hints.hints.length === 0 ? (
        <p className="hint">No names found in the Bengali.</p>
      ) : (
        <ul className="name-list" data-testid="name-list">
          {hints.hints.map((hint) => (
            <NameEntry key={`${hint.start}-${hint.end}`} hint={hint} />
          ))}
        </ul>
      )}
      {hints && hints.flags.length > 0 && <FlagList flags={hints.flags} />}
      <GlossarySuggestions client={client} documentId={documentId} onChanged={onGlossaryChanged} />
    </div>
  );
}

function NameEntry({ hint }: { hint: NameHintView }) {
  const { mark, label } = statusMarks[hint.status];
  return (
    <li
      className={`name-entry name-${hint.status}`}
      title={`${hint.english}: ${label} (${hint.origin})`}
    >
      <span className="name-mark" aria-label={label}>
        {mark}
      </span>
      <span lang="bn">{hint.text}</span>
      <span aria-hidden="true">→</span>
      <span lang="en">{hint.english}</span>
      {hint.status === 'variant' && hint.target && (
        <span className="hint">(here “{hint.target.text}”)</span>
      )}
    </li>
  );
}

export function FlagList({ flags }: { flags: readonly QaFlagView[] }) {
  return (
    <>
      <h3>Checks</h3>
      <ul className="flag-list" data-testid="flag-list">
        {flags.map((flag, index) => (
          <li key={index} className={`flag flag-${flag.severity}`}>
            <span className="flag-severity">{flag.severity}</span> {flag.message}
          </li>
        ))}
      </ul>
    </>
  );
}

function GlossarySuggestions({
  client,
  documentId,
  onChanged,
}: {
  client: CorpusClient;
  documentId: number;
  onChanged: () => void;
}) {
  const reporter = useReporter();
  const [pairs, setPairs] = useState<MinedPairView[] | null>(null);
  const [busy, setBusy] = useState(false);

  const mine = async () => {
    setBusy(true);
    try {
      setPairs((await client.call('names.mine', { documentId })).pairs);
    } catch (error) {
      reporter.error(error, 'Finding name pairs');
    } finally {
      setBusy(false);
    }
  };

  const settle = async (pair: MinedPairView, accept: boolean) => {
    try {
      if (accept) {
        await client.call('glossary.add', {
          source: pair.bn,
          target: pair.en,
          variants: pair.variants,
        });
      } else {
        await client.call('glossary.reject', { source: pair.bn, target: pair.en });
      }
      setPairs((current) => current?.filter((each) => each !== pair) ?? null);
      onChanged();
    } catch (error) {
      reporter.error(error, accept ? 'Adding to the glossary' : 'Rejecting the pair');
    }
  };

  return (
    <section className="glossary-suggestions" aria-label="Glossary suggestions">
      <h3>Glossary suggestions</h3>
      <button type="button" onClick={mine} disabled={busy}>
        {busy ? 'Looking…' : 'Find name pairs in this document'}
      </button>
      {pairs !== null && pairs.length === 0 && (
        <p className="hint">No new pairs: the glossary knows them all.</p>
      )}
      {pairs !== null && pairs.length > 0 && (
        <table className="pair-table" data-testid="mined-pairs">
          <tbody>
            {pairs.map((pair) => (
              <tr key={`${pair.bn}\u0000${pair.en}`}>
                <td lang="bn" title={pair.variants.join(', ')}>
                  {pair.bn}
                </td>
                <td lang="en">{pair.en}</td>
                <td className="hint" title="Rows where the pair was seen">
                  ×{pair.count}
                </td>
                <td className="pair-actions">
                  <button
                    type="button"
                    onClick={() => settle(pair, true)}
                    aria-label={`Accept ${pair.bn} = ${pair.en}`}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    onClick={() => settle(pair, false)}
                    aria-label={`Reject ${pair.bn} = ${pair.en}`}
                  >
                    Reject
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
