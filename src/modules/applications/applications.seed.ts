import type { Context } from '../../kit';
import { ApplicationStatus, BusinessApplication } from './application.entity';

/**
 * Two confirmed applications waiting for a decision, so the secretary's playground tab has something to
 * approve: one naming ZZO (Zeist), one naming no association (Regio Q4 decides).
 */
export async function seedApplications(ctx: Context): Promise<void> {
  const [zzo] = await ctx.em.query(`SELECT id, municipality_id FROM association WHERE short_name = 'ZZO'`);
  const [bunnik] = await ctx.em.query(`SELECT id FROM municipality WHERE cbs_code = 'GM0312'`);
  const confirmedAt = new Date();
  const base = { status: ApplicationStatus.PENDING, confirmedAt, description: '', cpvCodes: [] };
  await ctx.em.insert(BusinessApplication, [
    {
      ...base,
      kvkNumber: '91000001',
      name: 'Hoveniersbedrijf De Linde',
      street: 'Slotlaan',
      houseNumber: '40',
      postcode: '3701 GP',
      city: 'Zeist',
      municipalityId: zzo.municipality_id,
      contactName: 'Joost Lindeman',
      contactEmail: 'info@delinde.example',
      description: 'Aanleg en onderhoud van tuinen en openbaar groen',
      cpvCodes: ['77310000'],
      associationId: zzo.id,
    },
    {
      ...base,
      kvkNumber: '91000002',
      name: 'Klusbedrijf Kromme Rijn',
      street: 'Schoudermantel',
      houseNumber: '3',
      postcode: '3981 AE',
      city: 'Bunnik',
      municipalityId: bunnik.id,
      contactName: 'Fatima El Amrani',
      contactEmail: 'fatima@krommerijn.example',
      associationId: null,
    },
  ]);
}
