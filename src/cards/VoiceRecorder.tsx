// "Record my voice": the person says what a card means in their own words, and can play it,
// record it again or remove it. Big buttons, one tap each; a recording is kept at once.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playAudio, stopAudio, useAnnounce } from '../a11y';
import { getRecording } from '../storage';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { SymbolImage } from '../ui/SymbolImage';
import type { CapturedAudio } from './audioCapture';
import { useVoiceRecording } from './useVoiceRecording';
import './voiceRecorder.css';
import { ProblemMessage } from '../ui/ProblemMessage';

interface VoiceRecorderProps {
  /** The recording kept now, if any. */
  recordingId?: string;
  /**
   * Keeps a finished recording (and puts it where it belongs) in one transaction; rejects with
   * a StorageError when it could not.
   */
  onRecorded: (audio: CapturedAudio) => Promise<unknown>;
  /** The person removes their voice. */
  onRemove: () => void;
}

/** Records, plays, re-records and removes a person's voice for one card. */
export function VoiceRecorder({ recordingId, onRecorded, onRemove }: VoiceRecorderProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const group = useRef<HTMLDivElement>(null);
  const [playProblem, setPlayProblem] = useState<string>();
  const recorder = useVoiceRecording(async (audio) => {
    await onRecorded(audio);
    announce(t('voice.saved'));
  });
  const { phase, notice } = recorder;
  const seconds = Math.floor(recorder.elapsedMs / 1000);

  // The tapped button goes away (Record → Stop → Play): bring the focus back into the recorder.
  const hasTapped = useRef(false);
  useEffect(() => {
    if (!hasTapped.current || phase === 'starting' || phase === 'saving' || !isFocusLost()) return;
    group.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [phase, recordingId]);

  async function handlePlay() {
    if (!recordingId) return;
    setPlayProblem(undefined);
    const recording = await getRecording(recordingId).catch(() => undefined);
    if (!recording) return setPlayProblem(t('errors.not-found'));
    try {
      await playAudio(recording.bytes, recording.mime);
    } catch {
      setPlayProblem(t('voice.playFailed'));
    }
  }

  function handleRemove() {
    hasTapped.current = true;
    stopAudio();
    setPlayProblem(undefined);
    onRemove();
    announce(t('voice.removed'));
  }

  function handleRecord() {
    hasTapped.current = true;
    stopAudio();
    setPlayProblem(undefined);
    void recorder.start();
  }

  const isBusy = phase === 'starting' || phase === 'saving';
  return (
    <div className="voice" role="group" aria-label={t('voice.title')} ref={group}>
      {phase === 'recording' ? (
        <>
          <p className="voice__timer" role="timer">
            <SymbolImage symbolId="1f3a4" alt="" size={40} />
            <span>{t('voice.recording', { count: seconds })}</span>
          </p>
          <Button
            symbolId="1f6d1"
            size="large"
            variant="primary"
            onClick={() => void recorder.stop()}
          >
            {t('voice.stop')}
          </Button>
        </>
      ) : recordingId && !isBusy ? (
        <div className="voice__actions">
          <Button symbolId="1f5e3" size="large" variant="primary" onClick={() => void handlePlay()}>
            {t('voice.play')}
          </Button>
          <Button symbolId="1f504" size="large" onClick={handleRecord}>
            {t('voice.again')}
          </Button>
          <Button symbolId="1f5d1" size="large" onClick={handleRemove}>
            {t('voice.remove')}
          </Button>
        </div>
      ) : (
        <Button
          symbolId="1f3a4"
          size="large"
          variant="primary"
          disabled={isBusy}
          onClick={handleRecord}
        >
          {t(
            phase === 'saving'
              ? 'voice.saving'
              : phase === 'starting'
                ? 'voice.starting'
                : 'voice.record',
          )}
        </Button>
      )}
      {notice ? (
        // An alert, so the limit and any problem are spoken at once (the buttons just changed).
        <Message tone={notice === 'voice.limit' ? 'info' : 'problem'} isUrgent>
          {t(notice)}
        </Message>
      ) : null}
      <ProblemMessage problem={playProblem} />
    </div>
  );
}

function isFocusLost(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}
