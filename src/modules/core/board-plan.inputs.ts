import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LAST_REVIEW_YEAR, NotNull } from '../../kit';
import { BoardPlanStatus } from './board-plan.entity';

@InputType({ description: 'A point for the board’s agenda of a year; it goes after the year’s others.' })
export class CreateBoardPlanInput {
  @Field(() => Int, { description: 'The year the point is for, 2001 to 2100.' })
  @IsInt()
  @Min(2001)
  @Max(LAST_REVIEW_YEAR)
  year!: number;

  @Field(() => String, { description: 'The point, 1 to 200 characters.' })
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the board means to do, up to 1000 characters.' })
  @IsOptional()
  @Length(1, 1000)
  description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateBoardPlanInput {
  @Field(() => ID, { description: 'Id of the point.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New wording, 1 to 200 characters.' })
  @NotNull()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description; null removes it.' })
  @IsOptional()
  @Length(1, 1000)
  description?: string | null;

  @Field(() => BoardPlanStatus, { nullable: true, description: 'Whether it was carried out.' })
  @NotNull()
  status?: BoardPlanStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What came of it, up to 1000 characters; null removes it.',
  })
  @IsOptional()
  @Length(1, 1000)
  result?: string | null;
}
