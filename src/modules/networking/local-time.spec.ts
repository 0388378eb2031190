import { inAmsterdam, toAmsterdamIso } from './local-time';

describe('Amsterdam wall-clock time', () => {
  test('winter time is UTC+1, summer time UTC+2', () => {
    expect(toAmsterdamIso(new Date('2018-03-15T18:00:00Z'))).toBe('2018-03-15T19:00:00+01:00');
    expect(toAmsterdamIso(new Date('2018-06-15T17:00:00Z'))).toBe('2018-06-15T19:00:00+02:00');
  });

  test('an instant late in the UTC evening is the next day in Amsterdam', () => {
    const local = inAmsterdam(new Date('2015-12-31T23:30:00Z'));
    expect([local.year, local.month, local.day, local.hour, local.minute]).toEqual([2016, 1, 1, 0, 30]);
  });

  test('across the switch to summer time the offset changes at 02:00 local', () => {
    // 25 March 2018: 01:59 CET is followed by 03:00 CEST.
    expect(toAmsterdamIso(new Date('2018-03-25T00:59:00Z'))).toBe('2018-03-25T01:59:00+01:00');
    expect(toAmsterdamIso(new Date('2018-03-25T01:00:00Z'))).toBe('2018-03-25T03:00:00+02:00');
  });

  test('milliseconds are left out', () => {
    expect(toAmsterdamIso(new Date('2018-01-01T12:00:00.000Z'))).toBe('2018-01-01T13:00:00+01:00');
  });
});
