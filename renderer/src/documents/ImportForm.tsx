import type { ChangeEvent, FormEvent } from 'react';
import { useEffect, useId, useState } from 'react';
import type { CorpusClient, OpenedTextFile } from '../../../shared/client';
import type { DocumentSummary } from '../../../shared/model';
import { decodeText } from '../../../corpus/common/exchange/decode';
import { useReporter } from '../app/reporter';

type Side = { text: string; fileName: string | null };
type Preview = { source: string[]; target: string[] };
type Progress = { done: number; total: number; label: string };

function titleFromSideFile(fileName: string): string {
  return fileName.replace(/(\.(bn|en))?\.[^.]+$/, '');
}

function initialSide(file: OpenedTextFile | undefined): Side {
  return file ? { text: file.text, fileName: file.name } : { text: '', fileName: null };
}

export function ImportForm({
  client,
  initial,
  onImported,
}: {
  client: CorpusClient;
  /** Texts the desktop app opened, already sorted into Bengali and English. */
  initial?: { source?: OpenedTextFile; target?: OpenedTextFile };
  onImported: (document: DocumentSummary) => void;
}) {
  const reporter = useReporter();
  const [title, setTitle] = useState(() => {
    const named = initial?.source ?? initial?.target;
    return named ? titleFromSideFile(named.name) : '';
  });
  const [source, setSource] = useState<Side>(() => initialSide(initial?.source));
  const [target, setTarget] = useState<Side>(() => initialSide(initial?.target));
  const [presegmented, setPresegmented] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.type === 'progress')
          setProgress({ done: event.done, total: event.total, label: event.label });
      }),
    [client],
  );

  const ready = title.trim() !== '' && source.text.trim() !== '' && target.text.trim() !== '';

  const runPreview = async () => {
    setBusy('preview');
    try {
      const [bengali, english] = await Promise.all([
        client.call('text.segment', { text: source.text, lang: 'bn', presegmented }),
        client.call('text.segment', { text: target.text, lang: 'en', presegmented }),
      ]);
      setPreview({ source: bengali.sentences, target: english.sentences });
    } catch (error) {
      reporter.error(error, 'Segmenting the texts');
    } finally {
      setBusy(null);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy('import');
    setProgress(null);
    try {
      const document = await client.call('document.import', {
        title: title.trim(),
        source: source.text,
        target: target.text,
        sourceLang: 'bn',
        targetLang: 'en',
        presegmented,
      });
      onImported(document);
    } catch (error) {
      reporter.error(error, 'Importing the document');
    } finally {
      setBusy(null);
    }
  };

  const chooseSide = (side: Side) => {
    if (title === '' && side.fileName) setTitle(titleFromSideFile(side.fileName));
  };

  return (
    <form className="import-form" onSubmit={submit} aria-label="Import a document pair">
      <label className="field">
        <span>Title</span>
        <input
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
        />
      </label>
      <div className="import-sides">
        <SideInput
          label="Bengali (source)"
          name="source"
          lang="bn"
          side={source}
          onChange={(side) => {
            setSource(side);
            setPreview(null);
            chooseSide(side);
          }}
        />
        <SideInput
          label="English (translation)"
          name="target"
          lang="en"
          side={target}
          onChange={(side) => {
            setTarget(side);
            setPreview(null);
            chooseSide(side);
          }}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={presegmented}
          onChange={(event) => {
            setPresegmented(event.target.checked);
            setPreview(null);
          }}
        />
        Already one sentence per line
      </label>
      <div className="import-actions">
        <button
          type="button"
          onClick={runPreview}
          disabled={busy !== null || (!source.text && !target.text)}
        >
          {busy === 'preview' ? 'Segmenting…' : 'Preview sentences'}
        </button>
        <button type="submit" className="primary" disabled={!ready || busy !== null}>
          {busy === 'import' ? 'Aligning…' : 'Import and align'}
        </button>
        {busy === 'import' && <ImportProgress progress={progress} />}
      </div>
      {preview && <SegmentationPreview preview={preview} />}
    </form>
  );
}

function SideInput({
  label,
  name,
  lang,
  side,
  onChange,
}: {
  label: string;
  name: string;
  lang: string;
  side: Side;
  onChange: (side: Side) => void;
}) {
  const id = useId();
  const reporter = useReporter();
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      // Decoded here rather than by file.text(): Windows tools save UTF-16 too, and a BOM is
      // not part of the first sentence.
      const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
      onChange({ text, fileName: file.name });
    } catch (error) {
      reporter.error(error, `Reading ${file.name}`);
    }
  };
  return (
    <div className="import-side">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        lang={lang}
        rows={8}
        value={side.text}
        placeholder="Paste the text here, or choose a file below"
        onChange={(event) => onChange({ text: event.target.value, fileName: side.fileName })}
      />
      <input
        type="file"
        accept=".txt,text/plain"
        aria-label={`${label} file`}
        onChange={readFile}
      />
      {side.text !== '' && (
        <span className="hint">
          {side.fileName ? `${side.fileName}: ` : ''}
          {side.text.length.toLocaleString()} characters
        </span>
      )}
    </div>
  );
}

function SegmentationPreview({ preview }: { preview: Preview }) {
  return (
    <div className="segmentation-preview" aria-label="Sentence preview">
      <PreviewColumn heading="Bengali" lang="bn" sentences={preview.source} />
      <PreviewColumn heading="English" lang="en" sentences={preview.target} />
    </div>
  );
}

const previewLimit = 200;

function PreviewColumn({
  heading,
  lang,
  sentences,
}: {
  heading: string;
  lang: string;
  sentences: string[];
}) {
  return (
    <div className="preview-column">
      <h3>
        {heading}: {sentences.length} sentences
      </h3>
      <ol lang={lang}>
        {sentences.slice(0, previewLimit).map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ol>
      {sentences.length > previewLimit && (
        <p className="hint">… and {sentences.length - previewLimit} more</p>
      )}
    </div>
  );
}

function ImportProgress({ progress }: { progress: Progress | null }) {
  if (!progress) return <progress aria-label="Importing" />;
  return (
    <span className="import-progress">
      <progress max={progress.total} value={progress.done} aria-label="Importing" />
      {progress.label}
    </span>
  );
}
