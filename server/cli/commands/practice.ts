/**
 * `changetalk practice`: talk with a simulated client in the terminal. Interactive on a TTY; otherwise one
 * counsellor turn per input line, so a session can be scripted. `--json` prints one object per turn and a
 * final report object.
 */
import { createInterface } from 'node:readline';
import { type Command, Option } from 'commander';
import { defaultPersonasDir, loadCasesOrThrow } from '../../cases/load-cases.js';
import type { Case } from '../../domain/cases/schema.js';
import { visibleState } from '../../domain/client/state.js';
import { createCoder } from '../../domain/coder/index.js';
import type { Coder } from '../../domain/coder/types.js';
import { LANGS, type Lang, PRESETS, type Preset } from '../../domain/codes.js';
import {
  endPractice,
  type PracticeReport,
  type PracticeSession,
  startPractice,
  type TurnResult,
  takeTurn,
} from '../../domain/practice/index.js';

/** Exit code for bad usage (unknown case, language, preset), as for commander's own usage errors. */
const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;
const END_COMMAND = '/end';
const MAX_SEED = 2 ** 32;

interface PracticeCliOptions {
  case: string;
  lang: string;
  difficulty: string;
  seed?: string;
  hints?: boolean;
  json?: boolean;
  casesDir?: string;
}

class UsageError extends Error {}

function parseChoice<T extends string>(what: string, value: string, known: readonly T[]): T {
  if ((known as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${what} "${value}" (known: ${known.join(', ')})`);
}

function parseSeed(value: string | undefined): number {
  if (value === undefined) return Math.floor(Math.random() * MAX_SEED);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n >= MAX_SEED)
    throw new UsageError(`--seed must be an integer 0..${MAX_SEED - 1}`);
  return n;
}

function findCase(cases: readonly Case[], id: string): Case {
  const found = cases.find((c) => c.id === id);
  if (found) return found;
  throw new UsageError(`unknown case "${id}" (known: ${cases.map((c) => c.id).join(', ') || 'none'})`);
}

type Out = (line: string) => void;

function printTurnJson(out: Out, r: TurnResult): void {
  const turn = r.session.turns.length;
  out(
    JSON.stringify({
      turn,
      counsellor: { text: r.counsellorTurn.text, code: r.counsellorTurn.coding.code },
      client: { text: r.clientTurn.text, code: r.clientTurn.coding.code, state: visibleState(r.state) },
    }),
  );
}

function printTurnText(out: Out, r: TurnResult, name: string, echo: boolean): void {
  if (echo) out(`you> ${r.counsellorTurn.text}`);
  out(`     [${r.counsellorTurn.coding.code}] ${r.counsellorTurn.coding.reason}`);
  if (r.counsellorTurn.tip) out(`     tip: ${r.counsellorTurn.tip}`);
  out(`${name}: ${r.clientTurn.text}  [${r.clientTurn.coding.code}]`);
}

const percent = (v: number | null) => (v === null ? '–' : `${Math.round(100 * v)}%`);
const decimal = (v: number | null) => (v === null ? '–' : v.toFixed(2));

function printReportText(out: Out, report: PracticeReport, seed: number): void {
  const m = report.scores.summary;
  const c = report.client;
  const b = report.scores.bands;
  out('');
  out(
    `MITI summary (${report.turns} turns, case ${report.caseId}, ${report.lang}, ${report.preset}, seed ${seed})`,
  );
  out(
    `  R:Q ${decimal(m.rq)} (${b.rq})   complex reflections ${percent(m.pctComplexReflections)} (${b.pctComplexReflections})`,
  );
  out(`  open questions ${percent(m.pctOpenQuestions)} (${b.pctOpenQuestions})`);
  out(
    `  technical ${report.scores.technical.toFixed(1)} (${b.technical})   relational ${report.scores.relational.toFixed(1)} (${b.relational})`,
  );
  out(`  MI-adherent ${m.miAdherent}   MI-non-adherent ${m.miNonAdherent}`);
  const counts = Object.entries(m.counts).filter(([, n]) => n > 0);
  out(`  codes: ${counts.map(([code, n]) => `${code} ${n}`).join(', ') || '–'}`);
  out(
    `Client: change talk ${c.change}, sustain talk ${c.sustain}, neutral ${c.neutral}, share ${decimal(c.changeShare)}`,
  );
  out(`  self-exploration ${c.exploration.start} → max ${c.exploration.max}, stage ${c.final.stage}`);
}

interface Run {
  session: PracticeSession;
  case: Case;
  coder: Coder;
  json: boolean;
  interactive: boolean;
  out: Out;
}

async function converse(run: Run): Promise<PracticeSession> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: run.interactive });
  const prompt = () => run.interactive && rl.prompt();
  rl.setPrompt('you> ');
  prompt();
  let session = run.session;
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === END_COMMAND) break;
    if (line.length > 0) {
      const result = takeTurn(session, line, { coder: run.coder, case: run.case });
      session = result.session;
      if (run.json) printTurnJson(run.out, result);
      else printTurnText(run.out, result, run.case.client.name, !run.interactive);
    }
    prompt();
  }
  rl.close();
  return session;
}

async function practice(opts: PracticeCliOptions): Promise<void> {
  const lang = parseChoice<Lang>('language', opts.lang, LANGS);
  const preset = parseChoice<Preset>('difficulty', opts.difficulty, PRESETS);
  const seed = parseSeed(opts.seed);
  const c = findCase(await loadCasesOrThrow(opts.casesDir ?? defaultPersonasDir()), opts.case);
  const coder = createCoder();
  const out: Out = (line) => process.stdout.write(`${line}\n`);
  const json = opts.json === true;
  const interactive = process.stdin.isTTY === true && !json;
  const session = startPractice({ case: c, lang, preset, seed, hints: opts.hints === true }, { coder });
  if (!json) {
    out(`${c.title[lang]} (${preset}, seed ${seed}). ${interactive ? `Type ${END_COMMAND} to finish.` : ''}`);
    out(`${c.client.name}: ${session.opening.text}`);
  }
  const finished = await converse({ session, case: c, coder, json, interactive, out });
  const { report } = endPractice(finished);
  if (json) out(JSON.stringify({ report: { ...report, seed } }));
  else printReportText(out, report, seed);
}

export function register(program: Command): void {
  program
    .command('practice')
    .description('talk with a simulated client; one counsellor turn per line when input is not a terminal')
    .requiredOption('--case <id>', 'case id (the file name in personas/)')
    .requiredOption('--lang <lang>', `language: ${LANGS.join(', ')}`)
    .option('--difficulty <preset>', `client preset: ${PRESETS.join(', ')}`, 'ambivalent')
    .option('--seed <n>', 'seed for a reproducible session (default: random, printed)')
    .option('--hints', 'show a tip after each of your turns')
    .option('--json', 'one JSON object per turn and a final {"report"} object')
    .addOption(new Option('--cases-dir <dir>', 'folder with case files (tests)').hideHelp())
    .action(async (opts: PracticeCliOptions) => {
      try {
        await practice(opts);
      } catch (err) {
        const usage = err instanceof UsageError;
        process.stderr.write(`changetalk practice: ${(err as Error).message}\n`);
        process.exitCode = usage ? EXIT_USAGE : EXIT_FAILURE;
      }
    });
}
