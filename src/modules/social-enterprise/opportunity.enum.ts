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
