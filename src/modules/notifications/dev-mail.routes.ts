import type { Router } from 'express';
import { escapeHtml } from '../../kit';
import { keptMails } from './mailer';

/**
 * Development only: `/dev/mail` lists the mails kept as `.eml` files when there is no SMTP server, newest
 * first, and `/dev/mail/<file>` shows one as the recipient would see it. Never mounted in production.
 */
export function mountDevMailView(router: Router, dir: string): void {
  router.get('/dev/mail', async (_req, res) => {
    const mails = await keptMails(dir);
    const rows = mails
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.date.replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.to)}</td>` +
          `<td><a href="/dev/mail/${encodeURIComponent(m.file)}">${escapeHtml(m.subject)}</a></td></tr>`,
      )
      .join('\n');
    res.type('html')
      .send(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mails (ontwikkeling)</title>
<style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 10px;text-align:left;border-bottom:1px solid #eee}</style></head>
<body><h1>Verstuurde mails (ontwikkeling)</h1>
<p>${mails.length} mails, bewaard in <code>${escapeHtml(dir)}</code> omdat <code>SMTP_URL</code> niet is ingesteld.</p>
<table><tr><th>Tijd (UTC)</th><th>Aan</th><th>Onderwerp</th></tr>${rows}</table></body></html>`);
  });
  router.get('/dev/mail/:file', async (req, res) => {
    const mail = (await keptMails(dir)).find((m) => m.file === req.params.file);
    if (!mail) {
      res.status(404).type('text').send('No such mail');
      return;
    }
    if (req.query.format === 'text') res.type('text').send(mail.text);
    else res.type('html').send(mail.html);
  });
}
