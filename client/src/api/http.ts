/** JSON over fetch against the server's HTTP API; errors become ApiError with the protocol's error code. */
import type {
  AnalysisInput,
  CaseSummary,
  SessionCreated,
  SessionView,
  StartSession,
} from '../../../server/protocol/index.js';
import { rememberRecent, rememberToken, tokenFor } from './tokens';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** `extra` carries headers such as the CSRF token of cookie-authenticated writes. */
export async function request<T>(
  method: string,
  url: string,
  body?: unknown,
  token?: string,
  extra: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (err) {
    throw new ApiError('unavailable', err instanceof Error ? err.message : String(err), 0);
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: handled below
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      e?.code ?? (res.status >= 500 ? 'internal' : 'bad_request'),
      e?.message ?? res.statusText,
      res.status,
    );
  }
  return json as T;
}

function remember(created: SessionCreated): SessionCreated {
  rememberToken(created.id, created.token);
  const s = created.session;
  rememberRecent({ id: created.id, kind: s.kind, caseId: s.caseId, at: s.createdAt });
  return created;
}

function auth(id: string): string {
  const token = tokenFor(id);
  if (!token) throw new ApiError('unauthorized', 'no token for this session in this browser', 401);
  return token;
}

const enc = encodeURIComponent;

export const api = {
  cases: () => request<CaseSummary[]>('GET', '/api/cases'),
  async startSession(body: StartSession): Promise<SessionCreated> {
    return remember(await request<SessionCreated>('POST', '/api/sessions', body));
  },
  // async: a missing token rejects like any other failure instead of throwing before a promise exists (the
  // report page waited on "Loading…" forever in a browser without the session's token).
  session: async (id: string) => request<SessionView>('GET', `/api/sessions/${enc(id)}`, undefined, auth(id)),
  endSession: async (id: string) =>
    request<SessionView>('POST', `/api/sessions/${enc(id)}/end`, {}, auth(id)),
  deleteSession: async (id: string) =>
    request<unknown>('DELETE', `/api/sessions/${enc(id)}`, undefined, auth(id)),
  async analyse(body: AnalysisInput): Promise<SessionCreated> {
    return remember(await request<SessionCreated>('POST', '/api/analyses', body));
  },
  /** The report file (JSON or CSV) as a Blob, for a download link. */
  async reportFile(id: string, format: 'json' | 'csv'): Promise<Blob> {
    const res = await fetch(`/api/sessions/${enc(id)}/report?format=${format}`, {
      headers: { authorization: `Bearer ${auth(id)}` },
    });
    if (!res.ok) throw new ApiError('internal', res.statusText, res.status);
    return res.blob();
  },
};
