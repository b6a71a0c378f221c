import type { CommandName } from '../logic/keymap';
import { chordLabel, shortcuts } from '../logic/keymap';

type ToolbarButton = { command: CommandName; label: string };

const groups: readonly (readonly ToolbarButton[])[] = [
  [
    { command: 'row.confirmAndNext', label: '✓ Confirm' },
    { command: 'bead.flag', label: '⚑ Flag' },
    { command: 'bead.confirmThrough', label: 'Confirm to here' },
  ],
  [
    { command: 'bead.mergePrevious', label: 'Merge ↑' },
    { command: 'bead.mergeNext', label: 'Merge ↓' },
    { command: 'bead.splitAtCursor', label: 'Split' },
    { command: 'bead.moveTargetFirstToPrevious', label: 'EN first ↑' },
    { command: 'bead.moveTargetLastToNext', label: 'EN last ↓' },
    { command: 'bead.moveSourceFirstToPrevious', label: 'BN first ↑' },
    { command: 'bead.moveSourceLastToNext', label: 'BN last ↓' },
    { command: 'bead.insertAfter', label: 'Insert' },
    { command: 'bead.delete', label: 'Delete' },
  ],
  [
    { command: 'history.undo', label: '↶ Undo' },
    { command: 'history.redo', label: '↷ Redo' },
  ],
  [
    { command: 'row.nextSuspicious', label: 'Next suspicious' },
    { command: 'history.show', label: 'History' },
    { command: 'names.show', label: 'Names' },
    { command: 'export.open', label: 'Export…' },
    { command: 'help.shortcuts', label: 'Shortcuts' },
  ],
];

function buttonTitle(command: CommandName): string {
  const shortcut = shortcuts.find((each) => each.command === command);
  if (!shortcut) return '';
  return `${shortcut.description} (${shortcut.chords.map(chordLabel).join(', ')})`;
}

export function Toolbar({
  onCommand,
  busy,
}: {
  onCommand: (command: CommandName) => void;
  busy: boolean;
}) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Row actions" aria-busy={busy}>
      {groups.map((group, index) => (
        <div key={index} className="toolbar-group">
          {group.map((button) => (
            <button
              key={button.command}
              type="button"
              title={buttonTitle(button.command)}
              data-command={button.command}
              // Keeps the focus (and the cursor) in the English editor while clicking.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onCommand(button.command)}
            >
              {button.label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
