// Renders a screen with the app's providers: i18n (English unless told), drag and drop, announcer.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DndProvider } from 'react-dnd-multi-backend';
import { Announcer } from '../../src/a11y/announcer';
import { DND_BACKENDS } from '../../src/app/dndBackends';
import { startI18n } from '../../src/app/i18n';
import type { Language } from '../../src/domain/languages';

/** Starts i18n in `language` and renders `ui` inside the app's providers. */
export async function renderWithProviders(ui: ReactElement, language: Language = 'en') {
  const i18n = await startI18n(language);
  await i18n.changeLanguage(language);
  return render(
    <DndProvider options={DND_BACKENDS}>
      <Announcer>{ui}</Announcer>
    </DndProvider>,
  );
}
