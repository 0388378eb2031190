import { Field, ObjectType } from 'type-graphql';
import { ApiScope, Role, ViewerKind } from '../../kit';

@ObjectType('Viewer', { description: 'Who the API takes the caller to be.' })
export class ViewerType {
  @Field(() => ViewerKind, { description: 'How the caller authenticated.' })
  kind!: ViewerKind;

  @Field(() => String, { nullable: true, description: 'Token subject, or the API key’s id.' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'Display name from the token, or the API key’s name.' })
  name!: string | null;

  @Field(() => [Role], { description: 'Roles from the token; empty for anonymous callers and API keys.' })
  roles!: Role[];

  @Field(() => [ApiScope], { description: 'Scopes of the API key; empty for everyone else.' })
  scopes!: ApiScope[];

  municipalityCode!: string | null;
  kvkNumber!: string | null;
  organisationId!: string | null;
}
