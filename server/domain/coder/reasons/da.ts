import type { ReasonTexts } from './types.js';
import { pct } from './types.js';

export const da: ReasonTexts = {
  counsellor: {
    empty: () => 'der blev ikke sagt noget',
    backchannel: () => 'en kort opmuntring eller hilsen',
    openQuestion: (c) => `et spørgsmål der starter med »${c.start}…« og åbner for et bredt svar`,
    openRequest: (c) => `»${c.start}…« beder klienten fortælle mere`,
    closedQuestion: (c) => `»${c.start}…« kan besvares med ja eller nej`,
    factQuestion: (c) => `»${c.start}…« spørger efter et faktum`,
    orQuestion: () => 'giver et valg mellem muligheder',
    statementQuestion: () => 'et udsagn sagt som et spørgsmål: kan besvares med ja eller nej',
    scalingQuestion: () =>
      'et skalaspørgsmål: besvares med et tal, derfor lukket (det fremkalder stadig grunde)',
    permissionQuestion: (c) => `beder om lov (»${c.cue}«): et lukket spørgsmål, der også søger samarbejde`,
    echoQuestion: (c) =>
      `gentager klientens ord som et spørgsmål for at tjekke (${pct(c.overlap)} % overlap)`,
    infoQuestion: (c) => `information pakket ind i et spørgsmål (»${c.start}…«)`,
    reflectiveQuestion: (c) =>
      `et udsagn med stigende tonefald der gentager klientens ord (${pct(c.overlap)} % overlap)`,
    simpleReflection: (c) =>
      `starter med »${c.start}…« og gentager klientens ord (${pct(c.overlap)} % overlap)`,
    shortReflection: () => 'en kort sætning der giver det tilbage, klienten taler om',
    complexFeeling: (c) => `spejler en følelse klienten ikke selv nævnte (»${c.cue}«)`,
    complexDoubleSided: (c) => `tosidet: rummer begge sider af ambivalensen (»${c.cue}«)`,
    complexMeaning: (c) => `lægger mening til ud over klientens ord (»${c.cue}«)`,
    complexSummary: () => 'en opsummering der samler flere ting klienten har sagt',
    complexInference: (c) => `går ud over klientens ord (${pct(c.overlap)} % overlap): et gæt på meningen`,
    affirm: (c) => `anerkender klientens styrke eller indsats (»${c.cue}«)`,
    praise: () => 'generel ros, ikke knyttet til noget klienten har gjort',
    seek: (c) => `inviterer klienten til samarbejde (»${c.cue}«)`,
    permission: (c) => `beder om lov (»${c.cue}«)`,
    autonomy: (c) => `understreger klientens valg (»${c.cue}«)`,
    persuade: (c) => `råd eller argument for forandring uden tilladelse (»${c.cue}«)`,
    historyQuestion: (c) =>
      `et spørgsmål om, hvad der er prøvet før (»${c.start}…?«), kan besvares med ja eller nej: historik, ikke et råd`,
    adviceQuestion: (c) => `et råd pakket ind i et spørgsmål (»${c.start}…«)`,
    persuadePermission: () => 'råd givet efter tilladelse, eller med valget overladt til klienten',
    confront: (c) => `argumenterer imod, sætter etiket på eller skammer klienten (»${c.cue}«)`,
    disguisedConfront: (c) =>
      `advarer, skammer eller sætter etiket på klienten, uanset hvor høfligt (»${c.cue}«)`,
    verdict: (c) => `feller en dom over det, klienten gør (»${c.cue}«)`,
    pushedFact: (c) => `en kendsgerning om skade holdt over klienten som en advarsel (»${c.cue}«)`,
    information: (c) => (c.cue ? `giver information (»${c.cue}«)` : 'en faktuel oplysning eller forklaring'),
    selfOrStructure: () => 'handler om rådgiveren eller samtalen, ikke klienten',
    model: (c) =>
      `ingen enkelt regel afgjorde det; koderens trænede model læser det som denne kode (${pct(c.confidence)} %)`,
    ownVoice: () => 'rådgiverens eget syn eller ønske, sagt til klienten: input, ikke en refleksion',
    other: () => 'ingen MI-adfærd genkendt',
  },
  client: {
    backchannel: () => 'en kort bekræftelse',
    answer: () => 'svarer på et spørgsmål stillet i den retning',
    neutral: () => 'hverken for eller imod forandring',
    negatedChange: (a) => `taler imod forandring (»${a.cue}«)`,
    heldOff: (a) => `nævner forandringen kun for at holde den på afstand (»${a.cue}«)`,
    sustain: (a) => `taler for at fortsætte som før (»${a.cue}«)`,
    wording: () => 'ingen egen markør; ordlyden som helhed hælder denne vej (ordmodel)',
    model: (a) =>
      `ingen enkelt markør afgjorde det; koderens trænede model læser det sådan (${pct(a.confidence)} %)`,
    thirdPerson: () => 'handler om en anden, ikke klientens egen motivation',
    reported: (a) => `en andens ord eller ønske for klienten (»${a.cue}«), ikke klientens eget`,
    hedge: (a) => `et forbehold eller usikkerhed om, hvad der skal siges (»${a.cue}«)`,
    desire: (a) => `ønske om forandring (»${a.cue}«)`,
    ability: (a) => `evne til forandring (»${a.cue}«)`,
    reasons: (a) => `en grund til forandring (»${a.cue}«)`,
    need: (a) => `behov for forandring (»${a.cue}«)`,
    commitment: (a) => `forpligtelse (»${a.cue}«)`,
    activation: (a) => `klar til at handle (»${a.cue}«)`,
    takingSteps: (a) => `har taget et skridt (»${a.cue}«)`,
  },
};
