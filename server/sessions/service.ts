/**
 * The application service behind both transports: HTTP routes and the socket gateway call these methods and
 * only map their results. It owns the rules a user can hit (limits, turn order, tokens) and stores every turn
 * before anyone is told about it.
 */
import type { Case } from '../domain/cases/schema.js';
import type { Coder } from '../domain/coder/types.js';
import type { ClassTag, SessionStore, StoredSession } from '../domain/ports/session-store.js';
import {
  buildReport,
  PracticeError,
  type PracticeSession,
  startPractice,
  type TurnResult,
  takeTurn,
} from '../domain/practice/index.js';
import type { ClientVoice, VoicedTurnResult } from '../llm/revoice.js';
import type { SessionReview } from '../llm/session-review.js';
import {
  type AnalysisInput,
  AppError,
  type CaseSummary,
  LIMITS,
  type SessionView,
  type StartSession,
} from '../protocol/index.js';
import { analyse } from './analysis.js';
import { branchAt } from './branch.js';
import { checkTimeLimit, type TimeLimitOf } from './time-limit.js';
import { hashToken, newSessionId, newToken, tokenMatches } from './tokens.js';
import { type PracticeSnapshot, practiceOf, sessionView, snapshotOf } from './view.js';

export const EMBEDDED_ENGINE = 'embedded';

export interface SessionServiceDeps {
  store: SessionStore;
  cases: readonly Case[];
  coder: Coder;
  /** The LLM voice; when given, new sessions use the `llm` engine and their replies are re-voiced. */
  voice?: ClientVoice;
  /** LLM coding (OPENAI_CODER_MODEL): disagreements with the embedded coder, model-written alternatives. */
  review?: SessionReview;
  now?: () => Date;
  /** Homework time limits: the limit of the assignment a session was started from. */
  timeLimitOf?: TimeLimitOf;
  /** Seeds for sessions started without one. */
  randomSeed?: () => number;
  /** Where a failing turn listener is reported; a listener can never fail a turn or the process. */
  onListenerError?: (err: unknown) => void;
}

export interface Created {
  id: string;
  token: string;
  session: SessionView;
}

/** Told of a session's change; may be async (its failure is reported by the service, never thrown). */
export type TurnListener = (sessionId: string) => void | Promise<void>;

/** Called with a finished turn while the session is still locked, so delivery finishes before the next turn. */
export type Deliver = (result: VoicedTurnResult) => Promise<void>;

/** Streaming of an LLM-voiced reply: pieces of text as they come, and an abort when the trainee leaves. */
export interface TurnStream {
  onToken?: (turn: number, text: string) => void;
  signal?: AbortSignal;
}

export class SessionService {
  private readonly cases: Map<string, Case>;
  private readonly inFlight = new Set<string>();
  /**
   * Told when a session changes: after each delivered turn, and when it ends or is deleted (live class rooms show
   * the turn to their observers, and close with their session).
   */
  readonly turnListeners = new Set<TurnListener>();
  private readonly now: () => Date;
  private readonly randomSeed: () => number;

  constructor(private readonly deps: SessionServiceDeps) {
    this.cases = new Map(deps.cases.map((c) => [c.id, c]));
    this.now = deps.now ?? (() => new Date());
    this.randomSeed = deps.randomSeed ?? (() => Math.floor(Math.random() * 2 ** 31));
  }

  listCases(): CaseSummary[] {
    return [...this.cases.values()].map((c) => ({
      id: c.id,
      title: c.title,
      summary: c.summary,
      client: { name: c.client.name, age: c.client.age },
      setting: c.setting,
      counsellorRole: c.counsellorRole,
      targetBehaviour: c.targetBehaviour,
      presets: ['cooperative', 'ambivalent', 'resistant'],
    }));
  }

  private caseOf(id: string): Case {
    const c = this.cases.get(id);
    if (!c)
      throw new AppError('unknown_case', `no case "${id}"; known: ${[...this.cases.keys()].join(', ')}`);
    return c;
  }

  async start(input: StartSession): Promise<Created> {
    const c = this.caseOf(input.caseId);
    const session = startPractice(
      {
        case: c,
        lang: input.lang,
        preset: input.preset,
        hints: input.hints,
        seed: input.seed ?? this.randomSeed(),
      },
      { coder: this.deps.coder },
    );
    return this.createPractice(session, this.deps.voice?.engine ?? EMBEDDED_ENGINE);
  }

  /** A new session with the first `atTurn` turns of this one, to try another reply from there. */
  async branch(id: string, token: string | undefined, atTurn: number): Promise<Created> {
    const stored = await this.authorised(id, token);
    if (stored.kind !== 'practice')
      throw new AppError('bad_request', 'only a practice session can be branched');
    const original = practiceOf(stored);
    if (atTurn > original.turns.length) {
      throw new AppError(
        'bad_request',
        `the session has ${original.turns.length} turns; branch at 0..${original.turns.length}`,
      );
    }
    const session = branchAt(original, atTurn, this.caseOf(original.caseId), this.deps.coder);
    return this.createPractice(session, stored.engine);
  }

  private async createPractice(session: PracticeSession, engine: string): Promise<Created> {
    const at = this.now().toISOString();
    const token = newToken();
    const stored: StoredSession = {
      id: newSessionId(),
      tokenHash: hashToken(token),
      kind: 'practice',
      caseId: session.caseId,
      lang: session.lang,
      preset: session.preset,
      engine,
      createdAt: at,
      updatedAt: at,
      ended: false,
      snapshot: snapshotOf(session),
      turns: session.turns,
    };
    await this.deps.store.create(stored);
    return { id: stored.id, token, session: sessionView(stored) };
  }

  async analyse(input: AnalysisInput): Promise<Created> {
    const { snapshot, utterances } = analyse(input, this.deps.coder);
    const at = this.now().toISOString();
    const token = newToken();
    const stored: StoredSession = {
      id: newSessionId(),
      tokenHash: hashToken(token),
      kind: 'analysis',
      caseId: null,
      lang: snapshot.lang,
      preset: null,
      engine: EMBEDDED_ENGINE,
      createdAt: at,
      updatedAt: at,
      ended: true,
      snapshot,
      turns: utterances,
    };
    await this.deps.store.create(stored);
    return { id: stored.id, token, session: sessionView(stored) };
  }

  /** Loads the session its token opens. Ids are random UUIDs, so telling "unknown" from "wrong token" leaks nothing. */
  async authorised(id: string, token: string | undefined): Promise<StoredSession> {
    if (!token) throw new AppError('unauthorized', 'this session needs its token (Authorization: Bearer …)');
    const stored = await this.deps.store.get(id);
    if (!stored) throw new AppError('not_found', `no session ${id}`);
    if (!tokenMatches(token, stored.tokenHash))
      throw new AppError('forbidden', 'this token does not open this session');
    return stored;
  }

  async view(id: string, token: string | undefined): Promise<SessionView> {
    const stored = await this.authorised(id, token);
    return sessionView(stored, await this.deps.store.tags(id));
  }

  /** Keeps an observer's tag with the session, so the demonstration's report shows the class's ears. */
  async saveClassTag(sessionId: string, tag: ClassTag): Promise<void> {
    await this.deps.store.saveTag(sessionId, tag);
  }

  /**
   * `expected` is the number of the turn the caller means to take (an idempotency key): a retry of a turn
   * that was stored but never acknowledged gets the stored turn back instead of adding a second one.
   */
  async turn(
    id: string,
    token: string | undefined,
    text: string,
    deliver?: Deliver,
    stream: TurnStream = {},
    expected?: number,
  ): Promise<VoicedTurnResult> {
    checkMessage(text);
    const stored = await this.authorised(id, token);
    if (stored.kind !== 'practice') throw new AppError('bad_request', 'an analysis takes no turns');
    if (expected !== undefined && expected <= stored.turns.length) {
      const replayed = replayTurn(stored, expected, text);
      await deliver?.(replayed);
      return replayed;
    }
    if (expected !== undefined && expected > stored.turns.length + 1)
      throw new AppError('bad_request', `the next turn is ${stored.turns.length + 1}, not ${expected}`);
    if (stored.ended) throw new AppError('session_ended', 'this session has ended; start a new one');
    if (stored.turns.length >= LIMITS.SESSION_MAX_TURNS) {
      throw new AppError('session_ended', `a session has at most ${LIMITS.SESSION_MAX_TURNS} turns`);
    }
    if (this.deps.timeLimitOf) {
      checkTimeLimit(stored.createdAt, await this.deps.timeLimitOf(id), this.now());
    }
    if (this.inFlight.has(id))
      throw new AppError('not_your_turn', 'wait for the client to answer before you write again');
    this.inFlight.add(id);
    try {
      const voiced = await this.voiced(stored, this.takeTurn(stored, text), stream);
      const result = await this.reviewed(stored, voiced);
      const turnNo = result.session.turns.length;
      const turn = result.session.turns[turnNo - 1];
      const stamp = this.now().toISOString();
      const appended = await this.deps.store.appendTurn(id, turnNo, turn, snapshotOf(result.session), stamp);
      if (appended === 'missing') throw new AppError('not_found', `no session ${id}`);
      if (appended === 'conflict')
        throw new AppError('not_your_turn', 'another turn was taken at the same time');
      await deliver?.(result);
      this.notifyListeners(id);
      return result;
    } finally {
      this.inFlight.delete(id);
    }
  }

  /**
   * Listeners run after the turn is stored and answered; the session may be deleted meanwhile, so whatever a
   * listener throws or rejects with is reported, never passed on (an unhandled rejection would end the process).
   */
  private notifyListeners(id: string): void {
    const report = this.deps.onListenerError ?? (() => {});
    for (const listener of this.turnListeners) {
      try {
        Promise.resolve(listener(id)).catch(report);
      } catch (err) {
        report(err);
      }
    }
  }

  /** With the LLM engine, the model re-says the reply the domain decided; the embedded line is the fallback. */
  private async voiced(
    stored: StoredSession,
    result: TurnResult,
    stream: TurnStream,
  ): Promise<VoicedTurnResult> {
    const voice = this.deps.voice;
    if (!voice || stored.engine !== voice.engine) return result;
    const turnNo = result.session.turns.length;
    const onToken = stream.onToken;
    return voice.revoice(result, this.caseOf(stored.caseId ?? ''), {
      ...(onToken ? { onToken: (t: string) => onToken(turnNo, t) } : {}),
      ...(stream.signal ? { signal: stream.signal } : {}),
    });
  }

  /** With LLM coding on, the model codes the turn too; disagreements and tokens go into the snapshot. */
  private async reviewed(stored: StoredSession, result: VoicedTurnResult): Promise<VoicedTurnResult> {
    const review = this.deps.review;
    if (!review || stored.engine !== this.deps.voice?.engine) return result;
    return review.codeTurn(result, this.caseOf(stored.caseId ?? ''));
  }

  /** At the end, the model writes the report's alternatives (with LLM coding on; else the snapshot as is). */
  private async finalSnapshot(stored: StoredSession): Promise<unknown> {
    const review = this.deps.review;
    if (stored.kind !== 'practice' || !review || stored.engine !== this.deps.voice?.engine)
      return stored.snapshot;
    // The model takes a while: no turn may slip in meanwhile, or its state would be overwritten by this one.
    if (this.inFlight.has(stored.id)) return stored.snapshot;
    this.inFlight.add(stored.id);
    try {
      const session = await review.writeAlternatives(practiceOf(stored), this.caseOf(stored.caseId ?? ''));
      return snapshotOf(session);
    } finally {
      this.inFlight.delete(stored.id);
    }
  }

  private takeTurn(stored: StoredSession, text: string): TurnResult {
    const c = this.caseOf(stored.caseId ?? '');
    try {
      return takeTurn(practiceOf(stored), text, { coder: this.deps.coder, case: c });
    } catch (err) {
      if (err instanceof PracticeError) throw new AppError('bad_request', err.message);
      throw err;
    }
  }

  async end(id: string, token: string | undefined): Promise<SessionView> {
    const stored = await this.authorised(id, token);
    const final = stored.ended ? stored.snapshot : await this.finalSnapshot(stored);
    const snapshot =
      stored.kind === 'practice' ? { ...(final as PracticeSnapshot), ended: true } : stored.snapshot;
    if (!stored.ended) await this.deps.store.update(id, snapshot, true, this.now().toISOString());
    this.notifyListeners(id);
    return sessionView({ ...stored, ended: true, snapshot });
  }

  async delete(id: string, token: string | undefined): Promise<void> {
    await this.authorised(id, token);
    await this.deps.store.delete(id);
    this.notifyListeners(id);
  }
}

/** A turn already stored, as its result: only when it is the same text (a retry), else the turn is taken. */
function replayTurn(stored: StoredSession, turnNo: number, text: string): VoicedTurnResult {
  const full = practiceOf(stored);
  const session = { ...full, turns: full.turns.slice(0, turnNo) };
  const t = session.turns[turnNo - 1];
  if (!t || t.counsellor.text.trim() !== text.trim())
    throw new AppError('not_your_turn', `turn ${turnNo} has already been taken`);
  return {
    session,
    counsellorTurn: t.counsellor,
    clientTurn: t.client,
    state: t.state,
    report: buildReport(session),
  };
}

/** The message rules, checked before anything is loaded. */
export function checkMessage(text: string): void {
  // Zero-width and other format characters show nothing: a turn of only those is as empty as spaces.
  if (text.replace(/[\s\p{Cf}\p{Cc}]/gu, '').length === 0)
    throw new AppError('message_empty', 'write something before you send');
  if (text.length > LIMITS.MESSAGE_MAX_CHARS) {
    throw new AppError(
      'message_too_long',
      `a message may have at most ${LIMITS.MESSAGE_MAX_CHARS} characters`,
    );
  }
}
