/**
 * `/instructor/assignments/:id`: one assignment's submissions with their figures and the exports;
 * `/instructor/submissions/:id`: one submission's coded transcript and report, with comments.
 */
import { useEffect, useState } from 'preact/hooks';
import { caseById, loadCases } from '../api/cases';
import { type Assignment, instructorApi, type Submission, type SubmissionRow } from '../api/homework';
import { AssignmentForm } from '../components/assignment-form';
import { LlmSummary } from '../components/llm-summary';
import { ReportView } from '../components/report-view';
import { formatDate, formatNumber, t } from '../i18n';
import { Link, navigate } from '../router';
import { CommentList, ErrorAlert, errorText, LateBadge, pct, rq, SummaryFacts } from './homework-common';
import { InstructorBar, ShareBox, useInstructor } from './instructor-dashboard';
import { turnComments, useCommentForm } from './turn-comments';

/** Every setting can change; submissions already made keep their late mark and their copy of the settings. */
function EditForm({ a, onSaved }: { a: Assignment; onSaved: (a: Assignment) => void }) {
  return (
    <details class="hw-edit" data-testid="edit-assignment">
      <summary>{t('hw.editAssignment')}</summary>
      <AssignmentForm
        initial={a}
        submitLabel={t('hw.saveChanges')}
        testId="edit-form"
        onSubmit={async (settings) => onSaved(await instructorApi.update(a.id, settings))}
      />
    </details>
  );
}

export function AssignmentReviewPage({ id }: { id: string }) {
  const { user, error: userError } = useInstructor();
  const [a, setA] = useState<Assignment | null>(null);
  const [rows, setRows] = useState<SubmissionRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadCases();
  }, []);
  useEffect(() => {
    if (!user) return;
    instructorApi
      .assignment(id)
      .then(setA)
      .catch((err: unknown) => setError(errorText(err)));
    instructorApi
      .submissions(id)
      .then(setRows)
      .catch((err: unknown) => setError(errorText(err)));
  }, [user, id]);
  const c = caseById(a?.caseId);
  return (
    <div class="hw-page">
      <p class="no-print">
        <Link href="/instructor">{t('hw.backToDashboard')}</Link>
      </p>
      <h1 tabIndex={-1} class="page-title">
        {a?.title ?? t('hw.assignment')}
      </h1>
      <ErrorAlert error={userError ?? error} />
      {user ? <InstructorBar user={user} /> : null}
      {a ? (
        <section class="card" aria-labelledby="about-h">
          <h2 id="about-h">{t('hw.about')}</h2>
          <ShareBox a={a} />
          <p class="meta">
            {c ? c.title[a.lang] : a.caseId} · {t(`langs.${a.lang}`)} · {t(`presets.${a.preset}`)} ·{' '}
            {a.hints ? t('hw.hintsOn') : t('hw.hintsOff')} ·{' '}
            {a.minTurns !== null
              ? t('hw.atLeastTurns', { count: a.minTurns })
              : t('hw.minutes', { count: a.timeLimitMinutes ?? 0 })}{' '}
            · {t('hw.dueAt', { date: formatDate(a.dueAt) })}
          </p>
          {a.instructions ? <p class="hw-instructions">{a.instructions}</p> : null}
          <EditForm a={a} onSaved={setA} />
          <div class="actions">
            <a href={instructorApi.exportUrl(a.id, 'csv')} download data-testid="export-csv">
              {t('hw.exportCsv')}
            </a>
            <a href={instructorApi.exportUrl(a.id, 'json')} download data-testid="export-json">
              {t('hw.exportJson')}
            </a>
            <a href={instructorApi.exportUrl(a.id, 'zip')} download data-testid="export-zip">
              {t('hw.exportZip')}
            </a>
          </div>
        </section>
      ) : null}
      <section class="card" aria-labelledby="subs-h">
        <h2 id="subs-h">{t('hw.submissions')}</h2>
        {rows === null && !error ? <p aria-busy="true">{t('common.loading')}</p> : null}
        {rows?.length === 0 ? <p class="muted">{t('hw.noSubmissions')}</p> : null}
        {rows?.length ? (
          <div class="hw-scroll">
            <table class="miti hw-table" data-testid="submissions">
              <thead>
                <tr>
                  <th scope="col">{t('hw.trainee')}</th>
                  <th scope="col">{t('hw.rq')}</th>
                  <th scope="col">{t('hw.pctComplex')}</th>
                  <th scope="col">{t('hw.pctOpen')}</th>
                  <th scope="col">{t('hw.adherence')}</th>
                  <th scope="col">{t('hw.pctChangeTalk')}</th>
                  <th scope="col">{t('hw.turns')}</th>
                  <th scope="col">{t('hw.submitted')}</th>
                  <th scope="col">{t('hw.comments')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-submission={r.id} data-late={r.late}>
                    <th scope="row">
                      <Link href={`/instructor/submissions/${encodeURIComponent(r.id)}`}>
                        {r.displayName}
                      </Link>
                    </th>
                    <td>{rq(r.summary.rq)}</td>
                    <td>{pct(r.summary.pctComplexReflections)}</td>
                    <td>{pct(r.summary.pctOpenQuestions)}</td>
                    <td>
                      {formatNumber(r.summary.miAdherent)} / {formatNumber(r.summary.miNonAdherent)}
                    </td>
                    <td>{pct(r.summary.pctChangeTalk)}</td>
                    <td>{formatNumber(r.summary.turns)}</td>
                    <td>
                      {formatDate(r.submittedAt)} <LateBadge late={r.late} />
                    </td>
                    <td>{formatNumber(r.comments)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}

function CommentForm({ s, onSaved }: { s: Submission; onSaved: (s: Submission) => void }) {
  const [turn, setTurn] = useState('');
  const { text, setText, busy, error, submit: send } = useCommentForm(s, onSaved);
  const submit = (e: Event) => {
    e.preventDefault();
    void send(turn === '' ? null : Number(turn));
  };
  return (
    <form class="hw-form" onSubmit={submit} data-testid="comment-form">
      <ErrorAlert error={error} />
      <label>
        {t('hw.commentOn')}
        <select name="turn" value={turn} onChange={(e) => setTurn(e.currentTarget.value)}>
          <option value="">{t('hw.overall')}</option>
          {s.transcript.turns.map((x) => (
            <option key={x.turn} value={String(x.turn)}>
              {t('hw.turnOption', { turn: x.turn, text: x.counsellor.text.slice(0, 60) })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('hw.comment')}
        <textarea
          name="comment"
          rows={3}
          maxLength={5000}
          required
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="primary" disabled={busy || !text.trim()} aria-busy={busy}>
        {t('hw.addComment')}
      </button>
    </form>
  );
}

export function SubmissionReviewPage({ id }: { id: string }) {
  const { user, error: userError } = useInstructor();
  const [s, setS] = useState<Submission | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<'no' | 'confirm'>('no');
  const remove = () => {
    if (!s) return;
    if (deleting === 'no') return setDeleting('confirm');
    instructorApi
      .deleteSubmission(s.id)
      .then(() => navigate(`/instructor/assignments/${encodeURIComponent(s.assignmentId)}`, true))
      .catch((err: unknown) => setError(errorText(err)));
  };
  useEffect(() => {
    void loadCases();
  }, []);
  useEffect(() => {
    if (!user) return;
    instructorApi
      .submission(id)
      .then(setS)
      .catch((err: unknown) => setError(errorText(err)));
  }, [user, id]);
  const c = caseById(s?.transcript.caseId);
  return (
    <div class="hw-page">
      {s ? (
        <p class="no-print">
          <Link href={`/instructor/assignments/${encodeURIComponent(s.assignmentId)}`}>
            {t('hw.backToAssignment', { title: s.assignment.title })}
          </Link>
        </p>
      ) : null}
      <h1 tabIndex={-1} class="page-title">
        {s ? t('hw.submissionBy', { name: s.displayName }) : t('hw.submission')}
      </h1>
      <ErrorAlert error={userError ?? error} />
      {user ? <InstructorBar user={user} /> : null}
      {!s && !error && !userError ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {s ? (
        <>
          <p class="meta">
            {s.assignment.title} · {t('hw.submittedAt', { date: formatDate(s.submittedAt) })}{' '}
            <LateBadge late={s.late} />
          </p>
          <section class="card" aria-labelledby="figures-h">
            <h2 id="figures-h">{t('hw.figures')}</h2>
            <SummaryFacts summary={s.summary} />
          </section>
          <section class="card" aria-labelledby="comments-h">
            <h2 id="comments-h">{t('hw.comments')}</h2>
            <CommentList submission={s} />
            <CommentForm s={s} onSaved={setS} />
          </section>
          <ReportView
            session={s.transcript}
            clientName={c?.client.name ?? t('chat.client')}
            turnNote={turnComments(s, setS)}
          />
          <LlmSummary summary={s.transcript.llm} />
          <div class="actions no-print">
            <button
              type="button"
              class="danger"
              onClick={remove}
              aria-describedby={deleting === 'confirm' ? 'delete-confirm' : undefined}
            >
              {t('hw.deleteSubmission')}
            </button>
            {deleting === 'confirm' ? (
              <span id="delete-confirm" role="status" class="alert-text">
                {t('hw.deleteConfirm')}
              </span>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
