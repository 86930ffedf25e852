/**
 * `changetalk eval --file F.csv [--json]`: codes every transcript of a gold-coded CSV in order and prints how
 * well the coder agrees (shared/eval/README.md), plus its speed.
 */
import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { type Config, loadConfig } from '../../config.js';
import { createCoder } from '../../domain/coder/index.js';
import { registerOf } from '../../domain/coder/register.js';
import { type EvalReport, evaluate, predict } from '../../domain/scores/evaluation.js';
import type { ClassScore } from '../../domain/scores/metrics.js';
import { transcriptRatios } from '../../domain/scores/transcript-ratios.js';
import { parseCodedCsv } from '../../domain/transcript/csv.js';
import type { Transcript } from '../../domain/transcript/types.js';
import { createLlmCoder } from '../../llm/engine.js';
import { evaluateWithLlm } from '../../llm/llm-coder.js';
import { EXIT_OK, fail, fmt, type Io, processIo, readInput } from '../coder-io.js';
import { type EvalOutput, evalPlotSvg } from '../eval-plot.js';

export interface EvalOptions {
  file: string;
  json?: boolean;
  /** `embedded` (default) or `llm` (OPENAI_CODER_MODEL on the configured endpoint). */
  engine?: string;
  /** False (`--no-model`): the embedded rules alone, without the trained model on typed transcripts. */
  model?: boolean;
  /** Also draw the figures as an SVG file (F1 per class, R:Q per transcript). */
  plot?: string;
}

export const ENGINES = ['embedded', 'llm'] as const;

export type { EvalOutput } from '../eval-plot.js';

const MS_PER_S = 1000;

function classLines(scores: Record<string, ClassScore>): string[] {
  return Object.entries(scores).map(
    ([c, s]) =>
      `  ${c.padEnd(20)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  n ${s.support}`,
  );
}

/** Finding every behaviour of a turn, where the file has has_* columns. */
function behaviourLines(b: EvalReport['counsellor']['behaviours']): string[] {
  if (!b) return [];
  return [
    'Behaviours anywhere in a turn (has_* columns):',
    ...Object.entries(b).map(
      ([k, s]) =>
        `  ${k.padEnd(20)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  n ${s.support}/${s.n}`,
    ),
  ];
}

export function formatEval(r: EvalOutput, registers = ''): string {
  const c = r.counsellor;
  return [
    ...(registers ? [registers] : []),
    `Counsellor, coarse: macro-F1 ${fmt(c.coarse.macroF1)}  kappa ${fmt(c.coarse.kappa)}`,
    ...classLines(c.coarse.perClass),
    `Counsellor, fine: accuracy ${fmt(c.fine.accuracy)}  macro-F1 ${fmt(c.fine.macroF1)}  n ${c.fine.n}`,
    `Questions open/closed F1 ${fmt(c.questionOpenClosedF1)}`,
    `Reflections simple/complex F1 ${fmt(c.reflectionSimpleComplexF1)}`,
    ...behaviourLines(c.behaviours),
    `Client: macro-F1 ${fmt(r.client.macroF1)}  kappa ${fmt(r.client.kappa)}`,
    ...classLines(r.client.perClass),
    `Transcripts: n ${r.transcripts.n}  R:Q Pearson ${fmt(r.transcripts.rqPearson)}  %CR Pearson ${fmt(r.transcripts.pctCrPearson)}  quality AUC of R:Q ${fmt(r.transcripts.qualityAuc)}, of the estimated globals ${fmt(r.transcripts.globalsAuc)}`,
    `Speed: ${r.utterancesPerSecond === null ? '—' : Math.round(r.utterancesPerSecond)} utterances/s`,
    '',
  ].join('\n');
}

/** Runs the evaluation; returns the exit code. */
export function runEval(opts: EvalOptions, io: Io = processIo): number {
  const input = readInput(opts.file);
  if (!input.ok) return fail(io, 'eval', input.message);
  const parsed = parseCodedCsv(input.text);
  if (!parsed.ok) return fail(io, 'eval', `${opts.file}:${parsed.line}: ${parsed.message}`);
  const coder = createCoder({ model: opts.model ?? true });
  // One transcript first, untimed: the speed figure is for a warmed-up coder (regexes compiled, JIT done).
  predict(coder, parsed.value.slice(0, 1));
  const started = performance.now();
  const scored = predict(coder, parsed.value);
  const seconds = (performance.now() - started) / MS_PER_S;
  const n = scored.reduce((a, t) => a + t.length, 0);
  const report: EvalOutput = {
    ...evaluate(scored),
    utterancesPerSecond: seconds > 0 && n > 0 ? n / seconds : null,
  };
  if (opts.plot) {
    const written = writePlot(opts.plot, evalPlotSvg(report, scored.map(transcriptRatios)));
    if (written !== null) return fail(io, 'eval', written);
  }
  io.out(
    opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatEval(report, registerLine(parsed.value, opts)),
  );
  if (opts.plot && !opts.json) io.out(`Plot written to ${opts.plot}\n`);
  return EXIT_OK;
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EISDIR: 'that is a folder',
  EROFS: 'read-only file system',
};

/** Writes the plot; the error message when it cannot, else null. */
function writePlot(path: string, svg: string): string | null {
  try {
    writeFileSync(path, svg);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return `cannot write the plot to ${path}: ${WRITE_ERRORS[code] ?? String(e)}`;
  }
}

/** Which transcripts read as typed chat (rules and model) and which as transcribed speech (rules alone). */
function registerLine(transcripts: readonly Transcript[], opts: EvalOptions): string {
  const spoken = transcripts.filter((t) => registerOf(t.rows.map((r) => r.text)) === 'transcribed').length;
  const typed = transcripts.length - spoken;
  const typedBy = opts.model === false ? 'rules alone (--no-model)' : 'rules and trained model';
  return `Transcripts read as transcribed speech: ${spoken} (rules alone); as typed chat: ${typed} (${typedBy})`;
}

/** The same evaluation with the LLM coder; the figures add how often the model answered and disagreed. */
export async function runEvalLlm(
  opts: EvalOptions,
  env: NodeJS.ProcessEnv,
  io: Io = processIo,
): Promise<number> {
  const input = readInput(opts.file);
  if (!input.ok) return fail(io, 'eval', input.message);
  let config: Config;
  try {
    config = loadConfig(env, { dotenv: true });
  } catch (err) {
    return fail(io, 'eval', (err as Error).message);
  }
  const llm = createLlmCoder(config, createCoder());
  if (!llm)
    return fail(io, 'eval', '--engine llm needs OPENAI_CODER_MODEL and OPENAI_BASE_URL or OPENAI_API_KEY');
  const started = performance.now();
  const result = await evaluateWithLlm(llm, input.text, config.OPENAI_CODER_MODEL ?? null);
  if (!result.ok) return fail(io, 'eval', `${opts.file}:${result.line}: ${result.message}`);
  const seconds = (performance.now() - started) / MS_PER_S;
  const c = result.value.coding;
  const n = c.llm + c.fallbacks;
  const report = { ...result.value, utterancesPerSecond: seconds > 0 && n > 0 ? n / seconds : null };
  io.out(
    opts.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${formatEval(report)}LLM coder ${report.model}: ${c.llm} answered, ${c.fallbacks} fell back to the embedded coder, ${c.disagreements} disagreements (${n} codings)\n`,
  );
  return EXIT_OK;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('evaluate the MI coder against a gold-coded transcript CSV')
    .requiredOption('--file <path>', 'coded transcript CSV (see eval/README.md)')
    .option('--json', 'print one JSON object instead of a table')
    .option('--no-model', 'the rules alone: leave out the trained model on typed transcripts')
    .option('--plot <file.svg>', 'also draw F1 per class and R:Q per transcript as an SVG file')
    .addOption(new Option('--engine <engine>', 'which coder to measure').choices(ENGINES).default('embedded'))
    .action(async (opts: EvalOptions) => {
      process.exitCode = opts.engine === 'llm' ? await runEvalLlm(opts, process.env) : runEval(opts);
    });
}
