import {
  LabelsDocument,
  NestedArticlesDocument,
  SignatoryIdsDocument,
  SignedArticlesDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { createPublished, reviewIds } from './fixtures';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

test('the SQL statement count of a nested list does not depend on the number of rows', async () => {
  const { personIds, associationIds } = await reviewIds(api);
  const labels = (await api.graphql(LabelsDocument)).body.data!.labels;
  const organisations = (await api.graphql(SignatoryIdsDocument)).body.data!.organisations;
  // 40 new articles, newest first in the list, each with two labels and three signatories.
  for (let i = 0; i < 40; i += 1) {
    await createPublished(api, {
      title: `Bericht ${i + 1} uit de regio`,
      body: `Nieuws voor ondernemers, nummer ${i + 1}.`,
      labelIds: [labels[i % labels.length].id, labels[(i + 1) % labels.length].id],
      signatories: [
        { personId: personIds[i % 4], role: 'voorzitter', associationId: associationIds[i % 4] },
        { personId: personIds[(i + 1) % 4], role: 'penningmeester', organisationId: organisations[i % 3].id },
        { personId: personIds[(i + 2) % 4], role: 'lid' },
      ],
    });
  }

  const small = await api.graphql(NestedArticlesDocument, { first: 2 });
  const large = await api.graphql(NestedArticlesDocument, { first: 50 });
  expect(small.body.errors).toBeUndefined();
  expect(large.body.errors).toBeUndefined();
  expect(small.body.data!.articles.nodes).toHaveLength(2);
  expect(large.body.data!.articles.nodes).toHaveLength(50);
  const nodes = large.body.data!.articles.nodes;
  expect(nodes[0].labels).toHaveLength(2);
  expect(nodes[0].signatories.map((s) => s.organisation?.name ?? null)).toEqual([
    null,
    expect.any(String),
    null,
  ]);

  const [smallLog, largeLog] = [await api.logOf(small), await api.logOf(large)];
  // The compiled list: the page with its labels, signatories, people and organisations in one statement.
  expect(smallLog.sqlCount).toBe(1);
  expect(largeLog.sqlCount).toBe(smallLog.sqlCount);
  // With COMPILED_LISTS=off: articles, labels, signatories, people, organisations; the same answer.
  api.config.compiledLists = false;
  try {
    const loaded = await api.graphql(NestedArticlesDocument, { first: 50 });
    expect((await api.logOf(loaded)).sqlCount).toBe(5);
    expect(loaded.body).toEqual(large.body);
  } finally {
    api.config.compiledLists = true;
  }
  // The articles signed for each association in a list: every association's page in constant statements.
  const fewSigned = await api.graphql(SignedArticlesDocument, { first: 1 });
  const manySigned = await api.graphql(SignedArticlesDocument, { first: 30 });
  expect((await api.logOf(manySigned)).sqlCount).toBe((await api.logOf(fewSigned)).sqlCount);
  const signed = manySigned.body.data!.associations.filter((a) => a.articles.totalCount > 0);
  expect(signed.reduce((sum, a) => sum + a.articles.totalCount, 0)).toBeGreaterThanOrEqual(40);
  for (const { articles } of signed) {
    const dates = articles.nodes.map((n) => n.publishedAt!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(articles.nodes.length).toBe(Math.min(articles.totalCount, 30));
  }
});
