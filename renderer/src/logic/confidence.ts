// Bands like memoQ's and Trados's match colours: the translator reads the colour, not the number.

export type Confidence = 'manual' | 'high' | 'medium' | 'low';

export const confidenceThresholds = { high: 0.8, medium: 0.5 } as const;

export function confidenceOf(score: number | null): Confidence {
  if (score === null) return 'manual';
  if (score >= confidenceThresholds.high) return 'high';
  if (score >= confidenceThresholds.medium) return 'medium';
  return 'low';
}

export function formatScore(score: number | null): string {
  return score === null ? '—' : `${Math.round(score * 100)}`;
}
