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
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsCbsCode, IsKvkNumber, SortDirection } from '../core';
import { EventKind, EventStatus, EventVisibility } from './event.entity';

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

  @Field(() => EventKind, { nullable: true })
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

export enum EventOrderField {
  STARTS_AT = 'STARTS_AT',
  UPDATED_AT = 'UPDATED_AT',
  CHANGE = 'CHANGE',
}
registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'What `events` is ordered by; the id breaks ties, so pages never overlap or skip.',
  valuesConfig: {
    STARTS_AT: { description: 'Start of the event (the default without `updatedSince`).' },
    UPDATED_AT: {
      description:
        '`updatedAt`, then id. Not for partner sync: `updatedAt` is taken when a change starts, so a change ' +
        'that commits late can sort before a cursor you already passed. Use `CHANGE`.',
    },
    CHANGE: {
      description:
        'The order in which changes were committed (the default with `updatedSince`). A later ' +
        'change never sorts before an earlier one, also when both have the same `updatedAt`: resuming ' +
        'from the last `endCursor` never misses or repeats a change. Each change of an event moves it to ' +
        'the end.',
    },
  },
});

@InputType()
export class EventOrder {
  @Field(() => EventOrderField)
  field!: EventOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType()
export class VenueInput {
  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: 'Street, number, postcode and place.' })
  @Length(1, 300)
  address!: string;

  @Field(() => String, { description: 'CBS code of the municipality, e.g. `GM0355`.' })
  @IsCbsCode()
  municipality!: string;
}

@InputType()
export class CreateEventInput {
  @Field(() => String)
  @Length(1, 200)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(10_000)
  description!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  @IsAfter('startsAt')
  endsAt!: Date;

  @Field(() => VenueInput)
  @ValidateNested()
  venue!: VenueInput;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => Int, { nullable: true, description: 'null: unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  registrationOpensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsAfter('registrationOpensAt')
  registrationClosesAt?: Date | null;

  @Field(() => EventVisibility, { defaultValue: EventVisibility.PUBLIC })
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
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  description?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsAfter('startsAt')
  endsAt?: Date;

  @Field(() => VenueInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  venue?: VenueInput;

  @Field(() => EventKind, { nullable: true })
  @IsOptional()
  kind?: EventKind;

  @Field(() => Int, { nullable: true, description: 'null: unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  registrationOpensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsAfter('registrationOpensAt')
  registrationClosesAt?: Date | null;

  @Field(() => EventVisibility, { nullable: true })
  @IsOptional()
  visibility?: EventVisibility;

  @Field(() => EventStatus, {
    nullable: true,
    description: '`SCHEDULED` or `POSTPONED`; use `cancelEvent` to cancel.',
  })
  @IsOptional()
  status?: EventStatus;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  organisers?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  coHosts?: string[];
}

@InputType()
export class CancelEventInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class RegisterForEventInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String)
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
  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string;

  @Field(() => String, { nullable: true, description: 'The `secret` returned by `registerForEvent`.' })
  @IsOptional()
  @Length(20, 100)
  secret?: string;
}

@InputType()
export class CheckInRegistrationInput {
  @Field(() => ID)
  id!: string;
}
