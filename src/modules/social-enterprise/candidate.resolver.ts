import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import {
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  fromGlobalId,
  listComplexity,
  shownActor,
} from '../../kit';
import { Municipality } from '../core';
import { Candidate } from './candidate.entity';
import {
  CandidateFilter,
  CreateCandidateInput,
  EraseCandidateInput,
  UpdateCandidateInput,
} from './candidate.inputs';
import * as candidates from './candidate.service';
import { CANDIDATE_READERS, Identifying } from './identifying';
import { Placement } from './placement.entity';
import { CreateCandidatePayload, EraseCandidatePayload, UpdateCandidatePayload } from './candidate.payloads';

export const CandidateConnection = ConnectionType(Candidate);

@Resolver(() => Candidate)
export class CandidateResolver {
  @Authorized(...CANDIDATE_READERS)
  @Query(() => CandidateConnection, {
    complexity: connectionComplexity,
    description: 'Candidates, newest first: coaches (one pool) and admins only. Coaches’ reads are logged.',
  })
  candidates(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => CandidateFilter, { nullable: true, description: 'Conditions that all must hold.' })
    filter?: CandidateFilter,
  ) {
    return candidates.listCandidates(ctx, filter ?? { includeErased: false }, page);
  }

  @Authorized(...CANDIDATE_READERS)
  @Query(() => Candidate, {
    nullable: true,
    description: 'A candidate: coaches and admins only. Coaches’ reads are logged.',
  })
  candidate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The candidate’s id.' }) id: string) {
    return candidates.findCandidate(ctx, fromGlobalId(id, 'Candidate').id);
  }

  @Authorized(...CANDIDATE_READERS)
  @Mutation(() => CreateCandidatePayload, { description: 'Registers a candidate; you become their coach.' })
  createCandidate(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCandidateInput, { description: 'The candidate.' }) input: CreateCandidateInput,
  ) {
    return candidates.createCandidate(ctx, input);
  }

  @Authorized(...CANDIDATE_READERS)
  @Mutation(() => UpdateCandidatePayload, {
    description:
      'Corrects a candidate (contact details, consent, skills, ...): coaches and admins; not once erased. ' +
      'Coaches’ reads of the result are logged like any other.',
  })
  updateCandidate(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCandidateInput, { description: 'What changes.' }) input: UpdateCandidateInput,
  ) {
    return candidates.updateCandidate(ctx, input);
  }

  @Authorized(...CANDIDATE_READERS)
  @Mutation(() => EraseCandidatePayload, {
    description:
      'Erases a candidate’s personal data and free text for good, notes in the placement history included; ' +
      'placements and figures stay. Logged with the candidate id, your subject and the time only.',
  })
  eraseCandidate(
    @Ctx() ctx: Context,
    @Arg('input', () => EraseCandidateInput, { description: 'The candidate.' }) input: EraseCandidateInput,
  ) {
    return candidates.eraseCandidate(ctx, input);
  }

  @FieldResolver(() => String, { description: 'Token subject of the coach responsible.' })
  @Identifying()
  coachSubject(@Root() candidate: Candidate) {
    return shownActor(candidate.coachSubject);
  }

  @FieldResolver(() => String, { description: 'Name of the coach responsible (from their token).' })
  @Identifying()
  coachName(@Root() candidate: Candidate) {
    return shownActor(candidate.coachName);
  }

  @FieldResolver(() => Municipality, { description: 'Where the candidate lives.' })
  @Identifying()
  municipality(@Ctx() ctx: Context, @Root() candidate: Candidate) {
    return ctx.loaders.core.municipalityById.load(candidate.municipalityId);
  }

  @FieldResolver(() => [Placement], {
    complexity: listComplexity(10),
    description: 'The candidate’s placements, oldest first.',
  })
  @Identifying()
  placements(@Ctx() ctx: Context, @Root() candidate: Candidate) {
    return ctx.loaders.socialEnterprise.placementsByCandidateId.load(candidate.id);
  }
}
