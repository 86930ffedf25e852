/** The case list, fetched once per page load. */
import { signal } from '@preact/signals';
import type { CaseSummary } from '../../../server/protocol/index.js';
import { api } from './http';

export const cases = signal<CaseSummary[] | null>(null);
export const casesError = signal<string | null>(null);
let loading: Promise<void> | null = null;

export function loadCases(): Promise<void> {
  loading ??= api
    .cases()
    .then((list) => {
      cases.value = list;
    })
    .catch((err: unknown) => {
      loading = null;
      casesError.value = err instanceof Error && 'code' in err ? String(err.code) : 'unavailable';
    });
  return loading;
}

export function caseById(id: string | null | undefined): CaseSummary | undefined {
  return id ? cases.value?.find((c) => c.id === id) : undefined;
}
