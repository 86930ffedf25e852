/**
 * Memory (issue 16): over long sessions the client refers back only to things said in this session. The check
 * is the test's own: a per-language list of refer-back phrases, each with what the session must already hold
 * when the phrase is heard: a plan or step raised by the counsellor (the test's own plan words), the thing the
 * client said (the test's own pattern), or, for a bare "as I said", a content word of that sentence said
 * earlier by the client. The engine's markers (`needs: plan`, `needs: said:<topic>`) are not consulted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPersonasDir, loadCasesDir } from '../../server/cases/load-cases.js';
import { parseCase } from '../../server/domain/cases/parse.js';
import type { Case } from '../../server/domain/cases/schema.js';
import { createCoder } from '../../server/domain/coder/index.js';
import { LANGS, type Lang } from '../../server/domain/codes.js';
import { type PracticeSession, startPractice, takeTurn } from '../../server/domain/practice/index.js';
import { FIXTURE_CASES_DIR } from './helpers.js';
import { REFER_BACK, type ReferBack, STOPWORDS, TEST_PLAN_WORDS } from './refer-back-phrases.js';
import { CASE_IDS, loadScripts } from './run-script.js';

const SEEDS = [1, 2, 3];
const TURNS = 40;

interface Heard {
  counsellor: string[];
  client: string[];
}

/** Content words of the sentence around the phrase, without the phrase's own words. */
function contentWords(sentence: string, phrase: RegExp, lang: Lang): string[] {
  return sentence
    .replace(phrase, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !STOPWORDS[lang].includes(w));
}

function sentenceWith(text: string, phrase: RegExp): string {
  return text.split(/(?<=[.!?])\s+/).find((s) => phrase.test(s)) ?? text;
}

/** Why a refer-back in `reply` is not backed by what came before; undefined when it is. */
function unbacked(reply: string, before: Heard, lang: Lang, r: ReferBack): string | undefined {
  if (r.needs === 'plan') {
    return before.counsellor.some((t) => TEST_PLAN_WORDS[lang].test(t)) ? undefined : 'no plan raised';
  }
  if (r.needs instanceof RegExp) {
    const re = r.needs;
    return before.client.some((t) => re.test(t)) ? undefined : `never said ${re}`;
  }
  // Stems of four letters: "quitting" said back as "quit", "vaktene" as "vakt".
  const words = contentWords(sentenceWith(reply, r.phrase), r.phrase, lang).map((w) => w.slice(0, 4));
  const said = before.client.join(' ').toLowerCase();
  return words.some((w) => said.includes(w)) ? undefined : `none of ${words.join(', ')} said before`;
}

function script(lang: Lang, kind: 'consistent' | 'inconsistent' | 'mixed'): string[] {
  const { adherent, nonAdherent } = loadScripts(lang);
  const base =
    kind === 'consistent'
      ? [...adherent, ...adherent.slice(10), ...adherent.slice(0, 10)]
      : kind === 'inconsistent'
        ? [...nonAdherent, ...nonAdherent.slice().reverse()]
        : adherent.flatMap((a, i) => [a, nonAdherent[i] ?? a]);
  return base.slice(0, TURNS);
}

let cases: Case[] = [];
beforeAll(async () => {
  cases = (await loadCasesDir(defaultPersonasDir())).cases.filter((c) => CASE_IDS.includes(c.id));
});

describe('memory: the client refers back only to what was said or agreed', () => {
  const coder = createCoder();
  it('holds over 40-turn sessions, 3 seeds, 4 cases, nb/da/en, three scripts', { timeout: 300_000 }, () => {
    const problems: string[] = [];
    let referBacks = 0;
    for (const c of cases) {
      for (const lang of LANGS) {
        for (const kind of ['consistent', 'inconsistent', 'mixed'] as const) {
          for (const seed of SEEDS) {
            let s: PracticeSession = startPractice(
              { case: c, lang, preset: 'ambivalent', seed, hints: false },
              { coder },
            );
            const heard: Heard = { counsellor: [], client: [s.opening.text] };
            for (const line of script(lang, kind)) {
              heard.counsellor.push(line);
              s = takeTurn(s, line, { coder, case: c }).session;
              const reply = s.turns[s.turns.length - 1]?.client.text ?? '';
              const r = REFER_BACK[lang].find((x) => x.phrase.test(reply));
              const why = r && unbacked(reply, heard, lang, r);
              if (r) referBacks += 1;
              if (why) problems.push(`${c.id} ${lang} ${kind} seed ${seed}: "${reply}": ${why}`);
              heard.client.push(reply);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // Not vacuous: refer-backs do come up, once what they refer to has been said.
    expect(referBacks).toBeGreaterThan(0);
  });
});

describe('needs markers are checked when a case is loaded', () => {
  const source = readFileSync(join(FIXTURE_CASES_DIR, 'daily-walk.yaml'), 'utf8');
  const withNeeds = (needs: string) =>
    source.replace('topic: knee', `topic: knee\n          needs: ${needs}`);

  it('accepts plan and said:<a topic of the case>', () => {
    expect(parseCase('daily-walk', withNeeds('plan')).ok).toBe(true);
    expect(parseCase('daily-walk', withNeeds('said:knee')).ok).toBe(true);
  });

  it('names the field of a typo or an unknown topic', () => {
    const typos: [string, string][] = [
      ['plans', 'must be "plan" or "said:<topic>"'],
      ['said:kneee', 'unknown topic "kneee"'],
    ];
    for (const [needs, message] of typos) {
      const parsed = parseCase('daily-walk', withNeeds(needs));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.errors.join('\n')).toMatch(new RegExp(`needs: .*${message.slice(0, 12)}`));
    }
  });
});
