/** `/instructor`: the instructor's assignments, and the form that creates one (then shows its link and code). */
import { useEffect, useState } from 'preact/hooks';
import { loadCases } from '../api/cases';
import { type Assignment, instructorApi, type User } from '../api/homework';
import { ApiError } from '../api/http';
import { AssignmentForm } from '../components/assignment-form';
import { Field } from '../components/field';
import { formatDate, t } from '../i18n';
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
function CreateForm({ onCreated }: { onCreated: (a: Assignment) => void }) {
  return (
    <section class="card" aria-labelledby="create-h">
      <h2 id="create-h">{t('hw.create')}</h2>
      <AssignmentForm
        submitLabel={t('hw.createButton')}
        testId="create-assignment"
        onSubmit={async (settings) => onCreated(await instructorApi.create(settings))}
      />
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
        <Field label={t('hw.name')} type="text" name="user-name" required value={name} onValue={setName} />
        <Field
          label={t('hw.email')}
          type="email"
          name="user-email"
          required
          autoComplete="off"
          value={email}
          onValue={setEmail}
        />
        <Field
          label={t('hw.password')}
          type="password"
          name="user-password"
          required
          minLength={10}
          autoComplete="new-password"
          value={password}
          onValue={setPassword}
        />
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
