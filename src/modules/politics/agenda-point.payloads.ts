import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { AgendaPoint } from './agenda-point.entity';

@ObjectType({ description: 'The result of `createAgendaPoint`.' })
export class CreateAgendaPointPayload {
  @Field(() => AgendaPoint, { nullable: true, description: 'The new point; null on user errors.' })
  agendaPoint!: AgendaPoint | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
