/** The browser's session tokens: `{ id → token }` in localStorage, so a reload or a new tab can rejoin. */
const KEY = 'changetalk.tokens';

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function tokenFor(id: string): string | undefined {
  return read()[id];
}

export function rememberToken(id: string, token: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...read(), [id]: token }));
  } catch {
    // private mode: the session works until the tab closes
  }
}

export function forgetToken(id: string): void {
  const all = read();
  delete all[id];
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // nothing to do
  }
}

/** The sessions started in this browser, newest first, for "continue where you left off". */
export interface Recent {
  id: string;
  kind: 'practice' | 'analysis';
  caseId: string | null;
  at: string;
}
const RECENT_KEY = 'changetalk.recent';
const RECENT_MAX = 8;

export function recentSessions(): Recent[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    const tokens = read();
    return Array.isArray(parsed)
      ? (parsed as Recent[]).filter((r) => r && typeof r.id === 'string' && tokens[r.id])
      : [];
  } catch {
    return [];
  }
}

export function rememberRecent(r: Recent): void {
  try {
    const list = [r, ...recentSessions().filter((x) => x.id !== r.id)].slice(0, RECENT_MAX);
    localStorage.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    // not remembered
  }
}
