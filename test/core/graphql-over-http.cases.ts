import { serverAudits } from 'graphql-http';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

/**
 * The GraphQL-over-HTTP specification's audits against the real server: every MUST passes. (Where the spec
 * says SHOULD answer 200 to invalid requests sent as application/json, Apollo answers 400, as documented.)
 */
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ template: 'empty' });
});
afterAll(() => api.close());

const audits = serverAudits({
  url: () => `${api.url}/graphql`,
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) =>
    // Apollo's CSRF prevention lets a GET through with this header (as a browser app would send it).
    fetch(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), 'apollo-require-preflight': 'true' },
    }),
});

describe('GraphQL over HTTP', () => {
  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    test(audit.name, async () => {
      const result = await audit.fn();
      expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({
        status: 'ok',
        reason: undefined,
      });
    });
  }
});
