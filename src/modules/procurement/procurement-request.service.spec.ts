import { ProcurementRequest, ProcurementRequestStatus } from './procurement-request.entity';
import { transitionError } from './procurement-request.service';

const { DRAFT, INVITING, EVALUATING, AWARDED, CANCELLED } = ProcurementRequestStatus;
const ALLOWED: [ProcurementRequestStatus, ProcurementRequestStatus][] = [
  [DRAFT, INVITING],
  [DRAFT, CANCELLED],
  [INVITING, EVALUATING],
  [INVITING, CANCELLED],
  [EVALUATING, AWARDED],
  [EVALUATING, CANCELLED],
];
const request = (status: ProcurementRequestStatus) => Object.assign(new ProcurementRequest(), { status });

describe('transitionError', () => {
  test('DRAFT → INVITING → EVALUATING → AWARDED, or CANCELLED before the award; nothing else', () => {
    const statuses = Object.values(ProcurementRequestStatus);
    for (const from of statuses) {
      for (const to of statuses) {
        const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
        expect([from, to, transitionError(request(from), to)]).toEqual([
          from,
          to,
          allowed
            ? null
            : {
                code: 'INVALID_TRANSITION',
                message: `A request that is ${from} cannot become ${to}`,
                field: ['input', 'id'],
              },
        ]);
      }
    }
  });
});
