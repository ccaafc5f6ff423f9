// The size figures of each build, and the first and the repeat (offline) visits, run for every
// build in turn so both builds of a comparison see the same machine load.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { log, ms, reason } from './session.mjs';
import { gzipBytes, sizeFigures } from './sizes.mjs';
import { firstVisit, offlineContext, repeatVisit } from './visits.mjs';

/** Gzip bytes of the JavaScript files among `urls` that are in the build. */
function loadedJsBytes(dir, urls) {
  const files = new Set();
  for (const url of urls) {
    const { pathname } = new URL(url);
    if (!pathname.endsWith('.js')) continue;
    const file = join(dir, decodeURIComponent(pathname));
    if (existsSync(file)) files.add(file);
  }
  return [...files].reduce((total, file) => total + gzipBytes(file), 0);
}

/** Sizes read from each build on disk. */
export async function runSizes(session) {
  await session.everyBuild(async (build) => {
    for (const [id, value] of Object.entries(sizeFigures(build.dir))) {
      if (typeof value === 'number') session.results.add(build.name, id, value);
      else session.results.na(build.name, id, value.na);
    }
  });
}

/** First visits (fresh profile each run), then repeat visits offline. */
export async function runVisits(session) {
  const { browser, results, options } = session;
  const both = ([fcp, usable]) => `FCP ${ms(fcp)}, usable ${ms(usable)}`;
  for (const rate of options.rates) {
    await session.repeat(`first visit, CPU x${rate}`, (run) =>
      session.everyBuild((build, server) =>
        session.attempt(
          build,
          [`visit.fcp.x${rate}`, `visit.usable.x${rate}`],
          async () => {
            const visit = await firstVisit(browser, server, build.strings, rate);
            if (rate === options.rates[0] && run === 1) {
              results.add(build.name, 'size.loadedJs', loadedJsBytes(build.dir, visit.resources));
            }
            return [visit.fcp, visit.usable];
          },
          both,
        ),
      ),
    );
  }
  const offline = new Map();
  await session.everyBuild(async (build, server) => {
    try {
      const context = await offlineContext(browser, server, build.strings);
      session.cleanups.push(() => context.close());
      offline.set(build.name, context);
    } catch (error) {
      log(`${build.label}: FAILED to prepare the offline visit: ${reason(error)}`);
      for (const rate of options.rates) {
        results.na(build.name, `offline.fcp.x${rate}`, reason(error));
        results.na(build.name, `offline.usable.x${rate}`, reason(error));
      }
    }
  });
  for (const rate of options.rates) {
    await session.repeat(`repeat visit offline, CPU x${rate}`, () =>
      session.everyBuild(async (build, server) => {
        const context = offline.get(build.name);
        if (!context) return;
        await session.attempt(
          build,
          [`offline.fcp.x${rate}`, `offline.usable.x${rate}`],
          async () => {
            const visit = await repeatVisit(context, server, rate);
            return [visit.fcp, visit.usable];
          },
          both,
        );
      }),
    );
  }
}
