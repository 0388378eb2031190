import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { AldermanTerm } from './alderman-term.entity';

@ObjectType()
abstract class AldermanTermResult {
  @Field(() => AldermanTerm, { nullable: true, description: 'The term as it is now; null on user errors.' })
  aldermanTerm!: AldermanTerm | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `recordAldermanTerm`.' })
export class RecordAldermanTermPayload extends AldermanTermResult {}

@ObjectType({ description: 'The result of `endAldermanTerm`.' })
export class EndAldermanTermPayload extends AldermanTermResult {}
