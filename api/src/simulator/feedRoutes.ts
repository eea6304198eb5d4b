// HTTP face of the simulated national 766 endpoint: GET /api/v1/chi-so-766?sau=CURSOR&gioiHan=N serves the payloads
// after a cursor, and /control lets a test switch faults on and move the clock (never exposed outside the demo).
import express, { type Request, type Response, Router } from 'express';
import { FAULTS, type Fault, type NationalFeedSim } from './nationalFeed';

export const FEED_PATH = '/api/v1/chi-so-766';
const MAX_LIMIT = 1_000;

function wholeNumber(value: unknown, name: string, min: number, max: number): number | string {
  const n = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    return `${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`;
  }
  return n;
}

export function feedRoutes(sim: NationalFeedSim): Router {
  const router = Router();

  router.get(FEED_PATH, async (req: Request, res: Response) => {
    const cursor = req.query.sau === undefined ? null : wholeNumber(req.query.sau, 'sau', 0, 1e12);
    const limit = req.query.gioiHan === undefined ? 100 : wholeNumber(req.query.gioiHan, 'gioiHan', 1, MAX_LIMIT);
    if (typeof cursor === 'string' || typeof limit === 'string') {
      res.status(400).json({ loi: [cursor, limit].filter((x) => typeof x === 'string').join('; ') });
      return;
    }
    const fault = sim.takeFault();
    switch (fault) {
      case 'down':
        // As if the host were unreachable: the connection closes with no answer.
        req.socket.destroy();
        return;
      case 'http-500':
        res.status(500).json({ loi: 'Lỗi máy chủ (mô phỏng)' });
        return;
      case 'malformed':
        res.type('application/json').send('{"goiTin": [{"soThuTu": 17, "duLieu": [{"maDonVi": "68", ');
        return;
      case 'slow':
        await new Promise((r) => setTimeout(r, sim.delayMs));
        break;
    }
    if (req.socket.destroyed) return;
    res.json(sim.page(cursor, limit, fault));
  });

  const control = Router();
  control.use(express.json());
  control.get('/', (_req, res) => {
    res.json({
      now: new Date(sim.now()).toISOString(),
      latestSequence: sim.latestSequence,
      paused: sim.paused,
      requests: sim.requests,
      ...sim.fault,
    });
  });
  control.post('/fault', (req, res) => {
    const { fault, times, delayMs } = (req.body ?? {}) as { fault?: unknown; times?: unknown; delayMs?: unknown };
    if (typeof fault !== 'string' || !(FAULTS as readonly string[]).includes(fault)) {
      res.status(400).json({ error: `fault: expected one of ${FAULTS.join(', ')}, got ${JSON.stringify(fault)}` });
      return;
    }
    if (times !== undefined && times !== null && (!Number.isSafeInteger(times) || (times as number) < 1)) {
      res
        .status(400)
        .json({ error: `times: expected a whole number of requests, at least 1, got ${JSON.stringify(times)}` });
      return;
    }
    if (delayMs !== undefined && (!Number.isSafeInteger(delayMs) || (delayMs as number) < 0)) {
      res
        .status(400)
        .json({ error: `delayMs: expected a whole number of milliseconds, got ${JSON.stringify(delayMs)}` });
      return;
    }
    sim.setFault(fault as Fault, (times as number | undefined) ?? null, delayMs as number | undefined);
    res.json(sim.fault);
  });
  control.post('/clock', (req, res) => {
    const { advanceMs, paused } = (req.body ?? {}) as { advanceMs?: unknown; paused?: unknown };
    if (advanceMs !== undefined && (!Number.isSafeInteger(advanceMs) || (advanceMs as number) < 0)) {
      res
        .status(400)
        .json({ error: `advanceMs: expected a whole number of milliseconds, got ${JSON.stringify(advanceMs)}` });
      return;
    }
    if (paused !== undefined && typeof paused !== 'boolean') {
      res.status(400).json({ error: `paused: expected true or false, got ${JSON.stringify(paused)}` });
      return;
    }
    if (typeof paused === 'boolean') sim.setPaused(paused);
    if (advanceMs !== undefined) sim.advance(advanceMs as number);
    res.json({ now: new Date(sim.now()).toISOString(), latestSequence: sim.latestSequence, paused: sim.paused });
  });
  router.use('/control', control);
  return router;
}
