import type { BeadView } from '../../../shared/model';

/** The n-m badge: Bengali sentences - English sentences. */
export function beadShape(bead: BeadView): string {
  return `${bead.source.length}-${bead.target.length}`;
}

export function isOneToOne(bead: BeadView): boolean {
  return bead.source.length === 1 && bead.target.length === 1;
}
