import type { Context, UserError } from '../../kit';
import {
  actorOf,
  forbidden,
  fromGlobalId,
  notify,
  todayInAmsterdam,
  toGlobalId,
  userError,
  UserErrorCode,
  userText,
  withTransaction,
} from '../../kit';
import { cpvPrefix } from './cpv-category.entity';
import { Invitation, InvitationOutcome } from './invitation.entity';
import { ProposedSupplier } from './proposed-supplier.entity';
import { CategoryFit } from './invitation.enum';
import type { ProcurementRequest } from './procurement-request.entity';
import { ProcurementRequestStatus } from './procurement-request.entity';
import { invitationToQuote } from './procurement.notifications';
import { isBuyer, lockRequestForBuyer, transitionError } from './procurement-request.service';
import { SupplierProfile } from './supplier-profile.entity';
import { ProcurementProcedure } from './threshold.entity';

export interface Suggestion {
  supplier: SupplierProfile;
  rank: number;
  fit: CategoryFit;
  local: boolean;
  regional: boolean;
  reasons: string[];
}

/** How many local suppliers (in the buying municipality) a shortlist includes where they exist. */
export const LOCAL_MINIMUM: Record<ProcurementProcedure, number> = {
  SINGLE_QUOTE: 1,
  MULTIPLE_QUOTE: 2,
  NATIONAL: 2,
  EUROPEAN: 2,
};

/** The default shortlist size: one for a single quote, five for 3-5 quotes, ten to alert for a tender. */
export const DEFAULT_SIZE: Record<ProcurementProcedure, number> = {
  SINGLE_QUOTE: 3,
  MULTIPLE_QUOTE: 5,
  NATIONAL: 10,
  EUROPEAN: 10,
};

interface CandidateRow {
  id: string;
  fit: number;
  matched_code: string;
  matched_label: string;
  local: boolean;
  regional: boolean;
  serves: boolean;
  municipality_name: string;
  last_invited_at: Date | null;
}

/**
 * The suggested shortlist of a request, deterministic: active suppliers whose categories fit (the requested
 * category or one below it is EXACT; a broader category above it is PARENT), the best fit first, suppliers
 * of the region (or serving the municipality) before others, and among equals the least recently invited
 * first (never invited first), then by id. Then local suppliers are swapped in from further down until
 * `localMinimum` of them are on the list, where that many exist.
 */
export async function suggest(
  ctx: Context,
  request: ProcurementRequest,
  size: number,
  localMinimum: number,
): Promise<Suggestion[]> {
  const ancestors = await ctx.loaders.procurement.cpvAncestorsByCode.load(request.cpvCode);
  const rows: CandidateRow[] = await ctx.em.query(
    `WITH fits AS (
       SELECT sc.profile_id, sc.cpv_code,
              CASE WHEN sc.cpv_code LIKE $1 THEN 2 ELSE 1 END AS fit
         FROM supplier_category sc
        WHERE sc.cpv_code LIKE $1 OR sc.cpv_code = ANY($3)
     ), best AS (
       SELECT DISTINCT ON (f.profile_id) f.profile_id, f.fit, f.cpv_code
         FROM fits f ORDER BY f.profile_id, f.fit DESC, f.cpv_code DESC
     )
     SELECT p.id, best.fit, best.cpv_code AS matched_code, c.label AS matched_label,
            b.municipality_id = $2 AS local, m.in_region AS regional,
            EXISTS (SELECT 1 FROM supplier_municipality sm
                     WHERE sm.profile_id = p.id AND sm.municipality_id = $2) AS serves,
            m.name AS municipality_name, p.last_invited_at
       FROM best
       JOIN supplier_profile p ON p.id = best.profile_id AND p.active
       JOIN business b ON b.id = p.business_id
       JOIN municipality m ON m.id = b.municipality_id
       JOIN cpv_category c ON c.code = best.cpv_code
      ORDER BY best.fit DESC,
               (m.in_region OR EXISTS (SELECT 1 FROM supplier_municipality sm
                                        WHERE sm.profile_id = p.id AND sm.municipality_id = $2)) DESC,
               COALESCE(p.last_invited_at, 'epoch'::timestamptz), p.id
      LIMIT 500`,
    [`${cpvPrefix(request.cpvCode)}%`, request.municipalityId, ancestors.map((a) => a.code)],
  );
  const chosen: (CandidateRow & { proposal?: string })[] = rows.slice(0, size);
  const localOnList = chosen.filter((row) => row.local).length;
  const missing = Math.min(localMinimum, size) - localOnList;
  const swappedIn = new Set<string>();
  if (missing > 0) {
    const extraLocal = rows
      .slice(size)
      .filter((row) => row.local)
      .slice(0, missing);
    for (const local of extraLocal) {
      // replace the lowest-ranked supplier that is not local
      const index = chosen.map((row) => row.local).lastIndexOf(false);
      if (index < 0) break;
      chosen.splice(index, 1);
      chosen.push(local);
      swappedIn.add(local.id);
    }
    chosen.sort((a, b) => rows.indexOf(a) - rows.indexOf(b));
  }
  // Suppliers the buyer put forward come first, in the order they were put forward, on top of `size`: the
  // buyer asked for them by name; the fair list below them stays as long as it was.
  const proposed: ProposedRow[] = await ctx.em.query(PROPOSED, [request.id, request.municipalityId]);
  const proposedIds = new Set(proposed.map((row) => row.id));
  const listed = [
    ...proposed.map((row) => ({ ...(rows.find((fit) => fit.id === row.id) ?? row), proposal: row.reason })),
    ...chosen.filter((row) => !proposedIds.has(row.id)),
  ];
  const profiles = await ctx.loaders.procurement.profileById.loadMany(listed.map((row) => row.id));
  const municipality = await ctx.loaders.core.municipalityById.load(request.municipalityId);
  return listed.map((row, index) => {
    // In English, as stored in the invitation log; translated where they are sent.
    const reasons = row.proposal ? [userText(`Put forward by the buyer: ${row.proposal}`)] : [];
    reasons.push(
      userText(
        row.fit === 2
          ? row.matched_code === request.cpvCode
            ? `Offers ${row.matched_label} (${row.matched_code}), the requested category`
            : `Offers ${row.matched_label} (${row.matched_code}), the requested category or one below it`
          : row.fit === 1
            ? `Offers ${row.matched_label} (${row.matched_code}), a broader category of the request`
            : 'Offers no category that fits the request',
      ),
      userText(
        row.local
          ? `Established in ${row.municipality_name}, the buying municipality`
          : row.regional
            ? `Established in ${row.municipality_name}, in the region`
            : `Established in ${row.municipality_name}, outside the region`,
      ),
    );
    if (row.serves)
      reasons.push(userText(`Works in ${municipality?.name ?? userText('the buying municipality')}`));
    reasons.push(
      userText(
        row.last_invited_at
          ? `Last invited on ${todayInAmsterdam(row.last_invited_at)}`
          : 'Never invited before',
      ),
    );
    if (swappedIn.has(row.id)) {
      reasons.push(userText(`Included to have at least ${localMinimum} local supplier(s) on the list`));
    }
    return {
      supplier: profiles[index] as SupplierProfile,
      rank: index + 1,
      fit: row.fit === 2 ? CategoryFit.EXACT : row.fit === 1 ? CategoryFit.PARENT : CategoryFit.NONE,
      local: row.local,
      regional: row.regional,
      reasons,
    };
  });
}

interface ProposedRow extends CandidateRow {
  reason: string;
}

/** The active suppliers a buyer put forward for a request (`proposeSuppliers`), as candidate rows without a fit. */
const PROPOSED = `
  SELECT p.id, 0 AS fit, NULL AS matched_code, NULL AS matched_label, ps.reason,
         b.municipality_id = $2 AS local, m.in_region AS regional,
         EXISTS (SELECT 1 FROM supplier_municipality sm
                  WHERE sm.profile_id = p.id AND sm.municipality_id = $2) AS serves,
         m.name AS municipality_name, p.last_invited_at
    FROM proposed_supplier ps
    JOIN supplier_profile p ON p.id = ps.profile_id AND p.active
    JOIN business b ON b.id = p.business_id
    JOIN municipality m ON m.id = b.municipality_id
   WHERE ps.request_id = $1
   ORDER BY ps.created_at, p.id`;

/**
 * Puts businesses on a request's suggested shortlist with the buyer's reason (social enterprise calls it for
 * the firms that answered the project a request came from). Buyers of the request only (FORBIDDEN), while it
 * is DRAFT or INVITING; each business needs an active supplier profile. Proposing one again replaces its
 * reason. Runs in the caller's transaction; returns the user errors (nothing is stored when there are any).
 */
export async function proposeSuppliers(
  tx: Context,
  requestId: string,
  proposals: { businessId: string; reason: string; field: string[] }[],
): Promise<UserError[]> {
  const request = await lockRequestForBuyer(tx, toGlobalId('ProcurementRequest', requestId));
  if (!request) return [userError(UserErrorCode.NOT_FOUND, 'No such procurement request', [])];
  if (
    request.status !== ProcurementRequestStatus.DRAFT &&
    request.status !== ProcurementRequestStatus.INVITING
  ) {
    return [
      userError(
        UserErrorCode.NOT_ALLOWED,
        `Suppliers are put forward while the request is DRAFT or INVITING; it is ${request.status}`,
        [],
      ),
    ];
  }
  const errors: UserError[] = [];
  const rows: Partial<ProposedSupplier>[] = [];
  const profiles = await tx.loaders.procurement.profileByBusinessId.loadMany(
    proposals.map((proposal) => proposal.businessId),
  );
  proposals.forEach((proposal, index) => {
    const profile = profiles[index];
    if (!(profile instanceof SupplierProfile) || !profile.active) {
      errors.push(
        userError(UserErrorCode.INVALID, 'The firm has no active supplier profile', proposal.field),
      );
    } else rows.push({ requestId: request.id, profileId: profile.id, reason: proposal.reason });
  });
  if (errors.length > 0) return errors;
  await tx.em
    .createQueryBuilder()
    .insert()
    .into(ProposedSupplier)
    .values(rows)
    .orUpdate(['reason'], ['request_id', 'profile_id'])
    .execute();
  return [];
}

/** `suggestSuppliers`: buyers of the request only. */
export async function suggestSuppliers(
  ctx: Context,
  requestGlobalId: string,
  size?: number | null,
  localMinimum?: number | null,
): Promise<Suggestion[]> {
  const request = await ctx.loaders.procurement.requestById.load(
    fromGlobalId(requestGlobalId, 'ProcurementRequest').id,
  );
  if (!request || !(await isBuyer(ctx, request))) {
    throw forbidden('Only buyers of the request get suggestions');
  }
  return suggest(
    ctx,
    request,
    size ?? DEFAULT_SIZE[request.procedure],
    localMinimum ?? LOCAL_MINIMUM[request.procedure],
  );
}

/** How many suppliers a procedure invites in total; public tenders are open to anyone. */
const INVITED_RANGE: Record<ProcurementProcedure, [number, number]> = {
  SINGLE_QUOTE: [1, 1],
  MULTIPLE_QUOTE: [3, 5],
  NATIONAL: [0, 50],
  EUROPEAN: [0, 50],
};

export interface InviteSuppliersArgs {
  requestId: string;
  supplierIds: string[];
  note?: string | null;
  passedOverNotes?: { supplierId: string; note: string }[] | null;
}

/**
 * Invites suppliers to quote. Locks the request, then the chosen profiles in id order (so two buyers
 * inviting overlapping suppliers at once never deadlock), records each invited supplier with the reasons
 * it was suggested (or that it was the buyer's own choice), records every suggested supplier that was
 * passed over, stamps the suppliers' `lastInvitedAt` (rotation) and moves the request to INVITING.
 */
export function inviteSuppliers(ctx: Context, input: InviteSuppliersArgs, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const request = await lockRequestForBuyer(tx, input.requestId);
    const none = { procurementRequest: null, invitations: [] as Invitation[] };
    if (!request) {
      return {
        ...none,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, 'No such procurement request', ['input', 'requestId']),
        ],
      };
    }
    if (request.status !== ProcurementRequestStatus.INVITING) {
      const error = transitionError(request, ProcurementRequestStatus.INVITING);
      if (error) return { ...none, userErrors: [{ ...error, field: ['input', 'requestId'] }] };
    }
    const errors: UserError[] = [];
    const ids = input.supplierIds.map((globalId) => fromGlobalId(globalId, 'SupplierProfile').id);
    if (new Set(ids).size !== ids.length) {
      errors.push(userError(UserErrorCode.INVALID, 'A supplier is listed twice', ['input', 'supplierIds']));
    }
    const locked: SupplierProfile[] = await tx.em
      .createQueryBuilder(SupplierProfile, 'profile')
      .where('profile.id = ANY(:ids)', { ids })
      .orderBy('profile.id')
      // FOR NO KEY UPDATE: serialises invitations of a supplier, yet lets other buyers' log rows reference it
      .setLock('for_no_key_update')
      .getMany();
    const byId = new Map(locked.map((p) => [p.id, p]));
    const existing = await tx.em.find(Invitation, { where: { requestId: request.id } });
    const decided = new Map(existing.map((i) => [i.profileId, i]));
    ids.forEach((id, index) => {
      const profile = byId.get(id);
      const field = ['input', 'supplierIds', String(index)];
      if (!profile) errors.push(userError(UserErrorCode.NOT_FOUND, 'No such supplier', field));
      else if (!profile.active)
        errors.push(userError(UserErrorCode.INVALID, 'The supplier is not active', field));
      else if (decided.get(id)?.outcome === InvitationOutcome.INVITED) {
        errors.push(userError(UserErrorCode.INVALID, 'Already invited for this request', field));
      }
    });
    const invitedBefore = existing.filter((i) => i.outcome === InvitationOutcome.INVITED).length;
    const [min, max] = INVITED_RANGE[request.procedure];
    const total = invitedBefore + ids.length;
    if (total < min || total > max) {
      errors.push(
        userError(
          UserErrorCode.INVALID,
          `${request.procedure} invites ${min === max ? min : `${min} to ${max}`} supplier(s); this would make ${total}`,
          ['input', 'supplierIds'],
        ),
      );
    }
    if (errors.length > 0) return { ...none, userErrors: errors };

    const suggestions = await suggest(
      tx,
      request,
      DEFAULT_SIZE[request.procedure],
      LOCAL_MINIMUM[request.procedure],
    );
    const suggestionOf = new Map(suggestions.map((s) => [s.supplier.id, s]));
    const { subject, name } = actorOf(tx.viewer);
    const actor = { decidedAt: now, decidedBySubject: subject, decidedByName: name };
    const passedNotes = new Map(
      (input.passedOverNotes ?? []).map((p) => [fromGlobalId(p.supplierId, 'SupplierProfile').id, p.note]),
    );
    const rows: Partial<Invitation>[] = [];
    for (const id of ids) {
      const suggestion = suggestionOf.get(id);
      rows.push({
        ...actor,
        requestId: request.id,
        profileId: id,
        outcome: InvitationOutcome.INVITED,
        suggestedRank: suggestion?.rank ?? null,
        reasons: suggestion?.reasons ?? [userText('Chosen by the buyer; not on the suggested shortlist')],
        note: input.note ?? null,
      });
    }
    for (const suggestion of suggestions) {
      if (ids.includes(suggestion.supplier.id) || decided.has(suggestion.supplier.id)) continue;
      rows.push({
        ...actor,
        requestId: request.id,
        profileId: suggestion.supplier.id,
        outcome: InvitationOutcome.PASSED_OVER,
        suggestedRank: suggestion.rank,
        reasons: suggestion.reasons,
        note: passedNotes.get(suggestion.supplier.id) ?? null,
      });
    }
    // A supplier passed over earlier and invited now: its decision is replaced.
    const replaced = ids.filter((id) => decided.has(id)).map((id) => decided.get(id)!.id);
    if (replaced.length > 0) await tx.em.delete(Invitation, replaced);
    await tx.em.insert(Invitation, rows);
    await tx.em.update(SupplierProfile, ids, { lastInvitedAt: now });
    request.status = ProcurementRequestStatus.INVITING;
    const saved = await tx.em.save(request);
    await notify(tx, invitationToQuote, `${request.id}:${[...ids].sort().join(',')}`, {
      requestId: request.id,
      profileIds: ids,
    });
    const invitations = await tx.em.find(Invitation, {
      where: { requestId: request.id, outcome: InvitationOutcome.INVITED },
      order: { decidedAt: 'ASC', id: 'ASC' },
    });
    return { procurementRequest: saved, invitations, userErrors: [] };
  });
}
