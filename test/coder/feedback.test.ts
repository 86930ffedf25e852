/**
 * Tips that fit the moment (issue 17): no praise for a turn that confronts or persuades anywhere, missed change
 * talk only when the turn left it unanswered, varied wordings that quote the moment, a tip for empty, junk, bare
 * "ok" and off-topic turns, and no tip said word for word more than twice in a 20-turn session.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../server/domain/cases/parse.js';
import { codeTranscript, createCoder } from '../../server/domain/coder/index.js';
import type { CodedUtterance } from '../../server/domain/coder/types.js';
import { type CounsellorCode, LANGS, type Lang } from '../../server/domain/codes.js';
import { tipForTurn } from '../../server/domain/feedback/index.js';
import { TEXTS, type TipTexts } from '../../server/domain/feedback/texts/index.js';
import { startPractice, takeTurn } from '../../server/domain/practice/index.js';
import { loadScripts } from '../client/run-script.js';
import { CONFRONTATION } from '../fixtures/confrontation/index.js';

const coder = createCoder();

function coded(lang: Lang, ...turns: [CodedUtterance['speaker'], string][]): CodedUtterance[] {
  return codeTranscript(
    coder,
    turns.map(([speaker, text]) => ({ speaker, text })),
    { lang },
  );
}

/** Whether a tip's text is one of these wordings, quotes and all. */
function from(texts: TipTexts, text: string | undefined): boolean {
  const literal = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  const pattern = (w: string) => new RegExp(`^${literal(w).replace(/\{(said|you|reflect)\}/g, '.+')}$`, 'su');
  return texts.wordings.some((w) => pattern(w).test(text ?? ''));
}

describe.each(LANGS)('tips, %s', (lang) => {
  it('never praises a turn with a disguised confrontation, whatever code it got', () => {
    for (const [client, text] of CONFRONTATION[lang].disguised) {
      const c = coded(lang, ['client', client], ['counsellor', text]);
      expect(tipForTurn(c, 1, lang)?.kind, text).toBe('warning');
      // As if the model had read it as an open question: the warning still wins over the praise.
      const asQuestion = c.map((u, i) =>
        i === 1 && u.speaker === 'counsellor'
          ? { ...u, coding: { ...u.coding, code: 'QUESTION_OPEN' as CounsellorCode } }
          : u,
      );
      expect(tipForTurn(asQuestion, 1, lang)?.kind, text).toBe('warning');
    }
  });

  const CHANGE: Record<Lang, [string, string, string, string]> = {
    en: [
      'I really want to stop smoking before the baby comes.',
      'You want to stop before the baby comes. What would help you get there?',
      'Stopping before the baby comes matters to you.',
      'Do you smoke every day?',
    ],
    nb: [
      'Jeg vil virkelig slutte å røyke før babyen kommer.',
      'Du vil slutte før babyen kommer. Hva kan hjelpe deg dit?',
      'Det er viktig for deg å slutte før babyen kommer.',
      'Røyker du hver dag?',
    ],
    da: [
      'Jeg vil virkelig gerne stoppe med at ryge, før babyen kommer.',
      'Du vil gerne stoppe, før babyen kommer. Hvad kan hjælpe dig derhen?',
      'Det betyder meget for dig at stoppe, før babyen kommer.',
      'Ryger du hver dag?',
    ],
  };

  it('tells missed change talk only when the turn did not take it up', () => {
    const [client, reflectAndAsk, reflect, ignore] = CHANGE[lang];
    const missed = TEXTS[lang].missedChangeTalk;
    const tip = (turn: string) => {
      const c = coded(lang, ['client', client], ['counsellor', turn]);
      expect(c[0]?.coding.code).toBe('CHANGE');
      return tipForTurn(c, 1, lang)?.text;
    };
    expect(from(missed, tip(reflectAndAsk))).toBe(false);
    expect(from(missed, tip(reflect))).toBe(false);
    expect(from(missed, tip(ignore))).toBe(true);
  });

  it('varies the tip for repeated complex reflections and quotes the client', () => {
    const said = (n: number) =>
      `${['Ida', 'Jonas', 'Mette'][n]} ${lang === 'en' ? 'says I worry too much about the money' : 'sier at jeg bekymrer meg for mye'}`;
    const session: CodedUtterance[] = [0, 1, 2].flatMap((n) => [
      { speaker: 'client', text: said(n), coding: { code: 'NEUTRAL', confidence: 1, reason: '', lang } },
      {
        speaker: 'counsellor',
        text: 'Money has become a weight you carry alone.',
        coding: {
          code: 'COMPLEX_REFLECTION',
          codes: ['COMPLEX_REFLECTION'],
          confidence: 1,
          reason: '',
          techniques: [],
          lang,
        },
      },
    ]);
    const tips = [1, 3, 5].map((i) => tipForTurn(session, i, lang)?.text ?? '');
    expect(new Set(tips).size).toBe(3);
    for (const [n, t] of tips.entries()) expect(t).toContain(said(n).split(' ').slice(0, 3).join(' '));
  });

  const CHAT: Record<Lang, [string, string]> = {
    en: [
      'We moved house last month and it has been chaos with boxes everywhere.',
      'The football was great last night lol',
    ],
    nb: [
      'Vi flyttet forrige måned og det har vært kaos med esker overalt.',
      'Fotballkampen i går var helt rå lol',
    ],
    da: [
      'Vi flyttede sidste måned, og der har været kaos med kasser overalt.',
      'Fodboldkampen i går var vildt god lol',
    ],
  };

  it.each([
    ['junk', 'asdfg'],
    ['junk', 'jkjkjkjk hhhhh'],
    ['minimal', 'ok'],
    ['empty', ''],
    ['offTopic', null],
  ] as const)('gives an empty, junk, bare or off-topic turn a tip of its own: %s', (moment, text) => {
    const [client, chat] = CHAT[lang];
    const c = coded(lang, ['client', client], ['counsellor', text ?? chat]);
    const tip = tipForTurn(c, 1, lang);
    expect(tip?.kind).toBe('suggestion');
    expect(from(TEXTS[lang].moments[moment], tip?.text)).toBe(true);
  });
});

describe('a 20-turn session says no tip word for word more than twice', () => {
  const source = readFileSync(
    join(import.meta.dirname, '..', '..', 'personas', 'expectant-mother.yaml'),
    'utf8',
  );
  const parsed = parseCase('expectant-mother', source);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const c = parsed.value;
  const deps = { coder, case: c };

  it.each(LANGS.flatMap((lang) => (['adherent', 'nonAdherent'] as const).map((s) => [lang, s] as const)))(
    '%s, %s script',
    (lang, script) => {
      const lines = loadScripts(lang)[script];
      expect(lines).toHaveLength(20);
      let session = startPractice({ case: c, lang, preset: 'ambivalent', seed: 11, hints: true }, deps);
      const counts = new Map<string, number>();
      for (const line of lines) {
        const r = takeTurn(session, line, deps);
        session = r.session;
        const tip = r.counsellorTurn.tip ?? '';
        if (tip) counts.set(tip, (counts.get(tip) ?? 0) + 1);
      }
      expect([...counts].filter(([, n]) => n > 2)).toEqual([]);
      expect(counts.size).toBeGreaterThan(10);
    },
  );
});
