// Snapshots of the corpus file: listed and taken here, restored from a terminal, because a
// restore replaces the very file this app holds open.

import { useEffect, useState } from 'react';
import type { BackupView } from '../../../shared/api';
import type { CorpusClient } from '../../../shared/client';
import { useReporter } from '../app/reporter';
import { formatBytes, restoreCommand } from '../logic/backups';

type Loaded = { backups: BackupView[]; databasePath: string };

export function BackupsPanel({ client }: { client: CorpusClient }) {
  const reporter = useReporter();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [generation, setGeneration] = useState(0);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([client.call('backup.list', {}), client.call('corpus.info', {})]).then(
      ([list, info]) => {
        if (!cancelled) setLoaded({ backups: list.backups, databasePath: info.databasePath });
      },
      (error: unknown) => {
        if (!cancelled) reporter.error(error, 'Listing the backups');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, reporter, generation]);

  const backUpNow = async () => {
    setBusy(true);
    try {
      const backup = await client.call('backup.create', {});
      reporter.notice(`Backed up to ${backup.name} (${formatBytes(backup.bytes)}).`);
      setGeneration((value) => value + 1);
    } catch (error) {
      reporter.error(error, 'Backing up the corpus');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="backups-panel" aria-label="Backups">
      <div className="backups-heading">
        <h2>Backups</h2>
        <button type="button" className="primary" onClick={backUpNow} disabled={busy}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <p className="hint">
        Setu copies the corpus before it upgrades the database, before bulk imports from the command
        line and before a restore; the ten newest copies of each kind are kept.
      </p>
      {loaded && (
        <p className="hint">
          Corpus file: <code>{loaded.databasePath}</code>
        </p>
      )}
      {loaded === null ? (
        <p className="empty-state">Loading backups…</p>
      ) : loaded.backups.length === 0 ? (
        <p className="empty-state">No backups yet.</p>
      ) : (
        <table className="backup-table">
          <thead>
            <tr>
              <th>Taken</th>
              <th>Why</th>
              <th>Size</th>
              <th>Name</th>
              <th>
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {loaded.backups.map((backup) => (
              <BackupRow
                key={backup.name}
                backup={backup}
                databasePath={loaded.databasePath}
                showRestore={restoring === backup.name}
                onToggleRestore={() =>
                  setRestoring((current) => (current === backup.name ? null : backup.name))
                }
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const reasonLabels: Record<string, string> = {
  manual: 'Backed up by hand',
  'before-import': 'Before a bulk import',
  'before-migration': 'Before a database upgrade',
  'before-restore': 'Before a restore',
};

function describeReason(reason: string): string {
  return reasonLabels[reason] ?? reason.replace(/-/g, ' ');
}

function BackupRow({
  backup,
  databasePath,
  showRestore,
  onToggleRestore,
}: {
  backup: BackupView;
  databasePath: string;
  showRestore: boolean;
  onToggleRestore: () => void;
}) {
  const reporter = useReporter();
  const command = restoreCommand(backup.name, databasePath);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      reporter.notice('Copied the restore command.');
    } catch (error) {
      reporter.error(error, 'Copying the command');
    }
  };
  return (
    <>
      <tr data-testid="backup-row">
        <td>{new Date(backup.createdAt).toLocaleString()}</td>
        <td>{describeReason(backup.reason)}</td>
        <td>{formatBytes(backup.bytes)}</td>
        <td>
          <code className="backup-name">{backup.name}</code>
        </td>
        <td className="backup-actions">
          <button type="button" onClick={onToggleRestore} aria-expanded={showRestore}>
            {showRestore ? 'Hide restore' : 'Restore…'}
          </button>
        </td>
      </tr>
      {showRestore && (
        <tr className="restore-row">
          <td colSpan={5}>
            <p>
              Restoring replaces the corpus file, so it runs outside Setu: quit Setu (and stop{' '}
              <code>setu serve</code>), then run this in a terminal. The current state is backed up
              first, so a restore can itself be undone.
            </p>
            <div className="restore-command">
              <code data-testid="restore-command">{command}</code>
              <button type="button" onClick={copy}>
                Copy
              </button>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
