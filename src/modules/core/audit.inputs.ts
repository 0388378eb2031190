import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Conditions on audit entries; all given ones must hold.' })
export class AuditTrailFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only changes to this object (any global id), or to the rows it is the root of.',
  })
  @IsOptional()
  @Length(1, 200)
  object?: string;

  @Field(() => String, { nullable: true, description: 'Only changes by this token subject.' })
  @IsOptional()
  @Length(1, 200)
  actorSubject?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes made by this mutation, e.g. `updateEvent`.',
  })
  @IsOptional()
  @Length(1, 100)
  mutation?: string;
}
