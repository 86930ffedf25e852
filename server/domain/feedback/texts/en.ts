/** English tips: short, concrete, quoting the moment where they can (types.ts). */
import type { FeedbackTexts } from './types.js';

export const en: FeedbackTexts = {
  codes: {
    QUESTION_OPEN: {
      kind: 'praise',
      wordings: [
        'Open question: "{you}…" leaves the client room to explore. Follow the answer with a reflection.',
        '"{you}…" invites more than a yes or no. Reflect what comes back before you ask again.',
        'Good open question. Follow the answer with a reflection.',
        'Good: an open question lets the client lead. Listen for change talk in the answer.',
      ],
    },
    QUESTION_CLOSED: {
      kind: 'suggestion',
      wordings: [
        '"{you}…" can be answered with one word. Try "what" or "how", or reflect instead.',
        'Could "{you}…" become a "how" or "what" question? Closed questions in a row make an interview.',
        'A closed question gets a short answer. Try "what" or "how", or reflect instead.',
        'Yes/no questions keep the client answering rather than exploring. Try a reflection.',
      ],
    },
    SIMPLE_REFLECTION: {
      kind: 'praise',
      wordings: [
        'You gave back "{said}". Add the feeling or meaning under it to make the reflection complex.',
        'An accurate reflection of "{said}". One step further: what might it mean to the client?',
        'Good reflection. Try adding the feeling or meaning to make it complex.',
        'The client hears their own words back: good. Next time go one step beyond them.',
      ],
    },
    COMPLEX_REFLECTION: {
      kind: 'praise',
      wordings: [
        'Complex reflection: you went past "{said}" to what it means. Let the client confirm or correct it.',
        'You read what lies under "{said}". A short pause now lets the client go deeper.',
        'Strong complex reflection: it goes beyond the words.',
        'A guess at the meaning, not a repeat. A "yes, and…" from the client tells you it landed.',
      ],
    },
    AFFIRM: {
      kind: 'praise',
      wordings: [
        '"{you}…" names a strength. Tie it to what the client did, in their words.',
        'Affirming what lies behind "{said}" names the effort, not your approval. Keep it that specific.',
        'Good affirmation of a strength or effort.',
        'Good: you named something the client did, not just "well done".',
      ],
    },
    SEEKING_COLLABORATION: {
      kind: 'praise',
      wordings: [
        'After "{said}", working it out together keeps the client in charge. Good.',
        '"{you}…" makes it a shared plan. Let the client lead on the details.',
        'Good: you are working with the client.',
        'Good: the client is a partner here. Ask what they would suggest.',
      ],
    },
    EMPHASIZING_AUTONOMY: {
      kind: 'praise',
      wordings: [
        'After "{said}", leaving the choice with the client keeps the change theirs.',
        '"{you}…" leaves the decision with the client, and that lowers resistance.',
        'Good: the choice stays with the client.',
        "Naming the client's freedom to choose makes the change their own. Good.",
      ],
    },
    GIVING_INFORMATION: {
      kind: 'suggestion',
      wordings: [
        'Information after "{said}" lands better when asked for. Check what the client knows first.',
        'Before "{you}…", ask permission; afterwards, ask what the client makes of it.',
        'Ask what the client already knows first, and what they make of it afterwards.',
        'Information lands better when it is asked for: "Would it be okay if I told you…?"',
      ],
    },
    PERSUADE: {
      kind: 'warning',
      wordings: [
        'After "{said}", a push for change invites a "yes, but". Ask what the client thinks would work for them.',
        '"{you}…" pushes for change, so the client is likely to argue back. Ask what they think would work.',
        'Advice without permission invites pushback. Ask permission and leave the choice to the client.',
        "Persuading makes the client defend the other side. Draw out the client's own reasons instead.",
      ],
    },
    PERSUADE_WITH_PERMISSION: {
      kind: 'suggestion',
      wordings: [
        '"{you}…" came with permission. Now ask what the client makes of it.',
        'Advice with permission: now ask what the client thinks of it.',
        'You asked first, good. Now check: "How does that fit for you?"',
        'Offered with permission. Leave room for a no, and ask what they make of it.',
      ],
    },
    CONFRONT: {
      kind: 'warning',
      wordings: [
        'The client said "{said}" and "{you}…" argues with it. Reflecting their side lowers discord.',
        '"{you}…" warns, shames or labels, however politely put. Reflect "{said}" instead.',
        'Arguing raises discord. Reflect what the client said instead.',
        "A question that warns is still a confrontation. Reflect the client's side first.",
        'Confronting raises discord and costs trust. Ask what the client thinks, or reflect their view.',
      ],
    },
  },
  missedChangeTalk: {
    kind: 'suggestion',
    wordings: [
      'The client just said "{said}": change talk. Reflect it back so they hear it again.',
      'Change talk went by: "{said}". Reflecting it invites more of it.',
      'The client just voiced change talk. Reflect it back so they hear it again.',
    ],
  },
  scaling: {
    kind: 'praise',
    wordings: [
      'Good scaling question. Next ask why it is not a lower number: the answer is change talk.',
      'A scaling question: when you hear the number, ask what makes it that high and not lower.',
    ],
  },
  moments: {
    empty: {
      kind: 'suggestion',
      wordings: [
        'Nothing was said. Try a reflection: "{reflect}"',
        "An empty turn leaves the client waiting. Reflect the client's last words.",
      ],
    },
    junk: {
      kind: 'suggestion',
      wordings: [
        '"{you}" does not read as words. Try a reflection instead: "{reflect}"',
        "That looks like a slip on the keyboard. Try a reflection of the client's last words.",
        'That did not come out as words. Reflect what the client just said.',
      ],
    },
    minimal: {
      kind: 'suggestion',
      wordings: [
        '"{you}" on its own gives the client little to go on. Try a reflection: "{reflect}"',
        'A bare "{you}" keeps the talk going but adds nothing. Reflect, or ask "what" or "how".',
        'A minimal encourager alone leaves the client to carry the talk. Add a reflection.',
      ],
    },
    offTopic: {
      kind: 'suggestion',
      wordings: [
        '"{you}…" seems to leave the client\'s topic. Come back to what they said: "{reflect}"',
        "This turn seems off the topic. Bring it back to the client's words with a reflection.",
        'Off the topic, the client may feel unheard. Reflect their last point instead.',
      ],
    },
  },
};
