/**
 * How well a transcript's estimated global scores (globals.ts) separate high- from low-quality MI (a file's
 * `mi_quality` column): the globals weigh reflections, complexity, evoking, partnership and MI-inconsistent
 * behaviour together, where R:Q alone separates them poorly even from gold codes.
 */
import type { CodedUtterance } from '../coder/types.js';
import { rocAuc } from './metrics.js';
import { buildReport } from './report.js';
import type { Scored } from './scored.js';

/** Mean of the four estimated globals of a coded transcript. */
export function globalsMean(coded: readonly CodedUtterance[]): number {
  const lang = coded.find((u) => u.speaker === 'counsellor')?.coding.lang ?? 'en';
  const g = buildReport(coded, lang).globals;
  const scores = [g.cultivatingChangeTalk, g.softeningSustainTalk, g.partnership, g.empathy];
  return scores.reduce((a, s) => a + s.score, 0) / scores.length;
}

export function globalsAuc(byTranscript: readonly Scored[][]): number | null {
  const high: number[] = [];
  const low: number[] = [];
  for (const t of byTranscript) {
    const quality = t[0]?.row.extra.mi_quality;
    if (quality !== 'high' && quality !== 'low') continue;
    (quality === 'high' ? high : low).push(globalsMean(t.map((s) => s.coded)));
  }
  return rocAuc(high, low);
}
