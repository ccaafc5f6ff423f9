// Start a new plan from a template: each template with its picture, name and a short line.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/routes';
import { EMPTY_BOARD, TEMPLATES, type Template } from '../domain/templates';
import { HomeLink } from '../people';
import { createPlan, StorageError } from '../storage';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import './board.css';
import { EmptyBoardForm } from './EmptyBoardForm';
import { ListenButton } from './ListenButton';
import { ProblemMessage } from '../ui/ProblemMessage';

/** The template chooser; choosing one makes the plan and opens it. */
export function NewPlanScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const [isEmptyOpen, setIsEmptyOpen] = useState(false);

  async function handleChoose(template: Template, names?: { title: string; laneTitles: string[] }) {
    setIsBusy(true);
    try {
      const plan = await createPlan(personId, template, names);
      navigate({ name: 'plan', personId, planId: plan.id });
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsBusy(false);
    }
  }

  return (
    <ScreenLayout
      title={t('newPlan.title')}
      titlePicture={<SymbolImage symbolId="2795" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={<HomeLink personId={personId} />}
    >
      <ProblemMessage problem={problem} />
      <ul className="templates" aria-label={t('newPlan.templates')}>
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="template"
              disabled={isBusy}
              onClick={() => void handleChoose(template)}
            >
              <SymbolImage symbolId={template.symbolId} alt="" size={72} />
              <span className="template__name">{t(`templates.${template.id}.name`)}</span>
              <span className="template__about">{t(`templates.${template.id}.about`)}</span>
            </button>
            <ListenButton
              text={`${t(`templates.${template.id}.name`)}. ${t(`templates.${template.id}.about`)}`}
              className="template__listen"
            />
          </li>
        ))}
        <li>
          <button
            type="button"
            className="template template--empty"
            aria-expanded={isEmptyOpen}
            onClick={() => setIsEmptyOpen((open) => !open)}
          >
            <SymbolImage symbolId={EMPTY_BOARD.symbolId} alt="" size={72} />
            <span className="template__name">{t('templates.empty.name')}</span>
            <span className="template__about">{t('templates.empty.about')}</span>
          </button>
          <ListenButton
            text={`${t('templates.empty.name')}. ${t('templates.empty.about')}`}
            className="template__listen"
          />
        </li>
      </ul>
      {isEmptyOpen ? (
        <EmptyBoardForm
          personId={personId}
          isBusy={isBusy}
          onMake={(title, laneTitles) => void handleChoose(EMPTY_BOARD, { title, laneTitles })}
        />
      ) : null}
    </ScreenLayout>
  );
}
