import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../kit';
import { ViewerType } from '../core';
import { SetNotificationAddressInput } from './address.inputs';
import { SetNotificationAddressPayload } from './address.payloads';
import { ownNotificationAddress, setNotificationAddress } from './address.service';

// The address book on the caller (`me`), the way a federated subgraph extends another's type.

@Resolver(() => ViewerType)
export class NotificationAddressResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where mails for the caller go (quotes received, placements moved, …); null without one (then nothing ' +
      'is sent, only logged) and for API keys.',
  })
  notificationAddress(@Ctx() ctx: Context, @Root() viewer: Viewer) {
    return ownNotificationAddress(ctx, viewer);
  }

  @Authorized()
  @Mutation(() => SetNotificationAddressPayload, {
    description:
      'Sets or removes where mails for a signed-in person go: one’s own, or (admins) any token subject’s. ' +
      'API keys are FORBIDDEN.',
  })
  setNotificationAddress(
    @Ctx() ctx: Context,
    @Arg('input', () => SetNotificationAddressInput, { description: 'The address, and for admins whose.' })
    input: SetNotificationAddressInput,
  ) {
    return setNotificationAddress(ctx, input);
  }
}
