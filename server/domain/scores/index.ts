export { type ChangeTalkCourse, type ChangeTalkPoint, changeTalk, ROLLING_WINDOW } from './change-talk.js';
export { type EvalReport, evaluate, predict, type Scored } from './evaluation.js';
export { estimateGlobals, type GlobalScore, type GlobalScores } from './globals.js';
export { cohensKappa, icc, macroF1, pearson, perClass, rocAuc } from './metrics.js';
export { buildReport, MIN_TURNS_TO_RATE, type SessionReport } from './report.js';
export { type Band, band, type MitiSummary, mitiSummary, THRESHOLDS } from './summary.js';
