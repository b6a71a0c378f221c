import { chordLabel, shortcuts } from '../logic/keymap';
import { Modal } from './Modal';

const scopeNotes = { anywhere: '', grid: 'in the grid', editor: 'in the editor' } as const;

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {shortcuts.map((shortcut, index) => (
            <tr key={index}>
              <td className="shortcut-keys">
                {shortcut.chords.map((chord) => (
                  <kbd key={chordLabel(chord)}>{chordLabel(chord)}</kbd>
                ))}
              </td>
              <td>
                {shortcut.description}
                {scopeNotes[shortcut.scope] && (
                  <span className="hint"> ({scopeNotes[shortcut.scope]})</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
