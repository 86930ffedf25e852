/** Runs a counsellor script through a practice session and measures how the client responded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Case } from '../../server/domain/cases/schema.js';
import type { Coder } from '../../server/domain/coder/types.js';
import type { Lang, Preset } from '../../server/domain/codes.js';
import {
  changeShare,
  type PracticeSession,
  startPractice,
  stateHistory,
  takeTurn,
} from '../../server/domain/practice/index.js';

/** The four cases of DESIGN.md, which every behaviour test runs on. */
export const CASE_IDS = ['expectant-mother', 'wound-care', 'vegetarian-day', 'mobile-free-weekend'];

export interface Scripts {
  adherent: string[];
  nonAdherent: string[];
}

export function loadScripts(lang: Lang): Scripts {
  const file = join(import.meta.dirname, '..', 'fixtures', 'scripts', `${lang}.yaml`);
  return parse(readFileSync(file, 'utf8')) as Scripts;
}

export interface ScriptRun {
  session: PracticeSession;
  change: number;
  sustain: number;
  /** CT / (CT + ST), 0 when the client said neither. */
  share: number;
  maxExploration: number;
  meanExploration: number;
}

export function runScript(
  c: Case,
  lang: Lang,
  preset: Preset,
  lines: readonly string[],
  coder: Coder,
  seed = 1,
) {
  let session = startPractice({ case: c, lang, preset, seed, hints: false }, { coder });
  for (const line of lines) session = takeTurn(session, line, { coder, case: c }).session;
  const codes = session.turns.map((t) => t.client.coding.code);
  const change = codes.filter((x) => x === 'CHANGE').length;
  const sustain = codes.filter((x) => x === 'SUSTAIN').length;
  const levels = stateHistory(session).map((s) => s.exploration);
  return {
    session,
    change,
    sustain,
    share: changeShare(change, sustain) ?? 0,
    maxExploration: Math.max(...levels),
    meanExploration: levels.reduce((a, b) => a + b, 0) / levels.length,
  } satisfies ScriptRun;
}
