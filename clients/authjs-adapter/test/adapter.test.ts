// Exercises every Adapter method against a running Plume:
// PLUME_URL=http://localhost:8080 PLUME_ADAPTER_SECRET=... npm test
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { Adapter, AdapterAccount, AdapterUser } from "@auth/core/adapters";
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

const inAnHour = () => new Date(Date.now() + 3_600_000);
const wholeMillis = (date: Date) => new Date(Math.floor(date.getTime()));

async function newUser(): Promise<AdapterUser> {
  return adapter.createUser({
    id: randomUUID(),
    email: `adapter-${randomUUID()}@example.com`,
    emailVerified: null,
    name: "Ada Adapter",
    image: "https://example.com/ada.png",
  });
}

test("createUser, getUser and getUserByEmail find the same user; unknown ones are null", async () => {
  const user = await newUser();
  assert.match(user.id, /^[0-9a-f-]{36}$/);
  assert.equal(user.emailVerified, null);
  assert.deepEqual(await adapter.getUser(user.id), user);
  assert.deepEqual(await adapter.getUserByEmail(user.email.toUpperCase()), user);
  assert.equal(await adapter.getUser(randomUUID()), null);
  assert.equal(await adapter.getUser("not-a-uuid"), null);
  assert.equal(await adapter.getUserByEmail(`nobody-${randomUUID()}@example.com`), null);
});

test("updateUser changes only the fields it is given; dates come back as Dates", async () => {
  const user = await newUser();
  const verified = wholeMillis(new Date());
  const updated = await adapter.updateUser({ id: user.id, emailVerified: verified });
  assert.ok(updated.emailVerified instanceof Date);
  assert.equal(updated.emailVerified?.toISOString(), verified.toISOString());
  assert.equal(updated.name, "Ada Adapter");
  const renamed = await adapter.updateUser({ id: user.id, name: "Ada Renamed" });
  assert.equal(renamed.name, "Ada Renamed");
  assert.equal(renamed.emailVerified?.toISOString(), verified.toISOString());
});

test("linkAccount, getUserByAccount and unlinkAccount", async () => {
  const user = await newUser();
  const account: AdapterAccount = {
    userId: user.id,
    type: "oauth",
    provider: "github",
    providerAccountId: randomUUID(),
    access_token: "gho_access",
    refresh_token: "ghr_refresh",
    expires_at: 1_900_000_000,
    token_type: "bearer",
    scope: "read:user",
  };
  const linked = await adapter.linkAccount(account);
  assert.equal(linked?.providerAccountId, account.providerAccountId);
  assert.equal(linked?.access_token, "gho_access");
  assert.deepEqual(await adapter.getUserByAccount({ provider: "github", providerAccountId: account.providerAccountId }), user);

  const unlinked = await adapter.unlinkAccount({ provider: "github", providerAccountId: account.providerAccountId });
  assert.equal(unlinked?.userId, user.id);
  assert.equal(await adapter.getUserByAccount({ provider: "github", providerAccountId: account.providerAccountId }), null);
  assert.equal(await adapter.unlinkAccount({ provider: "github", providerAccountId: account.providerAccountId }), undefined);
});

test("createSession, getSessionAndUser, updateSession and deleteSession", async () => {
  const user = await newUser();
  const sessionToken = randomUUID();
  const expires = wholeMillis(inAnHour());
  const created = await adapter.createSession({ sessionToken, userId: user.id, expires });
  assert.equal(created.sessionToken, sessionToken);
  assert.equal(created.expires.toISOString(), expires.toISOString());

  const found = await adapter.getSessionAndUser(sessionToken);
  assert.equal(found?.session.userId, user.id);
  assert.deepEqual(found?.user, user);

  // the Auth.js session is also a bearer token for Plume's own API
  const me = await fetch(`${url}/api/me`, { headers: { Authorization: `Bearer ${sessionToken}` } });
  assert.equal(me.status, 200);
  assert.equal((await me.json()).id, user.id);

  const later = wholeMillis(new Date(Date.now() + 7_200_000));
  const updated = await adapter.updateSession({ sessionToken, expires: later });
  assert.equal(updated?.expires.toISOString(), later.toISOString());
  assert.equal((await adapter.getSessionAndUser(sessionToken))?.session.expires.toISOString(), later.toISOString());

  const deleted = await adapter.deleteSession(sessionToken);
  assert.equal(deleted?.sessionToken, sessionToken);
  assert.equal(await adapter.getSessionAndUser(sessionToken), null);
  assert.equal(await adapter.updateSession({ sessionToken, expires: later }), null);
  const after = await fetch(`${url}/api/me`, { headers: { Authorization: `Bearer ${sessionToken}` } });
  assert.equal(after.status, 401);
});

test("useVerificationToken answers the token once, then null", async () => {
  const identifier = `magic-${randomUUID()}@example.com`;
  const token = randomUUID();
  const expires = wholeMillis(inAnHour());
  const created = await adapter.createVerificationToken({ identifier, token, expires });
  assert.deepEqual(created, { identifier, token, expires });

  assert.equal(await adapter.useVerificationToken({ identifier, token: "wrong" }), null);
  const used = await adapter.useVerificationToken({ identifier, token });
  assert.deepEqual(used, { identifier, token, expires });
  assert.equal(await adapter.useVerificationToken({ identifier, token }), null);
});

test("deleteUser removes the user, their accounts and their sessions", async () => {
  const user = await newUser();
  const providerAccountId = randomUUID();
  await adapter.linkAccount({ userId: user.id, type: "oidc", provider: "google", providerAccountId });
  const sessionToken = randomUUID();
  await adapter.createSession({ sessionToken, userId: user.id, expires: inAnHour() });

  await adapter.deleteUser(user.id);

  assert.equal(await adapter.getUser(user.id), null);
  assert.equal(await adapter.getUserByAccount({ provider: "google", providerAccountId }), null);
  assert.equal(await adapter.getSessionAndUser(sessionToken), null);
});

test("bad input and a wrong secret are problems, not crashes", async () => {
  await assert.rejects(
    async () => adapter.createUser({ id: "x", email: "not-an-email", emailVerified: null }),
    (error: unknown) => error instanceof PlumeAdapterError && error.status === 400,
  );
  const stranger = PlumeAdapter({ url, secret: `${secret}-wrong` }) as typeof adapter;
  await assert.rejects(
    async () => stranger.getUser(randomUUID()),
    (error: unknown) => error instanceof PlumeAdapterError && error.status === 401,
  );
});
