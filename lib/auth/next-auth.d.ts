import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface User {
    membershipId?: string;
    orgId?: string;
    sessionId?: string;
  }
  interface Session {
    membershipId?: string;
    sessionId?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    membershipId?: string;
    orgId?: string;
    sessionId?: string;
  }
}
