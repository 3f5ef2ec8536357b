import { clientName } from '@core/cases/case-summary';
import type { CaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getDatabase } from '../../db/database';
import { readCaseHeadings } from '../../db/search-store';
import { routeOfHit } from './open-hit';
import { useSearchIndex } from './SearchContext';
import type { SearchAnswer, SearchHit } from './search-types';
import './search.css';

const LIMIT = 100;
const DEBOUNCE_MS = 120;

function groupByCase(hits: readonly SearchHit[]): [string, SearchHit[]][] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.caseId);
    if (list) list.push(hit);
    else groups.set(hit.caseId, [hit]);
  }
  return [...groups];
}

/** Moves focus among the result buttons with the arrow keys (Tab works as well). */
function onResultsKeyDown(event: KeyboardEvent<HTMLElement>, input: HTMLInputElement | null) {
  const buttons = Array.from(
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button.search-hit'),
  );
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const move = (index: number) => {
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, index))]?.focus();
  };
  if (event.key === 'ArrowDown') move(at + 1);
  else if (event.key === 'ArrowUp') {
    if (at <= 0) {
      event.preventDefault();
      input?.focus();
    } else move(at - 1);
  } else if (event.key === 'Home') move(0);
  else if (event.key === 'End') move(buttons.length - 1);
  else if (event.key === 'Escape') {
    event.preventDefault();
    input?.focus();
  }
}

/** `/search`: everything on the laptop, grouped by case, each result opening at its match. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const index = useSearchIndex();
  const navigate = useNavigate();
  // Never in the URL: browsers write URLs to disk (history, session restore). Kept in memory
  // only, by the index's service, so that Back from a result finds the results again.
  const [query, setQuery] = useState(() => index?.service.lastQuery ?? '');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [headings, setHeadings] = useState<Map<string, JsonObject>>(new Map());
  const input = useRef<HTMLInputElement>(null);
  const status = index?.status ?? 'stopped';

  // Opened before the index's idle start: start it now rather than wait.
  useEffect(() => {
    if (index?.status === 'idle') index.service.start();
  }, [index]);

  useEffect(() => {
    if (!index) return;
    let current = true;
    const timer = setTimeout(() => {
      void index.service
        .search(query, LIMIT)
        .then(async (found) => {
          if (!current) return;
          setAnswer(found);
          const caseIds = [...new Set(found.hits.map((hit) => hit.caseId))];
          const read = await readCaseHeadings(getDatabase(), caseIds);
          if (current) setHeadings(read);
        })
        .catch(() => current && setAnswer({ hits: [], total: 0 }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [index, query, status]);

  const groups = useMemo(() => groupByCase(answer?.hits ?? []), [answer]);
  const heading = (caseId: string) => {
    const doc = headings.get(caseId) as unknown as CaseFile | undefined;
    return doc
      ? t('caseHeading', { name: clientName(doc), reference: doc.reference })
      : t('unknownCase');
  };
  const open = async (hit: SearchHit) => {
    const { to, state } = await routeOfHit(hit);
    void navigate(to, { state });
  };
  const summary = !query.trim()
    ? ''
    : answer
      ? answer.total === 0
        ? t('none')
        : `${t('count', { count: answer.total })} ${t('inCases', { count: groups.length })}`
      : '';

  return (
    <section className="page search-page" aria-labelledby="search-title">
      <div className="page-heading">
        <h1 id="search-title">{t('title')}</h1>
      </div>
      <div role="search" className="search-box">
        <label htmlFor="search-everything">{t('label')}</label>
        <input
          id="search-everything"
          ref={input}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-describedby="search-hint search-keys"
          onChange={(event) => {
            setQuery(event.target.value);
            if (index) index.service.lastQuery = event.target.value;
          }}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown') return;
            const first = document.querySelector<HTMLButtonElement>('button.search-hit');
            if (first) {
              event.preventDefault();
              first.focus();
            }
          }}
        />
        <p id="search-hint" className="field-hint">
          {t('hint')}
        </p>
        <p id="search-keys" className="visually-hidden">
          {t('keys')}
        </p>
      </div>
      {status === 'loading' ? <p className="banner info">{t('loading')}</p> : null}
      {status === 'stopped' ? <p className="banner warn">{t('stopped')}</p> : null}
      <p role="status" className="search-count">
        {summary}
      </p>
      {groups.length > 0 ? (
        <div
          className="search-results"
          role="region"
          aria-label={t('results')}
          onKeyDown={(event) => onResultsKeyDown(event, input.current)}
        >
          {groups.map(([caseId, hits]) => (
            <section key={caseId} aria-labelledby={`search-case-${caseId}`}>
              <h2 id={`search-case-${caseId}`}>{heading(caseId)}</h2>
              <ul>
                {hits.map((hit) => (
                  <li key={hit.id}>
                    <button type="button" className="search-hit" onClick={() => void open(hit)}>
                      <span className="search-source">{t(`sources.${hit.source}`)}</span>
                      {hit.snippet ? (
                        <span className="search-snippet">
                          {hit.snippet.before}
                          <mark>{hit.snippet.match}</mark>
                          {hit.snippet.after}
                        </span>
                      ) : null}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {answer && answer.total > answer.hits.length ? (
            <p className="muted">{t('more', { shown: answer.hits.length })}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
