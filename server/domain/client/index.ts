/** The simulated client: state, movements, reply policy (decide) and the embedded realiser (say). */
export { cuedDarn, scalingKind } from './cues.js';
export { chooseDarn } from './darn.js';
export { type Delta, scaleDelta, turnDelta } from './deltas.js';
export type {
  ChangeTalkIntent,
  ElaborateIntent,
  FollowUp,
  Intent,
  IntentKind,
  Polarity,
  Reaction,
} from './intent.js';
export { explorationCeiling, nextState, type TurnInfo } from './movements.js';
export { changeTalkChance, decideReply } from './policy.js';
export { sayIntent, type Utterance } from './realise.js';
export { recordReply } from './record.js';
export { createRng, type Rng } from './rng.js';
export { advanceStage } from './stage.js';
export { type ClientState, initialState, type VisibleState, visibleState } from './state.js';
export { normalise, raisedPetals, raisedTopics } from './topics.js';
