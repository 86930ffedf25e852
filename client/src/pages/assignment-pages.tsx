/**
 * The trainee's side of homework, no account needed: `/a/:code` (the assignment, a display name, start),
 * `/homework/:id` (the practice view with a Submit bar) and `/receipt/:id` (their submission and the
 * instructor's comments, opened with the receipt token this browser keeps).
 */
import { useEffect, useState } from 'preact/hooks';
import { caseById, loadCases } from '../api/cases';
import {
  homeworkList,
  type PublicAssignment,
  receiptToken,
  type Submission,
  traineeApi,
} from '../api/homework';
import { ReportView } from '../components/report-view';
import { formatDate, t } from '../i18n';
import { Link, navigate } from '../router';
import { CommentList, ErrorAlert, errorText, LateBadge, SummaryFacts } from './homework-common';
import { turnComments } from './turn-comments';

function lengthText(a: { minTurns: number | null; timeLimitMinutes: number | null }): string {
  return a.minTurns !== null
    ? t('hw.atLeastTurns', { count: a.minTurns })
    : t('hw.minutes', { count: a.timeLimitMinutes ?? 0 });
}

/** The homework started in this browser for one code: continue, submit or open the receipt. */
function MyWork({ code }: { code: string }) {
  const mine = homeworkList().filter((h) => h.code === code);
  if (mine.length === 0) return null;
  return (
    <section class="card recent" aria-labelledby="mine-h">
      <h2 id="mine-h">{t('hw.yourWork')}</h2>
      <ul>
        {mine.map((h) => (
          <li key={h.sessionId}>
            <span>
              {h.displayName} · {formatDate(h.startedAt)}
            </span>{' '}
            {h.receipt ? (
              <>
                <LateBadge late={h.receipt.late} />{' '}
                <Link href={`/receipt/${encodeURIComponent(h.receipt.id)}`}>{t('hw.openReceipt')}</Link>
              </>
            ) : (
              <Link href={`/homework/${encodeURIComponent(h.sessionId)}`}>{t('start.continue')}</Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AssignmentPage({ code }: { code: string }) {
  const [a, setA] = useState<PublicAssignment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(() => homeworkList()[0]?.displayName ?? '');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadCases();
    traineeApi
      .byCode(code)
      .then(setA)
      .catch((err: unknown) => setError(errorText(err)));
  }, [code]);
  const c = caseById(a?.caseId);
  const start = async (e: Event) => {
    e.preventDefault();
    if (!a || !name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const created = await traineeApi.start(a, name.trim());
      navigate(`/homework/${encodeURIComponent(created.id)}`);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  const overdue = a ? new Date(a.dueAt).getTime() < Date.now() : false;
  return (
    <div class="hw-narrow">
      <h1 tabIndex={-1} class="page-title">
        {a?.title ?? t('hw.assignment')}
      </h1>
      <ErrorAlert error={error} />
      {!a && !error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {a ? (
        <>
          <section class="card" aria-labelledby="task-h">
            <h2 id="task-h">{t('hw.task')}</h2>
            {a.instructions ? <p class="hw-instructions">{a.instructions}</p> : null}
            <dl class="facts">
              <div>
                <dt>{t('hw.case')}</dt>
                <dd>{c ? c.title[a.lang] : a.caseId}</dd>
              </div>
              <div>
                <dt>{t('start.caseLang')}</dt>
                <dd>{t(`langs.${a.lang}`)}</dd>
              </div>
              <div>
                <dt>{t('start.difficulty')}</dt>
                <dd>{t(`presets.${a.preset}`)}</dd>
              </div>
              <div>
                <dt>{t('hw.length')}</dt>
                <dd>{lengthText(a)}</dd>
              </div>
              <div>
                <dt>{t('hw.due')}</dt>
                <dd>{formatDate(a.dueAt)}</dd>
              </div>
            </dl>
            {c ? (
              <p>
                {c.summary[a.lang]}{' '}
                <span class="muted">
                  {t('start.youAre')}: {c.counsellorRole[a.lang]}
                </span>
              </p>
            ) : null}
            {overdue ? <p class="alert-text">{t('hw.overdue')}</p> : null}
          </section>
          <form class="card hw-form" onSubmit={start}>
            <label>
              {t('hw.displayName')}
              <input
                type="text"
                name="displayName"
                autoComplete="name"
                required
                maxLength={60}
                aria-describedby="dn-help"
                value={name}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <p id="dn-help" class="help">
              {t('hw.displayNameHelp')}
            </p>
            <button type="submit" class="primary" disabled={busy || !name.trim()} aria-busy={busy}>
              {t('hw.start')}
            </button>
          </form>
          <MyWork code={a.code} />
        </>
      ) : null}
    </div>
  );
}

export { HomeworkPracticePage } from './homework-practice';

export function ReceiptPage({ id }: { id: string }) {
  const [s, setS] = useState<Submission | null>(null);
  const [error, setError] = useState<string | null>(null);
  const token = receiptToken(id);
  useEffect(() => {
    void loadCases();
    if (!token) return;
    traineeApi
      .receipt(id, token)
      .then(setS)
      .catch((err: unknown) => setError(errorText(err)));
  }, [id, token]);
  const c = caseById(s?.transcript.caseId);
  return (
    <div class="hw-page">
      <h1 tabIndex={-1} class="page-title">
        {t('hw.receiptTitle')}
      </h1>
      {!token ? <p class="alert">{t('hw.noReceipt')}</p> : null}
      <ErrorAlert error={error} />
      {token && !s && !error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {s ? (
        <>
          <p class="meta" data-testid="receipt-meta">
            {s.assignment.title} · {s.displayName} ·{' '}
            {t('hw.submittedAt', { date: formatDate(s.submittedAt) })} <LateBadge late={s.late} />
          </p>
          <p role="status">{t('hw.receiptNote')}</p>
          <section class="card" aria-labelledby="feedback-h">
            <h2 id="feedback-h">{t('hw.feedback')}</h2>
            <CommentList submission={s} />
          </section>
          <section class="card" aria-labelledby="figures-h">
            <h2 id="figures-h">{t('hw.figures')}</h2>
            <SummaryFacts summary={s.summary} />
          </section>
          <ReportView
            session={s.transcript}
            clientName={c?.client.name ?? t('chat.client')}
            turnNote={turnComments(s)}
          />
        </>
      ) : null}
    </div>
  );
}
