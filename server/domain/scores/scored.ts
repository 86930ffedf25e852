/** One gold-coded transcript row with the coder's coding of it: what every evaluation figure is computed from. */
import type { CodedUtterance } from '../coder/types.js';
import type { TranscriptRow } from '../transcript/types.js';

export interface Scored {
  row: TranscriptRow;
  coded: CodedUtterance;
}
