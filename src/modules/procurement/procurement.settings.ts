/** What the procurement module needs from the configuration (src/config.ts reads and checks it). */
export interface ProcurementSettings {
  /**
   * `suppliers { totalCount }` counts up to this many matches and then stops (`totalCountIsCapped`): an
   * exact count of 100,000 matches in a national register would cost more than the page
   * (`SUPPLIER_COUNT_CAP`).
   */
  supplierCountCap: number;
}

export const DEFAULT_SUPPLIER_COUNT_CAP = 1000;

let current: ProcurementSettings = { supplierCountCap: DEFAULT_SUPPLIER_COUNT_CAP };

/** Set once at start-up by the server. */
export function configureProcurement(settings: ProcurementSettings): void {
  current = settings;
}

export function procurementSettings(): ProcurementSettings {
  return current;
}
