/** The conversation as bubbles: the client's opening line, then each counsellor turn and the client's reply. */
import type { ComponentChildren } from 'preact';
import type { SessionView } from '../../../server/protocol/index.js';
import type { PendingTurn, Turn } from '../api/live';
import { t } from '../i18n';
import { ClientChip, CounsellorChip } from './code-chip';

interface Props {
  session: SessionView;
  clientName: string;
  pending?: PendingTurn | null;
  /** Show the coder's reason under each chip (the report does; the chat keeps it behind "Why?"). */
  reasons?: boolean;
  /** Shown beside a turn, after the counsellor's words (homework: the instructor's comments on it). */
  turnNote?: (turn: number) => ComponentChildren;
}

interface CounsellorBubbleProps {
  turn: { turn: number; counsellor: Turn['counsellor'] };
  reasons: boolean;
  who?: string;
}

function CounsellorBubble({ turn, reasons, who }: CounsellorBubbleProps) {
  const c = turn.counsellor;
  return (
    <li class="msg msg-counsellor" data-turn={turn.turn}>
      <div class="who">{who ?? t('chat.you')}</div>
      <p class="bubble">{c.text}</p>
      <div class="codes">
        <CounsellorChip coding={c.coding} />
        {reasons ? (
          <p class="reason">{c.coding.reason}</p>
        ) : c.coding.reason ? (
          <details class="why">
            <summary>{t('chat.why')}</summary>
            {c.coding.reason}
          </details>
        ) : null}
      </div>
      {c.tip ? (
        <p class="tip">
          <strong>{t('chat.tip')}: </strong>
          {c.tip}
        </p>
      ) : null}
    </li>
  );
}

function ClientBubble({ name, client, reasons }: { name: string; client: Turn['client']; reasons: boolean }) {
  return (
    <li class="msg msg-client">
      <div class="who">{name}</div>
      <p class="bubble">{client.text}</p>
      <div class="codes">
        <ClientChip coding={client.coding} />
        {reasons && client.coding.reason ? <p class="reason">{client.coding.reason}</p> : null}
      </div>
    </li>
  );
}

type Utterance = NonNullable<SessionView['utterances']>[number];

/** An analysed transcript: the utterances in order, each with its code. */
function Utterances({ utterances, reasons }: { utterances: Utterance[]; reasons: boolean }) {
  let turn = 0;
  return (
    <ol class="transcript">
      {utterances.map((u, i) => {
        if (u.speaker === 'counsellor') {
          turn += 1;
          return (
            <CounsellorBubble
              key={i}
              turn={{ turn, counsellor: u }}
              reasons={reasons}
              who={t('chat.counsellor')}
            />
          );
        }
        return <ClientBubble key={i} name={t('chat.client')} client={u} reasons={reasons} />;
      })}
    </ol>
  );
}

export function Transcript({ session, clientName, pending, reasons = false, turnNote }: Props) {
  if (session.utterances?.length) return <Utterances utterances={session.utterances} reasons={reasons} />;
  return (
    <ol class="transcript">
      {session.opening ? <ClientBubble name={clientName} client={session.opening} reasons={reasons} /> : null}
      {session.turns.flatMap((turn) => {
        const note = turnNote?.(turn.turn);
        return [
          <CounsellorBubble key={`c${turn.turn}`} turn={turn} reasons={reasons} />,
          note ? (
            <li key={`n${turn.turn}`} class="msg-note" data-turn={turn.turn}>
              {note}
            </li>
          ) : null,
          <ClientBubble key={`k${turn.turn}`} name={clientName} client={turn.client} reasons={reasons} />,
        ];
      })}
      {pending ? (
        pending.counsellor ? (
          <CounsellorBubble
            turn={{ turn: pending.turn ?? 0, counsellor: pending.counsellor }}
            reasons={false}
          />
        ) : (
          <li class="msg msg-counsellor msg-sending">
            <div class="who">{t('chat.you')}</div>
            <p class="bubble">{pending.text}</p>
            <div class="codes">
              <span class="chip chip-pending">{t('chat.coding')}</span>
            </div>
          </li>
        )
      ) : null}
      {pending?.streamed ? (
        // Still `typing` for tests and styles: the final reply (with its code) replaces this bubble.
        <li class="msg msg-client typing streaming" aria-busy="true">
          <div class="who">{clientName}</div>
          <p class="bubble">{pending.streamed}</p>
        </li>
      ) : pending?.typing || (pending?.counsellor && !pending.typing) ? (
        <li class="msg msg-client typing">
          <div class="who">{clientName}</div>
          <p class="bubble">
            <span class="dots" aria-hidden="true">
              <span />
              <span />
              <span />
            </span>
            <span class="sr-only">{t('chat.typing', { name: clientName })}</span>
          </p>
        </li>
      ) : null}
    </ol>
  );
}
