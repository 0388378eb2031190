import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { BusinessApplication } from './application.entity';

@ObjectType({ description: 'Result of `applyAsBusiness`.' })
export class ApplyAsBusinessPayload {
  @Field(() => Boolean, {
    description:
      'True when the application was received; the confirmation link goes to the contact’s e-mail address. ' +
      'The application itself is not returned: the caller is anonymous.',
  })
  received!: boolean;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a step on an application (confirm, approve, reject).' })
export class BusinessApplicationPayload {
  @Field(() => BusinessApplication, {
    nullable: true,
    description: 'The application after the step; null when userErrors is not empty.',
  })
  application!: BusinessApplication | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
