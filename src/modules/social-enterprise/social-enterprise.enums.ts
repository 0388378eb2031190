import { registerEnumType } from 'type-graphql';

export enum OpportunityKind {
  JOB = 'JOB',
  HOLIDAY_JOB = 'HOLIDAY_JOB',
  VOLUNTEERING = 'VOLUNTEERING',
  INTERNSHIP = 'INTERNSHIP',
  APPRENTICESHIP = 'APPRENTICESHIP',
  WORK_TRIAL = 'WORK_TRIAL',
  PROJECT = 'PROJECT',
}
registerEnumType(OpportunityKind, {
  name: 'OpportunityKind',
  description: 'What kind of work an opportunity is.',
  valuesConfig: {
    JOB: { description: 'A paid job.' },
    HOLIDAY_JOB: { description: 'A holiday or weekend job, often for pupils.' },
    VOLUNTEERING: { description: 'Unpaid voluntary work.' },
    INTERNSHIP: { description: 'An internship (stage) for a student.' },
    APPRENTICESHIP: { description: 'Learning on the job with a school (BBL).' },
    WORK_TRIAL: { description: 'A trial placement to find out whether the work fits.' },
    PROJECT: {
      description:
        'A small project of a municipality or institution that local firms can quote for; a municipal one can ' +
        'become a procurement request.',
    },
  },
});

export enum TargetGroup {
  ASPIRING_EMPLOYEE = 'ASPIRING_EMPLOYEE',
  PUPIL = 'PUPIL',
  INTERN = 'INTERN',
  LABOUR_DISABILITY = 'LABOUR_DISABILITY',
}
registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'Who an opportunity is for, and which group a candidate belongs to.',
  valuesConfig: {
    ASPIRING_EMPLOYEE: { description: 'Someone looking for (other) work.' },
    PUPIL: { description: 'A pupil of a secondary or vocational school.' },
    INTERN: { description: 'A student looking for an internship.' },
    LABOUR_DISABILITY: { description: 'Someone with a labour-market disability (arbeidsbeperking).' },
  },
});

export enum OpportunityStatus {
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}
registerEnumType(OpportunityStatus, {
  name: 'OpportunityStatus',
  description: 'Whether an opportunity takes candidates: OPEN, FILLED (every place taken) or CLOSED.',
  valuesConfig: {
    OPEN: { description: 'Public and taking candidates.' },
    FILLED: { description: 'Every place is taken; opens again when a placement ends.' },
    CLOSED: { description: 'Withdrawn by its poster or past use.' },
  },
});

export enum PosterKind {
  BUSINESS = 'BUSINESS',
  MUNICIPALITY = 'MUNICIPALITY',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(PosterKind, {
  name: 'PosterKind',
  description: 'Who posted an opportunity.',
  valuesConfig: {
    BUSINESS: { description: 'A business, by one of its members.' },
    MUNICIPALITY: { description: 'The municipality, by one of its civil servants.' },
    ORGANISATION: { description: 'An institution (a school, Werk bij Duurstede), by a coach or an admin.' },
  },
});

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
