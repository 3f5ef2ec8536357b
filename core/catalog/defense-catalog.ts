import { type Defense, type DefenseCatalog, DefenseCatalogSchema } from './catalog-schema';
import { adjustment245a, adjustment245i } from './defenses/adjustment';
import { asylum } from './defenses/asylum';
import { bond } from './defenses/bond';
import { cancellation42a, cancellation42b } from './defenses/cancellation';
import { citizenship, former212c, waiver212h, waiver212i } from './defenses/citizenship-waivers';
import { pdClosureDismissal, voluntaryDeparture } from './defenses/court';
import { contestRemovability, defectiveNta } from './defenses/notice-removability';
import { humanitarianParole, josephHearing } from './defenses/parole-joseph';
import { appealToBia, motionToReopen } from './defenses/post-order';
import { tVisa, uVisa } from './defenses/victims';
import { vawaCancellation, vawaSelfPetition } from './defenses/vawa';
import { cat, withholding } from './defenses/withholding-cat';
import { daca, sijs, tps } from './defenses/youth-status';

/**
 * The defense catalog. Bump `version` and `effectiveDate` whenever any entry changes, so that a
 * case records which catalog it was screened under (see docs/domain.md).
 */
export const defenseCatalog: DefenseCatalog = DefenseCatalogSchema.parse({
  version: 3,
  effectiveDate: '2026-12-06',
  defenses: [
    citizenship,
    asylum,
    withholding,
    cat,
    cancellation42a,
    cancellation42b,
    vawaCancellation,
    adjustment245a,
    adjustment245i,
    uVisa,
    tVisa,
    vawaSelfPetition,
    sijs,
    tps,
    daca,
    pdClosureDismissal,
    voluntaryDeparture,
    defectiveNta,
    contestRemovability,
    waiver212h,
    former212c,
    waiver212i,
    bond,
    josephHearing,
    humanitarianParole,
    motionToReopen,
    appealToBia,
  ],
});

const byId: ReadonlyMap<string, Defense> = new Map(
  defenseCatalog.defenses.map((defense) => [defense.id, defense]),
);

export const defenseIds: readonly string[] = defenseCatalog.defenses.map((defense) => defense.id);

export function getDefense(id: string): Defense | undefined {
  return byId.get(id);
}

export function isDefenseId(id: string): boolean {
  return byId.has(id);
}
