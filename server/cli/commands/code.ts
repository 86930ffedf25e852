/**
 * `changetalk code --file F [--lang nb] [--json] [--counsellor NAME]`: codes a transcript (the eval CSV or
 * speaker-prefixed plain text) and prints each coded utterance, the MITI report and three suggestions.
 */
import type { Command } from 'commander';
import { codeTranscript, createCoder, detectLang } from '../../domain/coder/index.js';
import { type Register, registerOf } from '../../domain/coder/register.js';
import type { CodedUtterance } from '../../domain/coder/types.js';
import { LANGS, type Lang } from '../../domain/codes.js';
import { type Suggestion, sessionSuggestions } from '../../domain/feedback/index.js';
import { buildReport, type SessionReport } from '../../domain/scores/report.js';
import { parseAnyTranscript, type Transcript } from '../../domain/transcript/index.js';
import { EXIT_OK, fail, fmt, type Io, processIo, readInput } from '../coder-io.js';

export interface CodeOptions {
  file: string;
  lang?: string;
  json?: boolean;
  counsellor?: string;
  /** False (`--no-model`): the rules alone, without the trained model on typed transcripts. */
  model?: boolean;
}

export interface CodedOutput {
  id: string;
  lang: Lang;
  /** Typed chat or transcribed speech (register.ts). */
  register: Register;
  /** Whether the trained model coded alongside the rules (typed chat, unless --no-model). */
  model: boolean;
  utterances: (CodedUtterance & { turn: number })[];
  report: SessionReport;
  suggestions: Suggestion[];
}

function codeOne(t: Transcript, lang: Lang | undefined, model: boolean): CodedOutput {
  const utterances = t.rows.map((r) => ({ speaker: r.speaker, text: r.text }));
  const l = lang ?? t.rows[0]?.lang ?? detectLang(utterances.map((u) => u.text).join(' '));
  const register = registerOf(utterances.map((u) => u.text));
  const coded = codeTranscript(createCoder({ model }), utterances, { lang: l, register });
  return {
    id: t.id,
    lang: l,
    register,
    model: model && register === 'typed',
    utterances: coded.map((c, i) => ({ ...c, turn: t.rows[i]?.turn ?? i + 1 })),
    report: buildReport(coded, l),
    suggestions: sessionSuggestions(coded, l),
  };
}

/** A counsellor turn's behaviours besides its main code, after the bracket: ` +SIMPLE_REFLECTION`. */
function otherCodes(u: CodedUtterance): string {
  if (u.speaker !== 'counsellor') return '';
  const main = u.coding.codes.indexOf(u.coding.code);
  return u.coding.codes
    .filter((_, i) => i !== main)
    .map((c) => ` +${c}`)
    .join('');
}

function codeLabel(u: CodedUtterance): string {
  if (u.speaker === 'counsellor') return u.coding.code;
  return u.coding.kind ? `${u.coding.code}:${u.coding.kind}` : u.coding.code;
}

const registerName = (o: CodedOutput): string =>
  `${o.register === 'typed' ? 'typed chat' : 'transcribed speech'}: ${o.model ? 'rules and trained model' : 'rules alone'}`;

export function formatCoded(o: CodedOutput): string {
  const s = o.report.summary;
  const lines = [`# ${o.id} (${o.lang}, ${registerName(o)})`];
  for (const u of o.utterances)
    lines.push(
      `${String(u.turn).padStart(3)} ${u.speaker === 'counsellor' ? 'C' : 'K'} [${codeLabel(u)}]${otherCodes(u)} ${u.text}\n      ${u.coding.reason}`,
    );
  lines.push(
    '',
    `R:Q ${fmt(s.rq, 2)} (${o.report.bands.rq})  %CR ${fmt(s.pctComplexReflections, 2)} (${o.report.bands.pctComplexReflections})  %open ${fmt(s.pctOpenQuestions, 2)} (${o.report.bands.pctOpenQuestions})`,
    `MI-adherent ${s.miAdherent}  MI-non-adherent ${s.miNonAdherent}  change talk ${fmt(o.report.changeTalk.share, 2)}`,
    o.report.globalsRating === 'tooShort'
      ? `Technical ${o.report.technical}  Relational ${o.report.relational} (too short to rate: under ${o.report.minTurnsToRate} counsellor turns)`
      : `Technical ${o.report.technical} (${o.report.bands.technical})  Relational ${o.report.relational} (${o.report.bands.relational})`,
    ...Object.entries(o.report.globals).map(([k, g]) => `  ${k}: ${g.score} — ${g.rule}`),
    ...o.suggestions.map((x) => `* turn ${o.utterances[x.index]?.turn}: ${x.text}\n  → ${x.alternative}`),
    '',
  );
  return lines.join('\n');
}

export function runCode(opts: CodeOptions, io: Io = processIo): number {
  if (opts.lang !== undefined && !(LANGS as readonly string[]).includes(opts.lang)) {
    return fail(io, 'code', `unknown language "${opts.lang}" (expected nb, da or en)`);
  }
  const lang = opts.lang as Lang | undefined;
  const input = readInput(opts.file);
  if (!input.ok) return fail(io, 'code', input.message);
  const parsed = parseAnyTranscript(input.text, {
    ...(opts.counsellor ? { counsellor: opts.counsellor } : {}),
    ...(lang ? { lang } : {}),
  });
  if (!parsed.ok) return fail(io, 'code', `${opts.file}:${parsed.line}: ${parsed.message}`);
  const out = parsed.value.map((t) => codeOne(t, lang, opts.model ?? true));
  io.out(
    opts.json
      ? `${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`
      : out.map(formatCoded).join('\n'),
  );
  return EXIT_OK;
}

export function register(program: Command): void {
  program
    .command('code')
    .description('code a transcript (eval CSV or "Speaker: text" lines) and print the MITI report')
    .requiredOption('--file <path>', 'transcript file')
    .option('--lang <lang>', 'nb, da or en (detected when absent)')
    .option('--json', 'print JSON instead of text')
    .option('--counsellor <name>', "the counsellor's speaker name (default: whoever speaks first)")
    .option('--no-model', 'the rules alone: leave out the trained model on typed transcripts')
    .action((opts: CodeOptions) => {
      process.exitCode = runCode(opts);
    });
}
