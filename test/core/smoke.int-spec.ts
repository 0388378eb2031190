import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

test('municipalities', async () => {
  const res = await api.graphql('{ municipalities(inRegion: true) { name cbsCode } }');
  expect(res.body.data).toEqual({
    municipalities: [
      { name: 'Bunnik', cbsCode: 'GM0312' },
      { name: 'De Bilt', cbsCode: 'GM0310' },
      { name: 'Utrechtse Heuvelrug', cbsCode: 'GM1581' },
      { name: 'Wijk bij Duurstede', cbsCode: 'GM0352' },
      { name: 'Zeist', cbsCode: 'GM0355' },
    ],
  });
});
