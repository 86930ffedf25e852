/** Probe questions in English, typed as trainees type, written for the coherence benchmark. */
import type { Probes } from './types.js';

export const EN: Probes = {
  leadIn: [
    'What brings you here today?',
    'It sounds like there is a lot going on for you right now.',
    'What matters most to you in all of this?',
  ],
  probes: {
    yesNo: [
      'Do you smoke every day?',
      'do u live with anyone',
      'Does your family know about this?',
      'Is it something you have talked to anyone about?',
    ],
    when: [
      'When does it usually happen?',
      'when would it suit you to come back',
      'How long has it been like this?',
      'Which day of the week is calmest for you?',
    ],
    howMany: [
      'How many is it on a normal day now?',
      'how much do you spend on it a month',
      'How many hours a day do you reckon you are on your phone?',
      'How much money do you have to get by on?',
    ],
    howOften: [
      'How often do you think about it?',
      'how often does it happen in a week',
      'How often do you see your family?',
      'How often are you in pain?',
    ],
    who: [
      'Who is closest to you in all this?',
      'who would notice first if things got worse',
      'Who does most of the cooking at home?',
      'who do you talk to when things are hard',
    ],
    where: [
      'Where are you living now?',
      'where are you mostly when it happens',
      'Where do you work?',
      'Where do you usually smoke?',
    ],
    why: [
      'Why is that important to you?',
      'what is the reason you hesitate',
      'Why now, exactly?',
      'what makes it hard to leave it',
    ],
    whatHow: [
      'What do you make of it yourself?',
      'how are you feeling about all this',
      'What would be best for you?',
      'What does a normal week look like for you?',
    ],
    scaling: [
      'On a scale from 0 to 10, how important is it to you?',
      'from 0 to 10 how confident are you that you could do it',
      'If 10 is completely ready, where are you on the scale?',
      'How important is it on a scale of 1 to 10?',
    ],
    lookingBack: [
      'How did you manage it the last time you made a change?',
      'what was different before',
      'How were things in the past, before it got like this?',
      'What did you learn from the last time you tried?',
    ],
    lookingForward: [
      'How do you picture your life in a year?',
      'what do you hope for in the future',
      'What would you like the future to bring?',
      'how do you want things to be in five years',
    ],
    hypothetical: [
      'If you decided to do it, how would you go about it?',
      'what if it actually went well',
      'Imagine it was done, what would be different?',
      'if nothing stood in the way what would you do',
    ],
    permission: [
      'May I tell you a bit about what others in your situation have done?',
      'is it ok if i share some information',
      'Would you like to hear what the programme involves?',
      'Can I say something about how it usually goes?',
    ],
    reflection: [
      'So you never want anything to do with this again.',
      'It sounds like you have completely made up your mind.',
      'You are not sure it is worth it',
      'So part of you wants to, and part of you is sceptical.',
    ],
  },
};
