// Choosing the voice that reads aloud: the tablet's own voice or one of its voices for this
// language, each with a "Listen" button that reads a sample sentence with it.
import { useTranslation } from 'react-i18next';
import { isSpeechAvailable, ReadAloudButton } from '../a11y';
import { SymbolImage } from '../ui/SymbolImage';

interface VoiceChoicesProps {
  /** The tablet's voices for the app's language (undefined while asked). */
  voices: readonly SpeechSynthesisVoice[] | undefined;
  /** The chosen voice; undefined is the tablet's own choice. */
  voiceURI: string | undefined;
  /** The chosen speed, used by the "Listen" buttons. */
  rate: number;
  onChange: (voiceURI: string | undefined) => void;
}

interface Option {
  voiceURI: string | undefined;
  name: string;
  listen: string;
  lang?: string;
}

/** The radio list of voices, each with a button to hear it. */
export function VoiceChoices({ voices, voiceURI, rate, onChange }: VoiceChoicesProps) {
  const { t } = useTranslation();
  const isKnown = !voiceURI || voices === undefined || voices.some((v) => v.voiceURI === voiceURI);
  const chosen = isKnown ? voiceURI : undefined;
  const options: Option[] = [
    {
      voiceURI: undefined,
      name: t('howILikeIt.tabletVoice'),
      listen: t('howILikeIt.listenToTablet'),
    },
    ...(voices ?? []).map((voice) => ({
      voiceURI: voice.voiceURI,
      name: voice.name,
      listen: t('howILikeIt.listenTo', { voice: voice.name }),
      lang: voice.lang.replace('_', '-') || undefined,
    })),
  ];
  return (
    <fieldset className="field choices">
      <legend>
        <SymbolImage symbolId="1f5e3" alt="" size={32} />
        {t('howILikeIt.voice')}
      </legend>
      {voices?.length === 0 && isSpeechAvailable() ? (
        <p className="hint">{t('howILikeIt.noVoices')}</p>
      ) : null}
      <ul className="voice-choices">
        {options.map((option) => (
          <li key={option.voiceURI ?? ''} className="voice-choice">
            <label className="choice">
              <input
                type="radio"
                name="voice"
                checked={chosen === option.voiceURI}
                onChange={() => onChange(option.voiceURI)}
              />
              <span lang={option.lang}>{option.name}</span>
            </label>
            <ReadAloudButton
              text={t('howILikeIt.sample')}
              label={option.listen}
              sample={{ voiceURI: option.voiceURI, rate }}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
