/**
 * The coherence benchmark's guard in CI: on every third probe of bench/coherence (all kinds, nb, da and en, all
 * four cases), the share of replies that answer the kind of question asked, checked by the benchmark's own word
 * lists, is at least 0.90 per language and 0.80 per kind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCoherence, shares } from '../../bench/coherence/run.js';
import { defaultPersonasDir, loadCasesDir } from '../../server/cases/load-cases.js';
import type { Case } from '../../server/domain/cases/schema.js';
import { createCoder } from '../../server/domain/coder/index.js';
import { CASE_IDS } from './run-script.js';

const LANG_MIN = 0.9;
const KIND_MIN = 0.8;
const STEP = 3;

let cases: Case[] = [];
beforeAll(async () => {
  cases = (await loadCasesDir(defaultPersonasDir())).cases.filter((c) => CASE_IDS.includes(c.id));
});

describe('coherence: the client answers what was asked', () => {
  it('meets the thresholds per language and kind', { timeout: 120_000 }, () => {
    const results = runCoherence(cases, createCoder(), STEP);
    for (const s of shares(results)) {
      const misses = results.filter((r) => r.lang === s.lang && !r.ok).map((r) => `${r.kind}: ${r.reply}`);
      expect(s.share, `${s.lang}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(LANG_MIN);
      for (const k of s.kinds) expect(k.share, `${s.lang} ${k.kind}`).toBeGreaterThanOrEqual(KIND_MIN);
    }
  });
});
