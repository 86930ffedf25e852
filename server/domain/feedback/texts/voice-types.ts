/**
 * How a suggested alternative speaks: in the counsellor's voice about the client, never the client's words said
 * back in the first person. Per language: the question forms a reflection turns into a statement, the frames for
 * words that hold no "I" to turn, and what fits a client in discord.
 */
export interface VoiceTexts {
  /** A wish said as a question ("Can't we just sort out the arm now?"): the wish is the first group. */
  wish: RegExp;
  /** The reflection of that wish, before the wish itself ("You'd rather just "). */
  wishFrame: string;
  /** "What should I do?": question word, verb, rest (groups 1–3), reflected as wondering. */
  wonder: RegExp;
  /** The reflection of that question: {q} the question word, {v} the verb, {rest} the rest. */
  wonderFrame: string;
  /** English auxiliaries that change or drop after "you" ("what do I do" → "what you do"). */
  auxAfterYou: Readonly<Record<string, string>>;
  /** Any other question: the wish for an answer, not the question said back. */
  asking: string;
  /** Not knowing what to say ("That's hard to answer"): reflected as the uncertainty it is. */
  unsure: string;
  /** Words with no "I" in them to turn, framed as heard ("It sounds like {x}."). */
  heard: string;
  /** The client's "you" is the counsellor: turned to the counsellor's "I" ("you don't get it" → "I don't get it"). */
  counsellorSelf: readonly (readonly [RegExp, string])[];
  /** Cues of discord in the client's words ("leave me alone", "kan vi ikke bare…"). */
  discord: RegExp;
  /** The discord reflected, when the client's words give nothing better to reflect. */
  discordReflect: string;
  /** The client's autonomy, said at high discord instead of another question. */
  autonomy: string;
}
