/** The class's tags counted per turn, side by side with the coder's codes, with agreement. */
import type { ClientCode } from '../codes.js';
import type { OarsTag, RoomState } from './room.js';

export interface TurnTally<T extends string> {
  turn: number;
  counts: Partial<Record<T, number>>;
  total: number;
  /** The coder's code for the turn, in the same vocabulary. */
  auto: T | null;
  /** Share of the class that tagged as the coder did; null when nobody tagged. */
  agreement: number | null;
}

function tally<T extends string>(
  turn: number,
  tags: Record<string, T> | undefined,
  auto: T | null,
): TurnTally<T> {
  const counts: Partial<Record<T, number>> = {};
  const values = Object.values(tags ?? {}) as T[];
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  const agreeing = auto === null ? 0 : (counts[auto] ?? 0);
  return {
    turn,
    counts,
    total: values.length,
    auto,
    agreement:
      values.length === 0 || auto === null ? null : Math.round((100 * agreeing) / values.length) / 100,
  };
}

export interface RoomTallies {
  client: TurnTally<ClientCode>[];
  counsellor: TurnTally<OarsTag>[];
}

/** `auto` gives, per turn, the coder's client code and OARS tag. */
export function roomTallies(
  room: RoomState,
  auto: ReadonlyArray<{ turn: number; client: ClientCode; counsellor: OarsTag }>,
): RoomTallies {
  return {
    client: auto.map((a) => tally(a.turn, room.clientTags[a.turn], a.client)),
    counsellor: auto.map((a) => tally(a.turn, room.counsellorTags[a.turn], a.counsellor)),
  };
}

/** The same tallies from stored tags (a demonstration's report, after the room has closed). */
export function tagTallies(
  tags: ReadonlyArray<{ participant: string; turn: number; speaker: 'client' | 'counsellor'; tag: string }>,
  auto: ReadonlyArray<{ turn: number; client: ClientCode; counsellor: OarsTag }>,
): RoomTallies {
  const clientTags: RoomState['clientTags'] = {};
  const counsellorTags: RoomState['counsellorTags'] = {};
  for (const t of tags) {
    const into = (t.speaker === 'client' ? clientTags : counsellorTags) as Record<
      number,
      Record<string, string>
    >;
    into[t.turn] = { ...into[t.turn], [t.participant]: t.tag };
  }
  return {
    client: auto.map((a) => tally(a.turn, clientTags[a.turn], a.client)),
    counsellor: auto.map((a) => tally(a.turn, counsellorTags[a.turn], a.counsellor)),
  };
}
