/** Per-transcript R:Q and %complex reflections, from the gold labels and from the coder's codes. */
import { COARSE_OF, type CounsellorCode } from '../codes.js';
import type { Scored } from './scored.js';

export interface Ratios {
  rq: number | null;
  pctCr: number | null;
}

export interface TranscriptRatios {
  gold: Ratios;
  pred: Ratios;
  quality: string | undefined;
}

interface Tally {
  q: number;
  r: number;
  sr: number;
  cr: number;
}

function add(t: Tally, label: string): void {
  const coarse = COARSE_OF[label as CounsellorCode] ?? label;
  if (coarse === 'QUESTION') t.q++;
  if (coarse === 'REFLECTION') t.r++;
  if (label === 'SIMPLE_REFLECTION') t.sr++;
  if (label === 'COMPLEX_REFLECTION') t.cr++;
}

const ratios = (t: Tally): Ratios => ({
  rq: t.q === 0 ? null : t.r / t.q,
  pctCr: t.sr + t.cr === 0 ? null : t.cr / (t.sr + t.cr),
});

export function transcriptRatios(scored: readonly Scored[]): TranscriptRatios {
  const gold: Tally = { q: 0, r: 0, sr: 0, cr: 0 };
  const pred: Tally = { q: 0, r: 0, sr: 0, cr: 0 };
  for (const s of scored) {
    if (s.coded.speaker !== 'counsellor') continue;
    add(pred, s.coded.coding.code);
    const first = s.row.gold[0];
    if (first !== undefined) add(gold, first);
  }
  return { gold: ratios(gold), pred: ratios(pred), quality: scored[0]?.row.extra.mi_quality };
}
