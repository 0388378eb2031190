import { MunicipalitiesDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

test('the five municipalities of Regio Q4, by name', async () => {
  const res = await api.graphql(MunicipalitiesDocument, { inRegion: true });
  expect(res.body.data?.municipalities.map(({ name, cbsCode }) => ({ name, cbsCode }))).toEqual([
    { name: 'Bunnik', cbsCode: 'GM0312' },
    { name: 'De Bilt', cbsCode: 'GM0310' },
    { name: 'Utrechtse Heuvelrug', cbsCode: 'GM1581' },
    { name: 'Wijk bij Duurstede', cbsCode: 'GM0352' },
    { name: 'Zeist', cbsCode: 'GM0355' },
  ]);
});
