// Glossary terms as the names code sees them, and the matching rules shared by hints, mining and
// the rejected-pair bookkeeping: a Bengali form matches with or without its case ending, an
// English form ignoring case, dots and possessives.

import { candidateStems } from './stems';
import { tokenizeSource } from './tokens';
import { indexNames } from './translated';
import type { TranslatedNameIndex } from './translated';

/** A glossary entry: shared/model's GlossaryEntry has this shape (and more). */
export type GlossaryTerm = {
  source: string;
  target: string;
  variants: readonly string[];
};

/** A pair a reviewer turned down: never propose this Bengali form for this English again. */
export type RejectedPair = { source: string; target: string };

export type CompiledGlossary = {
  terms: readonly GlossaryTerm[];
  /** Every Bengali form (source and variants) indexed by first word; a match's entry is terms[name.entry]. */
  index: TranslatedNameIndex;
};

/** Compiles a glossary once for many beads (hintsFor and checkBead accept either form). */
export function compileGlossary(terms: readonly GlossaryTerm[]): CompiledGlossary {
  const entries = terms.map((term) => ({
    bengali: [term.source, ...term.variants].filter((form) => form.trim() !== ''),
    english: [term.target],
  }));
  return { terms, index: indexNames(entries) };
}

const compiledCache = new WeakMap<readonly GlossaryTerm[], CompiledGlossary>();

export function asCompiledGlossary(
  glossary: readonly GlossaryTerm[] | CompiledGlossary,
): CompiledGlossary {
  if ('index' in glossary) return glossary;
  let compiled = compiledCache.get(glossary);
  if (compiled === undefined) {
    compiled = compileGlossary(glossary);
    compiledCache.set(glossary, compiled);
  }
  return compiled;
}

/** The key two English forms share when they name the same thing: Lavrov’s = lavrov, U.S. = US. */
export function englishKey(english: string): string {
  return english
    .normalize('NFC')
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .replace(/[-‐‑–\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Bengali keys of a form: its words normalised, the last one also with each case ending stripped. */
export function bengaliKeys(form: string): Set<string> {
  const words = tokenizeSource(form).map((token) => token.key);
  const keys = new Set<string>();
  if (words.length === 0) return keys;
  const inner = words.slice(0, -1);
  for (const stem of candidateStems(words[words.length - 1]!)) keys.add([...inner, stem].join(' '));
  return keys;
}

/** The matching key of a Bengali form without stripping anything: words normalised, single spaces. */
export function bengaliFormKey(form: string): string {
  return tokenizeSource(form)
    .map((token) => token.key)
    .join(' ');
}

type RejectionIndex = ReadonlyMap<string, ReadonlySet<string>>;

function indexRejections(rejected: readonly RejectedPair[]): RejectionIndex {
  const index = new Map<string, Set<string>>();
  for (const pair of rejected) {
    const key = englishKey(pair.target);
    const forms = index.get(key) ?? new Set<string>();
    forms.add(bengaliFormKey(pair.source));
    index.set(key, forms);
  }
  return index;
}

/** True when this Bengali form (or its stem) was rejected for this English. */
export function isRejected(rejections: RejectionIndex, bengali: string, english: string): boolean {
  const forms = rejections.get(englishKey(english));
  if (forms === undefined) return false;
  if (forms.has(bengaliFormKey(bengali))) return true;
  for (const key of bengaliKeys(bengali)) if (forms.has(key)) return true;
  return false;
}

export { indexRejections };

/**
 * The glossary without the rejected pairs: a rejected variant is dropped from its entry; when the
 * entry's own source is rejected its first remaining variant takes its place, and an entry with no
 * form left is dropped.
 */
export function excludeRejected<Term extends GlossaryTerm>(
  glossary: readonly Term[],
  rejected: readonly RejectedPair[],
): Term[] {
  const rejections = indexRejections(rejected);
  const kept: Term[] = [];
  for (const term of glossary) {
    const forms = [term.source, ...term.variants].filter(
      (form) => !isRejected(rejections, form, term.target),
    );
    const [source, ...variants] = forms;
    if (source === undefined) continue;
    kept.push({ ...term, source, variants });
  }
  return kept;
}
