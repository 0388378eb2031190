import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from './kit/i18n';

/** What one HTTP request accumulates for its log line and metrics. */
export interface RequestStore {
  requestId: string;
  startedAt: bigint;
  sqlCount: number;
  operationName?: string;
  callerKind?: string;
  errorCodes: string[];
  /** The caller's language (`Accept-Language`), for the messages of errors. */
  locale: Locale;
  /** The GraphQL variables as sent, so an error can name the input field that held a bad value. */
  variables?: Record<string, unknown>;
}

export const requestStore = new AsyncLocalStorage<RequestStore>();

export function currentRequest(): RequestStore | undefined {
  return requestStore.getStore();
}
