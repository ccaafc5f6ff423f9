// Choose a picture from the shipped library: search in the person's language or browse a topic.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../domain/languages';
import { searchSymbols, symbolName, symbolsInTopic, type TopicId } from '../domain/symbolSearch';
import { Message } from '../ui/Message';
import { SymbolImage } from '../ui/SymbolImage';
import { useSymbolLibrary } from './useSymbolLibrary';

const MAX_RESULTS = 60;

interface SymbolLibraryProps {
  /** The chosen symbol's id, if a symbol is chosen. */
  value?: string;
  onChoose: (symbolId: string, name: string) => void;
  initialTopic: TopicId;
}

/** A search box, topic buttons and a grid of pictures; the chosen one is marked pressed. */
export function SymbolLibrary({ value, onChoose, initialTopic }: SymbolLibraryProps) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language) ?? 'en';
  const { library, isFailed } = useSymbolLibrary();
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState<TopicId>(initialTopic);
  const searchId = useId();
  const gridRef = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => {
    if (!library) return [];
    const found = query.trim()
      ? searchSymbols(library.symbols, query, language, MAX_RESULTS)
      : symbolsInTopic(library.symbols, topic);
    return found.slice(0, MAX_RESULTS);
  }, [library, query, topic, language]);

  // Enter in the search box goes to the first picture found; it must not send the whole form.
  function handleSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    gridRef.current?.querySelector('button')?.focus();
  }

  if (isFailed) return <Message tone="problem">{t('pictures.loadFailed')}</Message>;
  if (!library) return <p className="picker__loading">{t('pictures.loading')}</p>;
  return (
    <div className="picker">
      <div className="picker__search">
        <label htmlFor={searchId}>
          <SymbolImage symbolId="1f50d" alt="" size={28} />
          {t('pictures.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={handleSearchKey}
          autoComplete="off"
        />
      </div>
      <div className="picker__topics" role="group" aria-label={t('pictures.topics')}>
        {library.topics.map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="picker__topic"
            aria-pressed={!query.trim() && topic === entry.id}
            onClick={() => {
              setQuery('');
              setTopic(entry.id);
            }}
          >
            <SymbolImage symbolId={entry.cover} alt="" size={32} />
            <span>{t(`topics.${entry.id}`)}</span>
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p role="status">{t('pictures.noneFound')}</p>
      ) : (
        <ul className="picker__grid" aria-label={t('pictures.choose')} ref={gridRef}>
          {shown.map((entry) => {
            const name = symbolName(entry, language);
            return (
              <li key={entry.id}>
                <button
                  type="button"
                  className="picker__item"
                  aria-pressed={value === entry.id}
                  onClick={() => onChoose(entry.id, name)}
                >
                  <SymbolImage symbolId={entry.id} alt="" size={56} />
                  <span className="picker__name">{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
