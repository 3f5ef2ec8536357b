import type { CsvMapping, IntakeCsvField } from '@core/intake/csv-mapping';
import { checkCsvMapping, guessCsvMapping, intakeCsvFields } from '@core/intake/csv-mapping';
import type { CsvPreviewRow } from '@core/intake/csv-import';
import { dataRows, previewCsv, rejectedRowsTable } from '@core/intake/csv-import';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice } from '../../components/ErrorNotice';
import { validationText } from '../../components/validation-text';
import { useConsoleApi } from '../../session/SessionContext';
import type { CsvFileResult } from './csv-file';
import { csvText, readCsv } from './csv-file';
import { CsvPreviewTable } from './CsvPreviewTable';
import { IMPORT_BATCH, intakeApi } from './intake-api';

type Loaded = Extract<CsvFileResult, { ok: true }>;
type Outcome = { kind: 'done'; count: number } | { kind: 'partial'; count: number; error: unknown };

/** Supervisors: a CSV file of intakes, its columns confirmed, its rows checked, then imported. */
export function CsvImportPage() {
  const { t, i18n } = useTranslation();
  const api = useConsoleApi();
  const intakes = useMemo(() => intakeApi(api), [api]);
  const heading = usePageHeading(t('csvImport.title'));
  const [file, setFile] = useState<CsvFileResult | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const loaded: Loaded | null = file?.ok ? file : null;
  const header = loaded?.table[0] ?? [];
  const rows = useMemo(() => (loaded ? dataRows(loaded.table) : []), [loaded]);
  const mappingIssues = useMemo(() => checkCsvMapping(mapping), [mapping]);
  const preview = useMemo(
    () =>
      loaded && mappingIssues.length === 0
        ? previewCsv(rows, mapping, () => crypto.randomUUID())
        : null,
    [loaded, rows, mapping, mappingIssues],
  );

  const reasonText = (row: Extract<CsvPreviewRow, { ok: false }>) =>
    row.duplicateOf !== undefined
      ? t('csvImport.duplicateOf', { line: row.duplicateOf })
      : row.issues
          .map((issue) =>
            t('csvImport.issue', {
              field: t(`csvImport.fields.${issue.field}`),
              problem: validationText(t, issue.code, i18n.language),
            }),
          )
          .join('; ');

  const choose = async (chosen: File | undefined) => {
    setOutcome(null);
    if (!chosen) return setFile(null);
    const result = readCsv(new Uint8Array(await chosen.arrayBuffer()));
    setFile(result);
    setMapping(result.ok ? guessCsvMapping(result.table[0] ?? []) : {});
  };

  const download = () => {
    if (!preview) return;
    const table = rejectedRowsTable(
      header,
      rows,
      preview,
      { line: t('csvImport.lineColumn'), reasons: t('csvImport.reasonsColumn') },
      reasonText,
    );
    const url = URL.createObjectURL(new Blob([csvText(table)], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('csvImport.rejectedFile');
    link.click();
    URL.revokeObjectURL(url);
  };

  const importValid = async () => {
    if (!preview) return;
    const valid = preview.rows.flatMap((row) =>
      row.ok ? [{ line: row.line, content: row.content }] : [],
    );
    let done = 0;
    setOutcome(null);
    setProgress({ done, total: valid.length });
    try {
      // Each batch is imported whole or not at all; a failure stops before the next one.
      for (let start = 0; start < valid.length; start += IMPORT_BATCH) {
        done += (await intakes.import(valid.slice(start, start + IMPORT_BATCH))).length;
        setProgress({ done, total: valid.length });
      }
      setOutcome({ kind: 'done', count: done });
      setFile(null);
    } catch (error) {
      setOutcome({ kind: 'partial', count: done, error });
    } finally {
      setProgress(null);
    }
  };

  const setColumn = (field: IntakeCsvField, value: string) =>
    setMapping((now) => {
      const next = { ...now };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });

  return (
    <>
      <p>
        <Link to="/intakes">{t('intakes.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('csvImport.title')}
      </h1>
      <p className="screen-intro">{t('csvImport.intro')}</p>
      {outcome?.kind === 'done' ? (
        <p className="notice notice-ok" role="status">
          {t('csvImport.imported', { count: outcome.count })}
        </p>
      ) : null}
      {outcome?.kind === 'partial' ? (
        <div role="alert" className="notice notice-error">
          <p>{t('csvImport.partial', { count: outcome.count })}</p>
          <ErrorNotice error={outcome.error} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="csv-file">{t('csvImport.file')}</label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,.txt,text/csv"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {file && !file.ok ? (
        <p className="notice notice-error" role="alert">
          {t(`csvImport.problems.${file.problem}`, { line: file.line ?? 0 })}
        </p>
      ) : null}
      {loaded ? (
        <>
          <p role="status">
            {t('csvImport.readAs', {
              encoding: t(`csvImport.encodings.${loaded.encoding}`),
              rows: rows.length,
            })}
          </p>
          <section aria-labelledby="csv-mapping">
            <h2 id="csv-mapping">{t('csvImport.mappingTitle')}</h2>
            <p>{t('csvImport.mappingIntro')}</p>
            <div className="choice-grid">
              {intakeCsvFields.map((field) => {
                const issue = mappingIssues.find((i) => i.field === field);
                return (
                  <div className="field" key={field}>
                    <label htmlFor={`csv-map-${field}`}>{t(`csvImport.fields.${field}`)}</label>
                    <select
                      id={`csv-map-${field}`}
                      value={mapping[field] ?? ''}
                      aria-invalid={issue ? true : undefined}
                      aria-describedby={issue ? `csv-map-${field}-error` : undefined}
                      onChange={(event) => setColumn(field, event.target.value)}
                    >
                      <option value="">{t('csvImport.notInFile')}</option>
                      {header.map((name, index) => (
                        <option key={index} value={index}>
                          {name || `#${index + 1}`}
                        </option>
                      ))}
                    </select>
                    {issue ? (
                      <p id={`csv-map-${field}-error`} className="field-error" role="alert">
                        {validationText(t, issue.code, i18n.language)}
                      </p>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </section>
        </>
      ) : null}
      {preview ? (
        <section aria-labelledby="csv-preview">
          <h2 id="csv-preview">{t('csvImport.previewTitle')}</h2>
          <p role="status">
            {t('csvImport.summary', { valid: preview.valid, rejected: preview.rejected })}
          </p>
          <CsvPreviewTable
            preview={preview}
            mapping={mapping}
            rows={rows}
            reasonText={reasonText}
          />
          {progress ? (
            <p role="status">{t('csvImport.importing', progress)}</p>
          ) : (
            <div className="button-row">
              {preview.valid > 0 ? (
                <button type="button" className="primary" onClick={() => void importValid()}>
                  {preview.rejected === 0
                    ? t('csvImport.importAll', { count: preview.valid })
                    : t('csvImport.importValid', { count: preview.valid })}
                </button>
              ) : null}
              {preview.rejected > 0 ? (
                <button type="button" onClick={download}>
                  {t('csvImport.download', { count: preview.rejected })}
                </button>
              ) : null}
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
