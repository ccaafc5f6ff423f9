// Make a new card in a lane: a picture (library, photo or drawing), a few words, a colour.
// Saved at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../app/routes';
import { DEFAULT_COLOUR } from '../domain/templates';
import { MAX_WORDS_LENGTH } from '../domain/limits';
import type { ColourId, PictureRef } from '../domain/types';
import { PicturePicker } from '../pictures';
import { laneTitle, usePlan } from '../plans';
import { addCard, StorageError } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { showFlash } from '../ui/flash';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { TextField } from '../ui/TextField';
import { useDraft } from '../ui/useDraft';
import { ColourPicker } from './ColourPicker';
import { ProblemMessage } from '../ui/ProblemMessage';

interface Draft {
  picture?: PictureRef;
  /** The library picture's name: the card's words when none are written. */
  symbolName: string;
  words: string;
  colour: ColourId;
}

/** The form for a new card in lane `laneId` of plan `planId`. */
export function AddCardScreen(props: { personId: string; planId: string; laneId: string }) {
  const { personId, planId, laneId } = props;
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`add-card:${planId}:${laneId}`, {
    symbolName: '',
    words: '',
    colour: DEFAULT_COLOUR,
  });
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const lane = plan?.lanes.find((item) => item.id === laneId);
  const boardHref = hrefOf({ name: 'plan', personId, planId });

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.picture) return setProblem(t('cards.needPicture'));
    // A photo or drawing has no name of its own: its words must be written.
    const words = draft.words.trim() || (draft.picture.kind === 'symbol' ? draft.symbolName : '');
    if (!words) return setProblem(t('pictures.needWords'));
    setIsSaving(true);
    try {
      const card = await addCard({
        planId,
        laneId,
        picture: draft.picture,
        words,
        colour: draft.colour,
      });
      clearDraft();
      // The board puts the focus on the new card and says where it is ("card 3 of 3 in Now").
      showFlash({ kind: 'card-added', planId, cardId: card.id });
      navigate({ name: 'plan', personId, planId });
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsSaving(false);
    }
  }

  if (plan === null || (plan && !lane)) {
    return <NotFoundScreen message={t('errors.planNotFound')} />;
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
            personId={personId}
            value={draft.picture}
            onChange={(picture, symbolName) => setDraft({ picture, symbolName })}
            initialTopic="free-time"
          />
        </fieldset>
        <TextField
          label={t('cards.words')}
          symbolId="270f"
          value={draft.words}
          maxLength={MAX_WORDS_LENGTH}
          placeholder={draft.picture?.kind === 'symbol' ? draft.symbolName : undefined}
          onChange={(words) => setDraft({ words })}
        />
        <ColourPicker
          value={draft.colour}
          legend={plan.legend}
          onChange={(colour) => setDraft({ colour })}
        />
        <ProblemMessage problem={problem} />
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
