/**
 * The benchmark's own check of a reply, independent of the engine: it never reads the engine's frame, intent
 * or labels, only the words of the reply (and the case's "I don't follow" and "avoid" lines, which never
 * answer anything). A "when" answer must hold a time expression, "how many" a number or quantity, "who" a
 * person, a yes/no question something yes/no-ish; a question-word question never gets a bare yes or no.
 */
import type { Lang } from '../../server/domain/codes.js';
import type { ProbeKind } from './types.js';

interface Words {
  yesNo: RegExp;
  time: RegExp;
  quantity: RegExp;
  person: RegExp;
  place: RegExp;
  agree: RegExp;
  takes: RegExp;
}

const RAW: Record<Lang, Words> = {
  nb: {
    yesNo:
      /\b(ja|nei|nja|tja|jo|joda|neida|kanskje|vet ikke|mm|ikke helt|egentlig ikke|begge deler|vanskelig å si|usikker|ikke tenkt over)\b/i,
    time: /\b(\d+|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|morgen\w*|formiddag|ettermiddag|kveld\w*|natt\w*|uke\w*|måned\w*|år|dag\w*|helg\w*|i går|i morgen|aldri|alltid|snart|siden|klokka|halv|kvart|tid\w*|september|mars|sommer\w*|høst\w*|pause\w*|når)\b/i,
    quantity:
      /\b(\d[\d\s.,]*|en|ett|én|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|atten|tjue|halv\w*|mange|få|noen|mye|lite|hver|ofte|sjelden|ganger|gang|pakke|timer|hele tiden|daglig)\b/i,
    person:
      /\b(jonas|ida|linn|lene|roger|bamse|anders|emil|randi|aksel|nora|mormor|mamma|mor|far\w*|pappa|søster\w*|bror\w*|venn\w*|kompis\w*|kamerat\w*|kollega\w*|ingen|meg selv|alle|familie\w*|samboer\w*|kjæreste\w*|barna|jenta|helsesykepleier\w*)\b/i,
    place:
      /\b(hjemme|ute|jobb\w*|\w*butikk\w*|senter\w*|balkong\w*|bakgård\w*|by\w*|gård\w*|hytt\w*|hall\w*|kollektiv\w*|leilighet\w*|etasje|arm\w*|albu\w*|sted\w*|overalt|inne|skole\w*|hospits\w*|kjøkken\w*|her)\b/i,
    agree: /\b(ja|ok|okei|greit|fint|gjerne|bare si|si det|kjør på|fortell|nei|helst ikke|mm)\b/i,
    takes: /^(ja|nei|nja|tja|mm|akkurat|nettopp|ikke|jo|vel|hm)\b/i,
  },
  da: {
    yesNo:
      /\b(ja|nej|næ|nå|tja|jo|måske|ved ikke|mm|ikke helt|egentlig ikke|begge dele|svært at sige|usikker|ikke tænkt over)\b/i,
    time: /\b(\d+|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|morgen\w*|formiddag|eftermiddag|aften\w*|nat\w*|uge\w*|måned\w*|år|dag\w*|weekend\w*|i går|i morgen|aldrig|altid|snart|siden|klokken|halv|kvart|tid\w*|september|marts|sommer\w*|efterår\w*|pause\w*|når|hvornår)\b/i,
    quantity:
      /\b(\d[\d\s.,]*|en|et|én|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|atten|tyve|halv\w*|mange|få|nogle|meget|lidt|hver|tit|ofte|sjældent|gange|gang|pakke|timer|hele tiden|dagligt)\b/i,
    person:
      /\b(jonas|ida|linn|lene|roger|bamse|anders|emil|randi|aksel|nora|mormor|mor|far\w*|søster\w*|bror\w*|ven\w*|kammerat\w*|kollega\w*|ingen|mig selv|alle|familie\w*|kæreste\w*|samlever\w*|børnene|pigen|sundhedsplejerske\w*)\b/i,
    place:
      /\b(hjemme|derhjemme|ude|udenfor|arbejde\w*|\w*butik\w*|supermarked\w*|center\w*|centret|altan\w*|gård\w*|by\w*|hytte\w*|hal\w*|kollektiv\w*|lejlighed\w*|sal|arm\w*|albue\w*|sted\w*|overalt|inde|skole\w*|herberg\w*|køkken\w*|her)\b/i,
    agree: /\b(ja|ok|okay|fint|gerne|bare sig|sig det|kør bare|fortæl|nej|helst ikke|mm)\b/i,
    takes: /^(ja|nej|næ|tja|mm|præcis|netop|ikke|jo|nå|hm)\b/i,
  },
  en: {
    yesNo:
      /\b(yes|yeah|yep|no|nope|not|maybe|don't know|dunno|sort of|kind of|mm|suppose|bit of both|hard to say|not sure|hard to answer|not thought)\b/i,
    time: /\b(\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning\w*|afternoon|evening\w*|night\w*|week\w*|month\w*|years?|days?|weekend\w*|yesterday|tomorrow|never|always|soon|since|ago|o'clock|half|quarter|time\w*|september|march|summer|autumn|breaks?|when)\b/i,
    quantity:
      /\b(\d[\d\s.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|half|many|few|some|lot|lots|much|every|each|often|rarely|times?|pack|hours?|all the time|daily)\b/i,
    person:
      /\b(jonas|ida|linn|lene|roger|bamse|anders|emil|randi|aksel|nora|gran|mum|mother|dad|father|sister|brother|friends?|mates?|colleague|nobody|no one|myself|everyone|family|partner|kids|nurse)\b/i,
    place:
      /\b(home|outside|work|shop|centre|balcony|yard|town|farm|cabin|gym|flat|floor|arm|elbow|place|everywhere|nowhere|somewhere|inside|school|shelter|kitchen|here|campus|supermarket)\b/i,
    agree: /\b(yes|yeah|ok|okay|sure|fine|go ahead|go on|go for it|fire away|please|no|rather not|mm)\b/i,
    takes: /^(yes|yeah|no|not|well|mm|exactly|right|hm)\b/i,
  },
};

/** JavaScript's \b only knows ASCII letters: "næ" and "søster" need a Unicode word boundary. */
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const unicode = (re: RegExp) => new RegExp(re.source.replaceAll('\\b', BOUNDARY), `${re.flags}u`);
const W: Record<Lang, Words> = Object.fromEntries(
  Object.entries(RAW).map(([lang, ws]) => [
    lang,
    Object.fromEntries(Object.entries(ws).map(([k, re]) => [k, unicode(re)])),
  ]),
) as unknown as Record<Lang, Words>;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A bare yes or no: nothing but yes/no-ish words. */
function bare(text: string, lang: Lang): boolean {
  return words(text) <= 3 && W[lang].yesNo.test(text);
}

export interface CheckInput {
  kind: ProbeKind;
  lang: Lang;
  reply: string;
  /** The case's lines that answer nothing (confused, avoid): a reply made only of one of them fails. */
  nonAnswers: ReadonlySet<string>;
}

/** Whether the reply answers the kind of question asked. */
export function answersKind({ kind, lang, reply, nonAnswers }: CheckInput): boolean {
  const w = W[lang];
  const text = reply.trim();
  if (nonAnswers.has(text)) return false;
  switch (kind) {
    case 'yesNo':
      return w.yesNo.test(text);
    case 'permission':
      return w.agree.test(text);
    case 'reflection':
      return w.takes.test(text);
    case 'scaling':
      return /\b(10|[0-9])\b/.test(text);
    case 'when':
      return !bare(text, lang) && w.time.test(text);
    case 'howMany':
    case 'howOften':
      return !bare(text, lang) && w.quantity.test(text);
    case 'who':
      return !bare(text, lang) && w.person.test(text);
    case 'where':
      return !bare(text, lang) && w.place.test(text);
    default:
      // why, what/how, looking back or forward, hypothetical: something said, not a bare yes or no.
      return !bare(text, lang) && words(text) >= 5;
  }
}
