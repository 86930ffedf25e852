/** The probe sets of the coherence benchmark: lead-in turns, then one question of each kind. */

/** The kinds of question the benchmark asks and checks. */
export const PROBE_KINDS = [
  'yesNo',
  'when',
  'howMany',
  'howOften',
  'who',
  'where',
  'why',
  'whatHow',
  'scaling',
  'lookingBack',
  'lookingForward',
  'hypothetical',
  'permission',
  'reflection',
] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export interface Probes {
  /** MI-consistent turns said before each probe, so the client is talking when the question comes. */
  leadIn: string[];
  probes: Record<ProbeKind, string[]>;
}
