import type { Context } from '../../kit';
import { badUserInput, checkCbsCode, todayInAmsterdam, userText } from '../../kit';
import type { CpvCategory } from './cpv-category.entity';
import { ProcurementKind } from './cpv-category.entity';
import { cpvCodeArgument } from './cpv.service';
import { PROCEDURE_WEIGHT, ProcurementProcedure, ProcurementThreshold } from './threshold.entity';

/** The kind of a purchase from its CPV code: the division's kind, with health and social services apart. */
export function procurementKindOf(cpv: CpvCategory): ProcurementKind {
  return cpv.code.startsWith('85') ? ProcurementKind.SOCIAL_SERVICES : cpv.kind;
}

/** `€221,000` or `€39,999.99`. */
export function formatEuros(cents: number): string {
  const euros = cents / 100;
  return `€${euros.toLocaleString('en-GB', { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
}

const KIND_NAMES: Record<ProcurementKind, string> = {
  WORKS: userText('works'),
  SUPPLIES: userText('supplies'),
  SERVICES: userText('services'),
  SOCIAL_SERVICES: userText('social services'),
};

export interface ProcedureDecision {
  procedure: ProcurementProcedure;
  kind: ProcurementKind;
  /** The threshold that decided it; null when the value is below every threshold (a single quote). */
  threshold: ProcurementThreshold | null;
  /** The thresholds in force for this municipality, kind and day, lowest first. */
  thresholds: ProcurementThreshold[];
  explanation: string;
}

function scopeName(threshold: ProcurementThreshold): string {
  return threshold.municipalityCode
    ? userText(`the municipal threshold (${threshold.source})`)
    : userText(`the EU threshold (${threshold.source})`);
}

/**
 * The least procedure for a purchase: the heaviest procedure among the thresholds in force on `day` for
 * the municipality (and the EU thresholds, which apply to every municipality) whose `fromValue` the
 * estimated value reaches. Below all of them a single quote is enough.
 */
export async function decideProcedure(
  ctx: Context,
  municipalityCode: string,
  kind: ProcurementKind,
  estimatedValue: number,
  day: string,
): Promise<ProcedureDecision> {
  const thresholds = await ctx.em
    .createQueryBuilder(ProcurementThreshold, 'threshold')
    .where('(threshold.municipalityCode = :municipalityCode OR threshold.municipalityCode IS NULL)', {
      municipalityCode,
    })
    .andWhere('threshold.kind = :kind', { kind })
    .andWhere('threshold.since <= :day AND (threshold.until IS NULL OR threshold.until >= :day)', { day })
    .orderBy('threshold.fromValue', 'ASC')
    .addOrderBy('threshold.id', 'ASC')
    .getMany();
  const reached = thresholds.filter((t) => t.fromValue <= estimatedValue);
  const deciding = reached.reduce<ProcurementThreshold | null>(
    (best, t) => (!best || PROCEDURE_WEIGHT[t.procedure] >= PROCEDURE_WEIGHT[best.procedure] ? t : best),
    null,
  );
  const value = formatEuros(estimatedValue);
  const what = KIND_NAMES[kind];
  if (deciding) {
    return {
      procedure: deciding.procedure,
      kind,
      threshold: deciding,
      thresholds,
      explanation: userText(
        `${value} for ${what} on ${day} reaches ${scopeName(deciding)} of ${formatEuros(deciding.fromValue)} ` +
          `(in force ${deciding.since} to ${deciding.until ?? userText('now')}): at least ${deciding.procedure}.`,
      ),
    };
  }
  const lowest = thresholds[0];
  return {
    procedure: ProcurementProcedure.SINGLE_QUOTE,
    kind,
    threshold: null,
    thresholds,
    explanation: userText(
      lowest
        ? `${value} for ${what} on ${day} is below the lowest threshold in force, ${scopeName(lowest)} of ` +
            `${formatEuros(lowest.fromValue)} for ${lowest.procedure}: a single quote is enough.`
        : `No threshold for ${what} is in force on ${day}: a single quote is enough.`,
    ),
  };
}

/** `requiredProcedure(...)` with its arguments checked: BAD_USER_INPUT on the argument at fault. */
export async function requiredProcedure(
  ctx: Context,
  municipality: string,
  cpv: string,
  estimatedValue: number,
  on?: string | null,
): Promise<ProcedureDecision> {
  checkCbsCode(municipality);
  const category = await ctx.loaders.procurement.cpvByCode.load(cpvCodeArgument(cpv, ['cpv']));
  if (!category) {
    throw badUserInput(`No CPV category has code ${cpv}`, [{ path: ['cpv'], message: 'unknown CPV code' }]);
  }
  return decideProcedure(
    ctx,
    municipality,
    procurementKindOf(category),
    estimatedValue,
    on ?? todayInAmsterdam(),
  );
}
