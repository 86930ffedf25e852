/**
 * The counsellor and client models' training sets and training runs, shared by `npm run train:coder` and the test
 * that checks the committed weights are the ones these lines and rules produce. Training data: the lines and
 * coded conversations written for it (server/domain/coder/training) and the dev split of the coded fixtures
 * (never the test split, the held-out counsellor lines or any outside data set).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decideClientByRules } from '../server/domain/coder/client/index.js';
import { decideByRules } from '../server/domain/coder/counsellor/index.js';
import { lexicon } from '../server/domain/coder/lexicon/index.js';
import { clientFeatures } from '../server/domain/coder/model/client-features.js';
import { counsellorFeatures } from '../server/domain/coder/model/features.js';
import { type Example, type LogisticModel, trainLogistic } from '../server/domain/coder/model/logistic.js';
import { pack } from '../server/domain/coder/model/packed.js';
import { TRAINING_LINES } from '../server/domain/coder/training/counsellor/index.js';
import type { Utterance } from '../server/domain/coder/types.js';
import {
  CLIENT_CODES,
  type ClientCode,
  COUNSELLOR_CODES,
  type CounsellorCode,
  LANGS,
  type Lang,
} from '../server/domain/codes.js';
import { parseCodedCsv } from '../server/domain/transcript/csv.js';

export const WEIGHTS_PATH = fileURLToPath(
  new URL('../server/domain/coder/model/counsellor-weights.ts', import.meta.url),
);
export const CLIENT_WEIGHTS_PATH = fileURLToPath(
  new URL('../server/domain/coder/model/client-weights.ts', import.meta.url),
);

const isCode = (s: string): s is CounsellorCode => (COUNSELLOR_CODES as readonly string[]).includes(s);
const isClientCode = (s: string): s is ClientCode => (CLIENT_CODES as readonly string[]).includes(s);

function example(
  lang: Lang,
  label: CounsellorCode,
  text: string,
  history: Utterance[],
): Example<CounsellorCode> {
  const lex = lexicon(lang);
  return { label, features: counsellorFeatures(decideByRules(text, history, lex), lex) };
}

/** The rows of a coded CSV where `take` says so, each with the conversation before it. */
function csvRows(path: string, take: (extra: Record<string, string>) => boolean) {
  const parsed = parseCodedCsv(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path}:${parsed.line}: ${parsed.message}`);
  const out: { speaker: Utterance['speaker']; label: string; text: string; history: Utterance[] }[] = [];
  for (const t of parsed.value) {
    const history: Utterance[] = [];
    for (const row of t.rows) {
      const label = row.gold[0];
      if (take(row.extra) && label)
        out.push({ speaker: row.speaker, label, text: row.text, history: [...history] });
      history.push({ speaker: row.speaker, text: row.text });
    }
  }
  return out;
}

function csvExamples(path: string, lang: Lang, take: (extra: Record<string, string>) => boolean) {
  return csvRows(path, take).flatMap((r) =>
    r.speaker === 'counsellor' && isCode(r.label) ? [example(lang, r.label, r.text, r.history)] : [],
  );
}

function clientCsvExamples(path: string, lang: Lang, take: (extra: Record<string, string>) => boolean) {
  const lex = lexicon(lang);
  return csvRows(path, take).flatMap((r): Example<ClientCode>[] => {
    if (r.speaker !== 'client' || !isClientCode(r.label)) return [];
    const d = decideClientByRules(r.text, r.history, lex, lang);
    return [{ label: r.label, features: clientFeatures(d, r.text, r.history, lex) }];
  });
}

const local = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));

/** Whole coded conversations written as training data, and the dev split of the coded fixtures. */
export const CONVERSATIONS_DIR = local('../server/domain/coder/training/conversations');

/** The written conversation files of a language (`nb.csv`, `nb-2.csv`, …), in name order. */
export function conversationFiles(lang: Lang): string[] {
  if (!existsSync(CONVERSATIONS_DIR)) return [];
  const mine = new RegExp(`^${lang}(?:-\\d+)?\\.csv$`);
  return readdirSync(CONVERSATIONS_DIR)
    .filter((f) => mine.test(f))
    .sort()
    .map((f) => join(CONVERSATIONS_DIR, f));
}

function conversationExamples(lang: Lang): Example<CounsellorCode>[] {
  return [
    ...conversationFiles(lang).flatMap((f) => csvExamples(f, lang, () => true)),
    ...csvExamples(local(`../test/fixtures/coded/${lang}.csv`), lang, (extra) => extra.split === 'dev'),
  ];
}

export function trainingExamples(): Example<CounsellorCode>[] {
  const out: Example<CounsellorCode>[] = [];
  for (const lang of LANGS) {
    for (const [label, client, text] of TRAINING_LINES[lang]) {
      out.push(example(lang, label, text, client === '' ? [] : [{ speaker: 'client', text: client }]));
    }
    out.push(...conversationExamples(lang));
  }
  return out;
}

export function trainCounsellorModel(examples = trainingExamples()): LogisticModel<CounsellorCode> {
  return trainLogistic(COUNSELLOR_CODES, examples);
}

/** Client rows of the written conversations and of the fixtures' dev split. */
export function clientTrainingExamples(): Example<ClientCode>[] {
  return LANGS.flatMap((lang) => [
    ...conversationFiles(lang).flatMap((f) => clientCsvExamples(f, lang, () => true)),
    ...clientCsvExamples(local(`../test/fixtures/coded/${lang}.csv`), lang, (extra) => extra.split === 'dev'),
  ]);
}

export function trainClientModel(examples = clientTrainingExamples()): LogisticModel<ClientCode> {
  return trainLogistic(CLIENT_CODES, examples);
}

/** The generated module: the weights as one JSON string, parsed by the coder on first use. */
export function weightsModule<L extends string>(
  model: LogisticModel<L>,
  name = 'COUNSELLOR_WEIGHTS',
): string {
  return [
    '// Generated by `npm run train:coder` from the lines in server/domain/coder/training: do not edit.',
    `export const ${name} = ${JSON.stringify(JSON.stringify(pack(model)))};`,
    '',
  ].join('\n');
}
