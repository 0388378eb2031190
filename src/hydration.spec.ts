import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from './database';
import { columnSetter } from './kit/hydrate';

/** What a value became, comparable: dates by their time (an invalid date included), errors by message. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return { date: Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString() };
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, comparable(item)]));
  return value;
}

function outcome(set: (entity: Record<string, unknown>) => void): unknown {
  const entity: Record<string, unknown> = {};
  try {
    set(entity);
    return comparable(entity);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

// What `pg` and PostgreSQL's JSON hand over: text of every kind, numbers, booleans, dates, arrays, objects.
const SAMPLES: unknown[] = [
  null,
  '',
  'tekst',
  '12',
  '1.5',
  '{A,B}',
  '{}',
  '2026-12-06T10:00:00.123+00:00',
  '2026-12-06',
  '10:30:00',
  0,
  7,
  1.5,
  true,
  false,
  new Date(Date.UTC(2026, 11, 6, 10)),
  ['a', 'b'],
  { a: 1 },
];

test("every column of every entity is hydrated exactly as TypeORM's driver hydrates it", async () => {
  const dataSource = new DataSource({ type: 'postgres', entities });
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const { driver } = dataSource;
  let columns = 0;
  let direct = 0;
  for (const metadata of dataSource.entityMetadatas) {
    for (const column of metadata.columns.filter((c) => !c.isVirtual)) {
      columns++;
      const set = columnSetter(column, driver);
      // Whether this column's setter leaves TypeORM's conversion out.
      const viaTypeorm = jest.spyOn(driver, 'prepareHydratedValue');
      set({}, 'tekst');
      if (viaTypeorm.mock.calls.length === 0) direct++;
      viaTypeorm.mockRestore();
      for (const sample of SAMPLES) {
        const theirs = outcome((entity) =>
          column.setEntityValue(entity, driver.prepareHydratedValue(sample, column)),
        );
        expect({
          column: `${metadata.name}.${column.propertyName}`,
          sample,
          value: outcome((e) => set(e, sample)),
        }).toEqual({ column: `${metadata.name}.${column.propertyName}`, sample, value: theirs });
      }
    }
  }
  // The comparison covered the app's columns, most of them on the direct path.
  expect(columns).toBeGreaterThan(300);
  expect(direct / columns).toBeGreaterThan(0.7);
});
