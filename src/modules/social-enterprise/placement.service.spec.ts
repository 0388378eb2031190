import { OpportunityStatus } from './opportunity.enum';
import { PlacementStage } from './placement.enum';
import { opportunityAfterStep, transitionError } from './placement.service';

const { PROPOSED, INTRODUCED, TRIAL, PLACED, COMPLETED, ENDED, DECLINED } = PlacementStage;
const STAGES = Object.values(PlacementStage);

describe('transitionError: the placement pipeline', () => {
  // The pipeline as docs/social-enterprise.md and `PlacementStage` describe it, written out independently of NEXT_STAGES.
  const allowed: Record<PlacementStage, PlacementStage[]> = {
    PROPOSED: [INTRODUCED, ENDED, DECLINED],
    INTRODUCED: [TRIAL, ENDED, DECLINED],
    TRIAL: [PLACED, ENDED, DECLINED],
    PLACED: [COMPLETED, ENDED, DECLINED],
    COMPLETED: [],
    ENDED: [],
    DECLINED: [],
  };

  test.each(STAGES.flatMap((from) => STAGES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const error = transitionError(from, to);
    if (allowed[from].includes(to)) {
      expect(error).toBeNull();
    } else {
      expect(error).toEqual({
        code: 'INVALID_TRANSITION',
        message: `A placement that is ${from} cannot become ${to}`,
        field: ['input', 'stage'],
      });
    }
  });

  test('no stage steps to itself or back to PROPOSED', () => {
    for (const stage of STAGES) {
      expect(transitionError(stage, stage)).not.toBeNull();
      expect(transitionError(stage, PROPOSED)).not.toBeNull();
    }
  });
});

describe('opportunityAfterStep: places', () => {
  const open = (places: number) => ({ status: OpportunityStatus.OPEN, places });

  test('PLACED takes a free place; the last one fills the opportunity', () => {
    expect(opportunityAfterStep(open(3), 0, TRIAL, PLACED)).toEqual({ status: OpportunityStatus.OPEN });
    expect(opportunityAfterStep(open(3), 1, TRIAL, PLACED)).toEqual({ status: OpportunityStatus.OPEN });
    expect(opportunityAfterStep(open(3), 2, TRIAL, PLACED)).toEqual({ status: OpportunityStatus.FILLED });
    expect(opportunityAfterStep(open(1), 0, TRIAL, PLACED)).toEqual({ status: OpportunityStatus.FILLED });
  });

  test('PLACED is refused when every place is taken or the opportunity is CLOSED', () => {
    const filled = { status: OpportunityStatus.FILLED, places: 2 };
    expect(opportunityAfterStep(filled, 2, TRIAL, PLACED)).toEqual({
      refusal: 'Every place of the opportunity is taken (FILLED)',
    });
    expect(opportunityAfterStep(open(2), 5, TRIAL, PLACED)).toEqual({
      refusal: 'Every place of the opportunity is taken (FILLED)',
    });
    expect(opportunityAfterStep({ status: OpportunityStatus.CLOSED, places: 9 }, 0, TRIAL, PLACED)).toEqual({
      refusal: 'The opportunity is CLOSED',
    });
  });

  test('a placed candidate who leaves frees a place: a FILLED opportunity opens again', () => {
    const filled = { status: OpportunityStatus.FILLED, places: 1 };
    for (const from of [PLACED, COMPLETED]) {
      for (const to of [ENDED, DECLINED]) {
        expect(opportunityAfterStep(filled, 0, from, to)).toEqual({ status: OpportunityStatus.OPEN });
      }
    }
    // PLACED → COMPLETED keeps the place.
    expect(opportunityAfterStep(filled, 0, PLACED, COMPLETED)).toEqual({ status: OpportunityStatus.FILLED });
  });

  test('other steps leave the status as it is, CLOSED included', () => {
    for (const status of Object.values(OpportunityStatus)) {
      const opportunity = { status, places: 1 };
      expect(opportunityAfterStep(opportunity, 0, PROPOSED, INTRODUCED)).toEqual({ status });
      expect(opportunityAfterStep(opportunity, 0, INTRODUCED, TRIAL)).toEqual({ status });
      expect(opportunityAfterStep(opportunity, 0, TRIAL, ENDED)).toEqual({ status });
    }
    // Leaving a place of an OPEN or CLOSED opportunity does not open a CLOSED one.
    const closed = { status: OpportunityStatus.CLOSED, places: 1 };
    expect(opportunityAfterStep(closed, 0, PLACED, ENDED)).toEqual({ status: OpportunityStatus.CLOSED });
  });
});
