import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, RequestHandler } from 'express';
import express from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Credentials } from './authenticate';
import { authenticate } from './authenticate';
import type { AppConfig } from './config';
import { buildContext } from './context';
import { createErrorFormatter } from './errors';
import { cacheControlPlugin, varyByCaller } from './http/cache-control';
import { corsMiddleware } from './http/cors';
import { graphqlHandler } from './http/graphql-handler';
import { errorHandler, notFound, refuseMalformedUrls, sendError } from './http/errors';
import { limitInFlight } from './http/overload';
import { createDrain, httpServerOptions, limitConnections } from './http/connections';
import { mountMetrics } from './http/metrics-endpoint';
import { clientAddressOf, createRateLimits } from './http/rate-limits';
import { noSharedCachingWithoutPublicUrl, playgroundPage, securityHeaders } from './http/security-headers';
import { acceptPrefixedHashes, trustedDocumentCache, trustedDocumentsOnly } from './http/trusted-documents';
import { jitGateway, parsedDocumentStore } from './executor';
import { createLimitsCheck } from './limits';
import { createOperationInputCheck } from './operation-input';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { createMetrics } from './metrics';
import type { Context } from './kit';
import { createTokenVerifier, ErrorCode, negotiateLocale } from './kit';
import { modules } from './modules';
import { mountDevMailView } from './modules/notifications';
import { configureProcurement } from './modules/procurement';
import { mailDir, notificationSettings } from './notification-worker';
import { createPlayground } from './playground';
import type { RequestStore } from './request-store';
import { currentRequest, requestStore } from './request-store';
import { getSchema } from './schema';

type GraphQLContext = Context & { credentials: Credentials };

const REQUEST_ID = /^[\w.:-]{1,100}$/;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

function baseUrlOf(config: AppConfig, req: Request): string {
  return (
    config.publicUrl?.replace(/\/$/, '') ??
    `${req.protocol}://${req.get('host') ?? `${config.host}:${config.port}`}`
  );
}

/** One JSON log line and the HTTP metrics per request; the request store collects SQL counts and more. */
function requestLogging(log: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const header = req.get('x-request-id');
    const store: RequestStore = {
      requestId: header && REQUEST_ID.test(header) ? header : randomUUID(),
      startedAt: process.hrtime.bigint(),
      sqlCount: 0,
      errorCodes: [],
      locale: negotiateLocale(req.get('accept-language')),
    };
    // Messages and explanations are in the caller's language: a shared cache keeps one copy per language.
    res.vary('Accept-Language');
    res.setHeader('content-language', store.locale);
    res.setHeader('x-request-id', store.requestId);
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - store.startedAt) / 1e6;
      const path = req.originalUrl.split('?')[0];
      // Label by route pattern, never by raw path: unknown paths must not grow the metric's series.
      const route = req.route?.path ?? (path === '/graphql' ? path : 'other');
      metrics.recordHttp(typeof route === 'string' ? route : 'other', res.statusCode);
      log.info(
        {
          requestId: store.requestId,
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          operationName: store.operationName,
          callerKind: store.callerKind,
          sqlCount: store.sqlCount,
          errorCodes: store.errorCodes.length > 0 ? store.errorCodes : undefined,
        },
        'request',
      );
    });
    requestStore.run(store, next);
  };
}

/**
 * Decides before any resolver runs: the limits first (they cost no database work), then who is calling.
 * Also names the operation for logs and metrics.
 */
function gatePlugin(
  config: AppConfig,
  metrics: Metrics,
  schema: GraphQLSchema,
): ApolloServerPlugin<GraphQLContext> {
  const verifyToken = createTokenVerifier(config.jwt);
  // Both keep what they found per document, so a document's walk is paid once, not per request.
  const checkOperationInput = createOperationInputCheck(schema);
  const checkLimits = createLimitsCheck(schema, config.limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, contextValue }) {
          const store = currentRequest();
          if (store) {
            store.operationName =
              operationName && OPERATION_NAME.test(operationName) ? operationName : 'anonymous';
            store.variables = request.variables;
          }
          // A document without the requested operation is refused by the executor (400); nothing to check.
          if (!operation) return;
          checkOperationInput(document, operationName, request.variables);
          checkLimits(document, operationName, request.variables);
          contextValue.viewer = await authenticate(contextValue.credentials, contextValue.em, verifyToken);
          // Apollo runs each operation on a shallow copy of the context: loaders must read this copy, which
          // holds the viewer (visibility rules in loaders depend on it). The copy's set is the request's only
          // one in use (a module's loaders are made on first use, so the first context's set costs nothing).
          contextValue.loaders = contextValue.createLoaders(contextValue);
          if (store) store.callerKind = contextValue.viewer.kind;
        },
        async willSendResponse({ response }) {
          const store = currentRequest();
          if (!store) return;
          // No database (or no room for more work): the whole response says so, for clients and balancers.
          if (store.errorCodes.includes(ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
          metrics.recordOperation(
            store.operationName ?? 'unparsed',
            Number(process.hrtime.bigint() - store.startedAt) / 1e9,
            store.errorCodes,
          );
        },
      };
    },
  };
}

export interface Server {
  app: express.Express;
  httpServer: http.Server;
  metrics: Metrics;
  listen(port: number, host: string): Promise<string>;
  /**
   * Stops accepting, lets in-flight requests finish, writes the rate limits' points still in memory, then
   * resolves; a second call waits for the first. The DataSource stays open.
   */
  close(): Promise<void>;
}

export async function createServer(config: AppConfig, dataSource: DataSource, log: Logger): Promise<Server> {
  const app = express();
  const httpServer = http.createServer(httpServerOptions(config), app);
  limitConnections(httpServer, config);
  const drain = createDrain(httpServer, config.shutdownTimeoutMs);
  const metrics = createMetrics(dataSource);
  notificationSettings(config); // the preference resolvers read the signing key
  configureProcurement(config.procurement);
  const trusted = config.trustedDocuments?.documents; // read and checked with the configuration
  const schema = getSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: jitGateway(schema),
    documentStore: parsedDocumentStore(),
    formatError: createErrorFormatter(log),
    includeStacktraceInErrorResponses: false,
    introspection: config.graphql.introspection,
    // Without introspection the schema is not public: no "Did you mean …?" in validation errors either,
    // which would let anyone rebuild it field by field.
    hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
    stopOnTerminationSignals: false, // main.ts owns shutdown: server, then pool, then database
    persistedQueries: trusted ? { cache: trustedDocumentCache(trusted) } : undefined,
    plugins: [
      // Apollo's default cache-control plugin wraps every resolver to collect hints nobody reads here.
      ApolloServerPluginCacheControlDisabled(),
      // The playground page, when on, is served in front of Apollo (`playgroundPage`).
      ApolloServerPluginLandingPageDisabled(),
      gatePlugin(config, metrics, schema),
      cacheControlPlugin(config.publicCacheMaxAge),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogging(log, metrics));
  app.use(drain.middleware);
  app.use(corsMiddleware(config.corsOrigins, log));
  app.use(securityHeaders());
  app.use(limitInFlight(config.reliability.maxInFlightRequests), refuseMalformedUrls());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      res.status(pending ? 503 : 200).json(pending ? { status: 'migrations pending' } : { status: 'ready' });
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  const metricsEndpoint = mountMetrics(app, config, metrics);
  // Everything below counts against the rate limits; health checks and metrics above do not.
  const rateLimits = createRateLimits(config, dataSource, log);
  app.use(rateLimits.middleware, noSharedCachingWithoutPublicUrl(config));

  const router = express.Router();
  const verifyToken = createTokenVerifier(config.jwt);
  for (const module of modules) {
    module.routes?.(router, {
      dataSource,
      createContext: (request) => buildContext(dataSource, request),
      baseUrlOf: (req) => baseUrlOf(config, req),
      refuse: sendError,
      authenticate: async (req) => {
        const viewer = await authenticate(
          { authorization: req.get('authorization'), apiKey: req.get('x-api-key') },
          dataSource.manager,
          verifyToken,
        );
        const store = currentRequest();
        if (store) store.callerKind = viewer.kind;
        return viewer;
      },
    });
  }
  // Development: the mails the demo and the worker would have sent, without a mail server.
  if (config.env !== 'production' && !config.notifications.smtpUrl) mountDevMailView(router, mailDir(config));
  app.use(router);

  if (config.graphql.playground) {
    app.use('/graphql', playgroundPage(createPlayground(config, dataSource, '/graphql', log)));
  }
  app.use(
    '/graphql',
    express.json({ limit: config.limits.maxBodyBytes }),
    varyByCaller,
    acceptPrefixedHashes(),
    ...(trusted ? [trustedDocumentsOnly(trusted)] : []),
    graphqlHandler(apollo, async ({ req }) =>
      Object.assign(
        buildContext(dataSource, {
          requestId: currentRequest()?.requestId,
          baseUrl: baseUrlOf(config, req),
        }),
        {
          credentials: { authorization: req.get('authorization'), apiKey: req.get('x-api-key') },
          limits: rateLimits.requestLimits(clientAddressOf(req)),
          // Read per request, so a test can compare both paths on one server.
          compiledLists: config.compiledLists,
        },
      ),
    ),
  );

  app.use(notFound(), errorHandler(log, config.limits.maxBodyBytes));

  let closing: Promise<void> | undefined;
  return {
    app,
    httpServer,
    metrics,
    listen: (port, host) =>
      new Promise<string>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`);
        });
      }).then(async (url) => {
        const internal = await metricsEndpoint.listen(host);
        if (internal) log.info({ url: internal }, 'metrics on the internal port');
        return url;
      }),
    // The HTTP server first, so that no request meets a stopped Apollo; then the rate limits' points not yet
    // written, while the pool is still open. Once: a second call waits for the first.
    close: () =>
      (closing ??= drain
        .close()
        .then(() => Promise.all([apollo.stop(), metricsEndpoint.close(), rateLimits.close()]))
        .then(() => undefined)),
  };
}
