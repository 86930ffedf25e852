/** Analyse a real conversation: paste or upload a transcript, get the same report as a practice session. */
import { useState } from 'preact/hooks';
import { LIMITS } from '../../../server/protocol/index.js';
import { ApiError, api } from '../api/http';
import { t, UI_LANGS } from '../i18n';
import { navigate } from '../router';

export function AnalysePage() {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'auto' | 'csv' | 'text'>('auto');
  const [tlang, setTlang] = useState('');
  const [counsellor, setCounsellor] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setText(await file.text());
    if (file.name.toLowerCase().endsWith('.csv')) setFormat('csv');
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.analyse({
        text,
        format,
        ...(tlang ? { lang: tlang as 'nb' | 'da' | 'en' } : {}),
        ...(counsellor.trim() ? { counsellor: counsellor.trim() } : {}),
      });
      navigate(`/sessions/${encodeURIComponent(created.id)}`);
    } catch (err) {
      setError(
        err instanceof ApiError
          ? { code: err.code, message: err.message }
          : { code: 'internal', message: '' },
      );
      setBusy(false);
    }
  };
  const tooLong = text.length > LIMITS.TRANSCRIPT_MAX_CHARS;

  return (
    <div class="analyse">
      <h1 tabIndex={-1} class="page-title">
        {t('analyse.title')}
      </h1>
      <p>{t('analyse.intro')}</p>
      <p class="muted">{t('analyse.privacy')}</p>
      <form class="card" onSubmit={submit}>
        <label for="transcript">{t('analyse.paste')}</label>
        <textarea
          id="transcript"
          rows={12}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          placeholder={t('analyse.placeholder')}
          aria-describedby="transcript-help"
          aria-invalid={tooLong}
        />
        <p id="transcript-help" class="help">
          {t('analyse.help', { max: LIMITS.TRANSCRIPT_MAX_UTTERANCES })}
        </p>
        <div class="fields">
          <label>
            {t('analyse.upload')}
            <input type="file" accept=".txt,.csv,text/plain,text/csv" onChange={onFile} />
          </label>
          <label>
            {t('analyse.format')}
            <select value={format} onChange={(e) => setFormat(e.currentTarget.value as typeof format)}>
              <option value="auto">{t('analyse.formats.auto')}</option>
              <option value="text">{t('analyse.formats.text')}</option>
              <option value="csv">{t('analyse.formats.csv')}</option>
            </select>
          </label>
          <label>
            {t('analyse.lang')}
            <select value={tlang} onChange={(e) => setTlang(e.currentTarget.value)}>
              <option value="">{t('analyse.detect')}</option>
              {UI_LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`langs.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('analyse.counsellor')}
            <input
              type="text"
              value={counsellor}
              maxLength={60}
              onInput={(e) => setCounsellor(e.currentTarget.value)}
            />
          </label>
        </div>
        {error ? (
          <p class="alert" role="alert" data-error={error.code}>
            {t(`errors.${error.code}`)}
            {error.code === 'bad_transcript' || error.code === 'validation_failed' ? ` ${error.message}` : ''}
          </p>
        ) : null}
        <button
          type="submit"
          class="primary"
          disabled={busy || text.trim().length === 0 || tooLong}
          aria-busy={busy}
        >
          {t('analyse.submit')}
        </button>
      </form>
    </div>
  );
}
