import type { GraphQLFieldConfig, GraphQLResolveInfo } from 'graphql';
import {
  GraphQLBoolean,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  GraphQLID,
  Kind,
} from 'graphql';
import joinMonster from 'join-monster';

/**
 * The generic engine of the bench: join-monster 4 compiling GraphQL to SQL from `extensions.joinMonster` on
 * a small graphql-js schema over the API's own tables, written as its README and docs show. It covers the
 * fields of the workloads in `ENGINE_WORKLOADS` and answers them as the API answers an anonymous caller
 * (public rows only, same ids, times, order); the bench checks that before loading it.
 *
 * Nested lists are fetched as join-monster offers: `join` puts them into the one statement as LEFT JOINs
 * (rows multiplied, hydrated back in JavaScript), `batch` fetches each nested list in one more statement per
 * level (`sqlBatch`, `IN (...)` over the parent keys). Values from arguments are written into the SQL text
 * (join-monster's `where` thunks return text), so the text is stable only per argument values.
 */
export type EngineMode = 'join' | 'batch';

/** The workloads the engine's schema covers. */
export const ENGINE_WORKLOADS = ['W4', 'W1', 'SE1', 'W3b'];

export interface EngineContext {
  /** Runs one statement; counts it. */
  query(sql: string): Promise<unknown[]>;
}

/** What a connection field hands its `nodes` field, which calls join-monster. */
interface Page {
  first: number;
  from?: Date;
}

/** join-monster's context: the connection's arguments reach the `where` and `limit` thunks through it. */
interface MonsterContext {
  page: Page;
}

const pageSize = (first: unknown): number => {
  const size = first ?? 20;
  if (typeof size !== 'number' || size < 1 || size > 100) throw new GraphQLError('first: 1 to 100');
  return size;
};

const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

const parseTime = (value: unknown): Date => {
  const time = typeof value === 'string' ? new Date(value) : undefined;
  if (!time || Number.isNaN(time.getTime())) throw new GraphQLError('DateTime: an ISO 8601 time');
  return time;
};

/** As the API serialises a `DateTime`: `2018-03-15T18:00:00.000Z`. */
const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseTime,
  parseLiteral: (ast) => parseTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

const string = (sqlColumn?: string): GraphQLFieldConfig<unknown, unknown> => ({
  type: new GraphQLNonNull(GraphQLString),
  ...(sqlColumn ? { extensions: { joinMonster: { sqlColumn } } } : {}),
});

export function engineSchema(mode: EngineMode): GraphQLSchema {
  const batch = mode === 'batch';

  // --- news: W4 ---------------------------------------------------------------------------------------
  const Label = new GraphQLObjectType({
    name: 'Label',
    extensions: { joinMonster: { sqlTable: 'label', uniqueKey: 'id' } },
    fields: { name: string() },
  });
  const Person = new GraphQLObjectType({
    name: 'Person',
    extensions: { joinMonster: { sqlTable: 'person', uniqueKey: 'id' } },
    fields: { name: string() },
  });
  const ArticleSignatory = new GraphQLObjectType({
    name: 'ArticleSignatory',
    extensions: { joinMonster: { sqlTable: 'article_signatory', uniqueKey: 'id' } },
    fields: {
      person: {
        type: new GraphQLNonNull(Person),
        extensions: { joinMonster: { sqlJoin: (s: string, p: string) => `${s}.person_id = ${p}.id` } },
      },
    },
  });
  const Article = new GraphQLObjectType({
    name: 'Article',
    extensions: { joinMonster: { sqlTable: 'article', uniqueKey: 'id' } },
    fields: {
      title: string(),
      publishedAt: { type: DateTime, extensions: { joinMonster: { sqlColumn: 'published_at' } } },
      labels: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Label))),
        extensions: {
          joinMonster: {
            orderBy: { name: 'ASC' },
            junction: batch
              ? {
                  sqlTable: 'article_label',
                  uniqueKey: ['article_id', 'label_id'],
                  sqlBatch: {
                    thisKey: 'article_id',
                    parentKey: 'id',
                    sqlJoin: (al: string, l: string) => `${al}.label_id = ${l}.id`,
                  },
                }
              : {
                  sqlTable: 'article_label',
                  uniqueKey: ['article_id', 'label_id'],
                  sqlJoins: [
                    (a: string, al: string) => `${a}.id = ${al}.article_id`,
                    (al: string, l: string) => `${al}.label_id = ${l}.id`,
                  ],
                },
          },
        },
      },
      signatories: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(ArticleSignatory))),
        extensions: {
          joinMonster: {
            orderBy: { position: 'ASC' },
            ...(batch
              ? { sqlBatch: { thisKey: 'article_id', parentKey: 'id' } }
              : { sqlJoin: (a: string, s: string) => `${a}.id = ${s}.article_id` }),
          },
        },
      },
    },
  });

  // --- networking: W1 ---------------------------------------------------------------------------------
  const MunicipalityBusinesses = new GraphQLObjectType({
    name: 'MunicipalityBusinesses',
    fields: { totalCount: { type: new GraphQLNonNull(GraphQLInt) } },
  });
  const Municipality = new GraphQLObjectType({
    name: 'Municipality',
    extensions: { joinMonster: { sqlTable: 'municipality', uniqueKey: 'id' } },
    fields: {
      name: string(),
      // W3b: the count as a computed column (a correlated subquery), as for the attendance below.
      businesses: {
        type: new GraphQLNonNull(MunicipalityBusinesses),
        extensions: {
          joinMonster: {
            sqlExpr: (m: string) =>
              `(SELECT json_build_object('totalCount', count(*)) FROM business b WHERE b.municipality_id = ${m}.id)`,
          },
        },
      },
    },
  });
  // The venue is columns of the event's own row; join-monster reaches a table (the municipality) only from a
  // type with a table, so the venue is the event row joined once more by its key.
  const EventVenue = new GraphQLObjectType({
    name: 'EventVenue',
    extensions: { joinMonster: { sqlTable: 'event', uniqueKey: 'id' } },
    fields: {
      name: string('venue_name'),
      address: string('venue_address'),
      municipality: {
        type: new GraphQLNonNull(Municipality),
        extensions: {
          joinMonster: { sqlJoin: (v: string, m: string) => `${v}.venue_municipality_id = ${m}.id` },
        },
      },
    },
  });
  const EventHost = new GraphQLObjectType({
    name: 'EventHost',
    extensions: { joinMonster: { sqlTable: 'event_host', uniqueKey: 'id' } },
    fields: {
      // An association or an organisation hosts; two more tables for one name, as computed columns.
      name: {
        type: new GraphQLNonNull(GraphQLString),
        extensions: {
          joinMonster: {
            sqlExpr: (h: string) =>
              `coalesce((SELECT name FROM association WHERE id = ${h}.association_id),
                        (SELECT name FROM organisation WHERE id = ${h}.organisation_id))`,
          },
        },
      },
    },
  });
  const EventAttendance = new GraphQLObjectType({
    name: 'EventAttendance',
    fields: {
      confirmed: { type: new GraphQLNonNull(GraphQLInt) },
      waitlisted: { type: new GraphQLNonNull(GraphQLInt) },
    },
  });
  const Event = new GraphQLObjectType({
    name: 'Event',
    extensions: { joinMonster: { sqlTable: 'event', uniqueKey: 'id' } },
    fields: {
      id: {
        type: new GraphQLNonNull(GraphQLID),
        extensions: { joinMonster: { sqlColumn: 'id' } },
        resolve: (event: { id: string }) => toGlobalId('Event', event.id),
      },
      title: string(),
      startsAt: {
        type: new GraphQLNonNull(DateTime),
        extensions: { joinMonster: { sqlColumn: 'starts_at' } },
      },
      organisers: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(EventHost))),
        extensions: {
          joinMonster: {
            orderBy: { position: 'ASC' },
            // A `where` of a joined list goes into the statement's WHERE (and would drop events without
            // organisers), so with joins the condition is part of the join.
            ...(batch
              ? {
                  sqlBatch: { thisKey: 'event_id', parentKey: 'id' },
                  where: (h: string) => `${h}.role = 'ORGANISER'`,
                }
              : { sqlJoin: (e: string, h: string) => `${e}.id = ${h}.event_id AND ${h}.role = 'ORGANISER'` }),
          },
        },
      },
      venue: {
        type: new GraphQLNonNull(EventVenue),
        extensions: { joinMonster: { sqlJoin: (e: string, v: string) => `${e}.id = ${v}.id` } },
      },
      // Counts are a computed column (a correlated subquery), as the docs show for aggregates.
      attendance: {
        type: new GraphQLNonNull(EventAttendance),
        extensions: {
          joinMonster: {
            sqlExpr: (e: string) =>
              `(SELECT json_build_object('confirmed', count(*) FILTER (WHERE r.status = 'CONFIRMED'),
                                         'waitlisted', count(*) FILTER (WHERE r.status = 'WAITLISTED'))
                  FROM registration r WHERE r.event_id = ${e}.id)`,
          },
        },
      },
    },
  });

  // --- social enterprise: SE1 ---------------------------------------------------------------------------
  const Business = new GraphQLObjectType({
    name: 'Business',
    extensions: { joinMonster: { sqlTable: 'business', uniqueKey: 'id' } },
    fields: { name: string() },
  });
  const Opportunity = new GraphQLObjectType({
    name: 'Opportunity',
    extensions: { joinMonster: { sqlTable: 'opportunity', uniqueKey: 'id' } },
    fields: {
      id: {
        type: new GraphQLNonNull(GraphQLID),
        extensions: { joinMonster: { sqlColumn: 'id' } },
        resolve: (opportunity: { id: string }) => toGlobalId('Opportunity', opportunity.id),
      },
      // Enums of the API; their values are the database's labels, so strings answer the same.
      kind: string(),
      title: string(),
      places: { type: new GraphQLNonNull(GraphQLInt) },
      hoursPerWeek: { type: GraphQLInt, extensions: { joinMonster: { sqlColumn: 'hours_per_week' } } },
      // pg returns an array of an enum type as its text ('{A,B}'): JSON instead.
      targetGroups: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))),
        extensions: { joinMonster: { sqlExpr: (o: string) => `to_json(${o}.target_groups)` } },
      },
      business: {
        type: Business,
        extensions: { joinMonster: { sqlJoin: (o: string, b: string) => `${o}.business_id = ${b}.id` } },
      },
      municipality: {
        type: new GraphQLNonNull(Municipality),
        extensions: { joinMonster: { sqlJoin: (o: string, m: string) => `${o}.municipality_id = ${m}.id` } },
      },
    },
  });

  // --- the lists --------------------------------------------------------------------------------------
  // join-monster paginates only Relay connections selected through `edges { node }`; the API's lists are
  // asked for through `nodes`, so the connection resolves to its arguments and `nodes` calls join-monster,
  // handing the arguments to the thunks through join-monster's context.
  const nodesOf = (
    item: GraphQLObjectType,
    monster: Record<string, unknown>,
  ): GraphQLFieldConfig<Page, EngineContext> => ({
    type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(item))),
    extensions: {
      joinMonster: {
        limit: (_args: unknown, ctx: unknown) => (ctx as MonsterContext).page.first,
        ...monster,
      },
    },
    resolve: (page, _args, ctx, info: GraphQLResolveInfo) =>
      joinMonster(info, { page } satisfies MonsterContext, (sql: string) => ctx.query(sql), {
        dialect: 'pg',
      }),
  });
  const ArticleConnection = new GraphQLObjectType<Page, EngineContext>({
    name: 'ArticleConnection',
    fields: {
      nodes: nodesOf(Article, {
        // Visible to anyone: published, and not in the future. Then COALESCE(published_at, created_at) of the
        // API's order is published_at.
        where: (a: string) => `${a}.status = 'PUBLISHED' AND ${a}.published_at <= now()`,
        orderBy: [
          { column: 'published_at', direction: 'DESC' },
          { column: 'id', direction: 'DESC' },
        ],
      }),
    },
  });
  const EventConnection = new GraphQLObjectType<Page, EngineContext>({
    name: 'EventConnection',
    fields: {
      nodes: nodesOf(Event, {
        // What an anonymous caller sees: public, not cancelled; `from` keeps events that end at or after it.
        where: (e: string, _args: unknown, ctx: MonsterContext) =>
          [
            `${e}.visibility = 'PUBLIC'`,
            `${e}.status <> 'CANCELLED'`,
            ...(ctx.page.from ? [`${e}.ends_at >= '${ctx.page.from.toISOString()}'`] : []),
          ].join(' AND '),
        orderBy: [
          { column: 'starts_at', direction: 'ASC' },
          { column: 'id', direction: 'ASC' },
        ],
      }),
    },
  });
  // join-monster counts only Relay connections (`count(*) OVER ()` of its paginated subquery, read through
  // `edges`): `totalCount` beside `nodes` is a statement of its own.
  const OpportunityConnection = new GraphQLObjectType<Page, EngineContext>({
    name: 'OpportunityConnection',
    fields: {
      totalCount: {
        type: new GraphQLNonNull(GraphQLInt),
        resolve: async (_page, _args, ctx) =>
          Number(
            (
              (await ctx.query(`SELECT count(*) AS count FROM opportunity WHERE status = 'OPEN'`)) as [
                { count: string },
              ]
            )[0].count,
          ),
      },
      nodes: nodesOf(Opportunity, {
        // What an anonymous caller sees: open opportunities.
        where: (o: string) => `${o}.status = 'OPEN'`,
        orderBy: [
          { column: 'created_at', direction: 'DESC' },
          { column: 'id', direction: 'DESC' },
        ],
      }),
    },
  });
  const EventFilter = new GraphQLInputObjectType({
    name: 'EventFilter',
    fields: { from: { type: DateTime } },
  });

  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        articles: {
          type: new GraphQLNonNull(ArticleConnection),
          args: { first: { type: GraphQLInt } },
          resolve: (_root, args: { first?: number }): Page => ({ first: pageSize(args.first) }),
        },
        opportunities: {
          type: new GraphQLNonNull(OpportunityConnection),
          args: { first: { type: GraphQLInt } },
          resolve: (_root, args: { first?: number }): Page => ({ first: pageSize(args.first) }),
        },
        municipalities: {
          type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Municipality))),
          args: { inRegion: { type: GraphQLBoolean } },
          extensions: {
            joinMonster: {
              where: (m: string, args: { inRegion?: boolean | null }) =>
                args.inRegion == null ? undefined : `${m}.in_region = ${args.inRegion ? 'true' : 'false'}`,
              orderBy: [
                { column: 'name', direction: 'ASC' },
                { column: 'id', direction: 'ASC' },
              ],
            },
          },
          resolve: (_root, _args, ctx: EngineContext, info: GraphQLResolveInfo) =>
            joinMonster(info, {}, (sql: string) => ctx.query(sql), { dialect: 'pg' }),
        },
        events: {
          type: new GraphQLNonNull(EventConnection),
          args: { first: { type: GraphQLInt }, filter: { type: EventFilter } },
          resolve: (_root, args: { first?: number; filter?: { from?: Date } }): Page => ({
            first: pageSize(args.first),
            from: args.filter?.from,
          }),
        },
      },
    }),
  });
}
