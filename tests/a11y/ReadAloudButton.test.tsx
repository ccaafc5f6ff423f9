// The read-aloud button speaks with the person's speed; when the tablet cannot, it plays the
// person's recording and says so plainly; with neither, it says plainly that it cannot.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadAloudButton } from '../../src/a11y';
import { addPerson, addRecording, updatePreferences } from '../../src/storage';
import { installFakeAudio } from '../support/fakeAudio';
import { fakeVoice, installFakeSpeech } from '../support/fakeSpeech';
import { renderWithProviders } from '../support/renderWithProviders';

const cleanups: (() => void)[] = [];

/** The sentence shown next to the button (the live region holds a hidden copy for screen readers). */
function shown(text: string) {
  return screen.findByText(text, { ignore: '.visually-hidden *, script, style' });
}

afterEach(() => {
  cleanups.splice(0).forEach((remove) => remove());
  window.location.hash = '';
});

async function onScreenOfPersonWith(rate: number) {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  await updatePreferences(person.id, { rate, voiceURI: 'uri:Ella' });
  window.location.hash = `#/person/${person.id}/plan/x`;
  return person;
}

describe('ReadAloudButton', () => {
  it("reads the words aloud in the app's language with the person's voice and speed", async () => {
    const speech = installFakeSpeech({
      voices: [fakeVoice('en-US', 'Sam'), fakeVoice('en-GB', 'Ella')],
    });
    cleanups.push(speech.remove);
    await onScreenOfPersonWith(0.75);
    await renderWithProviders(<ReadAloudButton text="Go swimming" />);
    const button = screen.getByRole('button', { name: 'Read aloud' });
    // The person's preferences arrive through a live query.
    await waitFor(async () => {
      await userEvent.click(button);
      expect(speech.spoken.at(-1)).toEqual({
        text: 'Go swimming',
        lang: 'en',
        rate: 0.75,
        voiceURI: 'uri:Ella',
      });
    });
    expect(screen.queryByText(/cannot read aloud/)).not.toBeInTheDocument();
  });

  it('plays the recording instead when the tablet cannot read aloud, and says so', async () => {
    const audio = installFakeAudio();
    cleanups.push(audio.remove);
    const person = await onScreenOfPersonWith(1);
    const recording = await addRecording({
      personId: person.id,
      bytes: new Uint8Array([1, 2, 3]).buffer,
      mime: 'audio/webm',
      durationMs: 900,
    });
    await renderWithProviders(
      <ReadAloudButton text="Go swimming" recordingId={recording.id} label="Read the card" />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Read the card' }));
    const sentence = 'This tablet cannot read aloud. You hear the recorded voice.';
    expect(await shown(sentence)).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(sentence);
    await waitFor(() => expect(audio.played).toHaveLength(1));
    expect(audio.played[0]?.type).toBe('audio/webm');
    await waitFor(() => expect(audio.revoked).toEqual(['blob:test/1']));
  });

  it('says plainly that it cannot read aloud when there is no speech and no recording', async () => {
    await renderWithProviders(<ReadAloudButton text="Go swimming" size="large" />);
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(await shown('This tablet cannot read aloud.')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('This tablet cannot read aloud.');
  });

  it('says so in Arabic too', async () => {
    await renderWithProviders(<ReadAloudButton text="مرحبا" />, 'ar');
    await userEvent.click(screen.getByRole('button', { name: 'اقرأ بصوت عالٍ' }));
    expect(await shown('هذا الجهاز اللوحي لا يستطيع القراءة بصوت عالٍ.')).toBeVisible();
  });
});
