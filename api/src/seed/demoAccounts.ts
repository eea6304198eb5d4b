// The demo accounts: one per role, all with the password `demo-2026` (a demo only: change or disable them on any real
// deployment). Created when missing, so seeding twice changes nothing; listed in the README.
import type { Role } from '../auth/actor';
import type { EntityManager } from '../db/database';
import { UserEntity } from '../db/entities/User';
import { createUser } from '../store/users';
import type { UnitDirectory } from '../units/unitDirectory';

export const DEMO_PASSWORD = 'demo-2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unit: string | null;
  agency: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'lanhdao', displayName: 'Lãnh đạo UBND tỉnh (demo)', role: 'LEADER', unit: null, agency: null },
  { username: 'phantich', displayName: 'Chuyên viên phân tích (demo)', role: 'ANALYST', unit: null, agency: null },
  {
    username: 'canbo.xuanhuong',
    displayName: 'Cán bộ Phường Xuân Hương - Đà Lạt (demo)',
    role: 'OFFICER',
    unit: '24781',
    agency: null,
  },
  { username: 'canbo.soyte', displayName: 'Cán bộ Sở Y tế (demo)', role: 'OFFICER', unit: '68', agency: 'Sở Y tế' },
  {
    username: 'danhmuc',
    displayName: 'Người duy trì danh mục (demo)',
    role: 'CATALOG_MAINTAINER',
    unit: null,
    agency: null,
  },
  { username: 'quantri', displayName: 'Quản trị hệ thống (demo)', role: 'ADMIN', unit: null, agency: null },
];

/** Creates the demo accounts that do not exist yet (by username); returns the usernames created. */
export async function ensureDemoAccounts({
  em,
  units,
}: {
  em: EntityManager;
  units: UnitDirectory;
}): Promise<string[]> {
  const existing = new Set(
    (await em.find(UserEntity, { username: { $in: DEMO_ACCOUNTS.map((a) => a.username) } })).map((u) => u.username),
  );
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (existing.has(account.username)) continue;
    await createUser({
      em,
      units,
      input: { ...account, password: DEMO_PASSWORD },
      by: { id: null, username: 'seed' },
    });
    created.push(account.username);
  }
  return created;
}
