import { todayInAmsterdam, UserErrorCode } from '../../kit';
import { futureDayError } from './days';

describe('futureDayError', () => {
  test('today and earlier days are allowed', () => {
    expect(futureDayError(todayInAmsterdam(), 'contactedOn')).toBeNull();
    expect(futureDayError('2018-03-21', 'contactedOn')).toBeNull();
  });

  test('a day after today (in Amsterdam) is INVALID on the named input field', () => {
    expect(futureDayError('2999-01-01', 'respondedOn')).toEqual({
      code: UserErrorCode.INVALID,
      message: 'The day must not lie in the future',
      field: ['input', 'respondedOn'],
    });
  });
});
