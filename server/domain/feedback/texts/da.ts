/** Danish tips: korte, konkrete, og de citerer øjeblikket, hvor de kan (types.ts). */
import type { FeedbackTexts } from './types.js';

export const da: FeedbackTexts = {
  codes: {
    QUESTION_OPEN: {
      kind: 'praise',
      wordings: [
        'Åbent spørgsmål: »{you}…« giver klienten plads til at udforske. Følg svaret op med en refleksion.',
        '»{you}…« inviterer til mere end ja eller nej. Reflektér svaret, før du spørger igen.',
        'Godt åbent spørgsmål. Følg svaret op med en refleksion.',
        'Godt: et åbent spørgsmål lader klienten styre. Lyt efter forandringsudsagn i svaret.',
      ],
    },
    QUESTION_CLOSED: {
      kind: 'suggestion',
      wordings: [
        '»{you}…« kan besvares med ét ord. Prøv »hvad« eller »hvordan«, eller reflektér i stedet.',
        'Kan »{you}…« blive et »hvad«- eller »hvordan«-spørgsmål? Mange lukkede spørgsmål bliver et forhør.',
        'Et lukket spørgsmål giver et kort svar. Prøv »hvad« eller »hvordan«, eller reflektér i stedet.',
        'Ja/nej-spørgsmål får klienten til at svare, ikke udforske. Prøv en refleksion.',
      ],
    },
    SIMPLE_REFLECTION: {
      kind: 'praise',
      wordings: [
        'Du gav »{said}« tilbage. Tilføj følelsen eller meningen nedenunder for at gøre refleksionen kompleks.',
        'En præcis refleksion af »{said}«. Et skridt videre: hvad kan det betyde for klienten?',
        'God refleksion. Tilføj følelsen eller meningen for at gøre den kompleks.',
        'Klienten hører sine egne ord igen: godt. Næste gang kan du gå et skridt videre.',
      ],
    },
    COMPLEX_REFLECTION: {
      kind: 'praise',
      wordings: [
        'Kompleks refleksion: du gik forbi »{said}« til, hvad det betyder. Lad klienten bekræfte eller rette.',
        'Du læste det, der ligger under »{said}«. En kort pause nu lader klienten gå dybere.',
        'Stærk kompleks refleksion: den går ud over ordene.',
        'Et gæt på meningen, ikke en gentagelse. Et »ja, og…« fra klienten viser, at den ramte.',
      ],
    },
    AFFIRM: {
      kind: 'praise',
      wordings: [
        '»{you}…« sætter ord på en styrke. Knyt den til det, klienten gjorde, med klientens ord.',
        'At anerkende det, der ligger bag »{said}«, peger på indsatsen, ikke din godkendelse. Hold det så konkret.',
        'God anerkendelse af en styrke eller indsats.',
        'Godt: du satte ord på noget, klienten gjorde, ikke bare »godt gået«.',
      ],
    },
    SEEKING_COLLABORATION: {
      kind: 'praise',
      wordings: [
        'Efter »{said}« holder det at finde ud af det sammen klienten i førersædet. Godt.',
        '»{you}…« gør planen fælles. Lad klienten styre detaljerne.',
        'Godt: du samarbejder med klienten.',
        'Godt: klienten er en partner her. Spørg, hvad hun eller han selv ville foreslå.',
      ],
    },
    EMPHASIZING_AUTONOMY: {
      kind: 'praise',
      wordings: [
        'Efter »{said}« holder du forandringen hos klienten ved at lade valget være klientens. Godt.',
        '»{you}…« lader beslutningen ligge hos klienten, og det sænker modstanden.',
        'Godt: valget bliver hos klienten.',
        'At sætte ord på klientens frihed til at vælge gør forandringen til klientens egen. Godt.',
      ],
    },
    GIVING_INFORMATION: {
      kind: 'suggestion',
      wordings: [
        'Information efter »{said}« rammer bedre, når den er ønsket. Tjek først, hvad klienten ved.',
        'Før »{you}…«: spørg om lov. Bagefter: spørg, hvad klienten tænker om det.',
        'Spørg først, hvad klienten allerede ved, og bagefter, hvad hun eller han tænker om det.',
        'Information rammer bedre, når den er ønsket: »Er det i orden, at jeg fortæller lidt om…?«',
      ],
    },
    PERSUADE: {
      kind: 'warning',
      wordings: [
        'Efter »{said}« inviterer pres for forandring til et »ja, men«. Spørg, hvad klienten selv tror, kan virke.',
        '»{you}…« presser på for forandring, så klienten vil nok argumentere imod. Spørg, hvad klienten tror, kan virke.',
        'Råd uden tilladelse giver modstand. Spørg om lov, og overlad valget til klienten.',
        'Overtalelse får klienten til at forsvare den anden side. Lok hellere klientens egne grunde frem.',
      ],
    },
    PERSUADE_WITH_PERMISSION: {
      kind: 'suggestion',
      wordings: [
        '»{you}…« kom med tilladelse. Spørg nu, hvad klienten tænker om det.',
        'Råd med tilladelse: spørg nu, hvad klienten tænker om det.',
        'Du spurgte først, godt. Tjek nu: »Hvordan passer det til dig?«',
        'Givet med tilladelse. Giv plads til et nej, og spørg, hvad klienten tænker.',
      ],
    },
    CONFRONT: {
      kind: 'warning',
      wordings: [
        'Klienten sagde »{said}«, og »{you}…« argumenterer imod. En refleksion af klientens side sænker uenigheden.',
        '»{you}…« advarer, skammer eller sætter etiket på, uanset hvor høfligt. Reflektér hellere »{said}«.',
        'At argumentere øger uenigheden. Reflektér hellere det, klienten sagde.',
        'Et spørgsmål, der advarer, er stadig konfrontation. Reflektér klientens side først.',
        'Konfrontation øger uenigheden og koster tillid. Spørg, hvad klienten tænker, eller reflektér klientens syn.',
      ],
    },
  },
  missedChangeTalk: {
    kind: 'suggestion',
    wordings: [
      'Klienten sagde lige »{said}«: et forandringsudsagn. Reflektér det tilbage, så klienten hører det igen.',
      'Et forandringsudsagn gik forbi: »{said}«. En refleksion af det lokker mere frem.',
      'Klienten kom lige med et forandringsudsagn. Reflektér det tilbage, så klienten hører det igen.',
    ],
  },
  scaling: {
    kind: 'praise',
    wordings: [
      'Godt skalaspørgsmål. Spørg så, hvorfor det ikke er et lavere tal: svaret er et forandringsudsagn.',
      'Et skalaspørgsmål: når du får tallet, så spørg, hvad der gør det så højt og ikke lavere.',
    ],
  },
  moments: {
    empty: {
      kind: 'suggestion',
      wordings: [
        'Der blev ikke sagt noget. Prøv en refleksion: »{reflect}«',
        'En tom tur lader klienten vente. Reflektér klientens sidste ord.',
      ],
    },
    junk: {
      kind: 'suggestion',
      wordings: [
        '»{you}« er ikke ord. Prøv en refleksion i stedet: »{reflect}«',
        'Det ligner en tastefejl. Prøv en refleksion af klientens sidste ord.',
        'Det blev ikke til ord. Reflektér det, klienten lige sagde.',
      ],
    },
    minimal: {
      kind: 'suggestion',
      wordings: [
        '»{you}« alene giver klienten lidt at gå videre med. Prøv en refleksion: »{reflect}«',
        'Et nøgent »{you}« holder samtalen i gang, men tilføjer intet. Reflektér, eller spørg »hvad« eller »hvordan«.',
        'En minimal opmuntring alene lader klienten bære samtalen. Tilføj en refleksion.',
      ],
    },
    offTopic: {
      kind: 'suggestion',
      wordings: [
        '»{you}…« ser ud til at forlade klientens emne. Gå tilbage til det, klienten sagde: »{reflect}«',
        'Denne tur ser ud til at være uden for emnet. Før den tilbage til klientens ord med en refleksion.',
        'Uden for emnet kan klienten føle sig overhørt. Reflektér hellere det sidste, klienten sagde.',
      ],
    },
  },
};
