/**
 * The memory test's own word lists (independent of the engine's `needs` markers and frame cues): phrases by
 * which a client refers back to a plan, an agreement or something it said, and what the session must already
 * hold when one is heard. Specific phrases come before the generic ones; the first that matches decides.
 */
import type { Lang } from '../../server/domain/codes.js';

export interface ReferBack {
  phrase: RegExp;
  /** `plan`: the counsellor raised a plan or step; a RegExp: the client said it; `overlap`: see the test. */
  needs: 'plan' | 'overlap' | RegExp;
}

/** Whole words or phrases, case-insensitive, with letter boundaries that work for æ, ø, å and é. */
const w = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');
const plan = (pattern: string): ReferBack => ({ phrase: w(pattern), needs: 'plan' });
const overlap = (pattern: string): ReferBack => ({ phrase: w(pattern), needs: 'overlap' });
const said = (pattern: string, before: string): ReferBack => ({ phrase: w(pattern), needs: w(before) });

export const REFER_BACK: Record<Lang, ReferBack[]> = {
  nb: [
    said('jeg sa jo at jeg skal tenke på det', 'tenke (på|over) det'),
    said('jeg sa jo at jeg trenger den til jobben', 'app\\p{L}*|\\p{L}*vakt\\p{L}*|sjef\\p{L}*'),
    said('jeg sa jo at jeg ikke er her for det', 'slutte\\p{L}*'),
    plan('vi ble enige|som vi sa|som avtalt|planen|planen vår|grei deal|holde meg til'),
    plan('hvordan det gikk|hvordan onsdagen gikk|vi ses på onsdag|med skuffen|med én sjekk'),
    overlap('som jeg sa|som sagt|jeg sa jo|som jeg nevnte|du glemte ikke'),
  ],
  da: [
    said('jeg sagde jo, at jeg vil tænke over det', 'tænke (over|på) det'),
    said('jeg sagde jo, at jeg skal bruge den til jobbet', 'app\\p{L}*|\\p{L}*vagt\\p{L}*|chef\\p{L}*'),
    said('jeg sagde jo, at det ikke er derfor, jeg er her', 'stoppe\\p{L}*|holde op'),
    plan('vi aftalte|vi blev enige|som vi sagde|som aftalt|planen|vores plan|fair aftale|holde mig til'),
    plan('hvordan det gik|hvordan onsdagen gik|vi ses på onsdag|med skuffen|med ét tjek'),
    overlap('som jeg sagde|som sagt|jeg sagde jo|som jeg nævnte|du glemte ikke'),
  ],
  en: [
    said("I said I'd think about it", 'think (about it|it over)'),
    said('I said I need it for work', 'app|shift\\p{L}*|boss'),
    said("I told you that's not why I'm here", 'quit\\p{L}*|stop\\p{L}*'),
    plan('we agreed|like we said|as agreed|the plan|our plan|fair deal|stick to that'),
    plan('how it went|how Wednesday went|see you Wednesday|with the drawer|with one check'),
    overlap("as I said|like I said|I told you|as I mentioned|you didn't forget"),
  ],
};

/** Words that say nothing about what was said ("about", "that"), left out of the overlap check. */
export const STOPWORDS: Record<Lang, string[]> = {
  nb: ['ikke', 'også', 'bare', 'egentlig', 'faktisk', 'sånn', 'være', 'have', 'noen', 'noe', 'skal', 'selv'],
  da: [
    'ikke',
    'også',
    'bare',
    'egentlig',
    'faktisk',
    'sådan',
    'være',
    'have',
    'nogen',
    'noget',
    'skal',
    'selv',
  ],
  en: [
    'about',
    'that',
    "that's",
    'this',
    'have',
    'actually',
    'really',
    'yeah',
    'with',
    'just',
    'here',
    'tried',
  ],
};

/** A plan or step raised, in the test's own words. */
export const TEST_PLAN_WORDS: Record<Lang, RegExp> = {
  nb: w('plan\\p{L}*|\\p{L}*steg|skritt|avtal\\p{L}*|begynne|starte|gjøre nå|komme i gang|prøve ut'),
  da: w('plan\\p{L}*|\\p{L}*skridt|aftal\\p{L}*|begynde|starte|gøre nu|komme i gang|prøve af'),
  en: w('plan\\p{L}*|step\\p{L}*|start\\p{L}*|begin\\p{L}*|agree\\p{L}*|get going|try out|do now'),
};
