import {
  defineMatrix,
  everyone,
  gate,
  INHERIT,
  personal,
  sample,
  visibleTo,
} from '../support/authorization-matrix';

/**
 * Self-service applications: anyone applies and confirms; admins, the named association's secretary (the
 * SECRETARY caller acts for ZZO) and a member of an existing business of the KvK number see an application.
 */
export const applicationsMatrix = defineMatrix({
  samples: {
    // The demo's confirmed application naming ZZO.
    application: {
      type: 'BusinessApplication',
      sql: `SELECT ba.id AS value FROM business_application ba JOIN association a ON a.id = ba.association_id
             WHERE a.short_name = 'ZZO' ORDER BY ba.kvk_number LIMIT 1`,
    },
  },
  query: {
    businessApplication: {
      args: { id: sample('application') },
      cells: visibleTo('ADMIN', 'SECRETARY'),
    },
    businessApplications: { cells: gate('ADMIN', 'SECRETARY', 'MEMBER') },
  },
  mutation: {
    applyAsBusiness: { cells: everyone },
    // A decision on an application of another association is a NOT_FOUND user error (the module's tests).
    approveBusinessApplication: { cells: gate('ADMIN', 'SECRETARY') },
    confirmBusinessApplication: { cells: everyone },
    confirmBusinessApplicationAsOwner: { cells: gate('MEMBER') },
    rejectBusinessApplication: { cells: gate('ADMIN', 'SECRETARY') },
  },
  routes: {
    'GET /applications/confirm': { path: '/applications/confirm?token=x', cells: everyone },
    // The matrix requests with GET; the POST that confirms is anonymous by design and tested in
    // test/applications/applications.cases.ts ("the mailed link").
    'POST /applications/confirm': { path: '/applications/confirm?token=x', cells: everyone },
  },
  types: {
    ApplyAsBusinessPayload: { fields: { received: INHERIT, userErrors: INHERIT } },
    BusinessApplicationConnection: {
      fields: { edges: INHERIT, nodes: INHERIT, pageInfo: INHERIT, totalCount: INHERIT },
    },
    BusinessApplicationEdge: { fields: { cursor: INHERIT, node: INHERIT } },
    BusinessApplicationPayload: { fields: { application: INHERIT, userErrors: INHERIT } },
    BusinessApplication: {
      sample: 'application',
      node: visibleTo('ADMIN', 'SECRETARY'),
      fields: {
        approvedOn: INHERIT,
        association: INHERIT,
        business: INHERIT,
        city: INHERIT,
        confirmedAt: INHERIT,
        contactEmail: personal('ADMIN', 'SECRETARY'),
        contactName: personal('ADMIN', 'SECRETARY'),
        cpvCodes: INHERIT,
        createdAt: INHERIT,
        decidedAt: INHERIT,
        decidedBy: INHERIT,
        description: INHERIT,
        houseNumber: INHERIT,
        id: INHERIT,
        kvkNumber: INHERIT,
        municipalitiesServed: INHERIT,
        municipality: INHERIT,
        // A trade name, but often a person's (a one-man business): read only by those who see the application.
        name: personal('ADMIN', 'SECRETARY'),
        ownerConfirmedAt: INHERIT,
        postcode: INHERIT,
        rejectionReason: INHERIT,
        status: INHERIT,
        street: INHERIT,
      },
    },
  },
});
