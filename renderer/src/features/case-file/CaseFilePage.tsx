import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, useLocation, useNavigate, useParams } from 'react-router';
import { searchArrival } from '../search/open-hit';
import { ItemListSection } from '../forms/ItemListSection';
import { SectionForm } from '../forms/SectionForm';
import { useCaseContext } from './CaseLayout';
import { caseFileSections } from './sections';
import { useFieldText } from './useFieldText';

export function CaseFilePage() {
  const { t } = useTranslation('caseFile');
  const { sectionId } = useParams();
  const { caseFile, doc, readOnly } = useCaseContext();
  const section = caseFileSections.find((s) => s.id === sectionId);
  const fieldText = useFieldText();
  const location = useLocation();
  const navigate = useNavigate();
  const arrival = searchArrival(location.state);
  // Opened from a search result: focus the field that matched (an entry of a list: its part).
  useEffect(() => {
    if (!arrival?.path) return;
    const part = document.getElementById(`section-${arrival.path.join('-')}`);
    const field = arrival.field
      ? part?.parentElement?.querySelector<HTMLElement>(`[name="${CSS.escape(arrival.field)}"]`)
      : null;
    if (field) field.focus();
    else if (part) {
      part.tabIndex = -1;
      part.focus();
    }
    if (!field && !part) return;
    void navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, state: null },
    );
  }, [arrival, location.pathname, location.search, navigate]);
  if (!section) return <Navigate to="identity" replace />;
  return (
    <div className="case-file">
      <nav aria-label={t('sectionsNav')} className="section-nav">
        <ul>
          {caseFileSections.map((s) => (
            <li key={s.id}>
              <NavLink to={`../file/${s.id}`}>{t(`sections.${s.id}` as never)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="section-parts" key={section.id}>
        <h2 className="visually-hidden">{t(`sections.${section.id}` as never)}</h2>
        {section.parts.map((part) =>
          part.kind === 'object' ? (
            <SectionForm
              key={part.key}
              caseId={caseFile.id}
              doc={doc}
              path={part.path}
              schema={part.schema}
              fields={part.fields}
              text={fieldText(part.key, part.fields)}
              title={t(`parts.${part.key}.title` as never)}
              readOnly={readOnly}
            />
          ) : (
            <ItemListSection
              key={part.key}
              caseId={caseFile.id}
              doc={doc}
              path={part.path}
              schema={part.schema}
              fields={part.fields}
              text={fieldText(part.key, part.fields)}
              title={t(`parts.${part.key}.title` as never)}
              addLabel={t(`parts.${part.key}.add` as never)}
              emptyLabel={t(`parts.${part.key}.empty` as never)}
              itemTitle={(item) =>
                item
                  ? fieldText(part.key, part.fields).summary(part.summary, item)
                  : t(`parts.${part.key}.item` as never)
              }
              newItem={part.newItem}
              readOnly={readOnly}
            />
          ),
        )}
      </div>
    </div>
  );
}
