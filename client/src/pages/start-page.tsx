/** Start page: what MI practice is here, then the settings and one card per case. */
import { useEffect, useState } from 'preact/hooks';
import { caseById, cases, casesError, loadCases } from '../api/cases';
import { ApiError, api } from '../api/http';
import { recentSessions } from '../api/tokens';
import { formatDate, lang, t, UI_LANGS, type UiLang } from '../i18n';
import { Link, navigate } from '../router';

const PRESETS = ['cooperative', 'ambivalent', 'resistant'] as const;
type Preset = (typeof PRESETS)[number];

function RecentSessions() {
  const recent = recentSessions();
  if (recent.length === 0) return null;
  return (
    <section class="card recent" aria-labelledby="recent-h">
      <h2 id="recent-h">{t('start.recent')}</h2>
      <ul>
        {recent.map((r) => {
          const c = caseById(r.caseId);
          const name =
            r.kind === 'analysis' ? t('report.analysis') : (c?.title[lang.value] ?? r.caseId ?? '');
          const id = encodeURIComponent(r.id);
          return (
            <li key={r.id}>
              <span>
                {name} · {formatDate(r.at)}
              </span>{' '}
              {r.kind === 'practice' ? <Link href={`/practice/${id}`}>{t('start.continue')}</Link> : null}{' '}
              {r.kind === 'practice' ? <Link href={`/present/${id}`}>{t('room.present')}</Link> : null}{' '}
              <Link href={`/sessions/${id}`}>{t('start.report')}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function StartPage() {
  const [caseLang, setCaseLang] = useState<UiLang>(lang.value);
  const [preset, setPreset] = useState<Preset>('ambivalent');
  const [hints, setHints] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadCases();
  }, []);
  useEffect(() => setCaseLang(lang.value), [lang.value]);

  const start = async (caseId: string) => {
    setBusy(caseId);
    setError(null);
    try {
      const created = await api.startSession({ caseId, lang: caseLang, preset, hints });
      navigate(`/practice/${encodeURIComponent(created.id)}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'internal');
      setBusy(null);
    }
  };

  return (
    <>
      <h1 tabIndex={-1} class="page-title">
        {t('start.title')}
      </h1>
      <section class="intro card" aria-labelledby="intro-h">
        <h2 id="intro-h">{t('start.introTitle')}</h2>
        <p>{t('start.intro1')}</p>
        <p>{t('start.intro2')}</p>
        <p class="muted">{t('start.intro3')}</p>
      </section>
      <section aria-labelledby="settings-h" class="card settings">
        <h2 id="settings-h">{t('start.settings')}</h2>
        <div class="fields">
          <label>
            {t('start.caseLang')}
            <select
              value={caseLang}
              onChange={(e) => setCaseLang(e.currentTarget.value as UiLang)}
              name="case-lang"
            >
              {UI_LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`langs.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('start.difficulty')}</legend>
            {PRESETS.map((p) => (
              <label key={p} class="radio">
                <input
                  type="radio"
                  name="preset"
                  value={p}
                  checked={preset === p}
                  onChange={() => setPreset(p)}
                />
                {t(`presets.${p}`)}
              </label>
            ))}
          </fieldset>
          <label class="check">
            <input
              type="checkbox"
              name="hints"
              checked={hints}
              onChange={(e) => setHints(e.currentTarget.checked)}
            />
            {t('start.hints')}
          </label>
        </div>
      </section>
      <section aria-labelledby="cases-h">
        <h2 id="cases-h">{t('start.cases')}</h2>
        {error ? (
          <p class="alert" role="alert">
            {t(`errors.${error}`)}
          </p>
        ) : null}
        {casesError.value ? (
          <p class="alert" role="alert">
            {t(`errors.${casesError.value}`)}
          </p>
        ) : null}
        {cases.value === null && !casesError.value ? <p aria-busy="true">{t('common.loading')}</p> : null}
        <ul class="cases">
          {(cases.value ?? []).map((c) => (
            <li key={c.id} class="case card" data-case={c.id}>
              <h3>{c.title[caseLang]}</h3>
              <p class="who">
                {t('start.clientIs', { name: c.client.name, age: c.client.age })} · {c.setting[caseLang]}
              </p>
              <p>{c.summary[caseLang]}</p>
              <p class="muted">
                {t('start.youAre')}: {c.counsellorRole[caseLang]}
              </p>
              <button
                type="button"
                class="primary"
                disabled={busy !== null}
                aria-busy={busy === c.id}
                onClick={() => start(c.id)}
              >
                {t('start.startWith', { name: c.client.name })}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <RecentSessions />
    </>
  );
}
