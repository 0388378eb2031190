import { toGlobalId } from '../../src/kit';
import {
  defineMatrix,
  everyone,
  gate,
  INHERIT,
  personal,
  sample,
  visibleTo,
} from '../support/authorization-matrix';

/** Core: municipalities, associations, organisations, businesses, people, API keys, the caller, figures. */
export const coreMatrix = defineMatrix({
  samples: {
    municipality: {
      type: 'Municipality',
      sql: `SELECT id AS value FROM municipality WHERE cbs_code = 'GM0355'`,
    },
    association: { type: 'Association', sql: `SELECT id AS value FROM association WHERE short_name = 'ZZO'` },
    organisation: {
      type: 'Organisation',
      sql: `SELECT id AS value FROM organisation WHERE name = 'Nationaal Park Utrechtse Heuvelrug'`,
    },
    // The MEMBER caller's own business: a member of ZZO today, so the member organises ZZO's events.
    memberBusiness: {
      type: 'Business',
      sql: `SELECT b.id AS value FROM business b JOIN business_membership m ON m.business_id = b.id
              JOIN association a ON a.id = m.association_id
             WHERE a.short_name = 'ZZO' AND m.until IS NULL ORDER BY b.kvk_number LIMIT 1`,
    },
    memberKvk: {
      sql: `SELECT b.kvk_number AS value FROM business b JOIN business_membership m ON m.business_id = b.id
              JOIN association a ON a.id = m.association_id
             WHERE a.short_name = 'ZZO' AND m.until IS NULL ORDER BY b.kvk_number LIMIT 1`,
    },
    apiKey: { type: 'ApiKey', sql: `SELECT id AS value FROM api_key ORDER BY created_at LIMIT 1` },
    boardPlan: {
      type: 'BoardPlan',
      sql: `SELECT id AS value FROM board_plan ORDER BY year, position LIMIT 1`,
    },
  },
  // People in the demo data have no e-mail address: give one an address, to check who reads it.
  async prepare({ sql }) {
    const [person] = await sql(`SELECT id FROM person ORDER BY name LIMIT 1`);
    await sql(`UPDATE person SET email = 'wethouder@example.nl' WHERE id = $1`, [person.id]);
    return { person: toGlobalId('Person', String(person.id)) };
  },
  query: {
    // Public; its restricted sections are null for others (their callers: test/review/annual-review.cases.ts).
    annualReview: { args: { year: 2018 }, cells: everyone },
    apiKeys: { cells: gate('ADMIN') },
    auditTrail: { cells: gate('ADMIN') },
    associations: { cells: everyone },
    boardPlans: { args: { year: 2018 }, cells: everyone },
    business: { args: { id: sample('memberBusiness') }, cells: everyone },
    businessByKvkNumber: { args: { kvkNumber: sample('memberKvk') }, cells: everyone },
    businessFigures: { cells: gate('ADMIN', 'reports:read') },
    businesses: { cells: everyone },
    me: { cells: everyone },
    municipalities: { cells: everyone },
    municipality: { args: { cbsCode: 'GM0355' }, cells: everyone },
    node: { args: { id: sample('municipality') }, cells: everyone },
    nodes: { args: { ids: [sample('municipality')] }, cells: everyone },
    organisations: { cells: everyone },
  },
  mutation: {
    // A secretary for their own association only (test/applications/applications.cases.ts).
    addBusinessMembership: { cells: gate('ADMIN', 'SECRETARY') },
    createApiKey: { cells: gate('ADMIN') },
    createBoardPlan: { cells: gate('ADMIN') },
    createBusiness: { cells: gate('ADMIN') },
    createOrganisation: { cells: gate('ADMIN') },
    deleteBusiness: { cells: gate('ADMIN') },
    endBusinessMembership: { cells: gate('ADMIN', 'SECRETARY') },
    revokeApiKey: { cells: gate('ADMIN') },
    rotateApiKeyFeedToken: { cells: gate('ADMIN') },
    // A member for their own business only: the service checks ownership (test/core/businesses.cases.ts).
    updateBoardPlan: { cells: gate('ADMIN') },
    updateBusiness: { cells: gate('ADMIN', 'MEMBER') },
    updateOrganisation: { cells: gate('ADMIN') },
  },
  types: {
    // Not a Node: reached only through `auditTrail` (admins) and `ProcurementRequest.auditTrail` (the request's
    // buyers), whose gates guard every field, the actor's name included.
    AuditEntry: {
      fields: {
        action: INHERIT,
        actorName: INHERIT,
        actorSubject: INHERIT,
        at: INHERIT,
        fields: INHERIT,
        mutation: INHERIT,
        objectId: INHERIT,
        objectType: INHERIT,
        requestId: INHERIT,
        rootId: INHERIT,
      },
    },
    AuditEntryConnection: {
      fields: { edges: INHERIT, nodes: INHERIT, pageInfo: INHERIT, totalCount: INHERIT },
    },
    AuditEntryEdge: { fields: { cursor: INHERIT, node: INHERIT } },
    AddBusinessMembershipPayload: {
      fields: {
        membership: INHERIT,
        userErrors: INHERIT,
      },
    },
    // A section that a caller may not see is null, not an error; annual-review.cases.ts checks each caller.
    AnnualReview: {
      fields: {
        membership: INHERIT,
        municipality: INHERIT,
        plans: INHERIT,
        year: INHERIT,
      },
    },
    ApiKey: {
      sample: 'apiKey',
      node: visibleTo('ADMIN'),
      fields: {
        createdAt: INHERIT,
        createdBy: INHERIT,
        id: INHERIT,
        lastUsedAt: INHERIT,
        name: INHERIT,
        organisation: INHERIT,
        prefix: INHERIT,
        revokedAt: INHERIT,
        scopes: INHERIT,
      },
    },
    Association: {
      sample: 'association',
      node: everyone,
      fields: {
        id: INHERIT,
        isRegioQ4Member: INHERIT,
        municipality: INHERIT,
        name: INHERIT,
        regioQ4Memberships: INHERIT,
        shortName: INHERIT,
        website: INHERIT,
      },
    },
    BoardPlan: {
      sample: 'boardPlan',
      node: everyone,
      fields: {
        createdAt: INHERIT,
        description: INHERIT,
        id: INHERIT,
        result: INHERIT,
        status: INHERIT,
        title: INHERIT,
        updatedAt: INHERIT,
        year: INHERIT,
      },
    },
    Business: {
      sample: 'memberBusiness',
      node: everyone,
      fields: {
        associations: INHERIT,
        city: INHERIT,
        createdAt: INHERIT,
        houseNumber: INHERIT,
        id: INHERIT,
        kvkNumber: INHERIT,
        memberships: INHERIT,
        municipality: INHERIT,
        name: INHERIT,
        postcode: INHERIT,
        registeredOn: INHERIT,
        sbiCodes: INHERIT,
        street: INHERIT,
        updatedAt: INHERIT,
        website: INHERIT,
      },
    },
    BusinessConnection: {
      fields: {
        edges: INHERIT,
        nodes: INHERIT,
        pageInfo: INHERIT,
        totalCount: INHERIT,
      },
    },
    BusinessEdge: {
      fields: {
        cursor: INHERIT,
        node: INHERIT,
      },
    },
    BusinessMembership: {
      fields: {
        association: INHERIT,
        since: INHERIT,
        until: INHERIT,
      },
    },
    CreateApiKeyPayload: {
      fields: {
        icsUrl: INHERIT,
        apiKey: INHERIT,
        secret: INHERIT,
        userErrors: INHERIT,
      },
    },
    CreateBoardPlanPayload: { fields: { plan: INHERIT, userErrors: INHERIT } },
    CreateBusinessPayload: {
      fields: {
        business: INHERIT,
        userErrors: INHERIT,
      },
    },
    CreateOrganisationPayload: {
      fields: {
        organisation: INHERIT,
        userErrors: INHERIT,
      },
    },
    DeleteBusinessPayload: {
      fields: {
        deletedId: INHERIT,
        userErrors: INHERIT,
      },
    },
    EndBusinessMembershipPayload: {
      fields: {
        membership: INHERIT,
        userErrors: INHERIT,
      },
    },
    MembershipFigures: {
      fields: {
        associationMembers: INHERIT,
        associations: INHERIT,
        businessFigures: INHERIT,
        businesses: INHERIT,
        on: INHERIT,
        year: INHERIT,
      },
    },
    MembershipReview: { fields: { current: INHERIT, previous: INHERIT } },
    PlansFigures: { fields: { agenda: INHERIT, carriedOut: INHERIT } },
    PlansReview: { fields: { current: INHERIT, previous: INHERIT } },
    Municipality: {
      sample: 'municipality',
      node: everyone,
      fields: {
        businesses: INHERIT,
        cbsCode: INHERIT,
        id: INHERIT,
        inRegion: INHERIT,
        name: INHERIT,
        province: INHERIT,
      },
    },
    MunicipalityBusinessFigures: {
      fields: {
        associationMembers: INHERIT,
        businesses: INHERIT,
        municipality: INHERIT,
      },
    },
    Organisation: {
      sample: 'organisation',
      node: everyone,
      fields: {
        createdAt: INHERIT,
        id: INHERIT,
        kind: INHERIT,
        municipality: INHERIT,
        name: INHERIT,
        updatedAt: INHERIT,
        website: INHERIT,
      },
    },
    PageInfo: {
      fields: {
        endCursor: INHERIT,
        hasNextPage: INHERIT,
        hasPreviousPage: INHERIT,
        startCursor: INHERIT,
      },
    },
    Person: {
      sample: 'person',
      node: everyone,
      fields: {
        email: personal('ADMIN', { denial: 'gate' }),
        id: INHERIT,
        name: INHERIT,
      },
    },
    RegioQ4Membership: {
      fields: {
        since: INHERIT,
        until: INHERIT,
      },
    },
    RevokeApiKeyPayload: {
      fields: {
        apiKey: INHERIT,
        userErrors: INHERIT,
      },
    },
    RotateApiKeyFeedTokenPayload: {
      fields: {
        apiKey: INHERIT,
        icsUrl: INHERIT,
        userErrors: INHERIT,
      },
    },
    UpdateBoardPlanPayload: { fields: { plan: INHERIT, userErrors: INHERIT } },
    UpdateBusinessPayload: {
      fields: {
        business: INHERIT,
        userErrors: INHERIT,
      },
    },
    UpdateOrganisationPayload: {
      fields: {
        organisation: INHERIT,
        userErrors: INHERIT,
      },
    },
    UserError: {
      fields: {
        code: INHERIT,
        field: INHERIT,
        message: INHERIT,
      },
    },
    Viewer: {
      fields: {
        association: INHERIT,
        business: INHERIT,
        kind: INHERIT,
        municipality: INHERIT,
        name: INHERIT,
        organisation: INHERIT,
        roles: INHERIT,
        scopes: INHERIT,
        subject: INHERIT,
      },
    },
  },
});
