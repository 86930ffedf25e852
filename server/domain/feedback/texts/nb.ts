/** Norwegian (bokmål) tips: korte, konkrete, og de siterer øyeblikket der de kan (types.ts). */
import type { FeedbackTexts } from './types.js';

export const nb: FeedbackTexts = {
  codes: {
    QUESTION_OPEN: {
      kind: 'praise',
      wordings: [
        'Åpent spørsmål: «{you}…» gir klienten rom til å utforske. Følg svaret opp med en refleksjon.',
        '«{you}…» inviterer til mer enn ja eller nei. Reflekter svaret før du spør igjen.',
        'Godt åpent spørsmål. Følg svaret opp med en refleksjon.',
        'Bra: et åpent spørsmål lar klienten styre. Lytt etter endringssnakk i svaret.',
      ],
    },
    QUESTION_CLOSED: {
      kind: 'suggestion',
      wordings: [
        '«{you}…» kan besvares med ett ord. Prøv «hva» eller «hvordan», eller reflekter i stedet.',
        'Kan «{you}…» bli et «hva»- eller «hvordan»-spørsmål? Mange lukkede spørsmål blir et avhør.',
        'Et lukket spørsmål gir et kort svar. Prøv «hva» eller «hvordan», eller reflekter i stedet.',
        'Ja/nei-spørsmål får klienten til å svare, ikke utforske. Prøv en refleksjon.',
      ],
    },
    SIMPLE_REFLECTION: {
      kind: 'praise',
      wordings: [
        'Du ga tilbake «{said}». Legg til følelsen eller meningen under for å gjøre refleksjonen kompleks.',
        'En treffende refleksjon av «{said}». Et steg videre: hva kan det bety for klienten?',
        'God refleksjon. Legg til følelsen eller meningen for å gjøre den kompleks.',
        'Klienten hører sine egne ord igjen: bra. Neste gang kan du gå et steg forbi dem.',
      ],
    },
    COMPLEX_REFLECTION: {
      kind: 'praise',
      wordings: [
        'Kompleks refleksjon: du gikk forbi «{said}» til hva det betyr. La klienten bekrefte eller rette.',
        'Du leste det som ligger under «{said}». En kort pause nå lar klienten gå dypere.',
        'Sterk kompleks refleksjon: den går utover ordene.',
        'En gjetning på meningen, ikke en gjentakelse. Et «ja, og…» fra klienten viser at den traff.',
      ],
    },
    AFFIRM: {
      kind: 'praise',
      wordings: [
        '«{you}…» setter ord på en styrke. Knytt den til det klienten gjorde, med hens ord.',
        'Å bekrefte det som ligger bak «{said}» peker på innsatsen, ikke din godkjenning. Hold det så konkret.',
        'God bekreftelse av en styrke eller innsats.',
        'Bra: du satte ord på noe klienten gjorde, ikke bare «bra jobba».',
      ],
    },
    SEEKING_COLLABORATION: {
      kind: 'praise',
      wordings: [
        'Etter «{said}» holder det å finne ut av det sammen klienten i førersetet. Bra.',
        '«{you}…» gjør planen felles. La klienten styre detaljene.',
        'Bra: du samarbeider med klienten.',
        'Bra: klienten er en partner her. Spør hva hen selv ville foreslått.',
      ],
    },
    EMPHASIZING_AUTONOMY: {
      kind: 'praise',
      wordings: [
        'Etter «{said}» holder du endringen hos klienten ved å la valget være hens. Bra.',
        '«{you}…» lar avgjørelsen ligge hos klienten, og det senker motstanden.',
        'Bra: valget blir hos klienten.',
        'Å sette ord på klientens frihet til å velge gjør endringen til hens egen. Bra.',
      ],
    },
    GIVING_INFORMATION: {
      kind: 'suggestion',
      wordings: [
        'Informasjon etter «{said}» treffer bedre når den er ønsket. Sjekk først hva klienten vet.',
        'Før «{you}…»: be om lov. Etterpå: spør hva klienten tenker om det.',
        'Spør først hva klienten allerede vet, og etterpå hva hen tenker om det.',
        'Informasjon treffer bedre når den er ønsket: «Er det greit at jeg forteller litt om…?»',
      ],
    },
    PERSUADE: {
      kind: 'warning',
      wordings: [
        'Etter «{said}» inviterer press mot endring til et «ja, men». Spør hva klienten selv tror kan virke.',
        '«{you}…» presser på for endring, så klienten vil trolig argumentere imot. Spør hva hen tror kan virke.',
        'Råd uten tillatelse gir motstand. Be om lov og overlat valget til klienten.',
        'Overtalelse får klienten til å forsvare den andre siden. Lokk heller fram klientens egne grunner.',
      ],
    },
    PERSUADE_WITH_PERMISSION: {
      kind: 'suggestion',
      wordings: [
        '«{you}…» kom med tillatelse. Spør nå hva klienten tenker om det.',
        'Råd med tillatelse: spør nå hva klienten tenker om det.',
        'Du spurte først, bra. Sjekk nå: «Hvordan passer det for deg?»',
        'Gitt med tillatelse. Gi rom for et nei, og spør hva klienten tenker.',
      ],
    },
    CONFRONT: {
      kind: 'warning',
      wordings: [
        'Klienten sa «{said}», og «{you}…» argumenterer imot. En refleksjon av hens side senker uenigheten.',
        '«{you}…» advarer, skammer eller setter merkelapp, uansett hvor høflig. Reflekter heller «{said}».',
        'Å argumentere øker uenigheten. Reflekter heller det klienten sa.',
        'Et spørsmål som advarer er fortsatt konfrontasjon. Reflekter klientens side først.',
        'Konfrontasjon øker uenigheten og koster tillit. Spør hva klienten tenker, eller reflekter hens syn.',
      ],
    },
  },
  missedChangeTalk: {
    kind: 'suggestion',
    wordings: [
      'Klienten sa nettopp «{said}»: endringssnakk. Reflekter det tilbake så hen hører det igjen.',
      'Endringssnakk gikk forbi: «{said}». En refleksjon av det lokker fram mer.',
      'Klienten uttrykte nettopp endringssnakk. Reflekter det tilbake så hen hører det igjen.',
    ],
  },
  scaling: {
    kind: 'praise',
    wordings: [
      'Godt skalaspørsmål. Spør så hvorfor det ikke er et lavere tall: svaret er endringssnakk.',
      'Et skalaspørsmål: når du får tallet, spør hva som gjør det så høyt og ikke lavere.',
    ],
  },
  moments: {
    empty: {
      kind: 'suggestion',
      wordings: [
        'Ingenting ble sagt. Prøv en refleksjon: «{reflect}»',
        'En tom tur lar klienten vente. Reflekter klientens siste ord.',
      ],
    },
    junk: {
      kind: 'suggestion',
      wordings: [
        '«{you}» er ikke ord. Prøv en refleksjon i stedet: «{reflect}»',
        'Det ser ut som en feiltast. Prøv en refleksjon av klientens siste ord.',
        'Det ble ikke ord. Reflekter det klienten nettopp sa.',
      ],
    },
    minimal: {
      kind: 'suggestion',
      wordings: [
        '«{you}» alene gir klienten lite å gå videre på. Prøv en refleksjon: «{reflect}»',
        'Et nakent «{you}» holder samtalen i gang, men tilfører ingenting. Reflekter, eller spør «hva» eller «hvordan».',
        'En minimal oppmuntring alene lar klienten bære samtalen. Legg til en refleksjon.',
      ],
    },
    offTopic: {
      kind: 'suggestion',
      wordings: [
        '«{you}…» ser ut til å forlate klientens tema. Gå tilbake til det hen sa: «{reflect}»',
        'Denne turen ser ut til å være utenfor temaet. Før den tilbake til klientens ord med en refleksjon.',
        'Utenfor temaet kan klienten føle seg oversett. Reflekter heller det siste hen sa.',
      ],
    },
  },
};
