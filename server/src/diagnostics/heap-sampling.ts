import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * Heap sampling for `npm run bench:profile -- --heap` (HEAP_PROFILE_FILE): V8's sampling heap
 * profiler, keeping the samples of objects garbage collected since — what a request allocates,
 * not only what survives it — written as a .heapprofile (Chrome DevTools reads it) when the
 * process stops. Off unless the variable is set.
 */
export async function startHeapSampling(file: string | undefined): Promise<(() => Promise<void>) | null> {
  if (!file) return null;
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 32 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
  return async () => {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: unknown };
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
