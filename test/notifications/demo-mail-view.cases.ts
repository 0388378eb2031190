import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ServerProcess } from '../support/processes';
import { startServerProcess, stopServerProcess } from '../support/processes';
import { createTestDatabase } from '../support/test-server';

// The demo data, as `npm run dev` starts on it without SMTP_URL: the mails it made wait in the queue, the
// worker in the API process keeps them as files, and /dev/mail lists them for a newcomer.

let database: { url: string; drop(): Promise<void> };
let dataDir: string;
let api: ServerProcess | undefined;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  dataDir = await mkdtemp(path.join(tmpdir(), 'regio-q4-mail-'));
  api = await startServerProcess({ DATABASE_URL: database.url, DATA_DIR: dataDir, PORT: '0', SEED: 'none' });
});
afterAll(async () => {
  if (api) await stopServerProcess(api);
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

it('lists the demo mails (invitations to quote, registration confirmations) in the development mail view', async () => {
  const wanted = [/Uitnodiging tot offerte: /, /(Aanmelding bevestigd|U staat op de wachtlijst): /];
  let page = '';
  for (let i = 0; i < 300 && !wanted.every((re) => re.test(page)); i += 1) {
    await new Promise((r) => setTimeout(r, 200));
    page = await (await fetch(`${api!.url}/dev/mail`)).text();
  }
  for (const re of wanted) expect(page).toMatch(re);
  const link = /href="(\/dev\/mail\/[^"]+)">Uitnodiging tot offerte/.exec(page)![1];
  const mail = await (await fetch(`${api!.url}${link}?format=text`)).text();
  expect(mail).toContain('Offerte uitbrengen: ');
});
