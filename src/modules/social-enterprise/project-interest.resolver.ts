import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { Business } from '../core';
import { ProjectInterest } from './project-interest.entity';

@Resolver(() => ProjectInterest)
export class ProjectInterestResolver {
  @FieldResolver(() => Business, { description: 'The firm that answered (its public fields as elsewhere).' })
  business(@Ctx() ctx: Context, @Root() interest: ProjectInterest) {
    return ctx.loaders.core.businessById.load(interest.businessId);
  }
}
