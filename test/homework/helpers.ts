import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { addUser } from '../../server/cli/commands/users.js';
import { CSRF_HEADER } from '../../server/http/accounts.js';

export const PASSWORD = 'correct horse battery';

type Req = Omit<InjectOptions, 'headers'> & { headers?: Record<string, string>; csrf?: boolean };

/** A cookie jar and a CSRF token around app.inject, as a browser would hold them. */
export class Browser {
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(readonly app: FastifyInstance) {}

  async req(opts: Req): Promise<LightMyRequestResponse> {
    const { csrf = true, headers = {}, ...rest } = opts;
    const all: Record<string, string> = { ...headers };
    if (this.cookies.size > 0) all.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (csrf && this.csrfToken) all[CSRF_HEADER] = this.csrfToken;
    const res = await this.app.inject({ ...rest, headers: all } as InjectOptions);
    for (const c of res.cookies as { name: string; value: string; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  async fetchCsrf(): Promise<string> {
    const res = await this.req({ url: '/api/auth/csrf' });
    expect(res.statusCode).toBe(200);
    this.csrfToken = res.json().token as string;
    return this.csrfToken;
  }

  async login(email: string, password = PASSWORD): Promise<this> {
    const res = await this.req({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect(res.statusCode, res.body).toBe(200);
    await this.fetchCsrf();
    return this;
  }
}

export async function createInstructor(
  app: FastifyInstance,
  email: string,
  name: string,
  role: 'instructor' | 'admin' = 'instructor',
) {
  return addUser(app.storage, { email, name, role, password: PASSWORD });
}

export const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

export const ASSIGNMENT = {
  title: 'Daily walk, 5 minutes',
  instructions: 'Use reflections; aim for two reflections per question.',
  caseId: 'daily-walk',
  lang: 'en',
  preset: 'ambivalent',
  hints: false,
  minTurns: 2,
  targets: { rq: 1, pctOpenQuestions: 50 },
};

export const TURNS = [
  'What would you like to be different about walking?',
  'It sounds like you want to feel fitter.',
];

/** Ina (ina@example.org), logged in, with one assignment created from `payload` (ASSIGNMENT due in a week). */
export async function instructorWithAssignment(
  app: FastifyInstance,
  { name = 'Ina Instructor', payload = { ...ASSIGNMENT, dueAt: inDays(7) } as Record<string, unknown> } = {},
) {
  await createInstructor(app, 'ina@example.org', name);
  const ina = await new Browser(app).login('ina@example.org');
  const created = await ina.req({ method: 'POST', url: '/api/assignments', payload });
  expect(created.statusCode, created.body).toBe(201);
  return { ina, assignment: created.json() };
}

/** A trainee: opens the code, practises `turns`, submits; returns the session and the receipt. */
export async function traineeSubmits(app: FastifyInstance, code: string, displayName: string, turns = TURNS) {
  const started = await app.inject({
    method: 'POST',
    url: `/api/assignments/by-code/${code}/sessions`,
    payload: { displayName, seed: 3 },
  });
  expect(started.statusCode, started.body).toBe(201);
  const { id, token } = started.json() as { id: string; token: string };
  for (const text of turns) {
    const turn = await app.inject({
      method: 'POST',
      url: `/api/sessions/${id}/turns`,
      headers: { authorization: `Bearer ${token}` },
      payload: { text },
    });
    expect(turn.statusCode, turn.body).toBe(200);
  }
  const submitted = await app.inject({
    method: 'POST',
    url: '/api/submissions',
    payload: { sessionId: id, token },
  });
  expect(submitted.statusCode, submitted.body).toBe(201);
  const receipt = submitted.json() as { id: string; receiptToken: string; late: boolean };
  return { sessionId: id, sessionToken: token, ...receipt };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
