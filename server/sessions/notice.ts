/** The notice both transports send when the LLM engine failed on a turn and the embedded engine answered. */
import type { VoicedTurnResult } from '../llm/revoice.js';
import type { EngineNotice } from '../protocol/index.js';

/** Undefined when the model said the reply (or the session is on the embedded engine). */
export function fallbackNotice(result: VoicedTurnResult): EngineNotice | undefined {
  const voice = result.voice;
  if (voice?.engine !== 'embedded') return undefined;
  const reason = voice.fallback ?? 'upstream';
  return {
    turn: result.session.turns.length,
    engine: 'embedded',
    reason,
    // The web client shows its own translated text by `reason`; this is for scripts and logs.
    message: `The language model did not give a usable reply (${reason}); the built-in engine answered instead.`,
  };
}
