/** `/sessions/:id`: the report of a practice session or an analysis, with export and print. */
import { useEffect, useState } from 'preact/hooks';
import type { SessionView } from '../../../server/protocol/index.js';
import { caseById, loadCases } from '../api/cases';
import { ApiError, api } from '../api/http';
import { forgetToken } from '../api/tokens';
import { ClassTags } from '../components/class-tags';
import { LlmSummary } from '../components/llm-summary';
import { ReportView } from '../components/report-view';
import { formatDate, t } from '../i18n';
import { Link } from '../router';

async function download(id: string, format: 'json' | 'csv') {
  const blob = await api.reportFile(id, format);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `changetalk-${id}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportPage({ id }: { id: string }) {
  const [session, setSession] = useState<SessionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<'no' | 'confirm' | 'done'>('no');
  useEffect(() => {
    void loadCases();
    api
      .session(id)
      .then(setSession)
      .catch((err: unknown) => setError(err instanceof ApiError ? err.code : 'internal'));
  }, [id]);
  const c = caseById(session?.caseId);
  const remove = () => {
    if (deleting === 'no') return setDeleting('confirm');
    api
      .deleteSession(id)
      .then(() => {
        forgetToken(id);
        setSession(null);
        setDeleting('done');
      })
      .catch((err: unknown) => setError(err instanceof ApiError ? err.code : 'internal'));
  };
  if (deleting === 'done') {
    return (
      <div class="report-page">
        <h1 tabIndex={-1} class="page-title">
          {t('report.title')}
        </h1>
        <p role="status">{t('report.deleted')}</p>
        <Link href="/">{t('report.newSession')}</Link>
      </div>
    );
  }
  const exportAs = (format: 'json' | 'csv') => () =>
    download(id, format).catch((err: unknown) => setError(err instanceof ApiError ? err.code : 'internal'));

  return (
    <div class="report-page">
      <h1 tabIndex={-1} class="page-title">
        {t('report.title')}
      </h1>
      {error ? (
        <p class="alert" role="alert" data-testid="report-error">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      {error && !session ? <Link href="/">{t('report.newSession')}</Link> : null}
      {!session && !error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {session ? (
        <>
          <p class="meta">
            {session.kind === 'analysis'
              ? t('report.analysis')
              : `${c ? c.title[session.lang] : (session.caseId ?? '')} · ${session.preset ? t(`presets.${session.preset}`) : ''}`}
            {' · '}
            {t(`langs.${session.lang}`)} · {formatDate(session.createdAt)} ·{' '}
            {t('report.turns', { count: session.report.turns })}
          </p>
          <div class="actions no-print">
            <button type="button" onClick={exportAs('json')}>
              {t('report.exportJson')}
            </button>
            <button type="button" onClick={exportAs('csv')}>
              {t('report.exportCsv')}
            </button>
            <button type="button" onClick={() => print()}>
              {t('report.print')}
            </button>
            <button
              type="button"
              class="danger"
              onClick={remove}
              aria-describedby={deleting === 'confirm' ? 'delete-confirm' : undefined}
            >
              {t('report.delete')}
            </button>
            {deleting === 'confirm' ? (
              <span id="delete-confirm" role="status" class="alert-text">
                {t('report.deleteConfirm')}
              </span>
            ) : null}
            {session.kind === 'practice' && !session.ended ? (
              <Link href={`/practice/${encodeURIComponent(id)}`}>{t('report.continue')}</Link>
            ) : null}
          </div>
          <ReportView session={session} clientName={c?.client.name ?? t('chat.client')} />
          {session.classTags ? <ClassTags tags={session.classTags} /> : null}
          <LlmSummary summary={session.llm} />
        </>
      ) : null}
    </div>
  );
}
