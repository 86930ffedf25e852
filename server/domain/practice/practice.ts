/**
 * The one practice API the CLI, HTTP and socket.io call. Pure: every function returns a new session and never
 * mutates its input; the coder is passed in. A session is plain data: store it as JSON and resume it with
 * `takeTurn(storedSession, text, { coder, case })`.
 */

import type { Case } from '../cases/schema.js';
import { readFrame } from '../client/frame.js';
import type { Intent } from '../client/intent.js';
import { nextState } from '../client/movements.js';
import { decideReply } from '../client/policy.js';
import { type LineCheck, sayIntent } from '../client/realise.js';
import { recordReply } from '../client/record.js';
import { createRng } from '../client/rng.js';
import { type ClientState, initialState } from '../client/state.js';
import { raisedPetals } from '../client/topics.js';
import type { ClientCoding, Coder, CodingContext, CounsellorCoding, Utterance } from '../coder/types.js';
import type { Lang, Preset } from '../codes.js';
import { codedTranscript, tipForLast } from './adapters.js';
import { buildReport, type PracticeReport } from './report.js';
import { type ClientTurn, type CounsellorTurn, type PracticeSession, SESSION_VERSION } from './session.js';

export interface PracticeOptions {
  case: Case;
  lang: Lang;
  preset: Preset;
  seed: number;
  hints: boolean;
}

export interface PracticeDeps {
  coder: Coder;
}

/** Turns need the case as well: a stored session only keeps its id. */
export interface TurnDeps extends PracticeDeps {
  case: Case;
}

export interface TurnResult {
  session: PracticeSession;
  counsellorTurn: CounsellorTurn;
  clientTurn: ClientTurn;
  state: ClientState;
  report: PracticeReport;
}

export class PracticeError extends Error {
  override name = 'PracticeError';
}

export function historyOf(session: PracticeSession): Utterance[] {
  const history: Utterance[] = [{ speaker: 'client', text: session.opening.text }];
  for (const t of session.turns) {
    history.push(
      { speaker: 'counsellor', text: t.counsellor.text },
      { speaker: 'client', text: t.client.text },
    );
  }
  return history;
}

function context(c: Case, lang: Lang, history: readonly Utterance[]): CodingContext {
  return { history, lang, targetBehaviour: c.targetBehaviour[lang] };
}

export function startPractice(opts: PracticeOptions, deps: PracticeDeps): PracticeSession {
  const { case: c, lang, preset } = opts;
  const text = (c.presets[preset].opening ?? c.opening)[lang];
  const state = initialState(c, preset);
  return {
    version: SESSION_VERSION,
    caseId: c.id,
    lang,
    preset,
    seed: opts.seed,
    hints: opts.hints,
    rngState: createRng(opts.seed).state(),
    opening: {
      text,
      coding: deps.coder.codeClient(text, context(c, lang, [])),
      intent: null,
      lineId: 'opening',
    },
    initialState: state,
    state,
    turns: [],
    ended: false,
  };
}

interface ClientReply {
  state: ClientState;
  intent: Intent;
  text: string;
  coding: ClientCoding;
  lineId: string;
  rngState: number;
}

/** A line agrees with a leaning unless the coder would show it as the opposite kind of talk. */
function leaningCheck(coder: Coder, c: Case, lang: Lang, history: readonly Utterance[]): LineCheck {
  const ctx = context(c, lang, history);
  return (text, leaning) =>
    coder.codeClient(text, ctx).code !== (leaning === 'change' ? 'SUSTAIN' : 'CHANGE');
}

/** The client's side of a turn: move the state, decide, say, record. */
interface ReplyInput {
  text: string;
  coding: CounsellorCoding;
  /** The conversation up to and including this counsellor turn. */
  history: readonly Utterance[];
  coder: Coder;
}

function clientReply(session: PracticeSession, c: Case, input: ReplyInput): ClientReply {
  const { lang } = session;
  const { text, coding } = input;
  const moved = nextState(
    session.state,
    coding,
    { raisedPetals: raisedPetals(c, lang, text), planRaised: readFrame(text, lang).plan },
    c.presets[session.preset],
  );
  const rng = createRng(session.rngState);
  const intent = decideReply(moved, coding, text, c, lang, rng);
  const said = sayIntent(
    intent,
    c,
    lang,
    moved,
    text,
    rng,
    leaningCheck(input.coder, c, lang, input.history),
  );
  // The client hears its own words as the user sees them coded: that is what keeps its ambivalence honest.
  const heard = input.coder.codeClient(said.text, context(c, lang, input.history));
  const reply: ClientReply = {
    state: recordReply(moved, intent, said.lineIds, heard.code),
    intent,
    text: said.text,
    coding: heard,
    lineId: said.lineId,
    rngState: rng.state(),
  };
  return reply;
}

function checkTurn(session: PracticeSession, c: Case, text: string): void {
  if (session.ended) throw new PracticeError('the session has ended');
  if (c.id !== session.caseId)
    throw new PracticeError(`case ${c.id} given for a session of case ${session.caseId}`);
  if (text.trim().length === 0) throw new PracticeError('empty counsellor turn');
}

export function takeTurn(session: PracticeSession, counsellorText: string, deps: TurnDeps): TurnResult {
  const { case: c, coder } = deps;
  checkTurn(session, c, counsellorText);
  const text = counsellorText.trim();
  const history = historyOf(session);
  const coding = coder.codeCounsellor(text, context(c, session.lang, history));
  const tip = session.hints
    ? tipForLast([...codedTranscript(session), { speaker: 'counsellor', text, coding }], session.lang)
    : undefined;
  const counsellorTurn: CounsellorTurn = tip === undefined ? { text, coding } : { text, coding, tip };
  const clientHistory = [...history, { speaker: 'counsellor' as const, text }];
  const reply = clientReply(session, c, { text, coding, history: clientHistory, coder });
  const clientTurn: ClientTurn = {
    text: reply.text,
    coding: reply.coding,
    intent: reply.intent,
    lineId: reply.lineId,
  };
  const turn = {
    turn: session.turns.length + 1,
    counsellor: counsellorTurn,
    client: clientTurn,
    state: reply.state,
  };
  const next: PracticeSession = {
    ...session,
    rngState: reply.rngState,
    state: reply.state,
    turns: [...session.turns, turn],
  };
  return { session: next, counsellorTurn, clientTurn, state: reply.state, report: buildReport(next) };
}

/** Ends the session; the report is the same one `takeTurn` returns, for the whole session. */
export function endPractice(session: PracticeSession): { session: PracticeSession; report: PracticeReport } {
  const ended = { ...session, ended: true };
  return { session: ended, report: buildReport(ended) };
}
