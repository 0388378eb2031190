import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { PlaygroundExample } from './kit';
import { PLAYGROUND_NOW } from './kit';
import { modules } from './modules';

/**
 * GraphiQL served from node_modules as one self-contained page (municipal networks block CDNs), with the
 * example operations of every module preloaded as tabs; the headers pane sets Authorization or X-Api-Key.
 */
export function playgroundPlugin(endpoint: string): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: playgroundHtml(endpoint) };
        },
      };
    },
  };
}

const pages = new Map<string, string>();

/** The page, rendered once per endpoint (it is large: GraphiQL and its editor inline). */
export function playgroundHtml(endpoint: string): string {
  let html = pages.get(endpoint);
  if (!html) {
    html = renderGraphiQL({
      endpoint,
      title: 'Regio Q4 API',
      defaultTabs: modules
        .flatMap((module): PlaygroundExample[] => module.examples ?? [])
        .map((example) => ({
          query: `# ${example.title}\n${example.query.trim()}\n`,
          variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
          headers: example.headers ? JSON.stringify(example.headers, null, 2) : undefined,
        })),
      shouldPersistHeaders: false,
    });
    // The tabs are a JavaScript object literal in the page's script: a PLAYGROUND_NOW inside a variables
    // string becomes an expression, evaluated when the browser runs the page. The page stays the same, so
    // its Content-Security-Policy hash does too.
    html = html.replaceAll(PLAYGROUND_NOW, '" + new Date().toISOString() + "');
    pages.set(endpoint, html);
  }
  return html;
}
