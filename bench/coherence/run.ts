/** Runs every probe on every case after the lead-in turns and checks each reply with checks.ts. */
import type { Case } from '../../server/domain/cases/schema.js';
import type { Coder } from '../../server/domain/coder/types.js';
import { LANGS, type Lang } from '../../server/domain/codes.js';
import { startPractice, takeTurn } from '../../server/domain/practice/index.js';
import { answersKind } from './checks.js';
import { DA } from './probes-da.js';
import { EN } from './probes-en.js';
import { NB } from './probes-nb.js';
import { PROBE_KINDS, type ProbeKind, type Probes } from './types.js';

export const PROBES: Record<Lang, Probes> = { nb: NB, da: DA, en: EN };

export interface ProbeResult {
  caseId: string;
  lang: Lang;
  kind: ProbeKind;
  probe: string;
  reply: string;
  ok: boolean;
}

function nonAnswers(c: Case, lang: Lang): Set<string> {
  return new Set([...c.reactions.confused, ...c.reactions.avoid].map((l) => l[lang].trim()));
}

/** One probe: a fresh ambivalent session, the lead-in turns, then the probe; the reply is checked. */
function runProbe(c: Case, lang: Lang, probe: string, seed: number, coder: Coder): string {
  let session = startPractice({ case: c, lang, preset: 'ambivalent', seed, hints: false }, { coder });
  for (const line of PROBES[lang].leadIn) session = takeTurn(session, line, { coder, case: c }).session;
  return takeTurn(session, probe, { coder, case: c }).clientTurn.text;
}

/** Every probe (or every `step`-th, for a quicker run) on every case and language. */
export function runCoherence(cases: readonly Case[], coder: Coder, step = 1): ProbeResult[] {
  const results: ProbeResult[] = [];
  let n = 0;
  for (const lang of LANGS) {
    for (const kind of PROBE_KINDS) {
      for (const probe of PROBES[lang].probes[kind]) {
        for (const c of cases) {
          n += 1;
          if (n % step !== 0) continue;
          const reply = runProbe(c, lang, probe, n, coder);
          const ok = answersKind({ kind, lang, reply, nonAnswers: nonAnswers(c, lang) });
          results.push({ caseId: c.id, lang, kind, probe, reply, ok });
        }
      }
    }
  }
  return results;
}

/** Share of replies that answer, by language and by language and kind. */
export function shares(results: readonly ProbeResult[]) {
  const share = (rs: readonly ProbeResult[]) => rs.filter((r) => r.ok).length / Math.max(1, rs.length);
  return LANGS.map((lang) => {
    const mine = results.filter((r) => r.lang === lang);
    const kinds = PROBE_KINDS.map((kind) => ({ kind, share: share(mine.filter((r) => r.kind === kind)) }));
    return { lang, share: share(mine), n: mine.length, kinds };
  });
}
