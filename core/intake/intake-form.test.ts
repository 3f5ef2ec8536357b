import { describe, expect, it } from 'vitest';
import { syntheticUuid } from '../domain/case-file.fixture';
import { emptyIntakeForm, intakeContentFromForm, intakeFormFromContent } from './intake-form';

let n = 0;
const newId = () => syntheticUuid(7000 + (n += 1));

describe('the intake form', () => {
  it('turns typed text into intake content, A-number normalised, empty fields left out', () => {
    const result = intakeContentFromForm(
      {
        ...emptyIntakeForm(),
        familyName: ' Prueba ',
        givenNames: 'Ana',
        aNumber: 'A 098-765-432',
        countryOfBirth: 'gt',
        language: 'MAM',
        custodyStatus: 'detained',
        hearingDate: '2027-01-12',
        hearingType: 'master',
        hearingFormat: 'video',
        parties: [{ role: 'adverse', name: ' Rogelio Ejemplo Falso ', relationship: '' }],
      },
      newId,
    );
    expect(result).toMatchObject({
      ok: true,
      content: {
        client: {
          familyName: 'Prueba',
          aNumber: '098765432',
          countryOfBirth: 'GT',
          language: { code: 'mam' },
          phone: null,
        },
        custody: { status: 'detained', facility: null },
        court: { nextHearing: { date: '2027-01-12', time: null, type: 'master', format: 'video' } },
        parties: [{ role: 'adverse', name: 'Rogelio Ejemplo Falso', relationship: null }],
      },
    });
  });

  it('names the form field of every problem, parties included', () => {
    const result = intakeContentFromForm(
      {
        ...emptyIntakeForm(),
        familyName: '',
        aNumber: '12',
        hearingDate: '2027-01-12',
        parties: [{ role: 'related', name: '', relationship: '' }],
      },
      newId,
    );
    expect(result.ok ? {} : result.errors).toEqual({
      familyName: 'validation.required',
      aNumber: 'validation.aNumber.format',
      hearingType: 'validation.enum',
      hearingFormat: 'validation.enum',
      'parties.0.name': 'validation.required',
    });
  });

  it('reads saved content back into the same form', () => {
    const values = {
      ...emptyIntakeForm(),
      familyName: 'Prueba',
      givenNames: 'Ana',
      aNumber: '098765432',
      notes: 'Met at the detention centre.',
      parties: [
        { role: 'adverse' as const, name: 'Rogelio Ejemplo Falso', relationship: 'employer' },
      ],
    };
    const result = intakeContentFromForm(values, newId);
    expect(result.ok && intakeFormFromContent(result.content)).toEqual(values);
  });
});
