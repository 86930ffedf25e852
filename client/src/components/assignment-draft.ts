/** The assignment form's draft (strings, as the inputs hold them) and the settings it stands for. */
import { type Lang, type Preset, type Settings, TARGET_KEYS, type Targets } from '../api/homework';
import { lang } from '../i18n';

const DEFAULT_DUE_DAYS = 7;
const DEFAULT_LENGTH = '5';

/** A local date-time input value (yyyy-mm-ddThh:mm) for an ISO time. */
export function localInput(iso: string): string {
  const d = new Date(iso);
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export interface Draft {
  title: string;
  instructions: string;
  caseId: string;
  lang: Lang;
  preset: Preset;
  hints: boolean;
  length: 'turns' | 'time';
  minTurns: string;
  minutes: string;
  due: string;
  targets: Record<string, string>;
}

export function draftOf(s?: Settings): Draft {
  return {
    title: s?.title ?? '',
    instructions: s?.instructions ?? '',
    caseId: s?.caseId ?? '',
    lang: s?.lang ?? lang.value,
    preset: s?.preset ?? 'ambivalent',
    hints: s?.hints ?? true,
    length: s?.timeLimitMinutes != null ? 'time' : 'turns',
    minTurns: String(s?.minTurns ?? DEFAULT_LENGTH),
    minutes: String(s?.timeLimitMinutes ?? DEFAULT_LENGTH),
    due: localInput(s?.dueAt ?? new Date(Date.now() + DEFAULT_DUE_DAYS * 86_400_000).toISOString()),
    targets: Object.fromEntries(Object.entries(s?.targets ?? {}).map(([k, v]) => [k, String(v)])),
  };
}

/** The settings a draft stands for, or the i18n key of what is wrong with it. */
export function settingsOf(d: Draft, caseId: string): Settings | { problem: string } {
  const due = new Date(d.due);
  if (Number.isNaN(due.getTime())) return { problem: 'hw.badDue' };
  const targets: Targets = {};
  for (const k of TARGET_KEYS) {
    const raw = d.targets[k]?.trim();
    if (!raw) continue;
    const v = Number(raw.replace(',', '.'));
    if (!Number.isFinite(v)) return { problem: 'hw.badTarget' };
    targets[k] = v;
  }
  return {
    title: d.title.trim(),
    instructions: d.instructions,
    caseId,
    lang: d.lang,
    preset: d.preset,
    hints: d.hints,
    minTurns: d.length === 'turns' ? Number(d.minTurns) : null,
    timeLimitMinutes: d.length === 'time' ? Number(d.minutes) : null,
    dueAt: due.toISOString(),
    targets,
  };
}
