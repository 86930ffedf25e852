/**
 * A class demonstration's report: per turn, what the class tagged beside the coder's code, with agreement.
 * Shown only when the session has class tags (it was presented and the class tagged something).
 */
import type { SessionView } from '../../../server/protocol/index.js';
import { formatNumber, formatPercent, t, tOr } from '../i18n';
import './class-tags.css';

type Tallies = NonNullable<SessionView['classTags']>;
type Tally = Tallies['client'][number];
type Speaker = 'counsellor' | 'client';

const label = (speaker: Speaker, tag: string) =>
  speaker === 'client' ? tOr(`talk.${tag}`, tag) : tOr(`oars.${tag}`, tag);

function Row({ tally, speaker }: { tally: Tally; speaker: Speaker }) {
  const counts = Object.entries(tally.counts)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);
  return (
    <tr data-turn={tally.turn} data-speaker={speaker} data-total={tally.total}>
      <th scope="row">{formatNumber(tally.turn)}</th>
      <td>{speaker === 'client' ? t('room.client') : t('room.counsellor')}</td>
      <td data-auto={tally.auto ?? ''}>{tally.auto ? label(speaker, tally.auto) : '–'}</td>
      <td>
        {counts.length === 0 ? (
          <span class="muted">{t('room.reportNoTags')}</span>
        ) : (
          counts.map(([tag, n], i) => (
            <span key={tag} class="tally-count" data-tag={tag} data-count={n}>
              {i > 0 ? ', ' : ''}
              {label(speaker, tag)} <strong>{formatNumber(n)}</strong>
            </span>
          ))
        )}
      </td>
      <td class="agreement" data-agreement={tally.agreement ?? ''}>
        {tally.agreement === null ? '–' : formatPercent(tally.agreement * 100)}
      </td>
    </tr>
  );
}

export function ClassTags({ tags }: { tags: Tallies }) {
  const turns = [...new Set([...tags.counsellor, ...tags.client].map((x) => x.turn))].sort((a, b) => a - b);
  const find = (list: Tally[], turn: number) => list.find((x) => x.turn === turn);
  return (
    <section class="card class-tags" aria-labelledby="class-tags-h" data-testid="class-tags">
      <h2 id="class-tags-h">{t('room.reportTitle')}</h2>
      <p class="help">{t('room.reportIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('room.reportTurn')}</th>
            <th scope="col">{t('room.reportWho')}</th>
            <th scope="col">{t('room.reportCoder')}</th>
            <th scope="col">{t('room.reportClass')}</th>
            <th scope="col">{t('room.reportAgreement')}</th>
          </tr>
        </thead>
        <tbody>
          {turns.flatMap((turn) =>
            (['counsellor', 'client'] as const).map((speaker) => {
              const tally = find(tags[speaker], turn);
              return tally ? <Row key={`${turn}-${speaker}`} tally={tally} speaker={speaker} /> : null;
            }),
          )}
        </tbody>
      </table>
    </section>
  );
}
