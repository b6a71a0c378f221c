import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../../corpus/common/align';

describe('alignTexts on a long paragraph', () => {
  // Null beads between unconfirmed breaks used to be merged by copying the growing bead each
  // time: quadratic in the run, 83 s for this paragraph. Merged in place now (a few seconds).
  it('aligns a 1,000,000-character paragraph completely', { timeout: 60_000 }, () => {
    const paragraph = 'এটি একটি খুব লম্বা লাইন যার কোনো শেষ নেই '.repeat(25_000);
    const alignment = alignTexts(
      { text: paragraph, lang: 'bn' },
      { text: 'One sentence. Another one.\n', lang: 'en' },
    );
    const sources = alignment.beads.flatMap((bead) => bead.source);
    expect(sources).toEqual(alignment.source.sentences.map((_, index) => index));
    expect(alignment.beads.flatMap((bead) => bead.target)).toEqual([0, 1]);
  });
});
