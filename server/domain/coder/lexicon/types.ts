/**
 * What a language contributes to the coder. The rules are written once (counsellor/, client/) and read
 * everything language-specific from here, so adding a language is adding one lexicon file.
 */
import type { Lang } from '../../codes.js';

export interface ClientLexicon {
  desire: RegExp;
  ability: RegExp;
  reasons: RegExp;
  need: RegExp;
  commitment: RegExp;
  activation: RegExp;
  takingSteps: RegExp;
  /** "Why should I…": a question word before a change cue makes it a rhetorical doubt of the change. */
  why: RegExp;
  /** "Not that I've decided…": a change cue right after it is held at arm's length, neither for nor against. */
  notThat: RegExp;
  /** A plan in time ("tonight", "tomorrow", "on Monday"): with "I" and no negation, commitment. */
  soon: RegExp;
  /** Status-quo families beyond the phrase list: can't / no time / fine / enjoy / others against / giving up. */
  sustainFamily: RegExp;
  /** Change families: problem recognition, agreeing a change would help, a plan that could work. */
  changeFamily: RegExp;
  /** Statements for the status quo that are not simply negated change talk ("it helps me relax"). */
  sustain: RegExp;
  /** A negation close before a change-talk cue turns it into sustain talk ("I don't want to"). */
  negation: RegExp;
  /** Negated status quo is change talk ("I don't want to keep drinking like this"). */
  changeByNegation: RegExp;
  /** A counsellor turn that asks toward change ("what worries you about…", "why would you want to…"). */
  askedTowardChange: RegExp;
  /** A counsellor turn that asks toward the status quo ("what do you like about…", "what gets in the way"). */
  askedTowardSustain: RegExp;
  /** A "but" that turns the sentence after a change cue ("…, but I just can't"). */
  butClause: RegExp;
  /** A bare yes / no. */
  yes: RegExp;
  no: RegExp;
  /** Words that hedge a change-talk cue back to neutral or mark a third person as subject. */
  otherSubject: RegExp;
  /**
   * Someone else's words or wish about the client, up to the client's "I" ("the doctor said I", "legen sa jeg",
   * "min mor synes, jeg", "my wife wants me to"): a change cue after it is theirs, not the client's own.
   */
  reported: RegExp;
  /** The client taking up what someone else said ("…and she's right", "og det har hun ret i", "I agree"). */
  adopts: RegExp;
  /**
   * Hedges and not knowing what to say ("I don't know what to say", "jeg vet ikke hva jeg skal svare", "det er
   * svært at svare på"): neutral, whatever "skal" or "hard" they contain.
   */
  hedge: RegExp;
}

/**
 * Confrontation and persuasion in disguise (lexicon/disguise-*.ts): MITI 4.2.1 codes the behaviour, not the form,
 * so a question that warns or shames, a label, a prediction of a bad end or a fact held over the client with a
 * knowing tag is Confront or Persuade however politely it is put.
 */
export interface DisguiseLexicon {
  /**
   * Warning, guilt and shaming questions ("have you thought about what your daughter will think", "are you aware how
   * dangerous…"), labels, predictions ("I've seen many like you"), "if you really wanted to": Confront in any form.
   */
  shaming: RegExp;
  /** An apology or a hard word taken back ("I didn't mean that you're…"): repair, never Confront. */
  disowned: RegExp;
  /** Verdicts on the client's behaviour ("still too many", "there is no safe amount", "that's not normal"). */
  verdict: RegExp;
  /** Harm the behaviour does ("stillbirth", "sepsis", "lose the leg"): pushed with `forewarn`, a fact as a warning. */
  harm: RegExp;
  /** A knowing tag or a forecast that turns a fact into a warning ("…, right?", "det vet du vel", "før eller siden"). */
  forewarn: RegExp;
}

export interface Lexicon extends DisguiseLexicon {
  lang: Lang;
  stopwords: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  secondPerson: ReadonlySet<string>;
  /** Whole utterance is a minimal encourager or greeting ("mm-hmm", "okay", "hei"). */
  backchannel: RegExp;
  /** Leading fillers stripped before looking at how a sentence starts ("so", "okay", "well"). */
  leadingFiller: RegExp;
  /** Agreement to a proposal ("Sounds like a plan"), also a leading filler: the move after it is the turn. */
  agreement: RegExp;
  /** Question words that open a wide answer ("what", "how", "hva", "hvordan"). */
  openQuestion: RegExp;
  /** Question words whose answer is usually a fact ("when", "where", "how many"). */
  factQuestion: RegExp;
  /** Finite verbs that start a yes/no question ("do", "is", "har", "kan"). */
  closedQuestion: RegExp;
  /**
   * How a question starts when it is typed without its question mark ("what brings you here", "har du prøvd
   * det før"): a question word with a verb, or a verb with its subject. Not a bare question word ("what I hear").
   */
  unmarkedQuestion: RegExp;
  /** A question word or inverted verb inside a sentence ("And then what happened?", "That's why you came?"). */
  innerQuestion: RegExp;
  /** Open requests without a question mark ("tell me more", "fortell"). */
  openRequest: RegExp;
  /**
   * A yes/no lead-in that carries an open question ("Can I ask you, what do you like about it?", "Do you have any
   * idea why?"): the client answers the wh-question, so it is open.
   */
  embeddedOpen: RegExp;
  /** "Anything else?", "Any other thoughts?": an invitation to say more, open in expert coding. */
  invitesMore: RegExp;
  /** "Why a 6 and not a 3?", "What would it take to be a 10?": the open follow-up of a scaling question. */
  scalingWhy: RegExp;
  /** "How much…", "how often…": asks for a quantity, closed even with "do you think" in it. */
  quantityQuestion: RegExp;
  /** "You said…", "you went…": the counsellor gives back the client's own account (not information). */
  clientAccount: RegExp;
  /** "…do you think / feel / see": a where / when question that asks for the client's view is open. */
  asksView: RegExp;
  /** Tag questions that turn a statement into a check ("…, right?", "…, ikke sant?"). */
  tagQuestion: RegExp;
  /** Typical reflection openings ("so you", "it sounds like", "det høres ut som"). */
  reflectionStart: RegExp;
  /** Openings that mark a reflection even when said as a question ("so you…", "it sounds like"). */
  strongReflectionStart: RegExp;
  /**
   * The counsellor speaking in their own voice at the start of a sentence ("I think…", "We'll…", "Jeg håper…"),
   * which is not a reflection, except for the frames that hand back what the client said ("I hear…").
   */
  ownVoice: RegExp;
  ownVoiceReflection: RegExp;
  /** Second-person statement openings ("you", "du"). */
  youStatement: RegExp;
  doubleSided: RegExp;
  feelings: RegExp;
  meaning: RegExp;
  affirm: RegExp;
  /** Praise without content about the client ("great", "flott"). */
  praise: RegExp;
  /**
   * Courtesy and chat ("thanks", "nice to meet you", "velkommen", "undskyld"): a short phrase with one of these
   * words is social talk, not a reflection of the client.
   */
  courtesy: RegExp;
  seek: RegExp;
  /** Planning together ("together", "sammen"): Seek even when asked as a question. */
  together: RegExp;
  permission: RegExp;
  autonomy: RegExp;
  persuade: RegExp;
  /** A sentence that opens with an imperative of action ("Try…", "Stop…", "Prøv…"): advice. */
  imperative: RegExp;
  /** Advice wrapped in a question ("have you tried…?", "why don't you…?"). */
  adviceQuestion: RegExp;
  /** A question ending on "before", "ever": what was tried before, not advice ("Have you tried X before?"). */
  askedHistory: RegExp;
  /** Advice offered on a condition the client controls ("if you want a tip: …", "hvis det er greit, …"). */
  conditionalAdvice: RegExp;
  /** A greeting that opens the utterance ("hi", "hei", "hej", "god morgen"). */
  greeting: RegExp;
  /** Information wrapped in a question ("did you know that…?"). */
  infoQuestion: RegExp;
  confront: RegExp;
  /** Labels and blame a counsellor pins on the client ("in denial", "excuses", "selfish"): Confront with "you". */
  labels: RegExp;
  /** Strengths and efforts the counsellor names in the client ("brave", "you've managed"): Affirm with "you". */
  strengths: RegExp;
  /** A consequence held over the client ("otherwise", "if you don't…", "you risk"): Persuade with "you". */
  warning: RegExp;
  /** A sentence about people in general ("many people", "research", "it's common"): information, not reflection. */
  generic: RegExp;
  /** Cues of information whoever the sentence is about ("research", "per cent", "it's common"). */
  information: RegExp;
  /**
   * Subject-matter words ("alcohol", "the baby", "usually"): information in a statement about the matter, but not
   * in one about the client ("You typically have five drinks", "So the baby is part of why"), which gives back
   * what the client said.
   */
  topics: RegExp;
  /** "You can…", "you could…" at the start: an option or a fact put to the client, not a reading of them. */
  youCan: RegExp;
  /** The counsellor talking about themself or the session ("I'm a nurse", "we have 20 minutes"). */
  selfOrStructure: RegExp;
  summaryMarker: RegExp;
  scaling: RegExp;
  discrepancy: RegExp;
  lookingForward: RegExp;
  lookingBack: RegExp;
  values: RegExp;
  ambivalence: RegExp;
  evoking: RegExp;
  /** The client asking for advice or information: what follows may be input with permission. */
  clientAsks: RegExp;
  /** The client agreeing ("yes", "sure", "ja", "gjerne"). */
  clientAgrees: RegExp;
  client: ClientLexicon;
  /** First → second person rewrites for building reflections from the client's words, applied in order. */
  pronounShift: readonly (readonly [RegExp, string])[];
}
