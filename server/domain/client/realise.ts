/**
 * The embedded realiser: puts an Intent into words from the case material. It prefers lines whose topic the
 * counsellor raised, never repeats a line within a session, and joins a reaction with a follow-up line for the
 * longer answers of a client who is exploring.
 */

import type { Case } from '../cases/schema.js';
import type { Lang } from '../codes.js';
import {
  type FollowUp,
  type Intent,
  type Leaning,
  leaningOf,
  type Polarity,
  type ScalingKind,
} from './intent.js';
import {
  changeTalkFallbacks,
  neutralFallbacks,
  type PoolLine,
  petalFallbacks,
  type ReactionKey,
  reactionPool,
  sustainPool,
} from './pools.js';
import { pick, type Rng } from './rng.js';
import type { ClientState } from './state.js';
import { raisedTopics } from './topics.js';

export interface Utterance {
  text: string;
  /** The line ids joined with `+` (one id for a single line). */
  lineId: string;
  /** The separate line ids, to record as used. */
  lineIds: string[];
}

/** Placeholder in scaling answers for the client's number. */
export const NUMBER_PLACEHOLDER = '{n}';

const CLOSED_POOL: Record<Polarity, ReactionKey> = {
  yes: 'closedYes',
  no: 'closedNo',
  unsure: 'closedUnsure',
};
const SCALING_POOL: Record<ScalingKind, ReactionKey> = {
  importance: 'scalingImportance',
  confidence: 'scalingConfidence',
  whyNotLower: 'scalingWhyNotLower',
};

/**
 * Whether a candidate line reads the way the intent leans (e.g. the coder would not show sustain talk as
 * change talk). Lines that pass are preferred, so the code the user sees matches what the client meant.
 */
export type LineCheck = (text: string, leaning: Exclude<Leaning, 'any'>) => boolean;

interface PickContext {
  used: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  rng: Rng;
  lang: Lang;
  leaning: Leaning;
  check?: LineCheck;
}

function agrees(l: PoolLine, ctx: PickContext): boolean {
  const { check, leaning } = ctx;
  return !check || leaning === 'any' || check(l.line[ctx.lang], leaning);
}

/** One of the lines, preferring those on a raised topic. */
function pickOnTopic(lines: readonly PoolLine[], ctx: PickContext): PoolLine | undefined {
  const onTopic = lines.filter((l) => l.line.topic !== undefined && ctx.topics.has(l.line.topic));
  return pick(ctx.rng, onTopic.length > 0 ? onTopic : lines);
}

/**
 * An unused line from the first pool that has one that agrees with the leaning; failing that, any unused line
 * from the first pool that has one.
 */
function pickFrom(pools: readonly PoolLine[][], ctx: PickContext): PoolLine | undefined {
  const fresh = pools.map((pool) => pool.filter((l) => !ctx.used.has(l.id))).filter((p) => p.length > 0);
  for (const pool of fresh) {
    const agreeing = pool.filter((l) => agrees(l, ctx));
    if (agreeing.length > 0) return pickOnTopic(agreeing, ctx);
  }
  return fresh[0] ? pickOnTopic(fresh[0], ctx) : undefined;
}

function poolsFor(intent: Intent, c: Case): PoolLine[][] {
  switch (intent.kind) {
    case 'changeTalk':
      return changeTalkFallbacks(c, intent.darn);
    case 'sustainTalk':
      return [sustainPool(c), reactionPool(c, 'pushBack')];
    case 'elaborate':
      return petalFallbacks(c, intent.petal, intent.depth);
    case 'answerClosed':
      return [reactionPool(c, CLOSED_POOL[intent.polarity]), reactionPool(c, 'closedUnsure')];
    case 'pushBack':
      return [reactionPool(c, 'pushBack'), reactionPool(c, 'confrontation'), sustainPool(c)];
    case 'agreeStep':
      return [reactionPool(c, 'agreeStep'), ...changeTalkFallbacks(c, 'commitment')];
    case 'scaling':
      return [reactionPool(c, SCALING_POOL[intent.which])];
    case 'react':
      return [reactionPool(c, intent.reaction)];
  }
}

function sayOne(intent: Intent, c: Case, ctx: PickContext): PoolLine {
  const pools = [...poolsFor(intent, c), ...neutralFallbacks(c)];
  const chosen = pickFrom(pools, { ...ctx, leaning: leaningOf(intent) });
  if (chosen) return chosen;
  // Everything near the intent has been said: a very long session. Repeat the least harmful line.
  const fallback = neutralFallbacks(c)[0]?.[0];
  if (!fallback) throw new Error(`case ${c.id} has no lines for ${intent.kind}`);
  return fallback;
}

function textOf(line: PoolLine, lang: Lang, intent: Intent): string {
  const text = line.line[lang];
  return intent.kind === 'scaling' ? text.replaceAll(NUMBER_PLACEHOLDER, String(intent.value)) : text;
}

function followUpOf(intent: Intent): FollowUp | undefined {
  if (intent.kind === 'react') return intent.followUp;
  if (intent.kind === 'elaborate') return intent.followUp;
  return undefined;
}

export function sayIntent(
  intent: Intent,
  c: Case,
  lang: Lang,
  state: ClientState,
  counsellorText: string,
  rng: Rng,
  check?: LineCheck,
): Utterance {
  const ctx: PickContext = {
    used: new Set(state.usedLines),
    topics: new Set(raisedTopics(c, lang, counsellorText)),
    rng,
    lang,
    leaning: 'any',
    check,
  };
  const first = sayOne(intent, c, ctx);
  const parts = [{ line: first, intent }];
  const next = followUpOf(intent);
  if (next) {
    const second = sayOne(next, c, { ...ctx, used: new Set([...ctx.used, first.id]) });
    if (second.id !== first.id) parts.push({ line: second, intent: next });
  }
  const lineIds = parts.map((p) => p.line.id);
  return {
    text: parts.map((p) => textOf(p.line, lang, p.intent)).join(' '),
    lineId: lineIds.join('+'),
    lineIds,
  };
}
