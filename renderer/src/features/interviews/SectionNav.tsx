import type { InterviewTemplate } from '@core/templates';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SectionProgress } from './interview-progress';
import { useLocalized } from './useAnswerText';

interface SectionNavProps {
  template: InterviewTemplate;
  progress: readonly SectionProgress[];
  currentId: string;
}

/** The template's sections with answered/total each; a link per section to jump there. */
export function SectionNav({ template, progress, currentId }: SectionNavProps) {
  const { t } = useTranslation('interviews');
  const localized = useLocalized();
  return (
    <nav aria-label={t('sections.nav')} className="interview-nav">
      <ol>
        {template.sections.map((section, index) => {
          const p = progress[index]!;
          const complete = p.answered === p.total;
          return (
            <li key={section.id}>
              <Link
                to={{ search: `?section=${section.id}` }}
                replace
                aria-current={section.id === currentId ? 'step' : undefined}
                className={complete ? 'complete' : undefined}
              >
                <span className="nav-title">{localized(section.title)}</span>
                <span className="nav-progress">
                  {t('sections.progress', { answered: p.answered, total: p.total })}
                  {p.drafts > 0 ? ` · ${t('sections.drafts', { count: p.drafts })}` : ''}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
