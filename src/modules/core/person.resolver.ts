import { Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role } from '../../kit';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Authorized(Role.ADMIN)
  @FieldResolver(() => String, { nullable: true, description: 'Personal data: admins only.' })
  email(@Root() person: Person) {
    return person.email;
  }
}
