// The title of one step of a sharing screen: a picture, short words, a hint, and a button that
// reads them aloud, so a person who cannot read knows what this part is for.
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import { SymbolImage } from '../ui/SymbolImage';

interface StepTitleProps {
  symbolId: string;
  title: string;
  hint?: string;
  /** For aria-labelledby on the part it names. */
  id?: string;
}

/** A section heading (h2) with its picture, hint and read-aloud button. */
export function StepTitle({ symbolId, title, hint, id }: StepTitleProps) {
  const { t } = useTranslation();
  return (
    <div className="step-title">
      <h2 className="section-title" id={id}>
        <SymbolImage symbolId={symbolId} alt="" size={40} />
        {title}
      </h2>
      {hint ? <p className="step-title__hint">{hint}</p> : null}
      <ReadAloudButton
        text={hint ? `${title}. ${hint}` : title}
        label={t('share.listenTo', { words: title })}
      />
    </div>
  );
}
