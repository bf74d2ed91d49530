// Checks every Adapter method against a running Plume, as Auth.js's own adapter suite checks
// its official adapters: exact shapes (Dates as Dates, the session's id), what is stored read
// back independently (through Plume's own API, with the session as a bearer token), tokens
// used once, and a deleted user's sessions and accounts gone with them.
// PLUME_URL=http://localhost:8080 PLUME_ADAPTER_SECRET=... npm test
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser } from "@auth/core/adapters";
import { PlumeAdapter, PlumeAdapterError } from "../src/index.js";

const url = process.env.PLUME_URL;
const secret = process.env.PLUME_ADAPTER_SECRET;
if (!url || !secret) {
  throw new Error("Set PLUME_URL and PLUME_ADAPTER_SECRET to a running Plume");
}
const adapter: Required<Pick<Adapter,
  | "createUser" | "getUser" | "getUserByEmail" | "getUserByAccount" | "updateUser" | "deleteUser"
  | "linkAccount" | "unlinkAccount" | "createSession" | "getSessionAndUser" | "updateSession"
  | "deleteSession" | "createVerificationToken" | "useVerificationToken">> = PlumeAdapter({ url, secret }) as never;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Auth.js fixtures keep their milliseconds; Plume stores milliseconds. */
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000);

function userData(): Omit<AdapterUser, "id"> {
  return { email: `fill-${randomUUID()}@murray.com`, emailVerified: new Date(), name: "Fill Murray", image: "https://www.fillmurray.com/460/300" };
}

/** Plume's own view of what a session token opens, independent of the adapter. */
async function asBearer(sessionToken: string, path: string): Promise<Response> {
  return fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${sessionToken}` } });
}

async function storedSessionIds(sessionToken: string): Promise<string[]> {
  const sessions = await asBearer(sessionToken, "/api/me/sessions");
  assert.equal(sessions.status, 200);
  return ((await sessions.json()).data as { id: string }[]).map((s) => s.id);
}

async function storedAccounts(sessionToken: string): Promise<{ id: string; type: string; provider: string; providerAccountId: string }[]> {
  const accounts = await asBearer(sessionToken, "/api/me/accounts");
  assert.equal(accounts.status, 200);
  return (await accounts.json()).data;
}

function account(userId: string): AdapterAccount {
  return {
    userId,
    provider: "github",
    providerAccountId: randomUUID(),
    type: "oauth",
    access_token: randomUUID(),
    expires_at: Math.floor(Date.now() / 1000) + 30 * 86_400,
    id_token: randomUUID(),
    refresh_token: randomUUID(),
    token_type: "bearer",
    scope: "user",
    session_state: randomUUID(),
  };
}

test("createUser answers the user as given, with an id; getUser and getUserByEmail answer exactly it; unknown ones are null", async () => {
  const data = userData();
  const user = await adapter.createUser({ id: randomUUID(), ...data });
  assert.match(user.id, UUID);
  assert.deepEqual(user, { id: user.id, ...data });
  assert.ok(user.emailVerified instanceof Date);
  assert.deepEqual(await adapter.getUser(user.id), user);
  assert.deepEqual(await adapter.getUserByEmail(data.email), user);
  assert.deepEqual(await adapter.getUserByEmail(data.email.toUpperCase()), user);
  assert.equal(await adapter.getUser(randomUUID()), null);
  assert.equal(await adapter.getUser("not-a-uuid"), null);
  assert.equal(await adapter.getUserByEmail("non-existent-email"), null);
});

test("a user without a verified address or a picture keeps them null", async () => {
  const data = { email: `plain-${randomUUID()}@example.com`, emailVerified: null, name: null, image: null };
  const user = await adapter.createUser({ id: randomUUID(), ...data });
  assert.deepEqual(user, { id: user.id, ...data });
  assert.deepEqual(await adapter.getUser(user.id), user);
});

test("createSession stores the session with an id; getSessionAndUser answers exactly {session, user}; updateSession moves its end", async () => {
  const user = await adapter.createUser({ id: randomUUID(), ...userData() });
  const data = { sessionToken: randomUUID(), userId: user.id, expires: inAWeek() };
  const created: AdapterSession & { id?: string } = await adapter.createSession(data);
  assert.match(String(created.id), UUID);
  assert.deepEqual(created, { ...data, id: created.id });
  assert.ok(created.expires instanceof Date);
  assert.equal(await adapter.getSessionAndUser("invalid-token"), null);
  assert.deepEqual(await adapter.getSessionAndUser(data.sessionToken), { session: created, user });
  // the same session in Plume's own API (using it as a bearer token renews it, as Auth.js's updateAge does)
  assert.deepEqual(await storedSessionIds(data.sessionToken), [created.id]);

  const later = new Date(Date.now() + 60 * 86_400_000);
  const updated = await adapter.updateSession({ sessionToken: data.sessionToken, expires: later });
  assert.deepEqual(updated, { ...created, expires: later });
  assert.equal((await adapter.getSessionAndUser(data.sessionToken))?.session.expires.valueOf(), later.valueOf());
  assert.equal(await adapter.updateSession({ sessionToken: "invalid-token", expires: later }), null);
});

test("updateUser changes the fields it is given and answers the whole user", async () => {
  const user = await adapter.createUser({ id: randomUUID(), ...userData() });
  const renamed = await adapter.updateUser({ id: user.id, name: "Updated Name" });
  assert.deepEqual(renamed, { ...user, name: "Updated Name" });
  assert.deepEqual(await adapter.getUser(user.id), renamed);
  const unverified = await adapter.updateUser({ id: user.id, emailVerified: null });
  assert.deepEqual(unverified, { ...renamed, emailVerified: null });
});

test("linkAccount stores the account as given; getUserByAccount finds its user; unlinkAccount removes it", async () => {
  const user = await adapter.createUser({ id: randomUUID(), ...userData() });
  const sessionToken = randomUUID();
  await adapter.createSession({ sessionToken, userId: user.id, expires: inAWeek() });
  const linked = account(user.id);
  assert.deepEqual(await adapter.linkAccount(linked), linked);
  const stored = await storedAccounts(sessionToken);
  assert.equal(stored.length, 1);
  assert.match(stored[0].id, UUID);
  assert.deepEqual(stored[0], { id: stored[0].id, type: "oauth", provider: "github", providerAccountId: linked.providerAccountId });

  assert.equal(await adapter.getUserByAccount({ provider: "invalid-provider", providerAccountId: "invalid-provider-account-id" }), null);
  assert.deepEqual(await adapter.getUserByAccount({ provider: "github", providerAccountId: linked.providerAccountId }), user);

  assert.deepEqual(await adapter.unlinkAccount({ provider: "github", providerAccountId: linked.providerAccountId }), linked);
  assert.deepEqual(await storedAccounts(sessionToken), []);
  assert.equal(await adapter.getUserByAccount({ provider: "github", providerAccountId: linked.providerAccountId }), null);
  assert.equal(await adapter.unlinkAccount({ provider: "github", providerAccountId: linked.providerAccountId }), undefined);
});

test("deleteSession removes the session: it opens nothing any more, in the adapter or in Plume's API", async () => {
  const user = await adapter.createUser({ id: randomUUID(), ...userData() });
  const data = { sessionToken: randomUUID(), userId: user.id, expires: inAWeek() };
  const created = await adapter.createSession(data);
  const me = await asBearer(data.sessionToken, "/api/me");
  assert.equal(me.status, 200);
  assert.equal((await me.json()).id, user.id);
  const used = (await adapter.getSessionAndUser(data.sessionToken))!.session;
  assert.deepEqual({ ...used, expires: created.expires }, created);

  assert.deepEqual(await adapter.deleteSession(data.sessionToken), used);
  assert.equal(await adapter.getSessionAndUser(data.sessionToken), null);
  assert.equal((await asBearer(data.sessionToken, "/api/me")).status, 401);
  assert.equal(await adapter.deleteSession(data.sessionToken), null);
});

test("a verification token is answered exactly once, and never for another identifier", async () => {
  const verificationToken = { token: randomUUID(), identifier: `info-${randomUUID()}@example.com`, expires: new Date(Date.now() + 15 * 60_000) };
  assert.deepEqual(await adapter.createVerificationToken(verificationToken), verificationToken);
  assert.deepEqual(await adapter.useVerificationToken({ identifier: verificationToken.identifier, token: verificationToken.token }),
    verificationToken);
  assert.equal(await adapter.useVerificationToken({ identifier: verificationToken.identifier, token: verificationToken.token }), null);

  const again = { ...verificationToken, token: randomUUID() };
  await adapter.createVerificationToken(again);
  assert.equal(await adapter.useVerificationToken({ identifier: "invalid@identifier.com", token: again.token }), null);
  assert.deepEqual(await adapter.useVerificationToken({ identifier: again.identifier, token: again.token }), again);
});

test("deleteUser removes the user with their sessions and accounts", async () => {
  const user = await adapter.createUser({ id: randomUUID(), ...userData() });
  const sessionToken = randomUUID();
  const otherToken = randomUUID();
  await adapter.createSession({ sessionToken, userId: user.id, expires: inAWeek() });
  await adapter.createSession({ sessionToken: otherToken, userId: user.id, expires: inAWeek() });
  const linked = account(user.id);
  await adapter.linkAccount(linked);
  assert.equal((await storedSessionIds(sessionToken)).length, 2);

  assert.deepEqual(await adapter.deleteUser(user.id), user);

  assert.equal(await adapter.getUser(user.id), null);
  assert.equal(await adapter.getUserByEmail(user.email), null);
  assert.equal(await adapter.getSessionAndUser(sessionToken), null);
  assert.equal(await adapter.getSessionAndUser(otherToken), null);
  assert.equal(await adapter.getUserByAccount({ provider: linked.provider, providerAccountId: linked.providerAccountId }), null);
  assert.equal((await asBearer(otherToken, "/api/me")).status, 401);
  assert.equal(await adapter.deleteUser(user.id), null);
});

test("bad input and a wrong secret are problems, not crashes", async () => {
  await assert.rejects(
    async () => adapter.createUser({ id: "x", email: "not-an-email", emailVerified: null }),
    (error: unknown) => error instanceof PlumeAdapterError && error.status === 400,
  );
  const taken = await adapter.createUser({ id: randomUUID(), ...userData() });
  await assert.rejects(
    async () => adapter.createUser({ ...userData(), id: randomUUID(), email: taken.email }),
    (error: unknown) => error instanceof PlumeAdapterError && error.status === 409,
  );
  const stranger = PlumeAdapter({ url, secret: `${secret}-wrong` }) as typeof adapter;
  await assert.rejects(
    async () => stranger.getUser(randomUUID()),
    (error: unknown) => error instanceof PlumeAdapterError && error.status === 401,
  );
});
