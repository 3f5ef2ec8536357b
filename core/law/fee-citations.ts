/** Citations shared by many fee entries. */
export const OBBBA = 'Pub. L. 119-21 ("One Big Beautiful Bill Act"), enacted 2025-07-04';
export const PM_25_35 =
  'EOIR PM 25-35 (2025-07-09), https://immpolicytracking.org/policies/20250709-doj-eoir-pm-25-35-statutory-fees-under-the-one-big-beautiful-bill-act';
export const PM_26_01 =
  'EOIR PM 26-01 (effective 2026-01-02), cancelling PM 25-36, https://nepyork.com/2026/01/06/eoirs-new-memo-clarifies-annual-asylum-fee-requirements-over-35000-seekers-have-already-paid';
export const EOIR_OLD_FEES =
  'EOIR fee table before 2025-07-04, https://www.justice.gov/eoir/types-appeals-and-required-fees';
export const USCIS_FY2026 =
  'USCIS inflation adjustment, 90 FR 52693 (2025-11-21), effective 2026-01-01, https://www.govinfo.gov/content/pkg/FR-2025-11-21/html/2025-20622.htm';
export const USCIS_2024_FEE_RULE =
  'USCIS fee rule (2024), humanitarian fee exemptions, https://cliniclegal.org/resources/fee-waivers-uscis/what-will-change-under-uscis-fee-schedule-final-rule';
export const USCIS_HR1_NOTICE =
  'USCIS notice 90 FR 34511 (2025-07-22), https://www.govinfo.gov/content/pkg/FR-2025-07-22/html/2025-13738.htm';
