import type { TriggeringFact } from '@core/screening';
import { Fragment } from 'react';
import { useFactText } from './useFactText';

/** Facts behind a result: label, value, and whether the case file or an interview said so. */
export function FactList({ facts }: { facts: readonly TriggeringFact[] }) {
  const text = useFactText();
  return (
    <dl className="facts fact-list">
      {facts.map((fact) => (
        <Fragment key={fact.fact}>
          <dt>{text.label(fact.fact)}</dt>
          <dd>
            {text.value(fact.value)} <span className="tag source">{text.source(fact.source)}</span>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
