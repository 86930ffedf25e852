import type { ReasonTexts } from './types.js';
import { pct } from './types.js';

export const en: ReasonTexts = {
  counsellor: {
    empty: () => 'nothing was said',
    backchannel: () => 'a minimal encourager or greeting',
    openQuestion: (c) => `a question starting with "${c.start}…" that invites a wide answer`,
    openRequest: (c) => `"${c.start}…" asks the client to tell more`,
    closedQuestion: (c) => `"${c.start}…" can be answered yes or no`,
    factQuestion: (c) => `"${c.start}…" asks for a fact`,
    orQuestion: () => 'offers a choice between options',
    statementQuestion: () => 'a statement said as a question: can be answered yes or no',
    scalingQuestion: () =>
      'a scaling question: answered with a number, so coded closed (it still evokes reasons)',
    permissionQuestion: (c) =>
      `asks permission ("${c.cue}"): a closed question that also seeks collaboration`,
    echoQuestion: (c) =>
      `repeats the client's words as a question to check them (${pct(c.overlap)} % overlap)`,
    infoQuestion: (c) => `information wrapped in a question ("${c.start}…")`,
    reflectiveQuestion: (c) =>
      `a statement with rising intonation that restates the client's words (${pct(c.overlap)}% overlap)`,
    simpleReflection: (c) =>
      `starts with "${c.start}…" and restates the client's words (${pct(c.overlap)}% overlap)`,
    shortReflection: () => 'a short phrase that gives back what the client is talking about',
    complexFeeling: (c) => `reflects a feeling the client did not name ("${c.cue}")`,
    complexDoubleSided: (c) => `double-sided: holds both sides of the ambivalence ("${c.cue}")`,
    complexMeaning: (c) => `adds meaning beyond the client's words ("${c.cue}")`,
    complexSummary: () => 'a summary that collects several things the client said',
    complexInference: (c) =>
      `goes beyond the client's words (${pct(c.overlap)}% overlap): a guess at the meaning`,
    affirm: (c) => `recognises the client's strength or effort ("${c.cue}")`,
    praise: () => 'general praise, not tied to something the client did',
    seek: (c) => `invites the client to work together ("${c.cue}")`,
    permission: (c) => `asks permission ("${c.cue}")`,
    autonomy: (c) => `emphasises the client's choice ("${c.cue}")`,
    persuade: (c) => `advice or an argument for change without permission ("${c.cue}")`,
    historyQuestion: (c) =>
      `asking what was tried before ("${c.start}…?") can be answered yes or no: history, not advice`,
    adviceQuestion: (c) => `advice wrapped in a question ("${c.start}…")`,
    persuadePermission: () => 'advice given after permission, or with the choice left to the client',
    confront: (c) => `argues with, labels or shames the client ("${c.cue}")`,
    disguisedConfront: (c) => `warns, shames or labels the client, however politely put ("${c.cue}")`,
    verdict: (c) => `passes a verdict on the client's behaviour ("${c.cue}")`,
    pushedFact: (c) => `a fact about harm held over the client as a warning ("${c.cue}")`,
    information: (c) => (c.cue ? `gives information ("${c.cue}")` : 'a statement of fact or explanation'),
    selfOrStructure: () => 'about the counsellor or the session, not the client',
    model: (c) =>
      `no single rule decided it; the coder's trained model reads it as this code (${pct(c.confidence)} %)`,
    ownVoice: () => "the counsellor's own view or wish, said to the client: input, not a reflection",
    other: () => 'no MI behaviour recognised',
  },
  client: {
    backchannel: () => 'a short acknowledgement',
    answer: () => 'answers a question asked in that direction',
    neutral: () => 'neither for nor against change',
    negatedChange: (a) => `speaks against change ("${a.cue}")`,
    heldOff: (a) => `names the change only to hold it off ("${a.cue}")`,
    sustain: (a) => `speaks for the status quo ("${a.cue}")`,
    wording: () => 'no cue of its own; the wording as a whole leans this way (word model)',
    model: (a) =>
      `no single cue decided it; the coder's trained model reads it this way (${pct(a.confidence)} %)`,
    thirdPerson: () => "about someone else, not the client's own motivation",
    reported: (a) => `someone else's words or wish for the client ("${a.cue}"), not the client's own`,
    hedge: (a) => `a hedge or not knowing what to say ("${a.cue}")`,
    desire: (a) => `desire to change ("${a.cue}")`,
    ability: (a) => `ability to change ("${a.cue}")`,
    reasons: (a) => `a reason for change ("${a.cue}")`,
    need: (a) => `need to change ("${a.cue}")`,
    commitment: (a) => `commitment ("${a.cue}")`,
    activation: (a) => `ready to act ("${a.cue}")`,
    takingSteps: (a) => `has taken a step ("${a.cue}")`,
  },
};
