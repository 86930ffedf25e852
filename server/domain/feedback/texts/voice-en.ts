/** English voice of the alternatives (voice-types.ts). */
import type { VoiceTexts } from './voice-types.js';

export const voiceEn: VoiceTexts = {
  wish: /^(?:why )?(?:can't|cannot|couldn't|can|could) we (?:not )?(?:just )?(.+?)[?.!]*$/iu,
  wishFrame: "You'd rather just ",
  wonder:
    /^(?:so )?(what|how|when|where|why) (should|can|could|do|would|will|am|shall) (?:i|we) (.+?)[?.!]*$/iu,
  wonderFrame: "You're wondering {q} you {v} {rest}",
  auxAfterYou: { do: '', am: 'are', shall: 'should' },
  asking: "You'd like a straight answer on that.",
  unsure: "It's not easy to say where you stand on this.",
  heard: 'It sounds like {x}',
  counsellorSelf: [
    [/(?<![\p{L}'])you're(?![\p{L}])/giu, "I'm"],
    [/(?<![\p{L}'])you've(?![\p{L}])/giu, "I've"],
    [/(?<![\p{L}'])yourself(?![\p{L}])/giu, 'myself'],
    [/(?<![\p{L}'])your(?![\p{L}])/giu, 'my'],
    [/(?:^|(?<=\b(?:that|if|when|because|and|but|so) ))you(?![\p{L}'])/giu, 'I'],
    [/(?<![\p{L}'])you(?![\p{L}'])/giu, 'me'],
  ],
  discord:
    /(?<![\p{L}])(?:leave me alone|you don't (?:understand|get it|listen)|stop (?:nagging|lecturing|going on)|easy for you to say|what do you know|can't we just|can we just|don't want to talk about|not this again|why does everyone|none of your business)(?![\p{L}])/iu,
  discordReflect: "It sounds like I've been pushing, and you've had enough of it.",
  autonomy: "It's your call what, if anything, you do about it.",
};
