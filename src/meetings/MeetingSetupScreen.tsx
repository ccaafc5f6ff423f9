// Before a meeting: who takes part (the person's supporters, with photos; a social worker is
// added once and then chosen again next time) and which plans to look at (all, unless untapped).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { hrefOf } from '../app/routes';
import { AddSupporterForm, useSupporters } from '../cards';
import type { Plan, Supporter } from '../domain/types';
import { HomeLink, usePerson } from '../people';
import { planTitle, usePlans } from '../plans';
import { startMeeting, StorageError } from '../storage';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ProblemMessage } from '../ui/ProblemMessage';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { TickTiles } from '../ui/TickTiles';
import { useDraft } from '../ui/useDraft';
import { SupporterTiles } from './SupporterTiles';
import './meeting.css';

interface SetupDraft {
  participantIds: string[];
  /** Plans the person untapped: every other plan is looked at (new plans too). */
  skippedPlanIds: string[];
}

/** The screen before a meeting starts, opened from the person's home. */
export function MeetingSetupScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const person = usePerson(personId);
  const plans = usePlans(personId);
  const supporters = useSupporters(personId);
  const [draft, setDraft, clearDraft] = useDraft<SetupDraft>(`meeting-setup:${personId}`, {
    participantIds: [],
    skippedPlanIds: [],
  });
  const [isAdding, setIsAdding] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [isStarting, setIsStarting] = useState(false);
  const addRef = useRef<HTMLDivElement>(null);
  const home = <HomeLink personId={personId} />;

  if (person === null) {
    return <NotFoundScreen message={t('errors.personNotFound')} start={home} />;
  }
  if (!person || !plans || !supporters) return null;
  const chosenPlans = plans.filter((plan) => !draft.skippedPlanIds.includes(plan.id));

  function toggleSupporter(supporter: Supporter, isOn: boolean) {
    const others = draft.participantIds.filter((id) => id !== supporter.id);
    setDraft({ participantIds: isOn ? [...others, supporter.id] : others });
    announce(
      t(isOn ? 'meeting.setup.takesPart' : 'meeting.setup.notTaking', { name: supporter.name }),
    );
  }

  function togglePlan(plan: Plan, isOn: boolean) {
    const others = draft.skippedPlanIds.filter((id) => id !== plan.id);
    setDraft({ skippedPlanIds: isOn ? others : [...others, plan.id] });
    setProblem(undefined);
    const words = { plan: planTitle(plan, t) };
    announce(t(isOn ? 'meeting.setup.lookAt' : 'meeting.setup.notLookAt', words));
  }

  function closeForm() {
    setIsAdding(false);
    requestAnimationFrame(() => addRef.current?.querySelector('button')?.focus());
  }

  async function handleStart() {
    if (chosenPlans.length === 0) return setProblem(t('meeting.setup.needPlan'));
    const known = new Set((supporters ?? []).map((supporter) => supporter.id));
    setIsStarting(true);
    try {
      const meeting = await startMeeting({
        personId,
        participantIds: draft.participantIds.filter((id) => known.has(id)),
        planIds: chosenPlans.map((plan) => plan.id),
      });
      clearDraft();
      // Back from the meeting goes home, not to a second start of the same meeting.
      window.location.replace(hrefOf({ name: 'meeting', personId, meetingId: meeting.id }));
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsStarting(false);
    }
  }

  return (
    <ScreenLayout
      title={t('meeting.setup.title')}
      titlePicture={<SymbolImage symbolId="1f91d" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={home}
    >
      <div className="meeting-setup">
        <h2 className="section-title">
          <SymbolImage symbolId="1f465" alt="" size={36} />
          {t('meeting.setup.who')}
        </h2>
        {supporters.length === 0 ? (
          <p className="lead">{t('meeting.setup.none')}</p>
        ) : (
          <>
            <p className="lead">{t('meeting.setup.whoHint')}</p>
            <SupporterTiles
              supporters={supporters}
              chosenIds={draft.participantIds}
              label={t('meeting.setup.people')}
              onToggle={toggleSupporter}
            />
          </>
        )}
        {isAdding ? (
          <AddSupporterForm
            personId={personId}
            askRole
            onClose={closeForm}
            onAdded={(supporter) => {
              toggleSupporter(supporter, true);
              closeForm();
            }}
          />
        ) : (
          <div ref={addRef} className="meeting-setup__add">
            <Button symbolId="2795" onClick={() => setIsAdding(true)}>
              {t('meeting.setup.add')}
            </Button>
          </div>
        )}
        <h2 className="section-title">
          <SymbolImage symbolId="1f4cb" alt="" size={36} />
          {t('meeting.setup.plans')}
        </h2>
        {plans.length === 0 ? (
          <Message tone="info">{t('meeting.setup.noPlans')}</Message>
        ) : (
          <TickTiles
            items={plans}
            tileOf={(plan) => ({
              id: plan.id,
              picture: <SymbolImage symbolId={plan.symbolId} alt="" size={96} />,
              name: planTitle(plan, t),
            })}
            chosenIds={chosenPlans.map((plan) => plan.id)}
            label={t('meeting.setup.planList')}
            onToggle={togglePlan}
          />
        )}
        <ProblemMessage problem={problem} />
        <div className="form__actions meeting-setup__start">
          <Button
            symbolId="1f91d"
            variant="primary"
            size="large"
            onClick={() => void handleStart()}
            disabled={isStarting || plans.length === 0}
          >
            {t('meeting.setup.start')}
          </Button>
        </div>
      </div>
    </ScreenLayout>
  );
}
