/**
 * HTTP edge of live class rooms: the join QR code as SVG. Drawn on the server so the client bundle does not
 * carry a QR encoder; the image is public like the code it encodes (the code is shown on the projector).
 * Any process serves any room (the room store is shared through Redis when REDIS_URL is set).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../protocol/errors.js';
import { RoomQrParamsSchema } from '../protocol/rooms.js';
import { joinQrSvg, joinUrl } from '../rooms/join-url.js';
import type { RoomLifetime } from '../rooms/lifetime.js';
import { ErrorResponseSchema } from './errors.js';

export function registerRoomRoutes(app: FastifyInstance, rooms: RoomLifetime): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/rooms/:code/qr.svg',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['rooms'],
        summary: 'QR code (SVG) of the join address of a live room',
        params: RoomQrParamsSchema,
        response: { 200: z.string(), 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (req, reply) => {
      const { code } = req.params;
      // A room whose session ended or was deleted is closed here, not served.
      if (!(await rooms.live(code))) throw new AppError('not_found', `no live room with the code ${code}`);
      const url = joinUrl(app.config.PUBLIC_URL, { host: req.host, proto: req.protocol }, code);
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(await joinQrSvg(url));
    },
  );
}
