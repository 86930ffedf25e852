/** `/login` and `/setup` (the first admin, only while there are no users) for instructors. */
import { useEffect, useState } from 'preact/hooks';
import { instructorApi } from '../api/homework';
import { ApiError } from '../api/http';
import { Field } from '../components/field';
import { t } from '../i18n';
import { Link, navigate } from '../router';
import { ErrorAlert, errorText } from './homework-common';

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [setupNeeded, setSetupNeeded] = useState(false);
  useEffect(() => {
    instructorApi
      .setupNeeded()
      .then((r) => setSetupNeeded(r.needed))
      .catch(() => undefined);
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await instructorApi.login(email.trim(), password);
      navigate('/instructor');
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'unauthorized' ? t('hw.loginWrong') : errorText(err));
      setBusy(false);
    }
  };
  return (
    <div class="hw-narrow">
      <h1 tabIndex={-1} class="page-title">
        {t('hw.loginTitle')}
      </h1>
      {setupNeeded ? (
        <p class="card" role="status">
          {t('hw.setupHint')} <Link href="/setup">{t('hw.setupLink')}</Link>
        </p>
      ) : null}
      <ErrorAlert error={error} />
      <form class="card hw-form" onSubmit={submit}>
        <Field
          label={t('hw.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onValue={setEmail}
        />
        <Field
          label={t('hw.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
        />
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {t('hw.login')}
        </button>
      </form>
    </div>
  );
}

export function SetupPage() {
  const [needed, setNeeded] = useState<boolean | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    instructorApi
      .setupNeeded()
      .then((r) => setNeeded(r.needed))
      .catch((err: unknown) => setError(errorText(err)));
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await instructorApi.setup({ name: name.trim(), email: email.trim(), password });
      navigate('/instructor');
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  return (
    <div class="hw-narrow">
      <h1 tabIndex={-1} class="page-title">
        {t('hw.setupTitle')}
      </h1>
      <ErrorAlert error={error} />
      {needed === null && !error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {needed === false ? (
        <p role="status">
          {t('hw.setupDone')} <Link href="/login">{t('hw.login')}</Link>
        </p>
      ) : null}
      {needed ? (
        <form class="card hw-form" onSubmit={submit}>
          <p class="muted">{t('hw.setupIntro')}</p>
          <Field
            label={t('hw.name')}
            type="text"
            name="name"
            autoComplete="name"
            required
            value={name}
            onValue={setName}
          />
          <Field
            label={t('hw.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onValue={setEmail}
          />
          <Field
            label={t('hw.password')}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={10}
            aria-describedby="pw-help"
            value={password}
            onValue={setPassword}
          />
          <p id="pw-help" class="help">
            {t('hw.passwordHelp', { count: 10 })}
          </p>
          <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
            {t('hw.setupCreate')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
