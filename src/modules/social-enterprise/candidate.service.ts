import { createHmac, randomBytes, randomInt } from 'node:crypto';
import type { Connection, ConnectionArgs, Context, UserError } from '../../kit';
import {
  actorOf,
  findForUpdate,
  hasRole,
  paginate,
  SortDirection,
  todayInAmsterdam,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { inputMunicipality } from '../core';
import { Candidate, CandidateErasure } from './candidate.entity';
import type {
  CandidateFilter,
  CreateCandidateInput,
  EraseCandidateInput,
  UpdateCandidateInput,
} from './candidate.inputs';
import { removeErasedFromDisk } from './erasure-cleanup';
import { CANDIDATE_READERS } from './identifying';
import type { Opportunity } from './opportunity.entity';
import { PlacementTransition } from './placement.entity';
import { PosterKind } from './opportunity.enum';

// No 0/O, 1/I/L: pseudonyms are read aloud on the phone.
const PSEUDONYM_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random pseudonym (`K-` and 7 characters, 34 bits): stored, never derived from the candidate's id. */
export function newPseudonym(): string {
  let value = 'K-';
  for (let i = 0; i < 7; i += 1) value += PSEUDONYM_ALPHABET[randomInt(PSEUDONYM_ALPHABET.length)];
  return value;
}

/** A new secret behind a candidate's employer pseudonyms (see `Candidate.pseudonymKey`). */
export const newPseudonymKey = (): Buffer => randomBytes(32);

/** Who employs through an opportunity: its posting business, institution or municipality. */
export function employerOf(opportunity: Opportunity): string {
  if (opportunity.posterKind === PosterKind.BUSINESS) return `business:${opportunity.businessId}`;
  if (opportunity.posterKind === PosterKind.ORGANISATION) return `organisation:${opportunity.organisationId}`;
  return `municipality:${opportunity.municipalityId}`;
}

/**
 * The pseudonym one employer sees of a candidate (`K-` and 7 characters): an HMAC of the employer under the
 * candidate's secret key. The same employer always gets the same one; another employer gets an unrelated
 * one, so two employers cannot compare histories; a new key (erasure) unlinks them all.
 */
export function employerPseudonym(candidate: Pick<Candidate, 'pseudonymKey'>, employer: string): string {
  let n = createHmac('sha256', candidate.pseudonymKey).update(employer).digest().readBigUInt64BE(0);
  const base = BigInt(PSEUDONYM_ALPHABET.length);
  let value = 'K-';
  for (let i = 0; i < 7; i += 1) {
    value += PSEUDONYM_ALPHABET[Number(n % base)];
    n /= base;
  }
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

/** The rules on a candidate's dates that a validator cannot know: they depend on today. */
function checkDates(
  input: { birthYear?: number; consentGivenOn?: string },
  now: Date,
  errors: UserError[],
): void {
  const today = todayInAmsterdam(now);
  if (input.birthYear !== undefined && input.birthYear > Number(today.slice(0, 4)) - 12) {
    errors.push(
      userError(UserErrorCode.INVALID, 'Candidates are at least 12 years old', ['input', 'birthYear']),
    );
  }
  if (input.consentGivenOn !== undefined && input.consentGivenOn > today) {
    errors.push(
      userError(UserErrorCode.INVALID, 'Consent cannot lie in the future', ['input', 'consentGivenOn']),
    );
  }
}

export function createCandidate(ctx: Context, input: CreateCandidateInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    checkDates(input, now, errors);
    if (!municipality || errors.length > 0) return { candidate: null, userErrors: errors };
    const coach = actorOf(tx.viewer);
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
      coachSubject: coach.subject,
      coachName: coach.name,
      consentGivenOn: input.consentGivenOn,
      consentPurposes: [...new Set(input.consentPurposes)],
      pseudonym: newPseudonym(),
      pseudonymKey: newPseudonymKey(),
    });
    return {
      candidate: await tx.em.findOneByOrFail(Candidate, { id: identifiers[0].id as string }),
      userErrors: [],
    };
  });
}

/** Locks a candidate that may still change: NOT_FOUND when unknown, NOT_ALLOWED once erased. */
async function lockLiveCandidate(
  tx: Context,
  globalId: string,
): Promise<{ candidate: Candidate; refusal: null } | { candidate: null; refusal: UserError }> {
  const candidate = await findForUpdate(tx, Candidate, globalId);
  if (!candidate) {
    return {
      candidate: null,
      refusal: userError(UserErrorCode.NOT_FOUND, 'No such candidate', ['input', 'id']),
    };
  }
  if (candidate.erasedAt) {
    return {
      candidate: null,
      refusal: userError(UserErrorCode.NOT_ALLOWED, 'The candidate is erased', ['input', 'id']),
    };
  }
  return { candidate, refusal: null };
}

/**
 * Corrects a candidate: a field left out stays, null clears one that may be empty (see
 * `UpdateCandidateInput`). The same rules as on registration; the coach stays who it was. An erased
 * candidate stays erased: NOT_ALLOWED.
 */
export function updateCandidate(ctx: Context, input: UpdateCandidateInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const { candidate, refusal } = await lockLiveCandidate(tx, input.id);
    if (!candidate) return { candidate: null, userErrors: [refusal] };
    const errors: UserError[] = [];
    const changes: Partial<Candidate> = {};
    if (input.municipality !== undefined) {
      const municipality = await inputMunicipality(tx, input.municipality, errors);
      if (municipality) changes.municipalityId = municipality.id;
    }
    checkDates(input, now, errors);
    if (errors.length > 0) return { candidate: null, userErrors: errors };
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.email !== undefined) changes.email = input.email?.trim().toLowerCase() ?? null;
    if (input.phone !== undefined) changes.phone = input.phone?.trim() ?? null;
    if (input.birthYear !== undefined) changes.birthYear = input.birthYear;
    if (input.targetGroup !== undefined) changes.targetGroup = input.targetGroup;
    if (input.school !== undefined) changes.school = input.school?.trim() ?? null;
    if (input.interests !== undefined) changes.interests = input.interests;
    if (input.skills !== undefined) changes.skills = [...new Set(input.skills.map((skill) => skill.trim()))];
    if (input.availability !== undefined) changes.availability = input.availability.trim();
    if (input.supportNeeds !== undefined) changes.supportNeeds = input.supportNeeds;
    if (input.consentGivenOn !== undefined) changes.consentGivenOn = input.consentGivenOn;
    if (input.consentPurposes !== undefined) changes.consentPurposes = [...new Set(input.consentPurposes)];
    if (Object.keys(changes).length === 0) return { candidate, userErrors: [] };
    await tx.em.update(Candidate, candidate.id, changes);
    return { candidate: await tx.em.findOneByOrFail(Candidate, { id: candidate.id }), userErrors: [] };
  });
}

/**
 * Erases a candidate for good: every identifying field and free text, the notes in their placement history,
 * the internal pseudonym and the key behind the employers' pseudonyms (new random ones, so what employers
 * saw no longer leads anywhere). Target group,
 * municipality and placements stay, so the figures do not change. The erasure is logged with the candidate
 * id, the erasing subject and the time only. Then the old row versions are removed from the files on disk
 * (`removeErasedFromDisk`), so the mutation answers once they are gone.
 */
export async function eraseCandidate(ctx: Context, input: EraseCandidateInput, now = new Date()) {
  const result = await withTransaction(ctx, async (tx) => {
    const { candidate, refusal } = await lockLiveCandidate(tx, input.id);
    if (!candidate) return { candidate: null, userErrors: [refusal] };
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
      pseudonymKey: newPseudonymKey(),
      erasedAt: now,
    });
    await tx.em.update(PlacementTransition, { candidateId: candidate.id }, { note: null });
    await tx.em.insert(CandidateErasure, {
      candidateId: candidate.id,
      subject: actorOf(tx.viewer).subject,
      erasedAt: now,
    });
    return { candidate: await tx.em.findOneByOrFail(Candidate, { id: candidate.id }), userErrors: [] };
  });
  // After the commit (not inside a caller's transaction, whose lock it would wait for): the old row versions
  // leave the table, index and WAL files before the mutation answers.
  if (result.candidate && !ctx.em.queryRunner?.isTransactionActive) {
    await removeErasedFromDisk(ctx.em.connection);
  }
  return result;
}
