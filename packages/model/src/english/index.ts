// English word handling, in one place: tense (lint N1), past forms (command → event
// pairing), plurals (REST collections, channels) and stems (matching words).
export { isPastTenseWord, looksImperative, looksPastTense } from './tense';
export { namesPair } from './pastForms';
export { pluralWord, pluralWords } from './plural';
export { stem } from './stem';
export type { VerbClass } from './decisionWords';
export { CREATE_VERBS, englishWords, NEVER_CREATE_VERBS, REJECTION_WORDS, sharedStems, VERB_CLASSES, verbClassOf } from './decisionWords';
