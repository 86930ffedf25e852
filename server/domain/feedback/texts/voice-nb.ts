/** Bokmål-stemmen i alternativene (voice-types.ts). */
import type { VoiceTexts } from './voice-types.js';

export const voiceNb: VoiceTexts = {
  wish: /^(?:hvorfor )?(?:kan|kunne) vi (?:ikke )?(?:bare )?(.+?)[?.!]*$/iu,
  wishFrame: 'Du vil helst bare ',
  wonder: /^(?:så )?(hva|hvordan|hvorfor|når|hvor) (skal|kan|bør|må|burde|gjør) (?:jeg|vi) (.+?)[?.!]*$/iu,
  wonderFrame: 'Du lurer på {q} du {v} {rest}',
  auxAfterYou: {},
  asking: 'Du vil gjerne ha et klart svar på det.',
  unsure: 'Det er ikke så lett å si hvor du står i dette.',
  heard: 'Det høres ut som om {x}',
  counsellorSelf: [
    [/(?<![\p{L}])du(?![\p{L}])/giu, 'jeg'],
    [/(?<![\p{L}])deg(?![\p{L}])/giu, 'meg'],
    [/(?<![\p{L}])ditt(?![\p{L}])/giu, 'mitt'],
    [/(?<![\p{L}])dine(?![\p{L}])/giu, 'mine'],
    [/(?<![\p{L}])din(?![\p{L}])/giu, 'min'],
  ],
  discord:
    /(?<![\p{L}])(?:la meg være|du skjønner ikke|du forstår ikke|slutt å mase|lett for deg å si|hva vet du|kan vi ikke bare|vil ikke snakke om|ikke nå igjen|hvorfor skal alle|har ikke noe med deg å gjøre)(?![\p{L}])/iu,
  discordReflect: 'Det høres ut som jeg har mast, og at du har fått nok.',
  autonomy: 'Det er du som bestemmer om du vil gjøre noe med det.',
};
