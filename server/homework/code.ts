import { randomInt } from 'node:crypto';

/** No I, L, O, 0 or 1: a code read off a projector or a slide is typed right the first time. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export function newAssignmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a trainee typed, as stored: upper case, without spaces or dashes. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export const sharePath = (code: string): string => `/a/${code}`;
