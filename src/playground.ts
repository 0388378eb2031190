import type { OperationDefinitionNode } from 'graphql';
import { execute, Kind, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { buildContext } from './context';
import type { PlaygroundExample, PlaygroundToken, Viewer } from './kit';
import {
  ANONYMOUS,
  createTokenVerifier,
  PLAYGROUND_NOW,
  PlaygroundLookup,
  signToken,
  toGlobalId,
} from './kit';
import type { Logger } from './logger';
import { authenticateApiKey, derivedApiKey } from './modules/core';
import { modules } from './modules';
import { getSchema } from './schema';

/** How long a development tab's token lives; the page is rebuilt (fresh tokens) after half of it. */
const TOKEN_LIFETIME_SECONDS = 3600;
/** The name of the keys the playground issues for its API-key tabs in development. */
export const PLAYGROUND_KEY_NAME = 'Playground (development)';

/**
 * The GraphiQL page at `/graphql`, served from node_modules as one self-contained page (municipal networks
 * block CDNs), with the example operations of every module preloaded as tabs.
 *
 * In development and test every tab works as shipped: a tab that acts for a person carries a 1-hour token
 * signed with the configured secret for the roles and claims its example declares; a tab that acts with an
 * organisation's key carries the playground's own key of that organisation (`derivedApiKey`: created once,
 * named "Playground (development)"); a variable declared with `lookup(...)` holds what another operation of
 * the tab returns for that caller. In production nothing of this is made: the headers say which
 * `npm run -s token` or `npm run -s apikey` command gives a credential, and looked-up values show their hint.
 */
export interface Playground {
  /** The page; the same string until it is rebuilt (development: every half token lifetime). */
  html(): Promise<string>;
}

interface Tab {
  query: string;
  variables?: string;
  headers?: string;
}

export function createPlayground(
  config: AppConfig,
  dataSource: DataSource,
  endpoint: string,
  log: Logger,
): Playground {
  const development = config.env !== 'production';
  const lifetime = Math.min(TOKEN_LIFETIME_SECONDS, config.jwt.maxLifetimeSeconds);
  const verifyToken = createTokenVerifier(config.jwt);
  let page: { html: Promise<string>; builtAt: number } | undefined;

  /** The global id a SECRETARY token names its association by, found by the association's short name. */
  async function associationId(shortName: string): Promise<string | undefined> {
    const [row] = (await dataSource.query('SELECT id FROM association WHERE short_name = $1', [
      shortName,
    ])) as {
      id: string;
    }[];
    return row && toGlobalId('Association', row.id);
  }

  /** The credential header of a tab, and the viewer it stands for (null: none made, placeholders shown). */
  async function credentialsOf(example: PlaygroundExample): Promise<{
    headers: Record<string, string>;
    viewer: Viewer | null;
  }> {
    if (example.token) {
      if (!development) return { headers: { Authorization: tokenPlaceholder(example.token) }, viewer: null };
      const { sub = 'playground', name = 'Playground', association, ...claims } = example.token;
      const token = await signToken(
        config.jwt.secret,
        { sub, name, ...claims, ...(association && { association: await associationId(association) }) },
        `${lifetime}s`,
      );
      return { headers: { Authorization: `Bearer ${token}` }, viewer: await verifyToken(token) };
    }
    if (example.apiKey) {
      const placeholder = { headers: { 'X-Api-Key': apiKeyPlaceholder(example.apiKey) }, viewer: null };
      if (!development) return placeholder;
      const secret = await derivedApiKey(dataSource.manager, {
        ...example.apiKey,
        name: PLAYGROUND_KEY_NAME,
        seed: config.jwt.secret,
      });
      const viewer = secret && (await authenticateApiKey(dataSource.manager, secret));
      if (!secret || !viewer) {
        log.warn({ organisation: example.apiKey.organisation }, 'playground: no key for an API-key tab');
        return placeholder;
      }
      return { headers: { 'X-Api-Key': secret }, viewer };
    }
    return { headers: {}, viewer: development ? ANONYMOUS : null };
  }

  /** The tab's variables with each `lookup(...)` replaced by its value, or by its hint where none is run. */
  async function variablesOf(example: PlaygroundExample, viewer: Viewer | null) {
    const document = parse(example.query);
    const resolved: Record<string, unknown> = {};
    const results = new Map<string, unknown>();
    const resolve = async (value: unknown): Promise<unknown> => {
      if (value instanceof PlaygroundLookup) {
        if (!viewer) return value.hint;
        if (!results.has(value.operation)) {
          results.set(value.operation, await run(document, value.operation, viewer, resolved));
        }
        const data = results.get(value.operation);
        const picked = data == null ? undefined : value.pick(data);
        if (picked === undefined) {
          log.warn({ tab: example.title, operation: value.operation }, 'playground: a lookup found nothing');
          return value.hint;
        }
        return picked;
      }
      if (Array.isArray(value)) return Promise.all(value.map(resolve));
      if (value && typeof value === 'object') {
        const entries = await Promise.all(
          Object.entries(value).map(async ([key, item]) => [key, await resolve(item)] as const),
        );
        return Object.fromEntries(entries);
      }
      return value;
    };
    // In order: a lookup may run an operation that needs a variable looked up before it.
    for (const [name, value] of Object.entries(example.variables ?? {})) {
      resolved[name] = await resolve(value);
    }
    return resolved;
  }

  /** The data of one operation of a tab, run in-process as the tab's caller; null (logged) on errors. */
  async function run(
    document: ReturnType<typeof parse>,
    operationName: string,
    viewer: Viewer,
    variables: Record<string, unknown>,
  ): Promise<unknown> {
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName,
    );
    const declared = new Set((operation?.variableDefinitions ?? []).map((v) => v.variable.name.value));
    const result = await execute({
      schema: getSchema(),
      document,
      operationName,
      // A PLAYGROUND_NOW (shown as is, filled in by the browser) is the time of the build here.
      variableValues: Object.fromEntries(
        Object.entries(variables)
          .filter(([name]) => declared.has(name))
          .map(([name, value]) => [name, value === PLAYGROUND_NOW ? new Date().toISOString() : value]),
      ),
      contextValue: buildContext(dataSource, {
        viewer,
        baseUrl: config.publicUrl ?? `http://${config.host}:${config.port}`,
      }),
    });
    if (result.errors?.length) {
      log.warn({ operationName, errors: result.errors.map((e) => e.message) }, 'playground: a lookup failed');
      return null;
    }
    return result.data;
  }

  async function build(): Promise<string> {
    const tabs: Tab[] = [];
    for (const example of modules.flatMap((module): PlaygroundExample[] => module.examples ?? [])) {
      const { headers: credentials, viewer } = await credentialsOf(example);
      const headers = { ...credentials, ...example.headers };
      const variables = await variablesOf(example, viewer);
      tabs.push({
        query: `# ${example.title}\n${example.query.trim()}\n`,
        variables: example.variables ? JSON.stringify(variables, null, 2) : undefined,
        headers: Object.keys(headers).length > 0 ? JSON.stringify(headers, null, 2) : undefined,
      });
    }
    // Loaded with the first page: GraphiQL's bundle is 9 MB of script, about 60 MiB of memory in every
    // process that loads it, and production serves no playground by default.
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    const html = renderGraphiQL({
      endpoint,
      title: 'Regio Q4 API',
      defaultTabs: tabs,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: tabs[0]?.headers ? 'headers' : 'variables',
      // In development the tabs carry tokens that run out: keep no tabs in the browser's storage, or a
      // reload would bring back last hour's tabs (without their headers) instead of fresh ones.
      ...(development ? { storage: null as never } : {}),
    });
    // The tabs are a JavaScript object literal in the page's script: a PLAYGROUND_NOW inside a variables
    // string becomes an expression, evaluated when the browser runs the page. The page stays the same
    // (until development rebuilds it with fresh tokens), so its Content-Security-Policy hash does too.
    const dated = html.replaceAll(PLAYGROUND_NOW, '" + new Date().toISOString() + "');
    // After GraphiQL's script: `</body>` also occurs inside its bundle, so the last one.
    const end = dated.lastIndexOf('</body>');
    return `${dated.slice(0, end)}<script>${headersPaneScript(tabs)}</script>\n${dated.slice(end)}`;
  }

  return {
    html() {
      const stale = development && page && Date.now() - page.builtAt > (lifetime * 1000) / 2;
      if (!page || stale) {
        const html = build();
        page = { html, builtAt: Date.now() };
        // A failed build is tried again on the next request rather than served as a failure for ever.
        html.catch(() => {
          if (page?.html === html) page = undefined;
        });
      }
      return page.html;
    },
  };
}

/** `Bearer <paste the output of: npm run -s token -- --role CIVIL_SERVANT --municipality GM0355>`. */
export function tokenPlaceholder(token: PlaygroundToken): string {
  const options = [
    ...token.roles.map((role) => `--role ${role}`),
    token.municipality && `--municipality ${token.municipality}`,
    token.kvk && `--kvk ${token.kvk}`,
    token.association &&
      `--association <the id of ${token.association} from { associations { id shortName } }>`,
    token.sub && `--sub ${token.sub}`,
    token.name && `--name ${JSON.stringify(token.name)}`,
  ].filter(Boolean);
  return `Bearer <paste the output of: npm run -s token -- ${options.join(' ')}>`;
}

/** `<paste the output of: npm run -s apikey -- --organisation "..." --scopes events:read>`. */
export function apiKeyPlaceholder(apiKey: NonNullable<PlaygroundExample['apiKey']>): string {
  return `<paste the output of: npm run -s apikey -- --organisation ${JSON.stringify(apiKey.organisation)} --scopes ${apiKey.scopes.join(',')}>`;
}

/**
 * GraphiQL opens one pane below the editor for all tabs. This opens Headers when the chosen tab has headers
 * and Variables otherwise (tabs by position, as shipped; after closing or moving tabs it may guess wrong).
 */
function headersPaneScript(tabs: Tab[]): string {
  const withHeaders = tabs.flatMap((tab, index) => (tab.headers ? [index] : []));
  return `(function () {
  var withHeaders = ${JSON.stringify(withHeaders)};
  document.addEventListener('click', function (event) {
    var tab = event.target.closest && event.target.closest('[id^="graphiql-session-tab-"]');
    if (!tab) return;
    var index = Number(tab.id.slice('graphiql-session-tab-'.length));
    setTimeout(function () {
      var pane = document.querySelector(
        '.graphiql-editor-tools button[data-name="' + (withHeaders.indexOf(index) >= 0 ? 'headers' : 'variables') + '"]',
      );
      if (pane && !pane.classList.contains('active')) pane.click();
    }, 0);
  });
})();`;
}
