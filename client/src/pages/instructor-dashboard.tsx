/** `/instructor`: the instructor's assignments, and the form that creates one (then shows its link and code). */
import { useEffect, useState } from 'preact/hooks';
import { cases, loadCases } from '../api/cases';
import {
  type Assignment,
  instructorApi,
  type Lang,
  PRESETS,
  type Preset,
  TARGET_KEYS,
  type Targets,
  type User,
} from '../api/homework';
import { ApiError } from '../api/http';
import { formatDate, lang, t, UI_LANGS } from '../i18n';
import { Link, navigate } from '../router';
import { ErrorAlert, errorText } from './homework-common';

/** Loads the current instructor; sends the browser to /login when there is none. */
export function useInstructor(): { user: User | null; error: string | null } {
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    instructorApi
      .me()
      .then(setUser)
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 401) navigate('/login', true);
        else setError(errorText(err));
      });
  }, []);
  return { user, error };
}

export function InstructorBar({ user }: { user: User }) {
  const logout = () => {
    void instructorApi
      .logout()
      .catch(() => undefined)
      .then(() => navigate('/login'));
  };
  return (
    <p class="meta hw-bar">
      {t('hw.signedInAs', { name: user.name })}{' '}
      <button type="button" onClick={logout}>
        {t('hw.logout')}
      </button>
    </p>
  );
}

export const shareUrl = (a: { code: string }) => `${location.origin}/a/${encodeURIComponent(a.code)}`;

/** A local date-time input value (yyyy-mm-ddThh:mm) a week from now. */
function inAWeek(): string {
  const d = new Date(Date.now() + 7 * 24 * 3600_000);
  d.setSeconds(0, 0);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function CreateForm({ onCreated }: { onCreated: (a: Assignment) => void }) {
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [caseId, setCaseId] = useState('');
  const [caseLang, setCaseLang] = useState<Lang>(lang.value);
  const [preset, setPreset] = useState<Preset>('ambivalent');
  const [hints, setHints] = useState(true);
  const [length, setLength] = useState<'turns' | 'time'>('turns');
  const [minTurns, setMinTurns] = useState('5');
  const [minutes, setMinutes] = useState('5');
  const [due, setDue] = useState(inAWeek());
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = cases.value ?? [];
  const chosenCase = caseId || list[0]?.id || '';

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const dueDate = new Date(due);
    if (Number.isNaN(dueDate.getTime())) return setError(t('hw.badDue'));
    const tg: Targets = {};
    for (const k of TARGET_KEYS) {
      const raw = targets[k]?.trim();
      if (!raw) continue;
      const v = Number(raw.replace(',', '.'));
      if (!Number.isFinite(v)) return setError(t('hw.badTarget'));
      tg[k] = v;
    }
    setBusy(true);
    try {
      const created = await instructorApi.create({
        title: title.trim(),
        instructions,
        caseId: chosenCase,
        lang: caseLang,
        preset,
        hints,
        minTurns: length === 'turns' ? Number(minTurns) : null,
        timeLimitMinutes: length === 'time' ? Number(minutes) : null,
        dueAt: dueDate.toISOString(),
        targets: tg,
      });
      setTitle('');
      setInstructions('');
      setTargets({});
      onCreated(created);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="create-h">
      <h2 id="create-h">{t('hw.create')}</h2>
      <ErrorAlert error={error} />
      <form class="hw-form" onSubmit={submit} data-testid="create-assignment">
        <label>
          {t('hw.title')}
          <input
            type="text"
            name="title"
            required
            maxLength={200}
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('hw.instructions')}
          <textarea
            name="instructions"
            rows={3}
            maxLength={5000}
            value={instructions}
            onInput={(e) => setInstructions(e.currentTarget.value)}
          />
        </label>
        <div class="fields">
          <label>
            {t('hw.case')}
            <select name="case" value={chosenCase} onChange={(e) => setCaseId(e.currentTarget.value)}>
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title[caseLang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('start.caseLang')}
            <select name="lang" value={caseLang} onChange={(e) => setCaseLang(e.currentTarget.value as Lang)}>
              {UI_LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`langs.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('start.difficulty')}
            <select name="preset" value={preset} onChange={(e) => setPreset(e.currentTarget.value as Preset)}>
              {PRESETS.map((p) => (
                <option key={p} value={p}>
                  {t(`presets.${p}`)}
                </option>
              ))}
            </select>
          </label>
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
        <fieldset>
          <legend>{t('hw.length')}</legend>
          <label class="radio">
            <input
              type="radio"
              name="length"
              value="turns"
              checked={length === 'turns'}
              onChange={() => setLength('turns')}
            />
            {t('hw.byTurns')}
          </label>
          <label class="radio">
            <input
              type="radio"
              name="length"
              value="time"
              checked={length === 'time'}
              onChange={() => setLength('time')}
            />
            {t('hw.byTime')}
          </label>
        </fieldset>
        <div class="fields">
          {length === 'turns' ? (
            <label>
              {t('hw.minTurns')}
              <input
                type="number"
                name="minTurns"
                min={1}
                max={100}
                required
                value={minTurns}
                onInput={(e) => setMinTurns(e.currentTarget.value)}
              />
            </label>
          ) : (
            <label>
              {t('hw.timeLimit')}
              <input
                type="number"
                name="timeLimitMinutes"
                min={1}
                max={180}
                required
                value={minutes}
                onInput={(e) => setMinutes(e.currentTarget.value)}
              />
            </label>
          )}
          <label>
            {t('hw.due')}
            <input
              type="datetime-local"
              name="dueAt"
              required
              value={due}
              onInput={(e) => setDue(e.currentTarget.value)}
            />
          </label>
        </div>
        <fieldset class="hw-targets">
          <legend>{t('hw.targets')}</legend>
          {TARGET_KEYS.map((k) => (
            <label key={k}>
              {t(`hw.target.${k}`)}
              <input
                type="text"
                inputMode="decimal"
                name={`target-${k}`}
                size={6}
                value={targets[k] ?? ''}
                onInput={(e) => setTargets({ ...targets, [k]: e.currentTarget.value })}
              />
            </label>
          ))}
        </fieldset>
        <button type="submit" class="primary" disabled={busy || !chosenCase} aria-busy={busy}>
          {t('hw.createButton')}
        </button>
      </form>
    </section>
  );
}

export function ShareBox({ a }: { a: Assignment }) {
  const url = shareUrl(a);
  return (
    <div class="hw-share" data-testid="share">
      <span>
        {t('hw.code')}: <strong data-testid="share-code">{a.code}</strong>
      </span>{' '}
      <span>
        {t('hw.link')}: <a href={`/a/${encodeURIComponent(a.code)}`}>{url}</a>
      </span>
    </div>
  );
}

/** Admins only: the accounts, and a form that adds an instructor (or another admin). */
function UsersAdmin() {
  const [users, setUsers] = useState<User[] | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<User['role']>('instructor');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    instructorApi
      .users()
      .then(setUsers)
      .catch((err: unknown) => setError(errorText(err)));
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await instructorApi.addUser({ name: name.trim(), email: email.trim(), password, role });
      setUsers([...(users ?? []), added]);
      setName('');
      setEmail('');
      setPassword('');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="users-h">
      <h2 id="users-h">{t('hw.users')}</h2>
      {users?.length ? (
        <table class="miti hw-table" data-testid="users">
          <thead>
            <tr>
              <th scope="col">{t('hw.name')}</th>
              <th scope="col">{t('hw.email')}</th>
              <th scope="col">{t('hw.role')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                <td>{t(`hw.roles.${u.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>{t('hw.addUser')}</h3>
      <ErrorAlert error={error} />
      <form class="hw-form" onSubmit={submit} data-testid="add-user">
        <label>
          {t('hw.name')}
          <input
            type="text"
            name="user-name"
            required
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('hw.email')}
          <input
            type="email"
            name="user-email"
            required
            autoComplete="off"
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('hw.password')}
          <input
            type="password"
            name="user-password"
            required
            minLength={10}
            autoComplete="new-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('hw.role')}
          <select
            name="user-role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as User['role'])}
          >
            <option value="instructor">{t('hw.roles.instructor')}</option>
            <option value="admin">{t('hw.roles.admin')}</option>
          </select>
        </label>
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {t('hw.addUserButton')}
        </button>
      </form>
    </section>
  );
}

export function InstructorPage() {
  const { user, error: userError } = useInstructor();
  const [list, setList] = useState<Assignment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Assignment | null>(null);
  useEffect(() => {
    void loadCases();
  }, []);
  useEffect(() => {
    if (!user) return;
    instructorApi
      .assignments()
      .then(setList)
      .catch((err: unknown) => setError(errorText(err)));
  }, [user]);
  return (
    <div class="hw-page">
      <h1 tabIndex={-1} class="page-title">
        {t('hw.dashboard')}
      </h1>
      <ErrorAlert error={userError ?? error} />
      {!user && !userError ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {user ? (
        <>
          <InstructorBar user={user} />
          {created ? (
            <section class="card hw-created" role="status" aria-labelledby="created-h">
              <h2 id="created-h">{t('hw.created', { title: created.title })}</h2>
              <ShareBox a={created} />
            </section>
          ) : null}
          <section class="card" aria-labelledby="list-h">
            <h2 id="list-h">{t('hw.assignments')}</h2>
            {list === null ? <p aria-busy="true">{t('common.loading')}</p> : null}
            {list?.length === 0 ? <p class="muted">{t('hw.noAssignments')}</p> : null}
            {list?.length ? (
              <table class="miti hw-table">
                <thead>
                  <tr>
                    <th scope="col">{t('hw.title')}</th>
                    <th scope="col">{t('hw.code')}</th>
                    <th scope="col">{t('hw.due')}</th>
                    <th scope="col">{t('hw.submissions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((a) => (
                    <tr key={a.id} data-assignment={a.id}>
                      <th scope="row">
                        <Link href={`/instructor/assignments/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                      </th>
                      <td>{a.code}</td>
                      <td>{formatDate(a.dueAt)}</td>
                      <td>{a.submissions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
          <CreateForm
            onCreated={(a) => {
              setCreated(a);
              setList([a, ...(list ?? [])]);
            }}
          />
          {user.role === 'admin' ? <UsersAdmin /> : null}
        </>
      ) : null}
    </div>
  );
}
