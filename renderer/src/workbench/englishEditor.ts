// The one Monaco editor of the workbench. It is created once and its DOM node is moved into
// whichever row is active (one editor per row would cost ~1 MB and a layout each). It
// autosaves through the session: after a pause in typing, and at once before anything else
// happens (row change, merge, undo…), so structure never overtakes text.

import type * as MonacoApi from 'monaco-editor/editor';
import type { BeadView } from '../../../shared/model';
import { joinSentences } from '../../../shared/model';
import type { Monaco } from '../monaco/loadMonaco';
import type { DocumentSession } from './documentSession';

export const autosaveDelayMs = 700;

export type EditorTheme = 'light' | 'dark';

export class EnglishEditor {
  readonly container: HTMLDivElement;
  private readonly editor: MonacoApi.editor.IStandaloneCodeEditor;
  private beadId: number | null = null;
  private savedText = '';
  private settingText = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private wantsFocus = false;
  /** English names the glossary and name matcher offer for the active row's Bengali. */
  private nameCompletions: readonly { english: string; bengali: string }[] = [];
  private readonly completionProvider: MonacoApi.IDisposable;
  private readonly dirtyListeners = new Set<(dirty: boolean) => void>();
  private reportedDirty = false;

  constructor(
    monaco: Monaco,
    private readonly session: DocumentSession,
    theme: EditorTheme,
  ) {
    this.container = document.createElement('div');
    this.container.className = 'english-editor';
    this.container.dataset.testid = 'english-editor';
    this.editor = monaco.editor.create(this.container, {
      value: '',
      language: 'plaintext',
      theme: monacoTheme(theme),
      fontFamily: "'Noto Sans Bengali', system-ui, sans-serif",
      fontSize: 15,
      lineHeight: 24,
      wordWrap: 'on',
      wrappingStrategy: 'advanced',
      lineNumbers: 'off',
      glyphMargin: false,
      folding: false,
      lineDecorationsWidth: 4,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      overviewRulerLanes: 0,
      hideCursorInOverviewRuler: true,
      renderLineHighlight: 'none',
      scrollbar: {
        vertical: 'hidden',
        horizontal: 'hidden',
        alwaysConsumeMouseWheel: false,
        handleMouseWheel: false,
      },
      automaticLayout: true,
      contextmenu: true,
      // Only our provider contributes (no word-based suggestions), so the list opens only
      // when a typed prefix matches a name of the row.
      quickSuggestions: { other: 'on', comments: 'off', strings: 'off' },
      suggestOnTriggerCharacters: false,
      wordBasedSuggestions: 'off',
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false },
      ariaLabel: 'English translation of the active row',
      accessibilitySupport: 'auto',
    });
    this.editor.onDidContentSizeChange(() => this.fitHeight());
    this.editor.onDidChangeModelContent(() => {
      if (!this.settingText) this.scheduleSave();
      this.reportDirty();
    });
    this.editor.onDidBlurEditorText(() => this.flush());
    this.fitHeight();
    this.completionProvider = monaco.languages.registerCompletionItemProvider('plaintext', {
      provideCompletionItems: (model, position) => {
        if (model !== this.editor.getModel()) return { suggestions: [] };
        const word = model.getWordUntilPosition(position);
        const range = {
          startLineNumber: position.lineNumber,
          endLineNumber: position.lineNumber,
          startColumn: word.startColumn,
          endColumn: word.endColumn,
        };
        return {
          suggestions: this.nameCompletions.map((name) => ({
            label: name.english,
            kind: monaco.languages.CompletionItemKind.Reference,
            detail: name.bengali,
            documentation: `Glossary English for ${name.bengali}`,
            insertText: name.english,
            range,
          })),
        };
      },
    });
  }

  /** Tells `listener` when the editor starts or stops holding text not yet handed to the session. */
  onDirtyChange(listener: (dirty: boolean) => void): () => void {
    this.dirtyListeners.add(listener);
    return () => this.dirtyListeners.delete(listener);
  }

  /** The names to offer while typing this row's English. */
  setNameCompletions(names: readonly { english: string; bengali: string }[]): void {
    this.nameCompletions = names;
  }

  /** Shows `bead`'s English. A different bead saves the current text first; the same bead only takes the server's text when nothing is unsaved. */
  show(bead: BeadView | undefined): void {
    if (!bead) return;
    const text = joinSentences(bead.target);
    if (bead.id !== this.beadId) {
      this.flush();
      this.beadId = bead.id;
      this.replaceText(text, 'start');
      return;
    }
    // Unsaved typing is newer than any text the server sent; it is saved next.
    if (this.isDirty()) return;
    // The server trims what it stores; a space typed just before a pause must not vanish.
    if (text.trim() !== this.editor.getValue().trim()) this.replaceText(text, 'keep');
  }

  /** Puts the editor's node into the active row's English cell. */
  attach(slot: HTMLElement | null): void {
    if (!slot) return;
    if (this.container.parentElement !== slot) slot.appendChild(this.container);
    this.editor.layout();
    if (this.wantsFocus) {
      this.wantsFocus = false;
      this.editor.focus();
    }
  }

  focus(): void {
    if (this.container.isConnected) this.editor.focus();
    else this.wantsFocus = true;
  }

  /** Focus the editor once it is attached to the next row's cell. */
  focusAfterMove(): void {
    this.wantsFocus = true;
  }

  hasFocus(): boolean {
    return this.editor.hasTextFocus();
  }

  contains(node: Node | null): boolean {
    return node !== null && this.container.contains(node);
  }

  /** UTF-16 offset of the cursor in the English text. */
  cursorOffset(): number {
    const model = this.editor.getModel();
    const position = this.editor.getPosition();
    return model && position ? model.getOffsetAt(position) : 0;
  }

  /** Monaco's completion list is open: Enter must pick from it, not confirm the row. */
  suggestionsVisible(): boolean {
    return this.container.querySelector('.suggest-widget.visible') !== null;
  }

  currentBeadId(): number | null {
    return this.beadId;
  }

  isDirty(): boolean {
    return this.beadId !== null && this.editor.getValue() !== this.savedText;
  }

  /** Queues the unsaved text (if any) before whatever is queued next. */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.isDirty() || this.beadId === null) return;
    const text = this.editor.getValue();
    this.savedText = text;
    void this.session.editTarget(this.beadId, text);
    this.reportDirty();
  }

  setTheme(theme: EditorTheme, monaco: Monaco): void {
    monaco.editor.setTheme(monacoTheme(theme));
  }

  dispose(): void {
    this.flush();
    this.completionProvider.dispose();
    this.editor.getModel()?.dispose();
    this.editor.dispose();
    this.container.remove();
  }

  private reportDirty(): void {
    const dirty = this.isDirty();
    if (dirty === this.reportedDirty) return;
    this.reportedDirty = dirty;
    for (const listener of this.dirtyListeners) listener(dirty);
  }

  private scheduleSave(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, autosaveDelayMs);
  }

  private replaceText(text: string, cursor: 'start' | 'keep'): void {
    const position = this.editor.getPosition();
    this.settingText = true;
    try {
      this.editor.setValue(text);
    } finally {
      this.settingText = false;
    }
    this.savedText = text;
    this.reportDirty();
    if (cursor === 'keep' && position) this.editor.setPosition(position);
  }

  private fitHeight(): void {
    const height = Math.max(this.editor.getContentHeight(), 24);
    this.container.style.height = `${height}px`;
  }
}

function monacoTheme(theme: EditorTheme): string {
  return theme === 'dark' ? 'vs-dark' : 'vs';
}
