/** The practice API: start a session, take turns, end with a report. */
export {
  codedTranscript,
  type MitiSummary,
  mitiSummary,
  type SessionReport,
  tipForLast,
} from './adapters.js';
export {
  endPractice,
  historyOf,
  type PracticeDeps,
  PracticeError,
  type PracticeOptions,
  startPractice,
  type TurnDeps,
  type TurnResult,
  takeTurn,
} from './practice.js';
export {
  buildReport,
  type ClientSummary,
  changeShare,
  type PracticeReport,
  type TranscriptReport,
  transcriptReport,
} from './report.js';
export {
  type ClientTurn,
  type CounsellorTurn,
  type PracticeSession,
  type PracticeTurn,
  SESSION_VERSION,
  stateHistory,
} from './session.js';
