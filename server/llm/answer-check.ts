/**
 * Whether the model's reply keeps the embedded reply's answer: it names no number the facts do not have, and it
 * answers the kind of question asked (a time for "when", an amount for "how many", a person for "who", never a
 * bare yes or no to a question word). Checked against the embedded reply (the draft), which already answers:
 * where the draft names a time, the model's reply must too. Word lists per language, checked here only.
 */
import type { AskKind } from '../domain/client/frame.js';
import { WORD_KINDS } from '../domain/client/frame-cues/index.js';
import type { Lang } from '../domain/codes.js';

export type AnswerFailure = 'contradicts_fact' | 'ignores_question';

interface Words {
  numbers: Record<string, string>;
  time: RegExp;
  amount: RegExp;
  bareYesNo: RegExp;
}

const L = '\\p{L}';
const word = (alternatives: string) => new RegExp(`(?<![${L}\\d])(?:${alternatives})(?![${L}])`, 'iu');
const nums = (words: string) => Object.fromEntries(words.split(' ').map((w, i) => [w, String(i + 1)]));

const WORDS: Record<Lang, Words> = {
  nb: {
    numbers: nums('én to tre fire fem seks sju åtte ni ti elleve tolv'),
    time: word(
      `\\d+|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|morgen${L}*|kveld${L}*|natt${L}*|uke${L}*|måned${L}*|år|dag${L}*|helg${L}*|klokka|aldri|alltid|siden|i går|i morgen`,
    ),
    amount: word(
      `\\d+|én|en|ett|to|tre|fire|fem|seks|sju|åtte|ni|ti|halv${L}*|mange|få|mye|lite|hver|ofte|sjelden|ganger|pakke|timer`,
    ),
    bareYesNo: /^\s*(ja|nei|nja|jo|neida|joda)\W*$/iu,
  },
  da: {
    numbers: nums('én to tre fire fem seks syv otte ni ti elleve tolv'),
    time: word(
      `\\d+|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|morgen${L}*|aften${L}*|nat${L}*|uge${L}*|måned${L}*|år|dag${L}*|weekend${L}*|klokken|aldrig|altid|siden|i går|i morgen`,
    ),
    amount: word(
      `\\d+|én|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|halv${L}*|mange|få|meget|lidt|hver|tit|ofte|sjældent|gange|pakke|timer`,
    ),
    bareYesNo: /^\s*(ja|nej|næ|jo|nå)\W*$/iu,
  },
  en: {
    numbers: nums('_ two three four five six seven eight nine ten eleven twelve'),
    time: word(
      `\\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning${L}*|evening${L}*|night${L}*|week${L}*|month${L}*|years?|days?|weekend${L}*|o'clock|never|always|since|ago|yesterday|tomorrow`,
    ),
    amount: word(
      `\\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|many|few|much|little|every|each|often|rarely|times?|pack|hours?`,
    ),
    bareYesNo: /^\s*(yes|yeah|yep|no|nope)\W*$/iu,
  },
};

/** The kinds a question word asks for: never answered by a bare yes or no. */
const QUESTION_WORDS: ReadonlySet<AskKind> = new Set(WORD_KINDS);

/** Numbers a text names, as digits: "1 800", "1.800" and "1,800" are 1800; "three" is 3. */
export function numbersIn(text: string, lang: Lang): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\d+(?:[ .,\u00a0]\d{3})*/g)) found.add(m[0].replace(/\D/g, ''));
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const n = WORDS[lang].numbers[w];
    if (n) found.add(n);
  }
  return found;
}

function names(text: string, people: readonly string[]): boolean {
  return people.some((p) => word(p).test(text));
}

/** Undefined when the reply keeps the draft's answer to the question asked. */
export function checkAnswer(
  reply: string,
  draft: string,
  kind: AskKind,
  lang: Lang,
  people: readonly string[] = [],
): AnswerFailure | undefined {
  if (!QUESTION_WORDS.has(kind)) return undefined;
  const w = WORDS[lang];
  if (w.bareYesNo.test(reply)) return 'ignores_question';
  const told = numbersIn(draft, lang);
  if (told.size > 0 && [...numbersIn(reply, lang)].some((n) => !told.has(n))) return 'contradicts_fact';
  const keeps = (re: RegExp) => !re.test(draft) || re.test(reply);
  if (kind === 'when' && !keeps(w.time)) return 'ignores_question';
  if ((kind === 'howMany' || kind === 'howOften') && !keeps(w.amount)) return 'ignores_question';
  if (kind === 'who' && names(draft, people) && !names(reply, people)) return 'ignores_question';
  return undefined;
}
