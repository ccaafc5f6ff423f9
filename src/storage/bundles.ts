// Plan files (collect, import, restore) are loaded when first used, never with the first screen:
// they bring the file format's validation (zod) with them, and only the sharing screens need them.
type BundleRepo = typeof import('./bundleRepo');

const repo = (): Promise<BundleRepo> => import('./bundleRepo');

/** See bundleRepo.collectPlanBundle. */
export const collectPlanBundle: BundleRepo['collectPlanBundle'] = async (...args) =>
  (await repo()).collectPlanBundle(...args);

/** See bundleRepo.collectPersonBundle. */
export const collectPersonBundle: BundleRepo['collectPersonBundle'] = async (...args) =>
  (await repo()).collectPersonBundle(...args);

/** See bundleImport.existingPlanIds. */
export const existingPlanIds: BundleRepo['existingPlanIds'] = async (...args) =>
  (await repo()).existingPlanIds(...args);

/** See bundleImport.importPlanBundle. */
export const importPlanBundle: BundleRepo['importPlanBundle'] = async (...args) =>
  (await repo()).importPlanBundle(...args);

/** See bundleImport.restorePersonBundle. */
export const restorePersonBundle: BundleRepo['restorePersonBundle'] = async (...args) =>
  (await repo()).restorePersonBundle(...args);

export type { ShareChoice } from './bundleRepo';
