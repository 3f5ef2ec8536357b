import type { CsvFileRow, CsvPreview, CsvPreviewRow } from '@core/intake/csv-import';
import type { CsvMapping } from '@core/intake/csv-mapping';
import { useTranslation } from 'react-i18next';

/** More would make the page slow to read; the download has every rejected row. */
const SHOWN = 200;

interface Props {
  preview: CsvPreview;
  mapping: CsvMapping;
  rows: readonly CsvFileRow[];
  reasonText: (row: Extract<CsvPreviewRow, { ok: false }>) => string;
}

/** The rows with problems, line by line, then the first rows that are ready. */
export function CsvPreviewTable({ preview, mapping, rows, reasonText }: Props) {
  const { t } = useTranslation();
  const cells = new Map(rows.map((row) => [row.line, row.cells]));
  const nameOf = (line: number) => {
    const row = cells.get(line) ?? [];
    const cell = (column: number | undefined) => (column === undefined ? '' : (row[column] ?? ''));
    return [cell(mapping.givenNames), cell(mapping.familyName)].join(' ').trim();
  };
  const rejected = preview.rows.filter((row) => !row.ok);
  const ready = preview.rows.filter((row) => row.ok);
  const shown = [
    ...rejected.slice(0, SHOWN),
    ...ready.slice(0, Math.max(0, Math.min(20, SHOWN - rejected.length))),
  ];
  return (
    <>
      {rejected.length > SHOWN ? <p>{t('csvImport.showing', { count: SHOWN })}</p> : null}
      <div
        className="table-scroll"
        role="region"
        aria-label={t('csvImport.previewTitle')}
        tabIndex={0}
      >
        <table className="data-table">
          <caption className="visually-hidden">{t('csvImport.previewTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('csvImport.columns.line')}</th>
              <th scope="col">{t('csvImport.columns.name')}</th>
              <th scope="col">{t('csvImport.columns.result')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                <td>{nameOf(row.line)}</td>
                <td>{row.ok ? t('csvImport.ready') : reasonText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
