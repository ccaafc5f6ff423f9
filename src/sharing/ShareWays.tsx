// How the agreed share leaves the tablet: printed (the poster above, on paper or as a PDF),
// saved as a file, or sent with the device's share sheet. Each way is recorded when used.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { collectPlanBundle, recordShare } from '../storage';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { SymbolImage } from '../ui/SymbolImage';
import { FileWays } from './FileWays';
import { MYPLAN_EXTENSION } from './files';
import { datedFileName } from './fileName';
import { shareProblemText } from './problemText';
import { SpokenProblem } from './SpokenProblem';
import type { HandOverPlan } from './useFileHandOver';

interface ShareWaysProps {
  personId: string;
  planId: string;
  planTitle: string;
  cardIds: readonly string[];
  withIds: readonly string[];
  agreedAt: number;
  /** "You said yes at …": gets the focus when the ways appear (the Yes button is gone). */
  agreedNote: string;
}

/** Print, Save a file, Send — for exactly the cards and helpers the person said yes to. */
export function ShareWays(props: ShareWaysProps) {
  const { personId, planId, planTitle, cardIds, withIds, agreedAt, agreedNote } = props;
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [printState, setPrintState] = useState<{ problem?: string; done?: string }>({});
  const share = { personId, planIds: [planId], withIds: [...withIds], agreedAt };
  const noteRef = useRef<HTMLDivElement>(null);
  useEffect(() => noteRef.current?.focus(), []);

  async function handlePrint() {
    try {
      await recordShare({ ...share, kind: 'print', cardIds: [...cardIds] });
    } catch (error) {
      setPrintState({ problem: shareProblemText(error, t) });
      return;
    }
    window.print();
    setPrintState({ done: t('share.printed') });
    announce(t('share.printed'));
  }

  const handOver: HandOverPlan = {
    fileName: datedFileName(planTitle, t('share.fileFallback'), new Date(), MYPLAN_EXTENSION),
    collect: () => collectPlanBundle(personId, { planIds: [planId], cardIds: [...cardIds] }),
    record: (how, bundle, isLocked) => ({
      ...share,
      kind: how,
      cardIds: bundle.cards.map((card) => card.id),
      isLocked,
    }),
  };

  return (
    <>
      <div ref={noteRef} tabIndex={-1} className="share-ways__agreed">
        <Message tone="info">{agreedNote}</Message>
      </div>
      <div className="share-ways">
        <section className="share-way" aria-labelledby="share-print">
          <h3 id="share-print" className="share-way__title">
            <SymbolImage symbolId="1f5a8" alt="" size={40} />
            {t('share.printTitle')}
          </h3>
          <p>{t('share.printHint')}</p>
          <Button
            symbolId="1f5a8"
            variant="primary"
            size="large"
            onClick={() => void handlePrint()}
          >
            {t('share.print')}
          </Button>
          <SpokenProblem problem={printState.problem} />
          {printState.done ? <Message tone="info">{printState.done}</Message> : null}
        </section>
        <section className="share-way" aria-labelledby="share-file">
          <h3 id="share-file" className="share-way__title">
            <SymbolImage symbolId="1f4be" alt="" size={40} />
            {t('share.fileTitle')}
          </h3>
          <p>{t('share.fileHint')}</p>
          <FileWays plan={handOver} saveLabel={t('share.save')} sendLabel={t('share.send')} />
        </section>
      </div>
    </>
  );
}
