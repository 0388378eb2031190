import { registerEnumType } from 'type-graphql';

export enum ParticipationStatus {
  IN_TALKS = 'IN_TALKS',
  ADOPTED = 'ADOPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description: 'Where a municipality stands on running the Werk bij Duurstede model.',
  valuesConfig: {
    IN_TALKS: { description: 'Talking about adopting the model.' },
    ADOPTED: { description: 'Runs the model.' },
    DECLINED: { description: 'Decided not to run it.' },
  },
});
