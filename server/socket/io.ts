/** The typed socket.io server every socket module works with (its own module, so none imports app.ts). */
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/index.js';

export type Io = Server<ClientToServerEvents, ServerToClientEvents>;
