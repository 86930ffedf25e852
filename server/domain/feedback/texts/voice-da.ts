/** Den danske stemme i alternativerne (voice-types.ts). */
import type { VoiceTexts } from './voice-types.js';

export const voiceDa: VoiceTexts = {
  wish: /^(?:hvorfor )?(?:kan|kunne) vi (?:ikke )?(?:bare )?(.+?)[?.!]*$/iu,
  wishFrame: 'Du vil helst bare ',
  wonder:
    /^(?:så )?(hvad|hvordan|hvorfor|hvornår|hvor) (skal|kan|bør|må|burde|gør) (?:jeg|vi) (.+?)[?.!]*$/iu,
  wonderFrame: 'Du spekulerer på, {q} du {v} {rest}',
  auxAfterYou: {},
  asking: 'Du vil gerne have et klart svar på det.',
  unsure: 'Det er ikke så let at sige, hvor du står i det her.',
  heard: 'Det lyder, som om {x}',
  counsellorSelf: [
    [/(?<![\p{L}])du(?![\p{L}])/giu, 'jeg'],
    [/(?<![\p{L}])dig(?![\p{L}])/giu, 'mig'],
    [/(?<![\p{L}])dit(?![\p{L}])/giu, 'mit'],
    [/(?<![\p{L}])dine(?![\p{L}])/giu, 'mine'],
    [/(?<![\p{L}])din(?![\p{L}])/giu, 'min'],
  ],
  discord:
    /(?<![\p{L}])(?:lad mig være|du forstår ikke|hold op med at (?:belære|mase|prædike)|let for dig at sige|hvad ved du|kan vi ikke bare|gider ikke (?:tale|snakke) om|ikke nu igen|hvorfor skal alle|rager ikke dig)(?![\p{L}])/iu,
  discordReflect: 'Det lyder, som om jeg har presset på, og at du har fået nok.',
  autonomy: 'Det er dig, der bestemmer, om du vil gøre noget ved det.',
};
