/**
 * Instructors and homework over HTTP: the login cookie (httpOnly, set by the server) with a CSRF token for
 * writes, assignments and submissions; trainees start by code and keep their receipts in localStorage.
 * The shapes are inferred from the protocol's schemas (server/protocol/homework.ts).
 */
import type {
  AssignmentView as Assignment,
  Preset,
  PublicAssignment,
  Receipt,
  Settings,
  SubmissionView as Submission,
  SubmissionRow,
  Targets,
  User,
} from '../../../server/protocol/homework.js';
import type { SessionCreated } from '../../../server/protocol/index.js';
import { ApiError, request } from './http';
import { rememberRecent, rememberToken } from './tokens';

export type {
  AssignmentView as Assignment,
  Comment,
  Lang,
  Preset,
  PublicAssignment,
  Receipt,
  Settings,
  SubmissionRow,
  SubmissionView as Submission,
  Summary,
  Targets,
  User,
} from '../../../server/protocol/homework.js';
export { TARGET_KEYS } from '../../../server/protocol/homework.js';
export const PRESETS: readonly Preset[] = ['cooperative', 'ambivalent', 'resistant'];

let csrf: string | null = null;

function send<T>(method: string, url: string, body?: unknown, bearer?: string): Promise<T> {
  return request<T>(method, url, body, bearer, csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {});
}

/** A cookie-authenticated write: fetches the CSRF token first, and once more if the server refuses it. */
async function write<T>(method: string, url: string, body?: unknown): Promise<T> {
  if (!csrf) csrf = (await send<{ token: string }>('GET', '/api/auth/csrf')).token;
  try {
    return await send<T>(method, url, body);
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 403)) throw err;
    csrf = (await send<{ token: string }>('GET', '/api/auth/csrf')).token;
    return send<T>(method, url, body);
  }
}

const enc = encodeURIComponent;

export const instructorApi = {
  setupNeeded: () => send<{ needed: boolean }>('GET', '/api/setup'),
  setup: (body: { email: string; name: string; password: string }) =>
    send<{ user: User }>('POST', '/api/setup', body).then((r) => {
      csrf = null;
      return r;
    }),
  login: (email: string, password: string) =>
    send<{ user: User }>('POST', '/api/auth/login', { email, password }).then((r) => {
      csrf = null;
      return r;
    }),
  logout: () =>
    write<null>('POST', '/api/auth/logout').finally(() => {
      csrf = null;
    }),
  me: () => send<User>('GET', '/api/auth/me'),
  users: () => send<User[]>('GET', '/api/users'),
  addUser: (body: { email: string; name: string; password: string; role: User['role'] }) =>
    write<User>('POST', '/api/users', body),
  assignments: () => send<Assignment[]>('GET', '/api/assignments'),
  assignment: (id: string) => send<Assignment>('GET', `/api/assignments/${enc(id)}`),
  create: (body: Omit<Settings, 'targets'> & { targets: Targets }) =>
    write<Assignment>('POST', '/api/assignments', body),
  update: (id: string, body: Partial<Settings>) =>
    write<Assignment>('PATCH', `/api/assignments/${enc(id)}`, body),
  submissions: (id: string) => send<SubmissionRow[]>('GET', `/api/assignments/${enc(id)}/submissions`),
  submission: (id: string) => send<Submission>('GET', `/api/submissions/${enc(id)}`),
  comment: (id: string, turn: number | null, text: string) =>
    write<Submission>('POST', `/api/submissions/${enc(id)}/comments`, { turn, text }),
  deleteSubmission: (id: string) => write<null>('DELETE', `/api/submissions/${enc(id)}`),
  exportUrl: (id: string, format: 'csv' | 'json' | 'zip') => `/api/assignments/${enc(id)}/export.${format}`,
};

/** Homework done in this browser: the session, and once submitted its receipt. */
export interface HomeworkEntry {
  sessionId: string;
  code: string;
  title: string;
  displayName: string;
  startedAt: string;
  receipt?: Receipt;
}
const HOMEWORK_KEY = 'changetalk.homework';
const HOMEWORK_MAX = 30;

export function homeworkList(): HomeworkEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(HOMEWORK_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? (parsed as HomeworkEntry[]).filter((h) => h && typeof h.sessionId === 'string')
      : [];
  } catch {
    return [];
  }
}

function saveHomework(entry: HomeworkEntry): void {
  try {
    const list = [entry, ...homeworkList().filter((h) => h.sessionId !== entry.sessionId)].slice(
      0,
      HOMEWORK_MAX,
    );
    localStorage.setItem(HOMEWORK_KEY, JSON.stringify(list));
  } catch {
    // private mode: works until the tab closes
  }
}

export function homeworkFor(sessionId: string): HomeworkEntry | undefined {
  return homeworkList().find((h) => h.sessionId === sessionId);
}

export function receiptToken(submissionId: string): string | undefined {
  return homeworkList().find((h) => h.receipt?.id === submissionId)?.receipt?.receiptToken;
}

export const traineeApi = {
  byCode: (code: string) => send<PublicAssignment>('GET', `/api/assignments/by-code/${enc(code)}`),
  async start(a: PublicAssignment, displayName: string): Promise<SessionCreated> {
    const created = await send<SessionCreated>('POST', `/api/assignments/by-code/${enc(a.code)}/sessions`, {
      displayName,
    });
    rememberToken(created.id, created.token);
    const s = created.session;
    rememberRecent({ id: created.id, kind: s.kind, caseId: s.caseId, at: s.createdAt });
    saveHomework({
      sessionId: created.id,
      code: a.code,
      title: a.title,
      displayName,
      startedAt: s.createdAt,
    });
    return created;
  },
  async submit(sessionId: string, token: string): Promise<Receipt> {
    const receipt = await send<Receipt>('POST', '/api/submissions', { sessionId, token });
    const entry = homeworkFor(sessionId);
    if (entry) saveHomework({ ...entry, receipt });
    return receipt;
  },
  receipt: (id: string, token: string) =>
    send<Submission>('GET', `/api/submissions/${enc(id)}`, undefined, token),
};
