import { CpvCategory, ProcurementKind } from './cpv-category.entity';
import { formatEuros, procurementKindOf } from './threshold.service';

const category = (code: string, kind: ProcurementKind) => Object.assign(new CpvCategory(), { code, kind });

describe('procurementKindOf', () => {
  test('the division’s kind decides', () => {
    expect(procurementKindOf(category('45442100', ProcurementKind.WORKS))).toBe(ProcurementKind.WORKS);
    expect(procurementKindOf(category('30192000', ProcurementKind.SUPPLIES))).toBe(ProcurementKind.SUPPLIES);
    expect(procurementKindOf(category('79810000', ProcurementKind.SERVICES))).toBe(ProcurementKind.SERVICES);
  });

  test('health and social services (division 85) are social services, whatever the category says', () => {
    expect(procurementKindOf(category('85000000', ProcurementKind.SERVICES))).toBe(
      ProcurementKind.SOCIAL_SERVICES,
    );
    expect(procurementKindOf(category('85312000', ProcurementKind.SERVICES))).toBe(
      ProcurementKind.SOCIAL_SERVICES,
    );
  });
});

describe('formatEuros', () => {
  test('whole euros without cents, other amounts with two decimals', () => {
    expect(formatEuros(22_100_000)).toBe('€221,000');
    expect(formatEuros(3_999_999)).toBe('€39,999.99');
    expect(formatEuros(5_000_050)).toBe('€50,000.50');
    expect(formatEuros(0)).toBe('€0');
  });
});
