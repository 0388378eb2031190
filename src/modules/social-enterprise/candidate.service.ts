import { randomInt } from 'node:crypto';
import type { Connection, ConnectionArgs, Context, UserError } from '../core';
import {
  findForUpdate,
  hasRole,
  inputMunicipality,
  paginate,
  SortDirection,
  todayInAmsterdam,
  userError,
  UserErrorCode,
  withTransaction,
} from '../core';
import { Candidate, CandidateErasure } from './candidate.entity';
import type { CandidateFilter, CreateCandidateInput, EraseCandidateInput } from './candidate.inputs';
import { CANDIDATE_READERS } from './identifying';
import { PlacementTransition } from './placement.entity';

// No 0/O, 1/I/L: pseudonyms are read aloud on the phone.
const PSEUDONYM_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random pseudonym (`K-` and 7 characters, 34 bits): stored, never derived from the candidate's id. */
export function newPseudonym(): string {
  let value = 'K-';
  for (let i = 0; i < 7; i += 1) value += PSEUDONYM_ALPHABET[randomInt(PSEUDONYM_ALPHABET.length)];
  return value;
}

/** Candidates are for coaches and admins only: everyone else gets null, also through `node(id:)`. */
export async function findCandidate(ctx: Context, id: string): Promise<Candidate | null> {
  if (!hasRole(ctx.viewer, ...CANDIDATE_READERS)) return null;
  return ctx.loaders.socialEnterprise.candidateById.load(id);
}

export async function listCandidates(
  ctx: Context,
  filter: CandidateFilter,
  args: ConnectionArgs,
): Promise<Connection<Candidate>> {
  const query = ctx.em.createQueryBuilder(Candidate, 'candidate');
  if (!filter.includeErased) query.andWhere('candidate.erasedAt IS NULL');
  if (filter.targetGroup) query.andWhere('candidate.targetGroup = :group', { group: filter.targetGroup });
  if (filter.municipality) {
    const municipality = await ctx.loaders.core.municipalityByCbsCode.load(filter.municipality);
    query.andWhere('candidate.municipalityId = :municipalityId', {
      municipalityId: municipality?.id ?? null,
    });
  }
  return paginate(query, args, {
    column: 'candidate.createdAt',
    type: 'timestamp',
    direction: SortDirection.DESC,
    value: (candidate) => candidate.createdAt,
  });
}

export function createCandidate(ctx: Context, input: CreateCandidateInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    const thisYear = Number(todayInAmsterdam(now).slice(0, 4));
    if (input.birthYear > thisYear - 12) {
      errors.push(
        userError(UserErrorCode.INVALID, 'Candidates are at least 12 years old', ['input', 'birthYear']),
      );
    }
    if (input.consentGivenOn > todayInAmsterdam(now)) {
      errors.push(
        userError(UserErrorCode.INVALID, 'Consent cannot lie in the future', ['input', 'consentGivenOn']),
      );
    }
    if (!municipality || errors.length > 0) return { candidate: null, userErrors: errors };
    const { identifiers } = await tx.em.insert(Candidate, {
      name: input.name.trim(),
      email: input.email?.trim().toLowerCase() ?? null,
      phone: input.phone?.trim() ?? null,
      birthYear: input.birthYear,
      municipalityId: municipality.id,
      targetGroup: input.targetGroup,
      school: input.school?.trim() ?? null,
      interests: input.interests ?? null,
      skills: [...new Set(input.skills.map((skill) => skill.trim()))],
      availability: input.availability.trim(),
      supportNeeds: input.supportNeeds ?? null,
      coachSubject: tx.viewer.subject ?? 'unknown',
      coachName: tx.viewer.name ?? tx.viewer.subject ?? 'unknown',
      consentGivenOn: input.consentGivenOn,
      consentPurposes: [...new Set(input.consentPurposes)],
      pseudonym: newPseudonym(),
    });
    return {
      candidate: await tx.em.findOneByOrFail(Candidate, { id: identifiers[0].id as string }),
      userErrors: [],
    };
  });
}

/**
 * Erases a candidate for good: every identifying field and free text, the notes in their placement history,
 * and the pseudonym (a new random one, so what employers saw no longer leads anywhere). Target group,
 * municipality and placements stay, so the figures do not change. The erasure is logged with the candidate
 * id, the erasing subject and the time only.
 */
export function eraseCandidate(ctx: Context, input: EraseCandidateInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const candidate = await findForUpdate(tx, Candidate, input.id);
    if (!candidate) {
      return {
        candidate: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such candidate', ['input', 'id'])],
      };
    }
    if (candidate.erasedAt) {
      return {
        candidate: null,
        userErrors: [
          userError(UserErrorCode.NOT_ALLOWED, 'The candidate is already erased', ['input', 'id']),
        ],
      };
    }
    await tx.em.update(Candidate, candidate.id, {
      name: null,
      email: null,
      phone: null,
      birthYear: null,
      school: null,
      interests: null,
      skills: [],
      availability: '',
      supportNeeds: null,
      consentGivenOn: null,
      consentPurposes: [],
      pseudonym: newPseudonym(),
      erasedAt: now,
    });
    await tx.em.update(PlacementTransition, { candidateId: candidate.id }, { note: null });
    await tx.em.insert(CandidateErasure, {
      candidateId: candidate.id,
      subject: tx.viewer.subject ?? 'unknown',
      erasedAt: now,
    });
    return { candidate: await tx.em.findOneByOrFail(Candidate, { id: candidate.id }), userErrors: [] };
  });
}
