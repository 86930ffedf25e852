/**
 * The client-voice prompt: Handlebars templates in prompts/ compiled once with `{ strict: true }` (a missing
 * variable is an error) and `noEscape` (these are chat messages, not HTML). The system message is built only
 * from the case and the language, so it is a stable prefix a provider can cache; everything that changes per
 * turn, and everything the trainee wrote, goes into the user message, inside <counsellor> delimiters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Case } from '../domain/cases/schema.js';
import type { Intent } from '../domain/client/intent.js';
import { barrierPool, changeTalkPool, petalPool, reactionPool, sustainPool } from '../domain/client/pools.js';
import type { ClientState } from '../domain/client/state.js';
import type { Lang } from '../domain/codes.js';
import type { ChatMessage } from '../domain/ports/llm.js';
import { promptsDir } from '../paths.js';

export const TEMPLATE_NAMES = [
  'client-voice.system',
  'client-voice',
  'coder.system',
  'coder',
  'alternative.system',
  'alternative',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
type Render = (ctx: object) => string;

export const LANGUAGE_NAMES: Record<Lang, string> = { nb: 'Norwegian (bokmål)', da: 'Danish', en: 'English' };

/** Exchanges kept word for word; older ones are folded into the rolling summary. */
export const RECENT_UTTERANCES = 8;
/** Characters kept of any one past utterance, and of the trainee's current message. */
export const MAX_PAST_CHARS = 300;
export const MAX_COUNSELLOR_CHARS = 1_000;
const MAX_EXAMPLES = 4;

export function loadTemplates(dir = promptsDir()): Record<TemplateName, Render> {
  const out = {} as Record<TemplateName, Render>;
  for (const name of TEMPLATE_NAMES) {
    const source = readFileSync(join(dir, `${name}.hbs`), 'utf8');
    const compiled = Handlebars.compile(source, { strict: true, noEscape: true });
    out[name] = (ctx) =>
      compiled(ctx)
        .replace(/\n{3,}/g, '\n\n')
        .trim();
  }
  return out;
}

export interface PastUtterance {
  speaker: 'counsellor' | 'client';
  text: string;
}

export interface VoicePromptInput {
  case: Case;
  lang: Lang;
  /** The client's state after this counsellor turn moved it. */
  state: ClientState;
  intent: Intent;
  /** The conversation before the current counsellor message (opening first). */
  history: readonly PastUtterance[];
  counsellorText: string;
  /** The embedded engine's reply: what to say, and the fallback. */
  draft: string;
}

/** Text the trainee wrote can never close or open the delimiter it sits in. */
export function delimit(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut
    .replace(/<\/?\s*counsellor\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const DARN_TEXT: Record<string, string> = {
  desire: 'that you want to change',
  ability: 'that you could manage to change',
  reasons: 'a reason for changing',
  need: 'that you need to change',
  commitment: 'that you will do something about it',
  activation: 'that you are ready to take a step',
  takingSteps: 'a step you have already taken',
};

export function describeIntent(intent: Intent): string {
  switch (intent.kind) {
    case 'changeTalk':
      return `change talk: say, tentatively and in your own way, ${DARN_TEXT[intent.darn] ?? 'something for change'}.`;
    case 'sustainTalk':
      return 'sustain talk: say why things are fine as they are or why change is hard for you.';
    case 'elaborate': {
      const base = `talk about your ${intent.petal.replace(/([A-Z])/g, ' $1').toLowerCase()}, at openness ${intent.depth} of 5 (1 guarded, 5 discovering something new about yourself).`;
      return intent.followUp ? `${base} Then go on: ${describeIntent(intent.followUp)}` : base;
    }
    case 'answerClosed':
      return intent.polarity === 'unsure'
        ? 'a short answer: you are not sure.'
        : `a short answer: ${intent.polarity}. Do not elaborate.`;
    case 'pushBack':
      return 'push back: you feel pressured or judged and defend yourself.';
    case 'agreeStep':
      return 'agree to a concrete small next step, in your own words.';
    case 'scaling':
      return intent.which === 'whyNotLower'
        ? `explain why your number is not lower (your number: ${intent.value}).`
        : `give your number for ${intent.which}: ${intent.value} out of 10, and a few words why.`;
    case 'react': {
      const base = `react to ${REACTION_TEXT[intent.reaction]}.`;
      return intent.followUp ? `${base} Then go on: ${describeIntent(intent.followUp)}` : base;
    }
    case 'barrier':
      return 'sustain talk about what really holds you back (your core worry), personal and specific.';
    case 'answer': {
      const base = intent.fact
        ? 'answer the question first, with exactly the fact in the draft (same amount, time, person).'
        : 'say, in your own way, that you do not know that (as in the draft); do not invent an answer.';
      return intent.next ? `${base} Then go on: ${describeIntent(intent.next)}` : base;
    }
    case 'reflected': {
      const base =
        intent.fit === 'confirm'
          ? 'confirm briefly that the counsellor understood you ("yes, exactly").'
          : 'correct the counsellor: they went further than you feel ("not really, it is more that…").';
      return intent.next ? `${base} Then go on: ${describeIntent(intent.next)}` : base;
    }
  }
}

const REACTION_TEXT: Record<string, string> = {
  confrontation: 'being confronted or told what is wrong with you (you feel defensive)',
  unsolicitedAdvice: 'advice you did not ask for (you are not keen)',
  affirmation: 'being affirmed (you feel seen, a little warmer)',
  permissionAsked: 'being asked permission (you accept)',
  autonomy: 'being told it is your choice (you relax)',
  summary: 'a summary of what you said (it fits)',
  informationReceived: 'information you agreed to hear (you take it in)',
  avoid: 'a question you would rather not go into (brief, guarded)',
  confused: 'something unclear (you are not sure what is meant)',
  closing: 'the end of the conversation (say goodbye)',
};

const OPENNESS = ['', 'guarded, brief', 'careful', 'talking', 'reflective', 'discovering'];

function examplesFor(intent: Intent, c: Case, lang: Lang): string[] {
  const pool = (() => {
    switch (intent.kind) {
      case 'changeTalk':
        return changeTalkPool(c, intent.darn);
      case 'sustainTalk':
        return sustainPool(c);
      case 'elaborate':
        return petalPool(c, intent.petal, intent.depth);
      case 'answerClosed':
        return reactionPool(
          c,
          intent.polarity === 'yes' ? 'closedYes' : intent.polarity === 'no' ? 'closedNo' : 'closedUnsure',
        );
      case 'pushBack':
        return reactionPool(c, 'pushBack');
      case 'agreeStep':
        return reactionPool(c, 'agreeStep');
      case 'scaling':
        return reactionPool(
          c,
          intent.which === 'importance'
            ? 'scalingImportance'
            : intent.which === 'confidence'
              ? 'scalingConfidence'
              : 'scalingWhyNotLower',
        );
      case 'react':
        return reactionPool(c, intent.reaction);
      case 'barrier':
        return barrierPool(c);
      case 'answer':
      case 'reflected':
        return [];
    }
  })();
  return pool
    .slice(0, MAX_EXAMPLES)
    .map((l) => l.line[lang].replaceAll('{n}', intent.kind === 'scaling' ? String(intent.value) : '{n}'));
}

/**
 * A short rolling summary of what is no longer quoted: bounded in length whatever the session length, built
 * from the client's state (what it has said, which areas are open), not from the transcript.
 */
export function rollingSummary(input: VoicePromptInput, dropped: number): string {
  if (dropped <= 0) return '';
  const s = input.state;
  const change = s.said.changeTalk.length;
  const areas = s.openPetals.length > 0 ? s.openPetals.slice(-4).join(', ') : 'none yet';
  const steps = s.agreedStep ? ' You have agreed to a concrete step.' : '';
  const permission = s.permissionGiven ? ' You said you are open to hearing information.' : '';
  return `${s.turn} counsellor turns so far. You have spoken for change ${change} times and against it ${s.said.sustainTalk} times. Areas talked about: ${areas}.${steps}${permission}`;
}

export interface BuiltPrompt {
  messages: ChatMessage[];
}

export function voiceContexts(input: VoicePromptInput) {
  const { case: c, lang } = input;
  const t = (x: Record<Lang, string>) => x[lang];
  const system = {
    language: LANGUAGE_NAMES[lang],
    client: { name: c.client.name, age: c.client.age, description: t(c.client.description) },
    setting: t(c.setting),
    counsellorRole: t(c.counsellorRole),
    targetBehaviour: t(c.targetBehaviour),
    values: c.values.map(t),
    reasonsFor: c.reasonsFor.map(t),
    reasonsAgainst: c.reasonsAgainst.map(t),
  };
  const recent = input.history.slice(-RECENT_UTTERANCES);
  const dropped = input.history.length - recent.length;
  const s = input.state;
  const user = {
    language: LANGUAGE_NAMES[lang],
    clientName: c.client.name,
    summary: rollingSummary(input, dropped),
    recent: recent.map((u) => ({
      counsellor: u.speaker === 'counsellor',
      text: delimit(u.text, MAX_PAST_CHARS),
    })),
    state: {
      importance: Math.round(s.importance),
      confidence: Math.round(s.confidence),
      discord: Math.round(s.discord),
      trust: Math.round(s.trust),
      exploration: s.exploration,
    },
    opennessText: OPENNESS[s.exploration] ?? '',
    intent: describeIntent(input.intent),
    examples: examplesFor(input.intent, c, lang),
    draft: input.draft,
    counsellor: delimit(input.counsellorText, MAX_COUNSELLOR_CHARS),
    maxWords: Math.max(25, Math.min(90, Math.round(input.draft.split(/\s+/).length * 2))),
  };
  return { system, user };
}

let cached: Record<TemplateName, Render> | undefined;
/** The templates, compiled on first use and kept. */
export function templates(): Record<TemplateName, Render> {
  cached ??= loadTemplates();
  return cached;
}

/** The chat messages for one client reply: [system (case + language only), user (this turn)]. */
export function buildVoicePrompt(input: VoicePromptInput, tpl = templates()): BuiltPrompt {
  const ctx = voiceContexts(input);
  return {
    messages: [
      { role: 'system', content: tpl['client-voice.system'](ctx.system) },
      { role: 'user', content: tpl['client-voice'](ctx.user) },
    ],
  };
}
