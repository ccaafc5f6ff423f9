// The voice recorder records from the microphone, keeps the bytes, lets the microphone go,
// plays the voice back, and says plainly when it cannot record.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VoiceRecorder } from '../../src/cards/VoiceRecorder';
import { addRecording, getRecording, MAX_RECORDING_MS } from '../../src/storage';
import { installFakeAudio } from '../support/fakeAudio';
import { installFakeMicrophone } from '../support/fakeMicrophone';
import { renderWithProviders } from '../support/renderWithProviders';

const cleanups: (() => void)[] = [];

afterEach(() => {
  cleanups.splice(0).forEach((remove) => remove());
  vi.useRealTimers();
});

/** The recorder as a card screen would hold it: the recording id lives in the parent. */
function Holder({ onChange }: { onChange: (id: string | undefined) => void }) {
  const [recordingId, setRecordingId] = useState<string>();
  const show = (id: string | undefined) => {
    setRecordingId(id);
    onChange(id);
  };
  return (
    <VoiceRecorder
      recordingId={recordingId}
      onRecorded={async (audio) =>
        show((await addRecording({ personId: 'person-1', ...audio })).id)
      }
      onRemove={() => show(undefined)}
    />
  );
}

describe('VoiceRecorder', () => {
  it('records, keeps the bytes, lets the microphone go, and plays the voice', async () => {
    const user = userEvent.setup();
    const microphone = installFakeMicrophone({ supported: 'audio/mp4' });
    const audio = installFakeAudio();
    cleanups.push(microphone.remove, audio.remove);
    const onChange = vi.fn();
    await renderWithProviders(<Holder onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'Record my voice' }));
    expect(microphone.getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(await screen.findByRole('timer')).toHaveTextContent('Recording: 0 seconds');
    expect(microphone.recorders[0]?.mimeType).toBe('audio/mp4');
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    const id = onChange.mock.calls[0]?.[0] as string;
    const stored = await getRecording(id);
    expect(stored).toMatchObject({ personId: 'person-1', mime: 'audio/mp4' });
    expect([...new Uint8Array(stored?.bytes ?? new ArrayBuffer(0))]).toEqual([7, 7, 7, 7]);
    expect(microphone.track.stop).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Your voice is saved.');

    await user.click(await screen.findByRole('button', { name: 'Play my voice' }));
    await waitFor(() => expect(audio.played).toHaveLength(1));
    expect(audio.played[0]?.type).toBe('audio/mp4');
    await waitFor(() => expect(audio.revoked).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Remove my voice' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(await screen.findByRole('button', { name: 'Record my voice' })).toBeInTheDocument();
  });

  it('stops by itself at two minutes and says why', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const microphone = installFakeMicrophone();
    cleanups.push(microphone.remove);
    const onChange = vi.fn();
    await renderWithProviders(<Holder onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Record my voice' }));
    await screen.findByRole('timer');
    await act(() => vi.advanceTimersByTimeAsync(MAX_RECORDING_MS + 500));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText('You can record up to 2 minutes. Your voice is saved.'),
    ).toBeVisible();
    expect(microphone.track.stop).toHaveBeenCalled();
  });

  it.each([
    ['NotAllowedError', 'The microphone is not allowed.'],
    ['NotFoundError', 'This tablet has no microphone that works.'],
  ])('says plainly when the microphone fails with %s', async (name, words) => {
    const microphone = installFakeMicrophone({ refuseWith: name });
    cleanups.push(microphone.remove);
    const onChange = vi.fn();
    await renderWithProviders(<Holder onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record my voice' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says plainly when the browser cannot record at all', async () => {
    const microphone = installFakeMicrophone({ hasRecorder: false });
    cleanups.push(microphone.remove);
    await renderWithProviders(<Holder onChange={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record my voice' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This tablet cannot record a voice.',
    );
    expect(microphone.getUserMedia).not.toHaveBeenCalled();
  });
});
