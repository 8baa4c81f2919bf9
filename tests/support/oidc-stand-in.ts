// A real OpenID Connect provider for the tests (decision 0027): `oidc-provider` on 127.0.0.1, with
// the authorization code flow, PKCE, state, nonce and signed ID tokens, as Entra ID and Google speak
// it. Nobody types a password: the account that signs in is the one whose email came as
// `login_hint` (made on the fly with a verified email when unknown), or the one a test names.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type StandInAccount = {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
};

export type OidcStandIn = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, StandInAccount>;
  /** Adds (or replaces) an account; returns it. */
  addAccount(account: Partial<StandInAccount> & { email: string }): StandInAccount;
  /** The next sign-in is refused with this OAuth error, as a provider does when someone declines. */
  refuseNext(error: string | null): void;
  /** Adds a redirect URI the client may use (one per organization's provider id). */
  allowRedirect(uri: string): void;
  close(): Promise<void>;
};

export async function startOidcStandIn(
  options: { port?: number; clientId?: string; clientSecret?: string; redirectUris?: string[] } = {},
): Promise<OidcStandIn> {
  const clientId = options.clientId ?? 'partner-atlas-tests';
  const clientSecret = options.clientSecret ?? 'stand-in-client-secret-0123456789';
  const accounts = new Map<string, StandInAccount>();
  const redirectUris = new Set(options.redirectUris ?? []);
  let refusal: string | null = null;

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;

  const addAccount = (account: Partial<StandInAccount> & { email: string }) => {
    const full: StandInAccount = {
      sub: account.sub ?? randomUUID(),
      email: account.email,
      emailVerified: account.emailVerified ?? true,
      name: account.name ?? account.email.split('@')[0]!,
    };
    accounts.set(full.sub, full);
    return full;
  };
  const byEmail = (email: string) => [...accounts.values()].find((account) => account.email === email);

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        // Checked by the adapter below against the live set, so tests can add organizations later.
        redirect_uris: ['http://localhost/placeholder'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Put the email and name in the ID token itself, as Entra ID and Google do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['oidc-stand-in-cookie-key'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: account.email, email_verified: account.emailVerified, name: account.name };
        },
      };
    },
    // Consent is taken as given: a workplace provider's admin consents for everyone.
    async loadExistingGrant(ctx) {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope(String(ctx.oidc.params?.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
  });
  // Any redirect URI in the live set is accepted for our one client.
  const Client = provider.Client as unknown as { prototype: { redirectUriAllowed(uri: string): boolean } };
  Client.prototype.redirectUriAllowed = (uri: string) => redirectUris.has(uri);

  const callback = provider.callback();
  server.on('request', async (req, res) => {
    const match = req.url?.match(/^\/interaction\/([^/?]+)/);
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (refusal) {
        const error = refusal;
        refusal = null;
        await provider.interactionFinished(req, res, { error, error_description: 'The person declined.' });
        return;
      }
      const hint = String(details.params.login_hint ?? '').toLowerCase();
      const account = byEmail(hint) ?? addAccount({ email: hint || 'someone@stand-in.example' });
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    addAccount,
    refuseNext(error) {
      refusal = error;
    },
    allowRedirect(uri) {
      redirectUris.add(uri);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
