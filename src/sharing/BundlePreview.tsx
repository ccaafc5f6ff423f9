// What is inside a file, shown before anything is stored: who made it and when, how much it
// holds, and each plan as a poster with its cards' pictures and words.
import type { PlanBundle } from '../domain/bundle';
import { sortByOrder } from '../domain/ordering';
import { BundleFacts } from './BundleFacts';
import { SharePoster } from './SharePoster';
import { useBundlePictures } from './useBundlePictures';

/** The person, date, counts and plans of a file. */
export function BundlePreview({ bundle, showPlans }: { bundle: PlanBundle; showPlans: boolean }) {
  const urls = useBundlePictures(bundle.pictures);
  return (
    <div className="bundle-preview">
      <BundleFacts bundle={bundle} urls={urls} />
      {showPlans
        ? bundle.plans.map((plan) => (
            <SharePoster
              key={plan.id}
              plan={plan}
              cards={sortByOrder(bundle.cards.filter((card) => card.planId === plan.id))}
              person={bundle.person}
              date={bundle.createdAt}
              urls={urls}
              canListen
            />
          ))
        : null}
    </div>
  );
}
