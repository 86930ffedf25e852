import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../server/cli/coder-io.js';
import { type CodedOutput, runCode } from '../../server/cli/commands/code.js';
import { type EvalOutput, runEval } from '../../server/cli/commands/eval.js';

const dir = mkdtempSync(join(tmpdir(), 'changetalk-coder-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => {
      io.stdout += t;
    },
    err: (t: string) => {
      io.stderr += t;
    },
  };
  return io;
}

const CSV = `transcript_id,turn,speaker,lang,text,code,mi_quality
a,1,counsellor,en,What brings you here today?,QUESTION_OPEN,high
a,2,client,en,I want to cut down on drinking.,CHANGE,high
a,3,counsellor,en,So you want to cut down.,SIMPLE_REFLECTION,high
a,4,client,en,Yeah.,NEUTRAL,high
b,1,counsellor,en,Do you drink every day?,QUESTION_CLOSED,low
b,2,client,en,Most days.,NEUTRAL,low
b,3,counsellor,en,You should stop drinking.,INPUT,low
`;

describe('changetalk eval', () => {
  it('prints the JSON object of the issue', () => {
    const io = capture();
    expect(runEval({ file: file('ok.csv', CSV), json: true }, io)).toBe(0);
    const out = JSON.parse(io.stdout) as EvalOutput;
    expect(out.counsellor.coarse.macroF1).toBe(1);
    expect(out.counsellor.coarse.perClass.QUESTION).toMatchObject({ precision: 1, recall: 1, support: 2 });
    expect(out.counsellor.fine.n).toBe(3);
    expect(out.client.perClass.CHANGE?.support).toBe(1);
    expect(out.transcripts).toMatchObject({ n: 2, qualityAuc: 1 });
    expect(out.transcripts.pctCrPearson).toBeNull();
    expect(typeof out.utterancesPerSecond).toBe('number');
  });

  it('prints a readable table without --json', () => {
    const io = capture();
    runEval({ file: file('ok.csv', CSV) }, io);
    expect(io.stdout).toMatch(/Counsellor, coarse: macro-F1 1\.000/);
    expect(io.stdout).toMatch(
      /transcribed speech: 0 \(rules alone\); as typed chat: 2 \(rules and trained model\)/,
    );
  });

  it('draws the figures as an SVG plot with --plot, and says clearly when it cannot write it', () => {
    const io = capture();
    const plot = join(dir, 'eval.svg');
    expect(runEval({ file: file('ok.csv', CSV), plot }, io)).toBe(0);
    const svg = readFileSync(plot, 'utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg.match(/class="bar"/g)).toHaveLength(7);
    expect(svg.match(/class="transcript"/g)).toHaveLength(2);
    expect(io.stdout).toMatch(/Plot written to/);
    const bad = capture();
    expect(runEval({ file: file('ok.csv', CSV), plot: join(dir, 'no-such-folder', 'x.svg') }, bad)).toBe(2);
    expect(bad.stderr).toMatch(/cannot write the plot to .*: its folder does not exist/);
  });

  it.each([
    ['missing file', join(dir, 'nope.csv'), /cannot read .*no such file/],
    [
      'malformed CSV',
      file('bad.csv', 'transcript_id,turn,speaker,text,code\na,1,client,"oops,NEUTRAL\n'),
      /bad\.csv:\d+: malformed CSV/,
    ],
    [
      'unknown code',
      file('code.csv', 'transcript_id,turn,speaker,text,code\na,1,client,Hi,HAPPY\n'),
      /code\.csv:2: unknown client code "HAPPY"/,
    ],
    [
      'unknown speaker',
      file('who.csv', 'transcript_id,turn,speaker,text,code\na,1,doctor,Hi,OTHER\n'),
      /who\.csv:2: unknown speaker/,
    ],
  ])('%s: one line on stderr, exit 2', (_name, path, message) => {
    const io = capture();
    expect(runEval({ file: path }, io)).toBe(2);
    expect(io.stderr).toMatch(message);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stdout).toBe('');
  });
});

describe('changetalk code', () => {
  it('codes a plain-text transcript and reports in its language', () => {
    const io = capture();
    const path = file(
      't.txt',
      'Jordmor: Hva tenker du om røykingen?\nKvinnen: Jeg vil være en god mamma.\nJordmor: Du bør slutte.\n',
    );
    expect(runCode({ file: path, json: true }, io)).toBe(0);
    const out = JSON.parse(io.stdout) as CodedOutput;
    expect(out.lang).toBe('nb');
    expect(out.utterances.map((u) => u.coding.code)).toEqual(['QUESTION_OPEN', 'CHANGE', 'PERSUADE']);
    expect(out.suggestions[0]?.alternative).toBe('Du vil være en god mamma.');
  });

  it('honours --counsellor and prints text without --json', () => {
    const io = capture();
    const path = file('c.txt', 'Client: I might quit.\nCounsellor: What makes you think so?\n');
    expect(runCode({ file: path, counsellor: 'Counsellor', lang: 'en' }, io)).toBe(0);
    expect(io.stdout).toMatch(/K \[CHANGE/);
    expect(io.stdout).toMatch(/C \[QUESTION_OPEN\]/);
  });

  it('says whether the rules alone or the rules and the trained model coded the transcript', () => {
    const typed = file('typed.txt', 'T: What brings you here?\nK: My doctor sent me.\n');
    const spoken = file(
      'spoken.txt',
      'T: Um, so, what brings you here?\nK: Uh, my-my doctor sent me, you know.\n',
    );
    const run = (path: string, model?: boolean) => {
      const io = capture();
      runCode({ file: path, lang: 'en', ...(model === undefined ? {} : { model }) }, io);
      return io.stdout.split('\n')[0];
    };
    expect(run(typed)).toMatch(/typed chat: rules and trained model/);
    expect(run(typed, false)).toMatch(/typed chat: rules alone/);
    expect(run(spoken)).toMatch(/transcribed speech: rules alone/);
  });

  it('rejects an unknown language and a third speaker', () => {
    const io = capture();
    expect(runCode({ file: file('x.txt', 'A: Hi.\n'), lang: 'sv' }, io)).toBe(2);
    expect(runCode({ file: file('y.txt', 'A: Hi.\nB: Hi.\nC: Hi.\n') }, io)).toBe(2);
    expect(io.stderr).toMatch(/y\.txt:3: unknown speaker "C"/);
  });
});
