import type { MailDraft } from '../../kit';
import { escapeHtml } from '../../kit';

/** A mail as it is stored and sent. */
export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The one layout of every mail: greeting, the module's paragraphs, its main link, further links, and at the
 * foot why the person receives it (and, for optional kinds, the link that switches them off).
 */
export function layoutMail(draft: MailDraft, preferencesUrl: string | null): RenderedMail {
  const greeting = `Beste ${draft.name?.trim() || 'lezer'},`;
  const links = [...(draft.action ? [draft.action] : []), ...(draft.links ?? [])];
  const foot = [
    draft.reason,
    ...(preferencesUrl
      ? [`Wilt u dit soort berichten niet meer ontvangen? Pas uw voorkeuren aan: ${preferencesUrl}`]
      : []),
    'Regio Q4 — het netwerk van ondernemers in Zeist, De Bilt, Bunnik, Wijk bij Duurstede en Utrechtse Heuvelrug.',
  ];
  const text = [
    greeting,
    '',
    ...draft.paragraphs.flatMap((p) => [p, '']),
    ...links.map((link) => `${link.label}: ${link.url}`),
    '',
    '-- ',
    ...foot,
    '',
  ].join('\n');
  const paragraph = (p: string) => `<p style="margin:0 0 14px">${escapeHtml(p)}</p>`;
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(draft.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:600px">
${paragraph(greeting)}
${draft.paragraphs.map(paragraph).join('\n')}
${
  draft.action
    ? `<p style="margin:20px 0"><a href="${escapeHtml(draft.action.url)}" style="background:#0b5cad;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(draft.action.label)}</a></p>`
    : ''
}
${(draft.links ?? []).map((l) => `<p style="margin:0 0 8px"><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`).join('\n')}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">
<p style="font-size:13px;color:#555">${escapeHtml(draft.reason)}</p>
${
  preferencesUrl
    ? `<p style="font-size:13px;color:#555">Wilt u dit soort berichten niet meer ontvangen? <a href="${escapeHtml(preferencesUrl)}">Pas uw voorkeuren aan</a>.</p>`
    : ''
}
<p style="font-size:13px;color:#555">${escapeHtml(foot[foot.length - 1])}</p>
</body></html>
`;
  return { to: draft.to.trim().toLowerCase(), subject: draft.subject, text, html };
}
