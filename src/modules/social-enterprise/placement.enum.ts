import { registerEnumType } from 'type-graphql';

export enum PlacementStage {
  PROPOSED = 'PROPOSED',
  INTRODUCED = 'INTRODUCED',
  TRIAL = 'TRIAL',
  PLACED = 'PLACED',
  COMPLETED = 'COMPLETED',
  ENDED = 'ENDED',
  DECLINED = 'DECLINED',
}
registerEnumType(PlacementStage, {
  name: 'PlacementStage',
  description:
    'Where a placement is: PROPOSED → INTRODUCED → TRIAL → PLACED → COMPLETED, or ENDED / DECLINED from any ' +
    'open stage (PROPOSED to PLACED).',
  valuesConfig: {
    PROPOSED: { description: 'A coach proposed the candidate for the opportunity.' },
    INTRODUCED: { description: 'The candidate met the employer.' },
    TRIAL: { description: 'A trial period runs.' },
    PLACED: { description: 'The candidate has the place (takes one of the opportunity’s places).' },
    COMPLETED: { description: 'The placement ran its course (still counts as a filled place).' },
    ENDED: { description: 'Stopped early.' },
    DECLINED: { description: 'The candidate or the employer declined.' },
  },
});

/** Stages from which a placement can still move. */
export const OPEN_STAGES = [
  PlacementStage.PROPOSED,
  PlacementStage.INTRODUCED,
  PlacementStage.TRIAL,
  PlacementStage.PLACED,
];

/** Stages in which a placement holds one of the opportunity's places. */
export const PLACE_TAKING_STAGES = [PlacementStage.PLACED, PlacementStage.COMPLETED];

/** An employer's answer to a candidate a coach proposed or introduced. */
export enum PlacementAnswer {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}
registerEnumType(PlacementAnswer, {
  name: 'PlacementAnswer',
  description: 'The poster’s answer to a PROPOSED or INTRODUCED candidate.',
  valuesConfig: {
    ACCEPT: {
      description: 'PROPOSED → INTRODUCED (the employer will meet the candidate), INTRODUCED → TRIAL.',
    },
    DECLINE: { description: 'PROPOSED or INTRODUCED → DECLINED: the placement ends.' },
  },
});
