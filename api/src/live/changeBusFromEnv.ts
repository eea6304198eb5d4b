// Which change bus an API process uses: Redis pub/sub when REDIS_URL is set (channel prefix REDIS_CHANNEL_PREFIX,
// default "ioc"), else the process-wide in-memory bus.
import type { ChangeBus } from './changeBus';
import { processChangeBus } from './memoryChangeBus';
import { RedisChangeBus } from './redisChangeBus';

export async function changeBusFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<ChangeBus> {
  const url = env.REDIS_URL?.trim();
  if (!url) return processChangeBus;
  return RedisChangeBus.open({ url, prefix: env.REDIS_CHANNEL_PREFIX?.trim() || 'ioc' });
}
