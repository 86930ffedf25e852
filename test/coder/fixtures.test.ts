/**
 * Accuracy on the project's own coded transcripts (test/fixtures/coded). The coder is tuned on `split=dev`
 * only; `split=test` is measured here and nowhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../server/domain/coder/index.js';
import { LANGS, type Lang } from '../../server/domain/codes.js';
import { evaluate, predict } from '../../server/domain/scores/evaluation.js';
import { parseCodedCsv } from '../../server/domain/transcript/csv.js';
import type { Transcript } from '../../server/domain/transcript/types.js';

/** Issue 3's target, on both splits. */
const FINE_ACCURACY_FLOOR = 0.8;
/**
 * What the coder reaches on the held-out split today (0.65–0.67): a regression guard, not the target. The
 * target is checked below with `it.fails`, which turns red once the coder reaches it, so this line and that
 * test are updated together and the issue can be closed.
 */
const TEST_SPLIT_REACHED = 0.62;
/**
 * Client CHANGE / SUSTAIN / NEUTRAL macro-F1 the coder reaches on both splits since the general families and the
 * word model (test split 0.52–0.61, from 0.35–0.40 before): a regression guard.
 */
const CLIENT_F1_REACHED = 0.48;
const path = (lang: Lang) => fileURLToPath(new URL(`../fixtures/coded/${lang}.csv`, import.meta.url));
const present = LANGS.every((l) => existsSync(path(l)));

function split(lang: Lang, which: string): Transcript[] {
  const parsed = parseCodedCsv(readFileSync(path(lang), 'utf8'));
  if (!parsed.ok) throw new Error(`${lang}.csv:${parsed.line}: ${parsed.message}`);
  return parsed.value
    .map((t) => ({ ...t, rows: t.rows.filter((r) => r.extra.split === which) }))
    .filter((t) => t.rows.length > 0);
}

const suite = present ? describe : describe.skip;
suite(
  present
    ? 'fine accuracy on the coded fixtures'
    : 'fixtures skipped: test/fixtures/coded/{nb,da,en}.csv not there yet',
  () => {
    const coder = createCoder();
    for (const lang of LANGS) {
      const accuracy = (which: string) => {
        const report = evaluate(predict(coder, split(lang, which)));
        expect(report.counsellor.fine.n).toBeGreaterThan(0);
        return report.counsellor.fine.accuracy ?? 0;
      };
      for (const which of ['dev', 'test']) {
        it(`${lang} ${which}: client macro-F1 ≥ ${CLIENT_F1_REACHED} (regression guard)`, () => {
          const report = evaluate(predict(coder, split(lang, which)));
          expect(report.client.macroF1 ?? 0).toBeGreaterThanOrEqual(CLIENT_F1_REACHED);
        });
      }
      it(`${lang} dev: fine accuracy ≥ ${FINE_ACCURACY_FLOOR}`, () => {
        expect(accuracy('dev')).toBeGreaterThanOrEqual(FINE_ACCURACY_FLOOR);
      });
      it(`${lang} test: fine accuracy ≥ ${TEST_SPLIT_REACHED} (regression guard)`, () => {
        expect(accuracy('test')).toBeGreaterThanOrEqual(TEST_SPLIT_REACHED);
      });
      it.fails(`${lang} test: fine accuracy ≥ ${FINE_ACCURACY_FLOOR} (issue 3 target, not reached yet)`, () => {
        expect(accuracy('test')).toBeGreaterThanOrEqual(FINE_ACCURACY_FLOOR);
      });
    }
  },
);
