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
  barrierPool,
  changeTalkFallbacks,
  factLine,
  neutralFallbacks,
  type PoolLine,
  petalFallbacks,
  type ReactionKey,
  reactionPool,
  sustainPool,
} from './pools.js';
import { REPLY_OPENERS } from './reply-openers.js';
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
  /** A plan or step has been raised in this session: lines marked `needs: plan` may be said. */
  planRaised: boolean;
  /** What the reply says before this line ("Yes, exactly."): the line is checked as it will be heard. */
  prefix?: string;
}

function agrees(l: PoolLine, ctx: PickContext): boolean {
  const { check, leaning } = ctx;
  const text = ctx.prefix ? `${ctx.prefix} ${l.line[ctx.lang]}` : l.line[ctx.lang];
  return !check || leaning === 'any' || check(text, leaning);
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
  const sayable = (l: PoolLine) => !ctx.used.has(l.id) && (l.line.needs !== 'plan' || ctx.planRaised);
  const fresh = pools.map((pool) => pool.filter(sayable)).filter((p) => p.length > 0);
  for (const pool of fresh) {
    const agreeing = pool.filter((l) => agrees(l, ctx));
    if (agreeing.length > 0) return pickOnTopic(agreeing, ctx);
  }
  return fresh[0] ? pickOnTopic(fresh[0], ctx) : undefined;
}

/** A closed answer about something else ("No, Jonas doesn't know") is kept for when that is asked. */
function closedPools(c: Case, key: ReactionKey, topics: ReadonlySet<string>): PoolLine[][] {
  const pool = reactionPool(c, key);
  const fits = pool.filter((l) => l.line.topic === undefined || topics.has(l.line.topic));
  return [fits, reactionPool(c, 'closedUnsure').filter((l) => l.line.topic === undefined), pool];
}

type Spoken = Exclude<Intent, { kind: 'answer' } | { kind: 'reflected' }>;

function poolsFor(intent: Spoken, c: Case, topics: ReadonlySet<string>): PoolLine[][] {
  switch (intent.kind) {
    case 'changeTalk':
      return changeTalkFallbacks(c, intent.darn);
    case 'sustainTalk':
      return [sustainPool(c), reactionPool(c, 'pushBack')];
    case 'elaborate':
      return petalFallbacks(c, intent.petal, intent.depth);
    case 'answerClosed':
      return closedPools(c, CLOSED_POOL[intent.polarity], topics);
    case 'barrier':
      return [barrierPool(c), sustainPool(c)];
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

function sayOne(intent: Spoken, c: Case, ctx: PickContext): PoolLine {
  const pools = [...poolsFor(intent, c, ctx.topics), ...neutralFallbacks(c)];
  const chosen = pickFrom(pools, ctx);
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
  if (intent.kind === 'react' || intent.kind === 'elaborate') return intent.followUp;
  if (intent.kind === 'answer' || intent.kind === 'reflected') return intent.next;
  return undefined;
}

interface Part {
  text: string;
  /** The case line said; none for an opener ("Yes, exactly."). */
  id?: string;
}

/** The first part of the reply: the answer to the frame, or the intent's own line. */
function lead(intent: Intent, c: Case, ctx: PickContext): Part {
  if (intent.kind === 'reflected') return { text: pick(ctx.rng, REPLY_OPENERS[ctx.lang][intent.fit]) ?? '' };
  if (intent.kind === 'answer') {
    const line = factLine(c, intent.fact, intent.ask);
    if (line) return { text: line.line[ctx.lang], id: line.id };
    return lead({ kind: 'answerClosed', polarity: 'unsure' }, c, ctx);
  }
  const line = sayOne(intent, c, { ...ctx, leaning: leaningOf(intent) });
  return { text: textOf(line, ctx.lang, intent), id: line.id };
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
    planRaised: state.planRaised ?? false,
  };
  const parts = [lead(intent, c, ctx)];
  const next = followUpOf(intent);
  if (next) {
    const used = new Set([...ctx.used, ...parts.flatMap((p) => (p.id ? [p.id] : []))]);
    const prefix = parts.map((p) => p.text).join(' ');
    const second = lead(next, c, { ...ctx, used, prefix });
    if (!second.id || !parts.some((p) => p.id === second.id)) parts.push(second);
  }
  const lineIds = parts.flatMap((p) => (p.id ? [p.id] : []));
  return {
    text: parts.map((p) => p.text).join(' '),
    lineId: lineIds.join('+'),
    lineIds,
  };
}
