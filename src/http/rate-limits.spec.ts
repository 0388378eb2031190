import { clientAddressOf } from './rate-limits';

const of = (ip: string) => clientAddressOf({ ip, socket: {} as never });

describe('the client address the limits count', () => {
  test('IPv4, also mapped into IPv6, is the address itself', () => {
    expect(of('203.0.113.9')).toBe('203.0.113.9');
    expect(of('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  test('IPv6 counts by its /64: the addresses one subscriber can vary share one limit', () => {
    expect(of('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(of('2001:0db8:abcd:0012:ffff::1')).toBe('2001:db8:abcd:12::/64');
    expect(of('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(of('::1')).toBe('0:0:0:0::/64');
    expect(of('2001:db8:abcd:13::1')).not.toBe(of('2001:db8:abcd:12::1'));
  });
});
