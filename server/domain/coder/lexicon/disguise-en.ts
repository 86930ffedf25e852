/**
 * English confrontation and persuasion in disguise (types.ts, DisguiseLexicon). Each entry is a kind of move, not
 * a sentence: guilt through someone else's eyes, a threat of authorities, a rhetorical "are you aware", a
 * comparison of worth, a label, a forecast, "if you really wanted to", a verdict on an amount.
 */
import { words } from '../text.js';
import type { DisguiseLexicon } from './types.js';

const WHO =
  '(?:your|the) (?:\\w+ )?(?:daughter|son|kids?|children|child|baby|family|partner|wife|husband|mum|mom|mother|dad|father|parents|boyfriend|girlfriend|grandchildren)';
const END = '[\\s.!?…]*$';

export const buildDisguiseEn = (): DisguiseLexicon => ({
  // Taking a hard word back ("Beklager, jeg mente ikke at du er avhengig") is repair, not a label.
  disowned: words(
    '(?:sorry|i apologi[sz]e)\\W',
    "i (?:didn't|did not|don't|do not) mean (?:that|to)",
    "i(?:'m| am) not saying (?:that )?you(?:'re| are)",
    "not that you(?:'re| are)",
  ),
  shaming: words(
    // What anyone "will think of you": the judgement of others held over the client, named or not.
    '(?:have|did) you (?:ever |even )?(?:thought|think|considered|wondered) (?:about )?what (?:\\p{L}+ ){1,2}(?:will|would|might|is going to|are going to) think of you',
    'what (?:will|would|might) (?:\\p{L}+ ){1,2}think of you (?:if|when)',
    // …or what they will say once they find out: exposure held over the client.
    'what (?:\\p{L}+ ){1,2}(?:will|would|is going to) say (?:if|when) (?:he|she|they) (?:finds?|found) out',
    'what (?:will|would) (?:\\p{L}+ ){1,2}say (?:if|when) (?:he|she|they) (?:finds?|found) out',
    // Guilt through another's eyes: "have you thought about what your daughter will think (of you / when…)".
    `(?:have|did) you (?:ever |even )?(?:thought|think|considered|wondered) (?:about )?(?:what|how) ${WHO} (?:will|would|is going to|are going to|might|must) (?:think|feel|say)`,
    `what (?:will|would|is|are) ${WHO} (?:going to )?(?:think|say) (?:of you|about you|when (?:she|he|they)(?:'s|'re| is| are)? (?:older|grown|grow up|grows up|find out|finds out)|if (?:she|he|they) (?:saw|knew|found out|sees|knows))`,
    `how would you feel if ${WHO} (?:ended up|got|turned out|started|saw you|had to)`,
    // Not "how do you want your kids to see you?", which asks for the client's values.
    `(?<!(?:how|what|why|where|when|who) )do you (?:really )?want ${WHO} to`,
    `(?<!(?:how|what|why|where|when|who) )would you (?:really )?want ${WHO} to (?:see|grow up|end up|remember)`,
    // Threatening with authorities.
    "what (?:would|will|do you think) (?:child protection|social services|children's services|the social worker|the police|cps|the court|your (?:boss|employer|gp|doctor|midwife))(?: would| will)? (?:say|think|do)",
    // Rhetorical knowledge questions and challenges.
    '(?:are|were) you (?:even )?aware (?:of )?how (?:dangerous|harmful|bad|risky|serious|toxic|much damage)',
    "do(?:n't)? you (?:even )?(?:know|realise|realize|understand|get) how (?:dangerous|harmful|bad|risky|serious|toxic|much damage)",
    'do you have (?:any|the slightest) idea how',
    'you do (?:realise|realize|know|understand) (?:that|how)',
    'surely you (?:can|must|do)? ?(?:see|know|realise|realize|understand)',
    "isn't it (?:obvious|clear)",
    "(?:do|don't) you (?:even )?care (?:about|that|what|if)",
    'does it not (?:bother|worry) you',
    // Worth, example, explaining it to the children.
    '(?:really|actually) worth (?:more than|it|risking)',
    '(?:really|actually) (?:more important|better|worth more|more) than (?:your|the|being)',
    'if you (?:really |truly )?(?:cared|loved) (?:about )?(?:your|them|the)',
    'worth more than (?:your|the)',
    'what (?:kind of|sort of) (?:an? )?(?:example|message|role model|signal)',
    'what (?:example|message) (?:are you|does that|is that)',
    'how (?:will|would|are|do) you (?:going to )?(?:explain|justify) (?:it|that|this|yourself)',
    // Predictions of a bad end.
    "i(?:'ve| have) seen (?:a lot of |lots of |so many |many |plenty of |enough |too many )?(?:people|patients|women|men|guys|girls|mums|dads|others|cases) (?:just )?like you",
    "(?:it|this|that|people like you) (?:rarely|never|seldom|won't|doesn't|does not|will not) end (?:well|up well|nicely|happily)",
    '(?:it|this|that) (?:always |usually )?ends (?:badly|in tears|the same way)',
    "you(?:'re| are) (?:just )?(?:asking for|playing with) (?:a |an )?(?:stroke|heart attack|trouble|problems|fire|it|your life|your health|disaster)",
    // Pressure dressed as reasoning.
    "you(?:'ve)? (?:have|need|got|must) (?:to )?understand",
    "you(?:'re| are) (?:just |simply |clearly |obviously )?(?:an? )?(?:addict|alcoholic|junkie|drunk|druggie)(?! (?:yourself|too))",
    'if you (?:really|truly|actually|genuinely|honestly) (?:wanted|want|cared|were serious|meant it|tried)',
    "you (?:just )?(?:didn't|did not|don't) (?:really )?(?:want|try) (?:it|to|hard)? ?(?:badly |hard |bad )?enough",
    '(?:all|most|every) (?:alcoholics?|addicts?|smokers?|drinkers?|junkies|gamblers?|users) says? (?:that|exactly that|the same|so)',
    "(?:that|it) (?:doesn't|does not|won't|will not) make it (?:okay|ok|right|safe|alright|better)",
    "your (?:liver|lungs|heart|body|baby|brain) (?:doesn't|does not|won't|will not) care",
  ),
  verdict: words(
    // Not the client's overwhelm given back ("It's still too much to take in right now").
    '(?:still|way|far|much|simply) too (?:many|much)(?! (?:for you|for me|to (?:handle|take|deal|think|cope|carry|manage)|on your|at once|all at once|going on))',
    `(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a bottle|a pack|a box)(?:[- ]\\w+)? (?:a|per|every) (?:day|night|week) (?:is|are) (?:\\w+ )?too (?:many|much)`,
    "there(?:'s| is) (?:no|not a) (?:such thing as (?:a )?)?safe (?:amount|level|number|dose|limit|way)",
    // Not "it's not okay": as often a feeling given back ("it's not okay how they treat you") as a verdict.
    "(?:that|this|it|that's|it's)(?: is|'s)? (?:just |simply |really )?not (?:normal|acceptable|healthy)",
    '(?:is|are) (?:just |simply )?not (?:normal|acceptable|healthy)',
    "by then (?:the damage|it)(?:'s| is| will be| would be) (?:done|too late)",
  ),
  harm: words(
    'dangerous',
    'harmful',
    'damag\\w*',
    'kills?',
    'killing',
    'cancer',
    'stillbirths?',
    'still-?born',
    'miscarr\\w*',
    'low birth ?weight',
    'premature\\w*',
    'sepsis',
    'blood poisoning',
    'infections?',
    'abscess\\w*',
    'amputat\\w*',
    'gangrene',
    'lose (?:the|your|a) (?:leg|arm|foot|baby|kids|children|job|licen[cs]e)',
    'stroke',
    'heart attack',
    'overdos\\w*',
    'die',
    'dying',
    'death',
    'cirrhosis',
    'poison\\w*',
    'toxic',
    'birth defects?',
    'brain damage',
    'cot death',
    'sids',
  ),
  forewarn: words(
    `right${END}`,
    `(?:don't|didn't|do|can't|won't) you${END}`,
    `you know(?: that)?${END}`,
    `(?:isn't|wasn't) it${END}`,
    'you (?:do |must )?(?:know|realise|realize) (?:that )?(?:full well|perfectly well)',
    'surely',
    'sooner or later',
    "i(?:'ve| have) seen (?:it|this|that) (?:happen|many times|so often|a hundred times)",
    'mark my words',
    "(?:it's|it is) (?:only|just) a matter of time",
  ),
});
