import type { ReasonTexts } from './types.js';
import { pct } from './types.js';

export const nb: ReasonTexts = {
  counsellor: {
    empty: () => 'ingenting ble sagt',
    backchannel: () => 'en kort oppmuntring eller hilsen',
    openQuestion: (c) => `et spørsmål som starter med «${c.start}…» og åpner for et bredt svar`,
    openRequest: (c) => `«${c.start}…» ber klienten fortelle mer`,
    closedQuestion: (c) => `«${c.start}…» kan besvares med ja eller nei`,
    factQuestion: (c) => `«${c.start}…» spør etter et faktum`,
    orQuestion: () => 'gir et valg mellom alternativer',
    statementQuestion: () => 'en påstand sagt som et spørsmål: kan besvares med ja eller nei',
    scalingQuestion: () =>
      'et skalaspørsmål: besvares med et tall, derfor lukket (det lokker likevel fram grunner)',
    permissionQuestion: (c) => `ber om lov («${c.cue}»): et lukket spørsmål som også søker samarbeid`,
    echoQuestion: (c) => `gjentar klientens ord som et spørsmål for å sjekke (${pct(c.overlap)} % overlapp)`,
    infoQuestion: (c) => `informasjon pakket inn i et spørsmål («${c.start}…»)`,
    reflectiveQuestion: (c) =>
      `en påstand med stigende tonefall som gjentar klientens ord (${pct(c.overlap)} % overlapp)`,
    simpleReflection: (c) =>
      `starter med «${c.start}…» og gjentar klientens ord (${pct(c.overlap)} % overlapp)`,
    shortReflection: () => 'en kort frase som gir tilbake det klienten snakker om',
    complexFeeling: (c) => `speiler en følelse klienten ikke sa selv («${c.cue}»)`,
    complexDoubleSided: (c) => `tosidig: holder begge sider av ambivalensen («${c.cue}»)`,
    complexMeaning: (c) => `legger til mening utover klientens ord («${c.cue}»)`,
    complexSummary: () => 'en oppsummering som samler flere ting klienten har sagt',
    complexInference: (c) =>
      `går utover klientens ord (${pct(c.overlap)} % overlapp): en gjetning på meningen`,
    affirm: (c) => `anerkjenner klientens styrke eller innsats («${c.cue}»)`,
    praise: () => 'generell ros, ikke knyttet til noe klienten har gjort',
    seek: (c) => `inviterer klienten til samarbeid («${c.cue}»)`,
    permission: (c) => `ber om lov («${c.cue}»)`,
    autonomy: (c) => `understreker klientens valg («${c.cue}»)`,
    persuade: (c) => `råd eller argument for endring uten tillatelse («${c.cue}»)`,
    historyQuestion: (c) =>
      `et spørsmål om hva som er prøvd før («${c.start}…?») kan besvares med ja eller nei: historikk, ikke et råd`,
    adviceQuestion: (c) => `et råd pakket inn i et spørsmål («${c.start}…»)`,
    persuadePermission: () => 'råd gitt etter tillatelse, eller med valget overlatt til klienten',
    confront: (c) => `argumenterer mot, setter merkelapp på eller skammer klienten («${c.cue}»)`,
    disguisedConfront: (c) =>
      `advarer, skammer eller setter merkelapp på klienten, uansett hvor høflig («${c.cue}»)`,
    verdict: (c) => `feller en dom over det klienten gjør («${c.cue}»)`,
    pushedFact: (c) => `et faktum om skade holdt over klienten som en advarsel («${c.cue}»)`,
    information: (c) => (c.cue ? `gir informasjon («${c.cue}»)` : 'en faktaopplysning eller forklaring'),
    selfOrStructure: () => 'handler om rådgiveren eller samtalen, ikke klienten',
    model: (c) =>
      `ingen enkeltregel avgjorde; koderens trente modell leser det som denne koden (${pct(c.confidence)} %)`,
    ownVoice: () => 'rådgiverens eget syn eller ønske, sagt til klienten: innspill, ikke en refleksjon',
    other: () => 'ingen MI-atferd gjenkjent',
  },
  client: {
    backchannel: () => 'en kort bekreftelse',
    answer: () => 'svarer på et spørsmål stilt i den retningen',
    neutral: () => 'verken for eller mot endring',
    negatedChange: (a) => `snakker mot endring («${a.cue}»)`,
    heldOff: (a) => `nevner endringen bare for å holde den unna («${a.cue}»)`,
    sustain: (a) => `snakker for å fortsette som før («${a.cue}»)`,
    wording: () => 'ingen egen markør; ordlyden som helhet heller denne veien (ordmodell)',
    model: (a) =>
      `ingen enkelt markør avgjorde; koderens trente modell leser det slik (${pct(a.confidence)} %)`,
    thirdPerson: () => 'handler om noen andre, ikke klientens egen motivasjon',
    reported: (a) => `noen andres ord eller ønske for klienten («${a.cue}»), ikke klientens eget`,
    hedge: (a) => `en forbeholden eller usikker ytring («${a.cue}»)`,
    desire: (a) => `ønske om endring («${a.cue}»)`,
    ability: (a) => `evne til endring («${a.cue}»)`,
    reasons: (a) => `en grunn til endring («${a.cue}»)`,
    need: (a) => `behov for endring («${a.cue}»)`,
    commitment: (a) => `forpliktelse («${a.cue}»)`,
    activation: (a) => `klar til å handle («${a.cue}»)`,
    takingSteps: (a) => `har tatt et steg («${a.cue}»)`,
  },
};
