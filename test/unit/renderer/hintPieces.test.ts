import { describe, expect, it } from 'vitest';
import type { NameHintView } from '../../../shared/model';
import { joinSentences } from '../../../shared/model';
import { sentencePieces } from '../../../renderer/src/logic/hintPieces';
import { sentences } from './beads';

function hintFor(text: string, word: string, english: string): NameHintView {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} is not in the text`);
  return {
    start,
    end: start + word.length,
    text: word,
    english,
    status: 'present',
    origin: 'phonetic',
  };
}

describe('hint pieces', () => {
  const bengali = sentences(
    'বুধবার পিয়ংইয়ং পৌঁছানোর আগে লাভরভ ধন্যবাদ জানান।',
    'কিম জং উনের সাথে দেখা করেন।',
  );
  const joined = joinSentences(bengali);

  it('cuts each sentence at the edges of the names in it', () => {
    const hints = [
      hintFor(joined, 'লাভরভ', 'Lavrov'),
      hintFor(joined, 'পিয়ংইয়ং', 'Pyongyang'),
      hintFor(joined, 'কিম', 'Kim'),
    ];
    const pieces = sentencePieces(bengali, hints);
    expect(pieces).toHaveLength(2);
    expect(pieces.map((sentence) => sentence.map((piece) => piece.text).join(''))).toEqual(
      bengali.map((s) => s.text),
    );
    expect(
      pieces[0]!.filter((piece) => piece.hint).map((piece) => [piece.text, piece.hint!.english]),
    ).toEqual([
      ['পিয়ংইয়ং', 'Pyongyang'],
      ['লাভরভ', 'Lavrov'],
    ]);
    expect(pieces[1]![0]).toEqual({ text: 'কিম', hint: hints[2] });
  });

  it('leaves sentences without names whole', () => {
    expect(sentencePieces(bengali, [])).toEqual(
      bengali.map((sentence) => [{ text: sentence.text, hint: null }]),
    );
  });
});
