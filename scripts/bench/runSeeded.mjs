// The figures that need a person and plans in the app: each build gets its own profile, seeded
// through the app (see seed.mjs); then opening plans, moving cards, adding a 12-megapixel photo
// and raw IndexedDB, every run on each build in turn.
import { makePhotos } from './browser.mjs';
import { PLAN_SIZES } from './figures.mjs';
import { addPhoto, loadAndSave, moveCard, openPlan } from './measures.mjs';
import { seedBuild } from './seed.mjs';
import { log, ms, reason } from './session.mjs';

/** Seeds each build; returns a function giving a build's profile, or marking figures n/a. */
async function seedAll(session, photos) {
  const seeded = new Map();
  const problems = new Map();
  await session.everyBuild(async (build, server) => {
    log(`${build.label}: adding a person and plans through the app`);
    try {
      const data = await seedBuild({
        browser: session.browser,
        server,
        strings: build.strings,
        photo: photos.small,
        withImports: ['plans', 'moves', 'idb'].some(session.has),
        log: (line) => log(`${build.label}: ${line}`),
      });
      session.cleanups.push(() => data.context.close());
      seeded.set(build.name, data);
    } catch (error) {
      problems.set(build.name, `could not add the person and plans: ${reason(error)}`);
      log(`${build.label}: FAILED to seed: ${reason(error)}`);
    }
  });
  /** The seeded profile of `build` (with the plan of `count` cards if given), else n/a. */
  return (build, ids, count) => {
    const data = seeded.get(build.name);
    const why = !data
      ? problems.get(build.name)
      : count !== undefined && !data.plans[count]
        ? data.importNa
        : undefined;
    if (!why) return data;
    ids.forEach((id) => session.results.na(build.name, id, why));
    return undefined;
  };
}

/** Runs `measure(data, build)` on each seeded build, --runs times. */
function timed(session, profile, { label, ids, count, measure, describe }) {
  return session.repeat(label, () =>
    session.everyBuild(async (build) => {
      const data = profile(build, ids, count);
      if (data) await session.attempt(build, ids, () => measure(data, build), describe);
    }),
  );
}

/** Plans, moves, photo and IndexedDB figures (those of the groups asked for). */
export async function runSeeded(session) {
  const { options } = session;
  log('making the photos in the browser (canvas, JPEG)');
  const photos = await makePhotos(session.browser);
  log(`small photo ${photos.small.bytes.length} bytes, 12 MP photo ${photos.large.bytes.length}`);
  const profile = await seedAll(session, photos);

  if (session.has('plans')) {
    for (const rate of options.rates) {
      for (const count of PLAN_SIZES) {
        await timed(session, profile, {
          label: `open the ${count}-card plan, CPU x${rate}`,
          ids: [`plan.${count}.x${rate}`],
          count,
          measure: async (data) => [await openPlan(data, count, rate)],
          describe: ([time]) => ms(time),
        });
      }
    }
  }
  if (session.has('moves')) {
    const turns = new Map();
    for (const rate of options.rates) {
      for (const via of ['drag', 'tap']) {
        await timed(session, profile, {
          label: `move a card by ${via}, CPU x${rate}`,
          ids: [`move.${via}.painted.x${rate}`, `move.${via}.stored.x${rate}`],
          count: 50,
          measure: async (data, build) => {
            // Each build makes the same moves in the same order.
            const turn = turns.get(build.name) ?? 0;
            turns.set(build.name, turn + 1);
            const move = await moveCard(data, build.strings, via, turn, rate);
            return [move.painted, move.stored];
          },
          describe: ([painted, stored]) => `painted ${ms(painted)}, stored ${ms(stored)}`,
        });
      }
    }
  }
  if (session.has('photo')) {
    for (const rate of options.rates) {
      await timed(session, profile, {
        label: `add a 12-megapixel photo, CPU x${rate}`,
        ids: [`photo.shown.x${rate}`, 'photo.bytes'],
        measure: async (data, build) => {
          const photo = await addPhoto(data, build.strings, photos.large, rate);
          return [photo.shown, photo.bytes];
        },
        describe: ([shown, bytes]) => `shown ${ms(shown)}, stored ${bytes} bytes`,
      });
    }
  }
  if (session.has('idb')) {
    for (const rate of options.rates) {
      await timed(session, profile, {
        label: `IndexedDB load and save of 500 cards, CPU x${rate}`,
        ids: [`idb.load.x${rate}`, `idb.save.x${rate}`],
        count: 500,
        measure: async (data) => {
          const { load, save } = await loadAndSave(data, rate);
          return [load, save];
        },
        describe: ([load, save]) => `load ${ms(load)}, save ${ms(save)}`,
      });
    }
  }
}
