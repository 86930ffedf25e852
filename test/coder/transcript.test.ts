import { describe, expect, it } from 'vitest';
import { normalise } from '../../server/domain/coder/text.js';
import {
  parseAnyTranscript,
  parseCodedCsv,
  parsePlainTranscript,
} from '../../server/domain/transcript/index.js';

const HEADER = 'transcript_id,turn,speaker,lang,text,code';

describe('parseCodedCsv', () => {
  it('groups rows by transcript and orders them by turn', () => {
    const csv = `${HEADER},mi_quality\nb,2,client,en,Yes.,NEUTRAL,high\nb,1,counsellor,en,Ready?,QUESTION_CLOSED,high\na,1,counsellor,,Hi.,OTHER|AFFIRM,low\n`;
    const r = parseCodedCsv(csv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((t) => t.id)).toEqual(['b', 'a']);
    expect(r.value[0]?.rows.map((x) => x.turn)).toEqual([1, 2]);
    expect(r.value[1]?.rows[0]?.gold).toEqual(['OTHER', 'AFFIRM']);
    expect(r.value[0]?.rows[0]?.extra.mi_quality).toBe('high');
  });

  it('accepts coarse labels and empty codes', () => {
    const r = parseCodedCsv(`${HEADER}\na,1,counsellor,en,So.,REFLECTION\na,2,client,en,Hm.,\n`);
    expect(r.ok && r.value[0]?.rows.map((x) => x.gold)).toEqual([['REFLECTION'], []]);
  });

  it('names the line of an unknown code', () => {
    const r = parseCodedCsv(`${HEADER}\na,1,counsellor,en,Hi.,OTHER\na,2,client,en,Hm.,MAYBE\n`);
    expect(r).toEqual({ ok: false, line: 3, message: 'unknown client code "MAYBE"' });
  });

  it('names the line of an unknown speaker', () => {
    const r = parseCodedCsv(`${HEADER}\na,1,therapist,en,Hi.,OTHER\n`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.line).toBe(2);
    expect(!r.ok && r.message).toMatch(/unknown speaker "therapist"/);
  });

  it('reports malformed CSV with its line number', () => {
    const r = parseCodedCsv(`${HEADER}\na,1,counsellor,en,"Hi.,OTHER\n`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/malformed CSV/);
    expect(!r.ok && r.line).toBeGreaterThan(0);
  });

  it('reports a wrong column count with its line', () => {
    const r = parseCodedCsv(`${HEADER}\na,1,counsellor,en,Hi.,OTHER\na,2,client\n`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.line).toBe(3);
  });

  it('requires the core columns', () => {
    expect(parseCodedCsv('transcript_id,turn,text\na,1,Hi\n')).toMatchObject({ ok: false, line: 1 });
  });
});

describe('parsePlainTranscript', () => {
  it.each([
    ['T: Hei.\nK: Hei.', ['counsellor', 'client']],
    ['Jordmor: Hva tenker du?\nKvinnen: Vet ikke.\nJordmor: Ok.', ['counsellor', 'client', 'counsellor']],
    ['Rådgiver: Hej.\nKlient: Hej.', ['counsellor', 'client']],
    ['Counsellor: Hi.\nClient: Hello.', ['counsellor', 'client']],
  ])('takes the first speaker as counsellor: %s', (text, speakers) => {
    const r = parsePlainTranscript(text);
    expect(r.ok && r.value.rows.map((x) => x.speaker)).toEqual(speakers);
  });

  it('lets the caller name the counsellor', () => {
    const r = parsePlainTranscript('K: I drink a bit.\nC: Tell me more.', { counsellor: 'C' });
    expect(r.ok && r.value.rows.map((x) => x.speaker)).toEqual(['client', 'counsellor']);
  });

  it('joins a line without a prefix to the utterance before', () => {
    const r = parsePlainTranscript('T: So you\nthink so.\nK: Yes.');
    expect(r.ok && r.value.rows[0]?.text).toBe('So you think so.');
  });

  it('a third speaker is an error with its line', () => {
    expect(parsePlainTranscript('A: Hi.\nB: Hi.\n\nC: Hi.')).toMatchObject({ ok: false, line: 4 });
  });

  it('text before any speaker is an error', () => {
    expect(parsePlainTranscript('hello there\nA: Hi.')).toMatchObject({ ok: false, line: 1 });
  });

  it('an unknown counsellor name is an error', () => {
    expect(parsePlainTranscript('A: Hi.\nB: Hi.', { counsellor: 'Z' })).toMatchObject({ ok: false });
  });
});

describe('parseAnyTranscript', () => {
  it('chooses the parser by content', () => {
    const csv = parseAnyTranscript(`${HEADER}\na,1,counsellor,,Hi.,OTHER\n`, { lang: 'da' });
    expect(csv.ok && csv.value[0]?.rows[0]?.lang).toBe('da');
    const plain = parseAnyTranscript('T: Hei.\nK: Hei.');
    expect(plain.ok && plain.value).toHaveLength(1);
  });
});

describe('normalise', () => {
  it.each([
    ['I dont know, im tired and cant be bothered', "i don't know, i'm tired and can't be bothered"],
    ['thats what ive been saying, youre right', "that's what i've been saying, you're right"],
    ['nah its fine', "nah it's fine"],
    ['its taste is bad', 'its taste is bad'],
    ['Jeg vet ikke om det går', 'jeg vet ikke om det går'],
    ['So-so, what-what do you [laughs] think', 'so, what do you think'],
    ['ur not wrong, ur mum wud be proud', "you're not wrong, your mum would be proud"],
    ['idk, u r right tho', "i don't know, you are right though"],
    ['jeg kigger på mit ur hele tiden', 'jeg kigger på mit ur hele tiden'],
  ])('%s → %s', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});
