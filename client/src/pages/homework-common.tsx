/** Pieces shared by the instructor and trainee homework pages: errors, figures, badges, comments. */
import type { Comment, Submission, Summary } from '../api/homework';
import { ApiError } from '../api/http';
import { formatDate, formatNumber, formatPercent, t, tOr } from '../i18n';

/** An error as the user reads it: the catalogue's text for its code, and the server's detail for bad input. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    const base = tOr(`errors.${err.code}`, err.message);
    return err.code === 'bad_request' || err.code === 'rate_limited' || err.code === 'conflict'
      ? `${base} (${err.message})`
      : base;
  }
  return t('errors.internal');
}

export function ErrorAlert({ error }: { error: string | null }) {
  return error ? (
    <p class="alert" role="alert">
      {error}
    </p>
  ) : null;
}

export function LateBadge({ late }: { late: boolean }) {
  return late ? <span class="badge badge-late">{t('hw.late')}</span> : null;
}

export const pct = (v: number | null) => (v === null ? '–' : formatPercent(v));
export const rq = (v: number | null) => (v === null ? '–' : formatNumber(v, 1));

export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** The summary figures of a submission as a definition list. */
export function SummaryFacts({ summary }: { summary: Summary }) {
  const rows: [string, string][] = [
    [t('hw.turns'), formatNumber(summary.turns)],
    [t('hw.duration'), duration(summary.durationSeconds)],
    [t('hw.rq'), rq(summary.rq)],
    [t('hw.pctComplex'), pct(summary.pctComplexReflections)],
    [t('hw.pctOpen'), pct(summary.pctOpenQuestions)],
    [t('hw.adherence'), `${formatNumber(summary.miAdherent)} / ${formatNumber(summary.miNonAdherent)}`],
    [t('hw.pctChangeTalk'), pct(summary.pctChangeTalk)],
  ];
  const targets = Object.entries(summary.targetsMet);
  return (
    <dl class="facts hw-facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      {targets.map(([k, met]) => (
        <div key={`target-${k}`} data-target={k}>
          <dt>{t('hw.targetFor', { what: t(`hw.target.${k}`) })}</dt>
          <dd>{met === null ? '–' : met ? t('hw.met') : t('hw.notMet')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The overall comments; comments on a turn are shown beside it in the transcript (turn-comments.tsx). */
export function CommentList({ submission }: { submission: Submission }) {
  const overall = submission.comments.filter((c) => c.turn === null);
  const onTurns = submission.comments.length - overall.length;
  return (
    <>
      {overall.length === 0 && onTurns === 0 ? <p class="muted">{t('hw.noComments')}</p> : null}
      {overall.length > 0 ? (
        <ul class="hw-comments">
          {overall.map((c: Comment) => (
            <li key={c.id} class="hw-comment" data-turn="overall">
              <div class="muted">
                {t('hw.overall')} · {c.authorName} · {formatDate(c.createdAt)}
              </div>
              <p class="hw-comment-text">{c.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {onTurns > 0 ? <p class="muted">{t('hw.turnCommentsInline', { count: onTurns })}</p> : null}
    </>
  );
}
