import { registerEnumType } from 'type-graphql';

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
