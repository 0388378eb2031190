import type { AuthChecker } from 'type-graphql';
import { registerEnumType } from 'type-graphql';
import { forbidden, unauthenticated } from './errors';

export enum Role {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  COACH = 'COACH',
  MEMBER = 'MEMBER',
  SECRETARY = 'SECRETARY',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do; carried in the `roles` claim of their token.',
  valuesConfig: {
    ADMIN: { description: 'Regio Q4 staff and board: everything.' },
    EDITOR: { description: 'Writes and publishes news.' },
    CIVIL_SERVANT: { description: 'A civil servant of the municipality in the `municipality` claim.' },
    COACH: { description: 'A job coach in the social-enterprise portal.' },
    MEMBER: { description: 'An entrepreneur acting for the business in the `kvk` claim.' },
    SECRETARY: {
      description:
        'The secretary of the business association in the `association` claim (its id): approves applications ' +
        'naming it and manages its memberships, nothing of other associations.',
    },
  },
});

/** What an API key may read. The GraphQL names are upper case; the key strings are `area:verb`. */
export enum ApiScope {
  EVENTS_READ = 'events:read',
  NEWS_READ = 'news:read',
  SUPPLIERS_READ = 'suppliers:read',
  REPORTS_READ = 'reports:read',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'What an API key may read. The key strings are `events:read`, `reports:read`, ...',
  valuesConfig: {
    EVENTS_READ: { description: '`events:read`: also events with visibility PARTNERS (sync and feeds).' },
    NEWS_READ: { description: '`news:read`: reserved; published news is public.' },
    SUPPLIERS_READ: {
      description:
        '`suppliers:read`: supplier profiles with their contact details, and awards. Nothing else: not ' +
        'procurement requests, invitations or quotes.',
    },
    REPORTS_READ: {
      description:
        '`reports:read`: figures such as `businessFigures`, `networkingStats` and the restricted sections of ' +
        '`annualReview`; otherwise what an anonymous caller reads (no mutation, no personal data).',
    },
  },
});

export const API_SCOPES = Object.values(ApiScope);

export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  PERSON = 'PERSON',
  API_KEY = 'API_KEY',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'How the caller authenticated.',
  valuesConfig: {
    ANONYMOUS: { description: 'No `Authorization` or `X-Api-Key` header: public data only.' },
    PERSON: { description: 'A bearer token (JWT) of a person with roles.' },
    API_KEY: { description: 'An `X-Api-Key` of an organisation, with scopes.' },
  },
});

export interface Viewer {
  kind: ViewerKind;
  /** Token subject, or the API key's id. */
  subject: string | null;
  name: string | null;
  roles: Role[];
  /** CBS code of a civil servant's municipality. */
  municipalityCode: string | null;
  /** KvK number of the business a member acts for. */
  kvkNumber: string | null;
  /** Database id of the association a secretary acts for. */
  associationId: string | null;
  /** The organisation an API key belongs to (database id). */
  organisationId: string | null;
  scopes: ApiScope[];
}

export const ANONYMOUS: Viewer = Object.freeze({
  kind: ViewerKind.ANONYMOUS,
  subject: null,
  name: null,
  roles: [],
  municipalityCode: null,
  kvkNumber: null,
  associationId: null,
  organisationId: null,
  scopes: [],
}) as Viewer;

/** Requirement string for `@Authorized(...)`: an API key with this scope passes. */
export const scope = (value: ApiScope) => `scope:${value}`;

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}

export function hasScope(viewer: Viewer, value: ApiScope): boolean {
  return viewer.kind === ViewerKind.API_KEY && viewer.scopes.includes(value);
}

/** Whether the viewer meets any one of the requirements: a role name or `scope(...)`. */
export function satisfies(viewer: Viewer, requirements: readonly string[]): boolean {
  if (requirements.length === 0) return viewer.kind !== ViewerKind.ANONYMOUS;
  return requirements.some((requirement) =>
    requirement.startsWith('scope:')
      ? hasScope(viewer, requirement.slice('scope:'.length) as ApiScope)
      : hasRole(viewer, requirement as Role),
  );
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for others that miss every requirement. */
export function assertAllowed(viewer: Viewer, requirements: readonly string[]): void {
  if (satisfies(viewer, requirements)) return;
  if (viewer.kind === ViewerKind.ANONYMOUS) throw unauthenticated();
  throw forbidden(`This needs one of: ${requirements.join(', ')}`);
}

/** The one authChecker behind every `@Authorized(...)`. */
export const authChecker: AuthChecker<{ viewer: Viewer }> = ({ context }, requirements) => {
  assertAllowed(context.viewer, requirements);
  return true;
};

/**
 * Who did something, as stored beside what they did: the token's subject (or the API key's id) and a display
 * name, each null when unknown. Every "done by" column pair is `<verb>BySubject` / `<verb>ByName`, nullable;
 * there is no user table to point at (people are their verified token).
 */
export interface Actor {
  subject: string | null;
  name: string | null;
}

export function actorOf(viewer: Viewer): Actor {
  return { subject: viewer.subject, name: viewer.name ?? viewer.subject };
}

/**
 * What a non-null GraphQL field of a "done by" column answers when the column holds null: these fields
 * answered `unknown` before the columns could be null, and still do for the rows that held it.
 */
export const shownActor = (stored: string | null): string => stored ?? 'unknown';
