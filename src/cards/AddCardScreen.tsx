// Make a new card in a lane: a picture from the library, a few words, a colour. Saved at once.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import { hrefOf, navigate } from '../app/routes';
import { DEFAULT_COLOUR } from '../domain/templates';
import { MAX_WORDS_LENGTH } from '../domain/schemas';
import type { ColourId } from '../domain/types';
import { PicturePicker } from '../pictures';
import { laneTitle, usePlan } from '../plans';
import { addCard, StorageError } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { useDraft } from '../ui/useDraft';
import { ColourPicker } from './ColourPicker';

interface Draft {
  symbolId: string;
  symbolName: string;
  words: string;
  colour: ColourId;
}

/** The form for a new card in lane `laneId` of plan `planId`. */
export function AddCardScreen({ planId, laneId }: { planId: string; laneId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const plan = usePlan(planId);
  const wordsId = useId();
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`add-card:${planId}:${laneId}`, {
    symbolId: '',
    symbolName: '',
    words: '',
    colour: DEFAULT_COLOUR,
  });
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const lane = plan?.lanes.find((item) => item.id === laneId);
  const boardHref = hrefOf({ name: 'plan', planId });

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.symbolId) return setProblem(t('cards.needPicture'));
    setIsSaving(true);
    try {
      const card = await addCard({
        planId,
        laneId,
        picture: { kind: 'symbol', symbolId: draft.symbolId },
        words: draft.words.trim() || draft.symbolName,
        colour: draft.colour,
      });
      clearDraft();
      announce(t('cards.added', { words: card.words }));
      navigate({ name: 'plan', planId });
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsSaving(false);
    }
  }

  if (plan === null || (plan && !lane)) {
    return (
      <ScreenLayout title={t('errors.notFoundTitle')} navLabel={t('nav.label')}>
        <Message tone="problem">{t('errors.planNotFound')}</Message>
      </ScreenLayout>
    );
  }
  if (!plan || !lane) return null;
  return (
    <ScreenLayout
      title={t('cards.addTitle', { lane: laneTitle(lane, t) })}
      titlePicture={<SymbolImage symbolId="2795" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={
        <LinkButton href={boardHref} symbolId="2b05" variant="quiet">
          {t('nav.backToPlan')}
        </LinkButton>
      }
    >
      <form className="form" onSubmit={handleSubmit} noValidate>
        <fieldset className="field">
          <legend>{t('cards.picture')}</legend>
          <PicturePicker
            value={draft.symbolId || undefined}
            onChange={(symbolId, symbolName) => setDraft({ symbolId, symbolName })}
            initialTopic="free-time"
          />
        </fieldset>
        <div className="field">
          <label htmlFor={wordsId}>
            <SymbolImage symbolId="270f" alt="" size={28} />
            {t('cards.words')}
          </label>
          <input
            id={wordsId}
            value={draft.words}
            maxLength={MAX_WORDS_LENGTH}
            autoComplete="off"
            placeholder={draft.symbolName}
            onChange={(event) => setDraft({ words: event.target.value })}
          />
        </div>
        <ColourPicker
          value={draft.colour}
          legend={plan.legend}
          onChange={(colour) => setDraft({ colour })}
        />
        {problem ? (
          <Message tone="problem" isUrgent>
            {problem}
          </Message>
        ) : null}
        <div className="form__actions">
          <Button type="submit" symbolId="2705" variant="primary" size="large" disabled={isSaving}>
            {t('cards.save')}
          </Button>
          <LinkButton href={boardHref} symbolId="274c">
            {t('cards.cancel')}
          </LinkButton>
        </div>
      </form>
    </ScreenLayout>
  );
}
