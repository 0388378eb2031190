import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config';
import type { Playground } from '../playground';

/**
 * helmet's headers for every response. The API answers JSON, feeds and two plain pages, none of which
 * needs scripts: the default Content-Security-Policy allows none. Cross-origin reads stay allowed
 * (`Cross-Origin-Resource-Policy: cross-origin`): the website and partners use this API from elsewhere.
 */
export function securityHeaders(): RequestHandler {
  return helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } });
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The playground's own policy: its inline scripts by hash (nothing else runs), the editor's workers
 * from `blob:` URLs, inline styles (the editor injects them at run time) and requests to this origin only.
 */
export function playgroundContentSecurityPolicy(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1]));
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * In front of `/graphql`: a GET asking for HTML gets the playground page, with the policy that lets exactly
 * its scripts run (computed from the page it is sent with: in development the page is rebuilt with fresh
 * tokens, and its script hashes change with them).
 */
export function playgroundPage(playground: Playground): RequestHandler {
  let last: { html: string; policy: string } | undefined;
  return (req, res, next) => {
    if (req.method !== 'GET' || req.accepts(['json', 'html']) !== 'html') return next();
    playground.html().then((html) => {
      if (last?.html !== html) last = { html, policy: playgroundContentSecurityPolicy(html) };
      res.setHeader('content-security-policy', last.policy);
      res.type('html').send(html);
    }, next);
  };
}

/**
 * Without PUBLIC_URL, links in feeds and pages come from the request's Host header: such a response must not
 * be kept by a shared cache, or one request with `Host: evil.example` would serve its links to everyone.
 * Module routes keep setting `cache-control: public`; here it becomes `private` unless PUBLIC_URL is set.
 */
export function noSharedCachingWithoutPublicUrl(config: AppConfig): RequestHandler {
  return (_req, res, next) => {
    if (config.publicUrl) return next();
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) =>
      setHeader(
        name,
        name.toLowerCase() === 'cache-control' ? String(value).replace(/\bpublic\b/i, 'private') : value,
      );
    next();
  };
}
