/** Probe questions in Danish, typed as trainees type, written for the coherence benchmark. */
import type { Probes } from './types.js';

export const DA: Probes = {
  leadIn: [
    'Hvad er det, der gør, at du er her i dag?',
    'Det lyder som om, der sker meget for dig lige nu.',
    'Hvad er vigtigst for dig i alt det her?',
  ],
  probes: {
    yesNo: [
      'Ryger du hver dag?',
      'bor du sammen med nogen',
      'Ved din familie noget om det?',
      'Er det noget, du har snakket med nogen om?',
    ],
    when: [
      'Hvornår plejer det at ske?',
      'hvornår passer det dig at komme tilbage',
      'Hvor længe har det været sådan?',
      'Hvilken dag om ugen er roligst hos jer?',
    ],
    howMany: [
      'Hvor mange bliver det på en almindelig dag nu?',
      'hvor meget bruger du på det om måneden',
      'Hvor mange timer om dagen er du på telefonen?',
      'Hvor mange penge har I at gøre godt med?',
    ],
    howOften: [
      'Hvor tit tænker du på det?',
      'hvor ofte sker det i løbet af en uge',
      'Hvor tit ser du din familie?',
      'Hvor ofte har du ondt?',
    ],
    who: [
      'Hvem står dig nærmest i det her?',
      'hvem ville opdage det først, hvis det blev værre',
      'Hvem laver mest mad hjemme hos jer?',
      'Hvem snakker du med, når det er svært?',
    ],
    where: [
      'Hvor bor du nu?',
      'hvor er du mest, når det sker',
      'Hvor arbejder du?',
      'Hvor ryger du som regel?',
    ],
    why: [
      'Hvorfor er det vigtigt for dig?',
      'hvad er grunden til at du tøver',
      'Hvorfor lige nu?',
      'hvad gør at det er svært at lade være',
    ],
    whatHow: [
      'Hvad tænker du selv om det?',
      'hvordan har du det med alt det her',
      'Hvad ville være det bedste for dig?',
      'Hvordan ser en almindelig uge ud for dig?',
    ],
    scaling: [
      'På en skala fra 0 til 10, hvor vigtigt er det for dig?',
      'fra 0 til 10, hvor sikker er du på at du ville klare det',
      'Hvis 10 er helt klar, hvor er du så på skalaen?',
      'Hvor vigtigt er det på en skala fra 1 til 10?',
    ],
    lookingBack: [
      'Hvordan klarede du det sidste gang, du fik lavet en ændring?',
      'hvad var anderledes før',
      'Hvordan var det tidligere, før det blev sådan?',
      'Hvad lærte du af sidst, du prøvede?',
    ],
    lookingForward: [
      'Hvordan forestiller du dig livet om et år?',
      'hvad håber du på for fremtiden',
      'Hvad vil du gerne have, fremtiden bringer?',
      'hvordan vil du have det om fem år',
    ],
    hypothetical: [
      'Hvis du besluttede dig for det, hvordan ville du så gribe det an?',
      'hvad nu hvis det faktisk gik godt',
      'Forestil dig at det var gjort, hvad ville være anderledes?',
      'hvis intet stod i vejen, hvad ville du så gøre',
    ],
    permission: [
      'Må jeg fortælle lidt om, hvad andre i din situation har gjort?',
      'er det okay at jeg deler noget information',
      'Vil du høre, hvad programmet går ud på?',
      'Må jeg sige noget om, hvordan det plejer at gå?',
    ],
    reflection: [
      'Så du vil aldrig mere have noget med det her at gøre.',
      'Det lyder som om, du har besluttet dig helt.',
      'Du er usikker på, om det er det værd',
      'Så en del af dig vil, og en del af dig er skeptisk.',
    ],
  },
};
