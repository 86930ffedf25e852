/**
 * Whose words a change cue is. "Legen sa jeg burde snakke med noen" carries the doctor's wish, not the client's:
 * the cues inside a reported clause are not the client's change talk unless the client takes them up after it
 * ("…, og hun har nok rett"). Trainers code such a line Neutral (MI: change talk is the client's own).
 */
import type { ClientCode, DarnCat } from '../../codes.js';
import type { Lexicon } from '../lexicon/types.js';
import type { ClientReasonKey } from '../reasons/index.js';

export interface Hit {
  code: ClientCode;
  reason: ClientReasonKey;
  kind?: DarnCat;
  at: number;
  cue: string;
}

/** Where a clause ends: a full stop, or a comma or space before "and" / "but" that starts the client's own say. */
const CLAUSE_END = /[.;:!?]|,?\s+(?:og|and|men|but)\s/gu;

function clauseEnd(norm: string, from: number): number {
  CLAUSE_END.lastIndex = from;
  const m = CLAUSE_END.exec(norm);
  return m ? m.index : norm.length;
}

export interface Reported {
  /** The hits with those inside the reported clause replaced by one Neutral hit for the clause. */
  hits: Hit[];
  /** The change cue the client took up after the clause ("…and she's right"): their own change talk. */
  adopted: { kind: DarnCat; cue: string } | null;
}

/** Reads a reported clause out of the hits, and whether the client adopts it afterwards. */
export function reportedSpeech(hits: readonly Hit[], norm: string, lex: Lexicon): Reported {
  const m = lex.client.reported.exec(norm);
  if (!m) return { hits: [...hits], adopted: null };
  const end = Math.max(clauseEnd(norm, m.index + m[0].length), m.index + m[0].length);
  const inside = (h: Hit) => h.at >= m.index && h.at < end;
  const inner = hits.find((h) => inside(h) && h.code === 'CHANGE');
  const adoption = lex.client.adopts.exec(norm.slice(end));
  if (inner && adoption) {
    return {
      hits: [...hits],
      adopted: { kind: inner.kind ?? 'reasons', cue: `${inner.cue.trim()} … ${adoption[0]}` },
    };
  }
  const own = hits.filter((h) => !(inside(h) && h.code === 'CHANGE'));
  // Sustain talk said through others ("my friends will think I'm boring") is still the client's case for the
  // status quo: only the change cues of the clause are set aside.
  if (own.some((h) => inside(h) && h.code === 'SUSTAIN')) return { hits: own, adopted: null };
  const clause: Hit = { code: 'NEUTRAL', reason: 'reported', at: m.index, cue: norm.slice(m.index, end) };
  return { hits: [clause, ...own], adopted: null };
}
