/**
 * A student's phone in a class demonstration: code and name, then the conversation live, big buttons to tag
 * each client turn (change / sustain / neutral) and each counsellor turn (OARS), and a suggestion box while the
 * presenter asks the room. Turns are listed newest first. Students never take turns: there is no composer here, and the server refuses them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ROOM_LIMITS } from '../../../server/protocol/rooms.js';
import { CLIENT_TAGS, OARS_TAGS, type RoomTurn, StudentRoom, savedSeat } from '../api/rooms';
import { t, tOr } from '../i18n';
import { consistencyOf } from '../lib/codes';
import { Link } from '../router';
import './room.css';

function TagButtons({
  room,
  turn,
  speaker,
  disabled,
}: {
  room: StudentRoom;
  turn: number;
  speaker: 'client' | 'counsellor';
  disabled: boolean;
}) {
  const mine = room.tags.value[`${speaker}:${turn}`];
  const tags = speaker === 'client' ? CLIENT_TAGS : OARS_TAGS;
  const legend = speaker === 'client' ? t('join.tagClient') : t('join.tagCounsellor');
  return (
    <fieldset class={`tag-buttons tag-${speaker}`} data-turn={turn} data-speaker={speaker}>
      <legend>{legend}</legend>
      {tags.map((tag) => (
        <button
          key={tag}
          type="button"
          class={mine === tag ? 'tag-button on' : 'tag-button'}
          aria-pressed={mine === tag}
          data-tag={tag}
          disabled={disabled}
          onClick={() =>
            room.tag(
              speaker === 'client'
                ? { turn, speaker, tag: tag as (typeof CLIENT_TAGS)[number] }
                : { turn, speaker, tag: tag as (typeof OARS_TAGS)[number] },
            )
          }
        >
          {speaker === 'client' ? t(`talk.${tag}`) : t(`oars.${tag}`)}
        </button>
      ))}
    </fieldset>
  );
}

function TurnCard({ room, turn, disabled }: { room: StudentRoom; turn: RoomTurn; disabled: boolean }) {
  const cc = turn.counsellor.code;
  const kc = turn.client?.code;
  return (
    <li class="join-turn" data-turn={turn.turn}>
      <div class="room-line room-counsellor">
        <span class="who">
          {t('room.turn', { turn: turn.turn })} · {t('room.counsellor')}
        </span>
        <span class="room-text">{turn.counsellor.text}</span>
        {cc ? (
          <span class={`chip chip-${consistencyOf(cc)}`} data-code={cc}>
            {tOr(`codes.${cc}`, cc)}
          </span>
        ) : null}
      </div>
      <TagButtons room={room} turn={turn.turn} speaker="counsellor" disabled={disabled} />
      {turn.client ? (
        <>
          <div class="room-line room-client">
            <span class="who">{t('room.client')}</span>
            <span class="room-text">{turn.client.text}</span>
            {kc ? (
              <span
                class={`chip ${kc === 'CHANGE' ? 'chip-change' : kc === 'SUSTAIN' ? 'chip-sustain' : 'chip-neutral-talk'}`}
                data-code={kc}
              >
                {t(`talk.${kc}`)}
              </span>
            ) : null}
          </div>
          <TagButtons room={room} turn={turn.turn} speaker="client" disabled={disabled} />
        </>
      ) : null}
    </li>
  );
}

function SuggestBox({ room, disabled }: { room: StudentRoom; disabled: boolean }) {
  const [text, setText] = useState('');
  const sent = room.suggested.value.length > 0;
  const tooLong = text.length > ROOM_LIMITS.SUGGESTION_MAX_CHARS;
  return (
    <form
      class="card suggest-box"
      aria-labelledby="suggest-h"
      onSubmit={(e) => {
        e.preventDefault();
        const v = text.trim();
        if (!v || tooLong || disabled) return;
        room.suggest(v);
        setText('');
      }}
    >
      <h2 id="suggest-h">{t('join.suggestTitle')}</h2>
      <label for="suggest">{t('join.suggestLabel')}</label>
      <textarea
        id="suggest"
        rows={3}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        aria-invalid={tooLong}
        aria-describedby="suggest-help"
      />
      <p id="suggest-help" class={tooLong ? 'help alert-text' : 'help'}>
        {text.length}/{ROOM_LIMITS.SUGGESTION_MAX_CHARS}
      </p>
      <button type="submit" class="primary big" disabled={disabled || !text.trim() || tooLong}>
        {t('join.suggestSend')}
      </button>
      {sent ? (
        <p role="status" class="muted" data-testid="suggest-sent">
          {t('join.suggestSent')}
        </p>
      ) : null}
    </form>
  );
}

export function JoinPage() {
  const room = useMemo(() => new StudentRoom(), []);
  useEffect(() => () => room.close(), [room]);
  const linked = new URLSearchParams(location.search).get('code')?.trim().toUpperCase() ?? '';
  // A reload of this tab (or a phone that slept) takes the seat it had, unless the link names another room.
  useEffect(() => {
    const seat = savedSeat();
    if (seat && (!linked || linked === seat.code)) room.rejoin(seat);
  }, [room]);
  const [code, setCode] = useState(linked);
  const [name, setName] = useState('');
  const view = room.view.value;
  const me = room.me.value;
  const removed = room.removed.value;
  const ended = room.ended.value;
  const err = room.error.value;
  const offline = room.connection.value === 'offline';

  if (removed !== null || ended !== null) {
    return (
      <div class="join">
        <h1 tabIndex={-1} class="page-title">
          {t('join.title')}
        </h1>
        <p class="alert" role="alert" data-testid={removed !== null ? 'removed' : 'room-ended'}>
          {t(removed !== null ? 'join.removed' : 'join.ended')}
        </p>
        <p>
          <Link href="/">{t('join.back')}</Link>
        </p>
      </div>
    );
  }

  if (!me || !view) {
    return (
      <div class="join">
        <h1 tabIndex={-1} class="page-title">
          {t('join.title')}
        </h1>
        <p>{t('join.intro')}</p>
        {err ? (
          <p class="alert" role="alert" data-error={err.code}>
            {err.code === 'not_found'
              ? t('join.noRoom')
              : err.code === 'validation_failed'
                ? t('join.badInput')
                : tOr(`errors.${err.code}`, err.message)}
          </p>
        ) : null}
        <form
          class="card join-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (code.trim() && name.trim()) room.join(code, name);
          }}
        >
          <label for="join-code">{t('join.code')}</label>
          <input
            id="join-code"
            type="text"
            class="code-input"
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={6}
            required
            onInput={(e) => setCode(e.currentTarget.value.toUpperCase())}
          />
          <label for="join-name">{t('join.name')}</label>
          <input
            id="join-name"
            type="text"
            value={name}
            autoComplete="given-name"
            maxLength={ROOM_LIMITS.NAME_MAX_CHARS}
            required
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit" class="primary big" disabled={offline}>
            {t('join.submit')}
          </button>
        </form>
      </div>
    );
  }

  // Newest first: on a phone the turn to tag is at the top, without scrolling.
  const turns = [...view.turns].sort((a, b) => b.turn - a.turn);
  return (
    <div class="join joined">
      <div class="join-head">
        <h1 tabIndex={-1} class="page-title">
          {t('join.title')}
        </h1>
        <p class="muted" data-testid="joined-as">
          {t('join.joinedAs', { name: me.name, code: view.code })}
        </p>
      </div>
      {offline ? (
        <p class="alert sticky-status" role="status">
          {t('join.offline')}
        </p>
      ) : null}
      {view.paused ? (
        <p class="notice" role="status" data-testid="paused">
          {t('join.paused')}
        </p>
      ) : null}
      {err ? (
        <p class="alert" role="alert" data-error={err.code}>
          {tOr(`errors.${err.code}`, err.message)}
        </p>
      ) : null}
      {view.asking ? <SuggestBox room={room} disabled={view.paused || offline} /> : null}
      <section aria-labelledby="join-conv-h">
        <h2 id="join-conv-h">{t('room.conversation')}</h2>
        <p class="help">{t('join.newestFirst')}</p>
        {turns.length === 0 ? <p class="muted">{t('join.waiting')}</p> : null}
        <ol class="join-turns" aria-live="polite">
          {turns.map((turn) => (
            <TurnCard key={turn.turn} room={room} turn={turn} disabled={offline} />
          ))}
        </ol>
        {view.opening ? (
          <p class="room-line room-client join-opening">
            <span class="who">{t('join.opening')}</span>
            <span class="room-text">{view.opening}</span>
          </p>
        ) : null}
      </section>
    </div>
  );
}
