import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { asAppError, ERROR_CODES, type ErrorCode, HTTP_STATUS } from '../protocol/errors.js';

/** The body of every error answer; the code is one of the closed vocabulary, so the OpenAPI document lists them. */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.enum(Object.values(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/** The error answers a route can give, for its `response` schema. */
export const errorResponses = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
  429: ErrorResponseSchema,
};

/** Maps every error that reaches Fastify to `{ error: { code, message } }` with the status of its code. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let code: ErrorCode;
    let message: string;
    let details: unknown;
    const known = asAppError(err);
    if (known) {
      ({ code, message, details } = known);
      if (code === 'unavailable') req.log.warn({ err }, 'storage unavailable');
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      code = 'validation_failed';
      message = 'the request does not match the expected shape';
      details = err.validation.map((v) => ({ path: v.instancePath || '/', message: v.message }));
    } else if (err.statusCode === 429) {
      code = 'rate_limited';
      message = 'too many requests: wait a moment and try again';
    } else if (err.statusCode === 413) {
      code = 'payload_too_large';
      message = 'the request body is too large';
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      code = 'bad_request';
      message = err.message;
    } else {
      code = 'internal';
      // 5xx details go to the log only.
      message = 'something went wrong on the server; it has been logged';
      req.log.error({ err }, 'unhandled error');
    }
    reply.status(HTTP_STATUS[code]).send({ error: { code, message, ...(details ? { details } : {}) } });
  });
}

/**
 * Fastify's `frameworkErrors`: what its router reports before any route runs. A parameter longer than the
 * router allows (no id is that long) is not_found; a URL that does not decode is bad_request.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  let code: ErrorCode;
  let message: string;
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    code = 'not_found';
    message = 'no such resource: a part of the path is too long';
  } else if (err.code === 'FST_ERR_BAD_URL') {
    code = 'bad_request';
    message = 'the URL is not valid (a malformed percent-encoding)';
  } else {
    code = 'internal';
    message = 'something went wrong on the server; it has been logged';
    req.log.error({ err }, 'router error');
  }
  reply.status(HTTP_STATUS[code]).send({ error: { code, message } });
}
