/**
 * How the client talks, whatever the counsellor does: no line twice in a 40-turn session, short answers to
 * closed questions, and never in the counsellor's voice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPersonasDir, loadCasesDir } from '../../server/cases/load-cases.js';
import { MAX_CLOSED_ANSWER_WORDS } from '../../server/domain/cases/parse.js';
import type { Case } from '../../server/domain/cases/schema.js';
import { createCoder } from '../../server/domain/coder/index.js';
import { LANGS, PRESETS } from '../../server/domain/codes.js';

import { CASE_IDS, loadScripts, runScript } from './run-script.js';

const coder = createCoder();
const MIN_SHORT_CLOSED_SHARE = 0.8;
/** Advice to the listener at the start of a sentence ("You should…"; "you're not the one who…" is fine). */
const ADVICE_TO_LISTENER =
  /^(you should|you need to|you ought to|you must|du bør|du burde|du må|du skal|du er nødt til)\b(?! ikke)/i;
/** Questions about the listener's feelings: the counsellor's part. */
const FEELINGS_QUESTION =
  /\b(how do you feel|how does that make you feel|hvordan føler du|hvordan har du det med)\b/i;

function speaksAsCounsellor(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/).map((x) => x.trim());
  return sentences.some((x) => ADVICE_TO_LISTENER.test(x)) || FEELINGS_QUESTION.test(text);
}

let cases: Case[] = [];
beforeAll(async () => {
  cases = (await loadCasesDir(defaultPersonasDir())).cases.filter((c) => CASE_IDS.includes(c.id));
});

/** 40 turns mixing both scripts, so every kind of reply is asked for. */
function fortyTurns(lang: (typeof LANGS)[number]): string[] {
  const s = loadScripts(lang);
  return s.adherent.flatMap((line, i) => [line, s.nonAdherent[i] ?? line]);
}

describe('client conduct', () => {
  it('has all four cases', () => {
    expect(cases.map((c) => c.id).sort()).toEqual([...CASE_IDS].sort());
  });

  it('never repeats a line within a 40-turn session', () => {
    for (const c of cases) {
      for (const lang of LANGS) {
        for (const preset of PRESETS) {
          const { session } = runScript(c, lang, preset, fortyTurns(lang), coder, 7);
          const ids = session.turns.flatMap((t) => t.client.lineId.split('+'));
          expect(new Set(ids).size, `${c.id} ${lang} ${preset}`).toBe(ids.length);
        }
      }
    }
  });

  it('answers closed questions briefly', () => {
    let closed = 0;
    let short = 0;
    for (const c of cases) {
      for (const lang of LANGS) {
        const { session } = runScript(c, lang, 'ambivalent', fortyTurns(lang), coder, 3);
        for (const t of session.turns.filter((x) => x.counsellor.coding.code === 'QUESTION_CLOSED')) {
          closed += 1;
          if (t.client.text.split(/\s+/).filter(Boolean).length <= MAX_CLOSED_ANSWER_WORDS) short += 1;
        }
      }
    }
    expect(closed).toBeGreaterThan(0);
    expect(short / closed).toBeGreaterThanOrEqual(MIN_SHORT_CLOSED_SHARE);
  });

  it('never speaks as the counsellor', () => {
    for (const c of cases) {
      for (const lang of LANGS) {
        const { session } = runScript(c, lang, 'cooperative', fortyTurns(lang), coder, 11);
        for (const t of session.turns)
          expect(speaksAsCounsellor(t.client.text), `${c.id} ${lang}: ${t.client.text}`).toBe(false);
      }
    }
  });

  it("has no line in the case material in the counsellor's voice", () => {
    const texts = (v: unknown): string[] => {
      if (Array.isArray(v)) return v.flatMap(texts);
      if (!v || typeof v !== 'object') return [];
      const o = v as Record<string, unknown>;
      if (typeof o.en === 'string') return LANGS.map((l) => String(o[l]));
      return Object.values(o).flatMap(texts);
    };
    for (const c of cases) {
      const material = [c.petals, c.changeTalk, c.sustainTalk, c.reactions].flatMap(texts);
      expect(material.filter(speaksAsCounsellor), c.id).toEqual([]);
    }
  });
});
