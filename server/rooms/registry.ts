/**
 * The live rooms of this process: code → room state, session → code. A room lives as long as the process
 * (a class demonstration, not stored data); the session it shows is stored as usual.
 */
import { randomInt } from 'node:crypto';
import { openRoom, type RoomState } from '../domain/rooms/room.js';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../protocol/rooms.js';

export interface LiveRoom {
  state: RoomState;
  /** The presenter's session token: the room reads the session with it. */
  token: string;
}

export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

export class RoomRegistry {
  private readonly byCode = new Map<string, LiveRoom>();
  private readonly bySession = new Map<string, string>();

  /** Opens a room for the session, or returns the one it has. */
  open(sessionId: string, token: string): LiveRoom {
    const existing = this.forSession(sessionId);
    if (existing) return existing;
    let code = newRoomCode();
    while (this.byCode.has(code)) code = newRoomCode();
    const room = { state: openRoom(code, sessionId), token };
    this.byCode.set(code, room);
    this.bySession.set(sessionId, code);
    return room;
  }

  get(code: string): LiveRoom | undefined {
    return this.byCode.get(code);
  }

  forSession(sessionId: string): LiveRoom | undefined {
    const code = this.bySession.get(sessionId);
    return code === undefined ? undefined : this.byCode.get(code);
  }

  update(code: string, change: (s: RoomState) => RoomState): RoomState {
    const room = this.byCode.get(code);
    if (!room) throw new Error(`no room ${code}`);
    room.state = change(room.state);
    return room.state;
  }
}
