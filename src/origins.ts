/**
 * Browser origins for CORS. Kept apart from the middleware so that the configuration can validate
 * `CORS_ORIGINS` without loading Express.
 */

/**
 * The dev servers of Vite (5173, preview 4173), Create React App / Next.js (3000), Vue CLI (8080), Angular's
 * `ng serve` (4200) and VS Code's Live Server (5500).
 */
export const DEV_ORIGINS: string[] = [5173, 4173, 3000, 8080, 4200, 5500].flatMap((port) => [
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
]);

/** `CORS_ORIGINS` as a list: comma- or space-separated, empty entries dropped. */
export function parseOrigins(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

/** `*`, or exactly what a browser sends as `Origin`: scheme, host and port, nothing more. */
export function isOrigin(value: string): boolean {
  if (value === '*') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
