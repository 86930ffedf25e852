/** Client change-talk share CT / (CT + ST) over the session and its course turn by turn. */
import type { CodedUtterance } from '../coder/types.js';

/** The rolling share looks at this many recent client turns with change or sustain talk. */
export const ROLLING_WINDOW = 5;

export interface ChangeTalkPoint {
  /** Index of the client utterance in the transcript. */
  index: number;
  cumulative: number | null;
  rolling: number | null;
}

export interface ChangeTalkCourse {
  change: number;
  sustain: number;
  neutral: number;
  share: number | null;
  course: ChangeTalkPoint[];
}

const share = (ct: number, st: number): number | null => (ct + st === 0 ? null : ct / (ct + st));

export function changeTalk(coded: readonly CodedUtterance[]): ChangeTalkCourse {
  let change = 0;
  let sustain = 0;
  let neutral = 0;
  const recent: boolean[] = [];
  const course: ChangeTalkPoint[] = [];
  coded.forEach((u, index) => {
    if (u.speaker !== 'client') return;
    if (u.coding.code === 'CHANGE') change++;
    else if (u.coding.code === 'SUSTAIN') sustain++;
    else neutral++;
    if (u.coding.code !== 'NEUTRAL') recent.push(u.coding.code === 'CHANGE');
    const window = recent.slice(-ROLLING_WINDOW);
    const ct = window.filter(Boolean).length;
    course.push({ index, cumulative: share(change, sustain), rolling: share(ct, window.length - ct) });
  });
  return { change, sustain, neutral, share: share(change, sustain), course };
}
