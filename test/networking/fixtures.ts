import ical from 'node-ical';
import type { VEvent } from 'node-ical';
import type { CreateEventInput } from '../__generated__/graphql';
import { CreateEventDocument, NetworkingFixturesDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role } from '../support/test-server';

export const DAY = 24 * 3600 * 1000;

export interface Fixtures {
  admin: Record<string, string>;
  association: (shortName: string) => string;
  organisation: (name: string) => string;
  createEvent(overrides?: Partial<CreateEventInput>, headers?: Record<string, string>): Promise<string>;
}

/** Ids of the demo associations and organisations, and an admin who creates events. */
export async function fixtures(api: TestServer): Promise<Fixtures> {
  const admin = await api.token({ roles: [Role.ADMIN] });
  const res = await api.graphql(NetworkingFixturesDocument, {}, admin);
  const data = res.body.data!;
  const association = (shortName: string) => data.associations.find((a) => a.shortName === shortName)!.id;
  const organisation = (name: string) => data.organisations.find((o) => o.name === name)!.id;
  return {
    admin,
    association,
    organisation,
    async createEvent(overrides = {}, headers = admin) {
      const start = new Date(Date.now() + 30 * DAY);
      const input: CreateEventInput = {
        title: 'Testbijeenkomst',
        description: 'Een bijeenkomst voor de tests.',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3 * 3600 * 1000).toISOString(),
        venue: { name: 'Slot Zeist', address: 'Zinzendorflaan 1, 3703 CE Zeist', municipality: 'GM0355' },
        kind: 'NETWORKING',
        capacity: 20,
        visibility: 'PUBLIC',
        organisers: [association('ZZO')],
        coHosts: [organisation('Rabobank Heuvelrug')],
        ...overrides,
      };
      const created = await api.graphql(CreateEventDocument, { input }, headers);
      const payload = created.body.data?.createEvent;
      if (!payload?.event) throw new Error(`createEvent failed: ${JSON.stringify(created.body)}`);
      return payload.event.id;
    },
  };
}

/** The events of an iCalendar text. */
export function vevents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}
