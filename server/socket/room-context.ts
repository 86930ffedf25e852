/** What both sides of the room gateway share: socket.io room names, the rooms, limiters, the presenter's update. */
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Coder } from '../domain/coder/types.js';
import type { RoomState } from '../domain/rooms/room.js';
import type { SessionView } from '../protocol/index.js';
import type { Rooms } from '../rooms/create-rooms.js';
import type { GatewayOptions } from './gateway.js';
import type { Io } from './io.js';

export interface RoomGatewayOptions extends GatewayOptions {
  rooms: Rooms;
  coder: Coder;
  /** PUBLIC_URL: the origin join links and QR codes use instead of the presenter's Host. */
  publicUrl?: string | undefined;
}

export const audience = (code: string) => `room:${code}`;
export const presenters = (code: string) => `room:${code}:presenter`;
export const participantRoom = (id: string) => `participant:${id}`;

export interface RoomContext {
  io: Io;
  opts: RoomGatewayOptions;
  presenterLimiter: RateLimiterMemory;
  /** Students share a stricter budget than the presenter: a class must not be able to flood the projector. */
  studentLimiter: RateLimiterMemory;
  /** Emits the presenter's view (participants, tallies, suggestions) through the adapter. */
  updatePresenter(state: RoomState, session: SessionView): void;
}
