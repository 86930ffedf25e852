/** Probe questions in bokmål, typed as trainees type, written for the coherence benchmark. */
import type { Probes } from './types.js';

export const NB: Probes = {
  leadIn: [
    'Hva er det som gjør at du er her i dag?',
    'Det høres ut som det er mye som skjer hos deg nå.',
    'Hva er viktigst for deg i alt dette?',
  ],
  probes: {
    yesNo: [
      'Røyker du hver dag?',
      'bor du sammen med noen',
      'Vet familien din om dette?',
      'Er det noe du har snakket med noen om?',
    ],
    when: [
      'Når pleier det å skje?',
      'når passer det deg å komme tilbake',
      'Hvor lenge har det vært sånn?',
      'Hvilken dag i uka er roligst hos dere?',
    ],
    howMany: [
      'Hvor mange blir det på en vanlig dag nå?',
      'hvor mye bruker du på det i måneden',
      'Hvor mange timer om dagen er du på mobilen?',
      'Hvor mye penger har dere å rutte med?',
    ],
    howOften: [
      'Hvor ofte tenker du på det?',
      'hvor ofte skjer det i løpet av en uke',
      'Hvor ofte ser du familien din?',
      'Hvor ofte har du vondt?',
    ],
    who: [
      'Hvem står deg nærmest oppi dette?',
      'hvem ville merket det først om ting ble verre',
      'Hvem lager mest mat hjemme hos dere?',
      'Hvem er det du snakker med når det butter?',
    ],
    where: [
      'Hvor bor du nå?',
      'hvor er du mest når det skjer',
      'Hvor jobber du?',
      'Hvor røyker du som regel?',
    ],
    why: [
      'Hvorfor er det viktig for deg?',
      'hva er grunnen til at du nøler',
      'Hvorfor nå, akkurat?',
      'hva gjør at det er vanskelig å la være',
    ],
    whatHow: [
      'Hva tenker du om det selv?',
      'hvordan har du det med alt dette',
      'Hva ville vært det beste for deg?',
      'Hvordan ser en vanlig uke ut for deg?',
    ],
    scaling: [
      'På en skala fra 0 til 10, hvor viktig er det for deg?',
      'fra 0 til 10, hvor sikker er du på at du ville klart det',
      'Hvis 10 er helt klar, hvor er du på skalaen?',
      'Hvor viktig er det på en skala fra 1 til 10?',
    ],
    lookingBack: [
      'Hvordan klarte du det forrige gang du fikk til en endring?',
      'hva var annerledes før',
      'Hvordan var det tidligere, før dette ble sånn?',
      'Hva lærte du av sist du prøvde?',
    ],
    lookingForward: [
      'Hvordan ser du for deg livet om et år?',
      'hva håper du på for framtida',
      'Hva vil du at fremtiden skal bringe?',
      'hvordan vil du ha det om fem år',
    ],
    hypothetical: [
      'Hvis du bestemte deg for det, hvordan ville du gått fram?',
      'hva om det faktisk gikk bra',
      'Tenk deg at det var gjort, hva ville vært annerledes?',
      'hvis ingenting sto i veien, hva ville du gjort',
    ],
    permission: [
      'Kan jeg fortelle litt om hva andre i din situasjon har gjort?',
      'er det greit at jeg deler noe informasjon',
      'Vil du høre hva programmet går ut på?',
      'Kan jeg si noe om hvordan det pleier å gå?',
    ],
    reflection: [
      'Så du vil aldri mer ha noe med dette å gjøre.',
      'Det høres ut som du har bestemt deg helt.',
      'Du er usikker på om det er verdt det',
      'Så en del av deg vil, og en del av deg er skeptisk.',
    ],
  },
};
