import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface User {
    membershipId?: string;
    orgId?: string;
    sessionVersion?: number;
  }
  interface Session {
    membershipId?: string;
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    membershipId?: string;
    orgId?: string;
    sessionVersion?: number;
  }
}
