/** `changetalk practice` end to end: scripted through a pipe, JSON lines, and clear usage errors. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CASES_DIR } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI_TIMEOUT_MS = 60_000;

function practice(args: string[], input = '') {
  const r = spawnSync('npx', ['tsx', 'server/cli/main.ts', 'practice', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SCRIPT = [
  'What brings you here today?',
  'It sounds like this has been on your mind.',
  'Do you smoke?',
  '',
].join('\n');

describe('changetalk practice', () => {
  it('runs a scripted session as JSON lines with a final report', { timeout: CLI_TIMEOUT_MS }, () => {
    const r = practice(['--case', 'expectant-mother', '--lang', 'en', '--seed', '4', '--json'], SCRIPT);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      turn: 1,
      counsellor: { text: 'What brings you here today?', code: 'QUESTION_OPEN' },
    });
    expect(['CHANGE', 'SUSTAIN', 'NEUTRAL']).toContain(lines[0].client.code);
    expect(lines[0].client.state).toHaveProperty('exploration');
    expect(lines[3].report).toMatchObject({ caseId: 'expectant-mother', turns: 3, seed: 4 });
    // Deterministic for a seed.
    expect(
      practice(['--case', 'expectant-mother', '--lang', 'en', '--seed', '4', '--json'], SCRIPT).stdout,
    ).toBe(r.stdout);
  });

  it('prints a readable transcript with tips and stops at /end', { timeout: CLI_TIMEOUT_MS }, () => {
    const input = 'Du må bare slutte med det.\n/end\nHva annet?\n';
    const r = practice(
      ['--case', 'wound-care', '--lang', 'nb', '--difficulty', 'resistant', '--hints'],
      input,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('you> Du må bare slutte med det.');
    expect(r.stdout).toContain('tip:');
    expect(r.stdout).toContain('MITI summary (1 turns');
    expect(r.stdout).not.toContain('Hva annet?');
  });

  it.each([
    [['--case', 'nope', '--lang', 'en'], /unknown case "nope" \(known: .*expectant-mother/],
    [['--case', 'wound-care', '--lang', 'sv'], /unknown language "sv" \(known: nb, da, en\)/],
    [['--case', 'wound-care', '--lang', 'en', '--difficulty', 'hard'], /unknown difficulty "hard"/],
    [['--case', 'wound-care', '--lang', 'en', '--seed', 'x'], /--seed must be an integer/],
  ])('fails with exit code 2 and one clear line for %j', { timeout: CLI_TIMEOUT_MS }, (args, message) => {
    const r = practice(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('can read cases from another folder', { timeout: CLI_TIMEOUT_MS }, () => {
    const r = practice(
      ['--case', 'daily-walk', '--lang', 'en', '--cases-dir', FIXTURE_CASES_DIR, '--json'],
      'Hi?\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"report"');
  });
});
