import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../kit';
import { SocialEnterpriseParticipation } from './participation.entity';

@ObjectType({ description: 'The result of `setSocialEnterpriseParticipation`.' })
export class SetSocialEnterpriseParticipationPayload {
  @Field(() => SocialEnterpriseParticipation, {
    nullable: true,
    description: 'The participation; null on errors.',
  })
  participation!: SocialEnterpriseParticipation | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
