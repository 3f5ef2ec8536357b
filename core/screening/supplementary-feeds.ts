/**
 * Facts the engine reads from published questions beyond the feeds their template lists. A
 * published template never changes; when the fact vocabulary grows (ruleset version 2 split
 * "DACA or TPS" and added "the crime is on the U-visa list"), the new reading of an existing
 * answer lives here. The question's meaning is unchanged, so old sessions read the same way.
 */
import { uVisaCrimeList } from '../law/u-visa-crimes';
import type { FactFeed } from '../templates/template-schema';

const crimeIds = uVisaCrimeList.crimes.map((crime) => crime.id);

export const supplementaryFeeds: Readonly<Record<string, readonly FactFeed[]>> = {
  'intake.prior_applications': [
    { fact: 'earlierDaca', trueWhen: ['daca'], falseWhen: ['none', 'asylum', 'tps', 'other'] },
    { fact: 'earlierTps', trueWhen: ['tps'], falseWhen: ['none', 'asylum', 'daca', 'other'] },
  ],
  // "Another crime" may still be "similar activity": it leaves the fact unknown, never false.
  'victim.crime_type': [{ fact: 'uVisaQualifyingCrime', trueWhen: crimeIds, falseWhen: ['none'] }],
};
