import { CommitmentStage } from './commitment.entity';
import { countStages } from './tracker.service';

const { PROMISED, IN_PARTY_PROGRAMME, IN_COALITION_AGREEMENT, IMPLEMENTED, DROPPED } = CommitmentStage;

describe('countStages', () => {
  test('counts every stage in order, zeros included, and the pairs without a commitment apart', () => {
    expect(countStages([PROMISED, null, DROPPED, PROMISED, null, IMPLEMENTED, null])).toEqual({
      counts: [
        { stage: PROMISED, count: 2 },
        { stage: IN_PARTY_PROGRAMME, count: 0 },
        { stage: IN_COALITION_AGREEMENT, count: 0 },
        { stage: IMPLEMENTED, count: 1 },
        { stage: DROPPED, count: 1 },
      ],
      withoutCommitment: 3,
    });
  });

  test('nothing to count gives zeros', () => {
    const { counts, withoutCommitment } = countStages([]);
    expect(counts.map((c) => c.count)).toEqual([0, 0, 0, 0, 0]);
    expect(withoutCommitment).toBe(0);
  });
});
