import type { ValidationArguments, ValidationOptions } from 'class-validator';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsCbsCode, IsKvkNumber, NotNull, SortDirection } from '../../kit';
import { EventKind, EventStatus, EventVisibility } from './event.entity';
import { EventOrderField } from './event.enum';

/** The decorated instant must be later than the instant in `property` (when both are given). */
function IsAfter(property: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isAfter',
      target: object.constructor,
      propertyName,
      constraints: [property],
      options: { message: `$property must be after ${property}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[property];
          if (!(value instanceof Date) || !(other instanceof Date)) return true;
          return value.getTime() > other.getTime();
        },
      },
    });
}

@InputType({ description: 'Narrows `events`; all given conditions must hold.' })
export class EventFilter {
  @Field(() => Date, { nullable: true, description: 'Events that end at or after this instant.' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Events that start before this instant.' })
  @IsOptional()
  to?: Date;

  @Field(() => String, { nullable: true, description: 'CBS code of the venue’s municipality.' })
  @IsOptional()
  @IsCbsCode()
  municipality?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of an association or organisation that organises or co-hosts the event.',
  })
  @IsOptional()
  organiser?: string;

  @Field(() => EventKind, { nullable: true, description: 'Only events of this kind.' })
  @IsOptional()
  kind?: EventKind;

  @Field(() => Date, {
    nullable: true,
    description:
      'Partner sync: events changed after this instant, cancelled ones included, in the order the changes ' +
      'were committed. Keep `pageInfo.endCursor` and pass it as `after` next time: that is gap-free.',
    deprecationReason:
      'Use `eventChanges`: it also returns tombstones for events that left your sight. Kept until 2027-06-30.',
  })
  @IsOptional()
  updatedSince?: Date;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also cancelled events (default false; always true with `updatedSince`).',
  })
  @IsOptional()
  includeCancelled?: boolean;
}

@InputType({ description: 'Sort order of `events`; the id breaks ties.' })
export class EventOrder {
  @Field(() => EventOrderField, { description: 'What to sort by.' })
  field!: EventOrderField;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'Ascending (default) or descending.',
  })
  direction!: SortDirection;
}

@InputType({ description: 'Where an event takes place.' })
export class VenueInput {
  @Field(() => String, { description: 'Name of the venue, 1 to 200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: 'Street, number, postcode and place.' })
  @Length(1, 300)
  address!: string;

  @Field(() => String, { description: 'CBS code of the municipality, e.g. `GM0355`.' })
  @IsCbsCode()
  municipality!: string;
}

@InputType({ description: 'A new event.' })
export class CreateEventInput {
  @Field(() => String, { description: 'Title, 1 to 200 characters.' })
  @Length(1, 200)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'Plain text, at most 10,000 characters.' })
  @MaxLength(10_000)
  description!: string;

  @Field(() => Date, { description: 'Start, an ISO 8601 instant (e.g. `2026-03-12T19:00:00+01:00`).' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End, an instant after `startsAt`.' })
  @IsAfter('startsAt')
  endsAt!: Date;

  @Field(() => VenueInput, { description: 'Where it takes place.' })
  @ValidateNested()
  venue!: VenueInput;

  @Field(() => EventKind, { description: 'What kind of gathering it is.' })
  kind!: EventKind;

  @Field(() => Int, { nullable: true, description: 'null: unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'When registration opens; null: open from now.' })
  @IsOptional()
  registrationOpensAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When registration closes; null: at the start of the event.',
  })
  @IsOptional()
  @IsAfter('registrationOpensAt')
  registrationClosesAt?: Date | null;

  @Field(() => EventVisibility, {
    defaultValue: EventVisibility.PUBLIC,
    description: 'Who may see it and register.',
  })
  visibility!: EventVisibility;

  @Field(() => [ID], { description: 'Associations or organisations that organise the event.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  organisers!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Associations or organisations that co-host.' })
  @ArrayMaxSize(10)
  coHosts!: string[];
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateEventInput {
  @Field(() => ID, { description: 'Id of the event to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title, 1 to 200 characters.' })
  @NotNull()
  @Length(1, 200)
  title?: string;

  @Field(() => String, {
    nullable: true,
    description: 'New plain-text description, at most 10,000 characters.',
  })
  @NotNull()
  @MaxLength(10_000)
  description?: string;

  @Field(() => Date, { nullable: true, description: 'New start (an instant).' })
  @NotNull()
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'New end, after the start.' })
  @NotNull()
  @IsAfter('startsAt')
  endsAt?: Date;

  @Field(() => VenueInput, { nullable: true, description: 'New venue.' })
  @NotNull()
  @ValidateNested()
  venue?: VenueInput;

  @Field(() => EventKind, { nullable: true, description: 'New kind.' })
  @NotNull()
  kind?: EventKind;

  @Field(() => Int, { nullable: true, description: 'null: unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'When registration opens; null: open from now.' })
  @IsOptional()
  registrationOpensAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When registration closes; null: at the start of the event.',
  })
  @IsOptional()
  @IsAfter('registrationOpensAt')
  registrationClosesAt?: Date | null;

  @Field(() => EventVisibility, { nullable: true, description: 'New visibility.' })
  @NotNull()
  visibility?: EventVisibility;

  @Field(() => EventStatus, {
    nullable: true,
    description: '`SCHEDULED` or `POSTPONED`; use `cancelEvent` to cancel.',
  })
  @NotNull()
  status?: EventStatus;

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids of the associations or organisations that organise it (1 to 10); replaces the list.',
  })
  @NotNull()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  organisers?: string[];

  @Field(() => [ID], { nullable: true, description: 'Ids of the co-hosts (at most 10); replaces the list.' })
  @NotNull()
  @ArrayMaxSize(10)
  coHosts?: string[];
}

@InputType({ description: 'The event to cancel.' })
export class CancelEventInput {
  @Field(() => ID, { description: 'Id of the event.' })
  id!: string;
}

@InputType({ description: 'Who registers for which event.' })
export class RegisterForEventInput {
  @Field(() => ID, { description: 'Id of the event.' })
  eventId!: string;

  @Field(() => String, { description: 'Name of the person, 1 to 200 characters (personal data).' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, {
    description: 'E-mail address of the person (personal data); one active registration per address.',
  })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, {
    nullable: true,
    description: 'KvK number of the business the person comes for; a member’s own business by default.',
  })
  @IsOptional()
  @IsKvkNumber()
  kvkNumber?: string;
}

@InputType({ description: 'The registration by id (organisers, admins, the member) or by its secret.' })
export class CancelRegistrationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the registration (admins, organisers, the member of the business).',
  })
  @IsOptional()
  id?: string;

  @Field(() => String, { nullable: true, description: 'The `secret` returned by `registerForEvent`.' })
  @IsOptional()
  @Length(20, 100)
  secret?: string;
}

@InputType({ description: 'The registration to check in.' })
export class CheckInRegistrationInput {
  @Field(() => ID, { description: 'Id of the registration.' })
  id!: string;
}
