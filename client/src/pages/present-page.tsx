/**
 * The presenter view for a projector: the conversation in large type, the join code and address in huge type,
 * toggles that reveal codes, scores and the client's state, pause, "ask the room" with the class's coded
 * suggestions, the class's tags beside the coder's codes, and branching from an earlier turn.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../server/protocol/index.js';
import { caseById, loadCases } from '../api/cases';
import { branchSession, CLIENT_TAGS, OARS_TAGS, PresenterRoom, type Tally } from '../api/rooms';
import { ClientChip, CounsellorChip } from '../components/code-chip';
import { Exploration } from '../components/exploration';
import { Gauges } from '../components/gauges';
import { formatNumber, formatPercent, lang, t, tOr } from '../i18n';
import { consistencyOf } from '../lib/codes';
import { navigate } from '../router';
import './room.css';

function TallyRow({
  tally,
  revealed,
  kind,
}: {
  tally?: Tally;
  revealed: boolean;
  kind: 'client' | 'counsellor';
}) {
  const order: readonly string[] = kind === 'client' ? CLIENT_TAGS : OARS_TAGS;
  const counts = Object.entries(tally?.counts ?? {})
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const label = (tag: string) => (kind === 'client' ? t(`talk.${tag}`) : tOr(`oars.${tag}`, tag));
  return (
    <div class="tally" data-kind={kind} data-total={tally?.total ?? 0}>
      <span class="tally-who">{t('room.classTags')}:</span>{' '}
      {counts.length === 0 ? (
        <span class="muted">{t('room.noTags')}</span>
      ) : (
        counts.map(([tag, n]) => (
          <span key={tag} class="tally-count" data-tag={tag} data-count={n}>
            {label(tag)} <strong>{formatNumber(n)}</strong>
          </span>
        ))
      )}
      {revealed && tally?.auto ? (
        <span class="tally-auto">
          {' · '}
          {t('room.coder')}: <strong>{label(tally.auto)}</strong>
          {tally.agreement !== null ? (
            <span class="agreement" data-agreement={tally.agreement}>
              {' · '}
              {t('room.agreement', { pct: formatPercent(tally.agreement * 100) })}
            </span>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}

export function PresentPage({ id }: { id: string }) {
  const room = useMemo(() => new PresenterRoom(id), [id]);
  useEffect(() => () => room.close(), [room]);
  useEffect(() => {
    void loadCases();
  }, []);
  const [text, setText] = useState('');
  const [branching, setBranching] = useState<number | null>(null);
  const [branchError, setBranchError] = useState<string | null>(null);
  const log = useRef<HTMLOListElement>(null);

  const session = room.session.value;
  const view = room.view.value;
  const code = room.code.value;
  const update = room.update.value;
  const pending = room.pending.value;
  const err = room.error.value;
  const reveal = view?.reveal ?? { codes: false, gauges: false, state: false };
  const c = caseById(session?.caseId);
  const clientName = c?.client.name ?? t('room.client');
  // The server's address for the class (PUBLIC_URL when set); this page's origin only until it arrives.
  const joinUrl = code ? (room.joinUrl.value ?? `${location.origin}/join?code=${code}`) : '';
  const turnCount = session?.turns.length ?? 0;

  useEffect(() => {
    const el = log.current?.lastElementChild;
    if (el && 'scrollIntoView' in el) (el as HTMLElement).scrollIntoView({ block: 'nearest' });
  }, [turnCount, pending]);

  const online = room.connection.value === 'online';
  const tooLong = text.length > LIMITS.MESSAGE_MAX_CHARS;
  const canSend = online && !!session && !session.ended && pending === null && !tooLong;
  const send = (value: string) => {
    const v = value.trim();
    if (!canSend || !v) return;
    room.send(v);
    setText('');
  };
  const branch = async (atTurn: number) => {
    setBranching(atTurn);
    setBranchError(null);
    try {
      const created = await branchSession(id, atTurn);
      navigate(`/present/${encodeURIComponent(created.id)}`);
    } catch (e) {
      setBranchError(e instanceof Error ? e.message : String(e));
      setBranching(null);
    }
  };
  const tallyOf = (list: Tally[], turn: number) => list.find((x) => x.turn === turn);
  const state = session?.turns.at(-1)?.state ?? session?.state;

  return (
    <div class="present">
      <div class="present-head">
        <h1 tabIndex={-1} class="page-title">
          {t('room.title')}
          {c ? <span class="muted"> · {c.title[session?.lang ?? lang.value]}</span> : null}
        </h1>
        {view?.paused ? (
          <span class="badge badge-paused" data-testid="paused-badge">
            {t('room.pausedBadge')}
          </span>
        ) : null}
      </div>
      {err ? (
        <p class="alert" role="alert" data-error={err.code}>
          {tOr(`errors.${err.code}`, err.message)}
        </p>
      ) : null}
      {branchError ? (
        <p class="alert" role="alert">
          {branchError}
        </p>
      ) : null}

      <section class="card join-box" aria-labelledby="join-h">
        <h2 id="join-h">{t('room.joinHeading')}</h2>
        {code ? (
          <div class="join-with-qr">
            <img
              class="join-qr"
              src={`/api/rooms/${encodeURIComponent(code)}/qr.svg`}
              alt={t('room.qrAlt', { url: joinUrl })}
              width={320}
              height={320}
              data-testid="join-qr"
            />
            <p class="join-line">
              <span class="muted">{t('room.joinAt')} </span>
              <span class="join-url" data-testid="join-url">
                {joinUrl}
              </span>
              <span class="muted"> {t('room.codeIs')} </span>
              <span class="join-code" data-testid="room-code">
                {code}
              </span>
            </p>
          </div>
        ) : (
          <p aria-busy="true">{t('room.opening')}</p>
        )}
      </section>

      <div class="present-grid">
        <section class="card present-chat" aria-labelledby="conv-h">
          <h2 id="conv-h">{t('room.conversation')}</h2>
          {session?.opening ? (
            <p class="room-line room-client">
              <span class="who">{clientName}</span>
              <span class="room-text">{session.opening.text}</span>
            </p>
          ) : null}
          <ol class="room-turns" ref={log} aria-live="polite">
            {(session?.turns ?? []).map((turn) => (
              <li key={turn.turn} class="room-turn" data-turn={turn.turn}>
                <div class="room-line room-counsellor">
                  <span class="who">
                    {t('room.turn', { turn: turn.turn })} · {t('room.counsellor')}
                  </span>
                  <span class="room-text">{turn.counsellor.text}</span>
                  {reveal.codes ? <CounsellorChip coding={turn.counsellor.coding} /> : null}
                  <TallyRow
                    kind="counsellor"
                    tally={tallyOf(update.tallies.counsellor, turn.turn)}
                    revealed={reveal.codes}
                  />
                </div>
                <div class="room-line room-client">
                  <span class="who">{clientName}</span>
                  <span class="room-text">{turn.client.text}</span>
                  {reveal.codes ? <ClientChip coding={turn.client.coding} /> : null}
                  <TallyRow
                    kind="client"
                    tally={tallyOf(update.tallies.client, turn.turn)}
                    revealed={reveal.codes}
                  />
                </div>
                {turn.turn < turnCount ? (
                  <button
                    type="button"
                    class="branch"
                    onClick={() => void branch(turn.turn)}
                    disabled={branching !== null}
                    aria-label={t('room.branchLabel', { turn: turn.turn })}
                    data-testid={`branch-${turn.turn}`}
                  >
                    {branching === turn.turn ? t('room.branching') : t('room.branch')}
                  </button>
                ) : null}
              </li>
            ))}
            {pending !== null ? (
              <li class="room-turn pending">
                <div class="room-line room-counsellor">
                  <span class="who">{t('room.counsellor')}</span>
                  <span class="room-text">{pending}</span>
                </div>
                <p class="muted" aria-busy="true">
                  {t('room.waitingReply')}
                </p>
              </li>
            ) : null}
          </ol>
          <form
            class="composer"
            onSubmit={(e) => {
              e.preventDefault();
              send(text);
            }}
          >
            <label for="present-msg">{t('room.yourTurn')}</label>
            <textarea
              id="present-msg"
              rows={2}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                  e.preventDefault();
                  send(text);
                }
              }}
              aria-invalid={tooLong}
            />
            <button type="submit" class="primary" disabled={!canSend || !text.trim()}>
              {t('room.send')}
            </button>
          </form>
        </section>

        <aside class="present-side">
          <section class="card" aria-labelledby="controls-h">
            <h2 id="controls-h">{t('room.controls')}</h2>
            <fieldset class="reveal">
              <legend>{t('room.show')}</legend>
              {(['codes', 'gauges', 'state'] as const).map((k) => (
                <label key={k} class="check">
                  <input
                    type="checkbox"
                    checked={reveal[k]}
                    disabled={!view}
                    data-testid={`reveal-${k}`}
                    onChange={(e) => room.control({ reveal: { [k]: e.currentTarget.checked } })}
                  />{' '}
                  {t(`room.show${k === 'codes' ? 'Codes' : k === 'gauges' ? 'Gauges' : 'State'}`)}
                </label>
              ))}
            </fieldset>
            <div class="room-buttons">
              <button
                type="button"
                aria-pressed={view?.paused ?? false}
                disabled={!view}
                data-testid="pause"
                onClick={() => room.control({ paused: !view?.paused })}
              >
                {view?.paused ? t('room.resume') : t('room.pause')}
              </button>
              <button
                type="button"
                class={view?.asking ? 'primary' : ''}
                aria-pressed={view?.asking ?? false}
                disabled={!view}
                data-testid="ask"
                onClick={() => room.control({ asking: !view?.asking })}
              >
                {view?.asking ? t('room.stopAsking') : t('room.ask')}
              </button>
            </div>
          </section>

          {view?.asking ? (
            <section class="card" aria-labelledby="sugg-h">
              <h2 id="sugg-h">{t('room.suggestions')}</h2>
              {update.suggestions.length === 0 ? <p class="muted">{t('room.noSuggestions')}</p> : null}
              <ul class="suggestions" aria-live="polite">
                {update.suggestions.map((s) => (
                  <li key={s.id} class="suggestion" data-code={s.code}>
                    <p class="room-text">{s.text}</p>
                    <p class="suggestion-meta">
                      <span class="muted">{s.name}</span>{' '}
                      <span class={`chip chip-${consistencyOf(s.code)}`} data-code={s.code}>
                        {tOr(`codes.${s.code}`, s.code)}
                      </span>
                    </p>
                    <button
                      type="button"
                      class="primary"
                      disabled={!canSend}
                      aria-label={t('room.useLabel', { name: s.name })}
                      onClick={() => send(s.text)}
                    >
                      {t('room.use')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section class="card" aria-labelledby="people-h">
            <h2 id="people-h" data-testid="participant-count" data-count={update.participants.length}>
              {t('room.participants', { count: update.participants.length })}
            </h2>
            {update.participants.length === 0 ? <p class="muted">{t('room.noParticipants')}</p> : null}
            <ul class="participants">
              {update.participants.map((p) => (
                <li key={p.id} data-participant={p.name}>
                  <span>{p.name}</span>
                  <button
                    type="button"
                    class="danger"
                    aria-label={t('room.removeName', { name: p.name })}
                    onClick={() => room.remove(p.id)}
                  >
                    {t('room.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </section>

          {reveal.gauges ? (
            <section class="card" aria-labelledby="scores-h">
              <h2 id="scores-h">{t('room.scores')}</h2>
              <Gauges report={session?.report ?? null} />
            </section>
          ) : null}
          {reveal.state && state ? (
            <section class="card" aria-labelledby="state-h" data-testid="client-state">
              <h2 id="state-h">{t('room.state')}</h2>
              <p>
                {t('room.stateLine', {
                  importance: formatNumber(state.importance, 1),
                  confidence: formatNumber(state.confidence, 1),
                  discord: formatNumber(state.discord, 1),
                  trust: formatNumber(state.trust, 1),
                })}
              </p>
              <Exploration level={state.exploration} />
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
