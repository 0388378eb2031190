import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../kit';
import { Association } from './association.entity';

@ObjectType({ description: 'Businesses and association members in one municipality on a day.' })
export class MunicipalityBusinessFigures {
  municipalityId!: string;

  @Field(() => Int, {
    description:
      'Businesses in the municipality registered with the KvK on or before the day (`Business.registeredOn`).',
  })
  businesses!: number;

  @Field(() => Int, {
    description:
      'Businesses counted in `businesses` that were a member of a business association that day (a ' +
      'membership whose `since`..`until` includes the day; a business in two associations counts once).',
  })
  associationMembers!: number;
}

@ObjectType({ description: 'Membership of Regio Q4 and of its associations at the end of a year.' })
export class MembershipFigures {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => DateScalar, { description: 'The day the figures hold for: 31 December of the year.' })
  on!: string;

  @Field(() => [Association], {
    description:
      'Associations that were members of Regio Q4 on that day (a Regio Q4 membership period includes it), ' +
      'by name; with a municipality, only its associations.',
  })
  associations!: Association[];

  @Field(() => [MunicipalityBusinessFigures], {
    description:
      'As `businessFigures(on:)` on that day: per municipality with businesses (or only the one asked for).',
  })
  businessFigures!: MunicipalityBusinessFigures[];

  @Field(() => Int, { description: 'Sum of `businessFigures.businesses`.' })
  businesses!: number;

  @Field(() => Int, { description: 'Sum of `businessFigures.associationMembers`.' })
  associationMembers!: number;
}
