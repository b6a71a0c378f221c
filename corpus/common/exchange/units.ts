/** One translation unit as every writer takes it and every reader gives it back. */
export type ExchangeUnit = {
  source: string;
  target: string;
  /** Document title or id, written as the x-document property. */
  document?: string;
  status?: string;
  score?: number | null;
  note?: string | null;
  /** `paragraph` for the extra units of `withParagraphUnits`; absent means sentence. */
  kind?: 'sentence' | 'paragraph';
  /** Written as TMX `tuid` and XLIFF `id` when given. */
  id?: string;
};

/** Which units a writer keeps; the others produce no output. */
export type UnitSelection = {
  /** Keep only units whose status is `confirmed`. */
  confirmedOnly?: boolean;
  /** Drop 1-0 and 0-1 units (one side empty after trimming). */
  skipUnpaired?: boolean;
};

export function isUnpaired(unit: ExchangeUnit): boolean {
  return unit.source.trim() === '' || unit.target.trim() === '';
}

export function isSelected(unit: ExchangeUnit, selection: UnitSelection): boolean {
  if (selection.confirmedOnly && unit.status !== 'confirmed') return false;
  if (selection.skipUnpaired && isUnpaired(unit)) return false;
  return true;
}

/** How a writer names a unit in an error: its position among the units given, and its document. */
export function describeUnit(position: number, unit: ExchangeUnit): string {
  const id = unit.id !== undefined ? ` (id ${JSON.stringify(unit.id)})` : '';
  const document =
    unit.document !== undefined ? ` of document ${JSON.stringify(unit.document)}` : '';
  return `unit ${position}${id}${document}`;
}

/** Writers share this shape so the caller streams any format the same way. */
export type ExchangeWriter = {
  header(): string;
  /** The unit's text, or '' when the selection options leave it out. */
  unit(unit: ExchangeUnit): string;
  footer(): string;
  /** Units written and left out so far. */
  readonly counts: { written: number; skipped: number };
};

/** The whole file as a sequence of chunks, pulling one unit at a time from `units`. */
export function* serialize(
  writer: ExchangeWriter,
  units: Iterable<ExchangeUnit>,
): Generator<string, void, undefined> {
  yield writer.header();
  for (const unit of units) {
    const text = writer.unit(unit);
    if (text !== '') yield text;
  }
  yield writer.footer();
}
