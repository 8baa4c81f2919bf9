/** The people and places the browser tests' server is seeded with (tests/e2e/support/server.ts). */
export const e2ePassword = 'browser-tests-password';

export const northgate = {
  id: '00000000-0000-4000-8000-00000000a001',
  name: 'Northgate Library',
  branchId: '00000000-0000-4000-8000-00000000b001',
  branchName: 'Northgate Central',
  accounts: {
    admin: { email: 'admin@northgate.test', name: 'Nora Admin' },
    manager: { email: 'manager@northgate.test', name: 'Max Manager' },
    staff: { email: 'staff@northgate.test', name: 'Sasha Staff' },
    viewer: { email: 'viewer@northgate.test', name: 'Vic Viewer' },
    lockout: { email: 'lockout@northgate.test', name: 'Lee Lockout' },
    deactivated: { email: 'former@northgate.test', name: 'Fran Former' },
  },
} as const;

export const southport = {
  id: '00000000-0000-4000-8000-00000000a002',
  name: 'Southport Library',
  branchId: '00000000-0000-4000-8000-00000000b002',
  branchName: 'Southport Harbour Branch',
  memberId: '00000000-0000-4000-8000-00000000c002',
  accounts: { admin: { email: 'admin@southport.test', name: 'Sol Southport' } },
} as const;

/** An organization with nothing in it but its admin: the export test restores an archive into it. */
export const eastport = {
  id: '00000000-0000-4000-8000-00000000a003',
  name: 'Eastport Library (new)',
  accounts: { admin: { email: 'admin@eastport.test', name: 'Eve Eastport' } },
} as const;

// E2E_PORT lets a second checkout run its browser tests beside this one.
const basePort = Number(process.env.E2E_PORT ?? 3100);
export const ports = { app: basePort, firstRun: basePort + 1 } as const;

/**
 * A library on the far side of the date line (Kiritimati, UTC+14) for the time zone browser test,
 * which runs the browser in Pago Pago (UTC−11): 25 hours apart, never on the same day.
 */
export const westport = {
  id: '00000000-0000-4000-8000-00000000a004',
  name: 'Westport Library',
  timeZone: 'Pacific/Kiritimati',
  partnerId: '00000000-0000-4000-8000-0000000d0201',
  partnerName: 'Harbour Lights Choir',
  accounts: { admin: { email: 'admin@westport.test', name: 'Wren Westport' } },
} as const;

/** A host admin (decision 0023): a member of no organization, who runs the host console. */
export const hostAdmin = { email: 'host@state-library.test', name: 'Harper Host' } as const;
/** A host admin made with a one-time password (the browser tests' password), still to choose their own. */
export const newHostAdmin = { email: 'newhost@state-library.test', name: 'Noel Newhost' } as const;

/**
 * A consultant who belongs to two library systems (decision 0023): staff in Southport, viewer in
 * Westport. Signing in asks which one to work in.
 */
export const consultant = { email: 'consultant@state-library.test', name: 'Cora Consultant' } as const;
