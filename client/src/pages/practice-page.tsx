/** The practice view: the chat on the left, the live MITI panel on the right (under the chat on a phone). */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../server/protocol/index.js';
import { caseById, loadCases } from '../api/cases';
import { LiveSession } from '../api/live';
import { CoursePlot } from '../components/course-plot';
import { EngineBadge, EngineNoticeBar } from '../components/engine';
import { Exploration } from '../components/exploration';
import { Gauges } from '../components/gauges';
import { Transcript } from '../components/transcript';
import { lang, t, tOr } from '../i18n';
import { Link, navigate } from '../router';

function ConnectionBanner({ live }: { live: LiveSession }) {
  const c = live.connection.value;
  return (
    <div class={`conn conn-${c}`} role="status" data-connection={c}>
      {c === 'offline' ? t('conn.offline') : c === 'reconnected' ? t('conn.reconnected') : ''}
    </div>
  );
}

/** `locked`: a timed homework's time is up; the reply box is disabled (its owner says why). */
export function PracticePage({ id, locked = false }: { id: string; locked?: boolean }) {
  const live = useMemo(() => new LiveSession(id), [id]);
  useEffect(() => () => live.close(), [live]);
  useEffect(() => {
    void loadCases();
  }, []);
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const session = live.session.value;
  const pending = live.pending.value;
  const refused = live.refused.value;
  const c = caseById(session?.caseId);
  const clientName = c?.client.name ?? t('chat.client');

  useEffect(() => {
    if (refused !== null) {
      setText(refused);
      live.refused.value = null;
    }
  }, [refused]);
  useEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [session?.turns.length, pending?.counsellor, pending?.typing, pending?.text, pending?.streamed]);
  useEffect(() => {
    if (live.ended.value) navigate(`/sessions/${encodeURIComponent(id)}`);
  }, [live.ended.value]);

  const online = live.connection.value === 'online' || live.connection.value === 'reconnected';
  const tooLong = text.length > LIMITS.MESSAGE_MAX_CHARS;
  const canSend =
    online && !!session && !pending && text.trim().length > 0 && !tooLong && !session.ended && !locked;
  const send = (e?: Event) => {
    e?.preventDefault();
    if (!canSend) return;
    live.send(text.trim());
    setText('');
    input.current?.focus();
  };
  const err = live.error.value;
  const title = c ? c.title[session?.lang ?? lang.value] : t('practice.title');

  return (
    <div class="practice">
      <div class="practice-head">
        <h1 tabIndex={-1} class="page-title">
          {title}
        </h1>
        <EngineBadge engine={session?.engine} />
        <ConnectionBanner live={live} />
      </div>
      <EngineNoticeBar notice={live.notice.value} onDismiss={() => (live.notice.value = null)} />
      {err ? (
        <p class="alert" role="alert" data-error={err.code}>
          {tOr(`errors.${err.code}`, err.message)}
        </p>
      ) : null}
      <div class="practice-grid">
        <section class="chat card" aria-labelledby="chat-h">
          <h2 id="chat-h" class="sr-only">
            {t('practice.chat')}
          </h2>
          <div
            class="chat-log"
            ref={log}
            role="log"
            aria-live="polite"
            // While a reply streams in, screen readers wait for the whole of it.
            aria-busy={!!pending?.streamed}
            aria-label={t('practice.chat')}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
            tabIndex={0}
          >
            {session ? (
              <Transcript session={session} clientName={clientName} pending={pending} />
            ) : (
              <p aria-busy="true">{t('common.loading')}</p>
            )}
          </div>
          <form class="composer" onSubmit={send}>
            <label for="msg" class="sr-only">
              {t('practice.yourReply')}
            </label>
            <textarea
              id="msg"
              ref={input}
              rows={2}
              value={text}
              placeholder={t('practice.placeholder')}
              onInput={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) send(e);
              }}
              aria-describedby="msg-help"
              aria-invalid={tooLong}
              disabled={locked}
            />
            <button type="submit" class="primary" disabled={!canSend}>
              {t('practice.send')}
            </button>
            <p id="msg-help" class={tooLong ? 'help alert-text' : 'help'}>
              {t('practice.help')} · {text.length}/{LIMITS.MESSAGE_MAX_CHARS}
            </p>
          </form>
        </section>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the panel scrolls on short screens and must be reachable by keyboard */}
        <aside class="panel card" aria-labelledby="panel-h" tabIndex={0}>
          <h2 id="panel-h">{t('panel.title')}</h2>
          <Gauges report={session?.report ?? null} />
          {session ? <CoursePlot session={session} height={150} /> : null}
          <Exploration level={session?.state?.exploration} />
          <div class="panel-actions">
            <button type="button" onClick={() => live.end()} disabled={!session || !online}>
              {t('practice.end')}
            </button>
            <Link href={`/sessions/${encodeURIComponent(id)}`}>{t('practice.reportSoFar')}</Link>
            <Link href={`/present/${encodeURIComponent(id)}`}>{t('room.present')}</Link>
          </div>
        </aside>
      </div>
    </div>
  );
}
