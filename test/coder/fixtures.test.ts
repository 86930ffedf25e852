/**
 * Accuracy on the project's own coded transcripts (test/fixtures/coded). The rules are tuned and the model
 * trained on `split=dev` only (with the training lines); `split=test` is measured here and nowhere else.
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
 * Issue 3's target, fine accuracy ≥ 0.80 on the held-out test split, is reached in every language since session 5
 * (session 6: nb 0.86, da 0.83, en 0.82; rules alone 0.68 / 0.67 / 0.63). One row is ~2 points and a retrained model moves each
 * language by a row or two either way, so TEST_SPLIT_REACHED stays as a looser regression guard beside it.
 */
const TEST_SPLIT_REACHED = 0.7;
/**
 * Client CHANGE / SUSTAIN / NEUTRAL macro-F1 the coder reaches on both splits since the client model on top of the
 * rules in typed conversation (session 5, test split nb 0.79, da 0.66, en 0.83; rules alone 0.52 / 0.65 / 0.55):
 * a regression guard.
 */
const CLIENT_F1_REACHED = 0.62;
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
      it(`${lang} test: fine accuracy ≥ ${FINE_ACCURACY_FLOOR} (issue 3 target)`, () => {
        expect(accuracy('test')).toBeGreaterThanOrEqual(FINE_ACCURACY_FLOOR);
      });
    }
  },
);
