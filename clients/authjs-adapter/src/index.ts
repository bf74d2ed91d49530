import type {
  Adapter,
  AdapterAccount,
  AdapterSession,
  AdapterUser,
  VerificationToken,
} from "@auth/core/adapters";

export interface PlumeAdapterOptions {
  /** Where Plume answers, e.g. "https://api.example.com". */
  url: string;
  /** Plume's AUTHJS_SECRET, sent as X-Plume-Adapter-Secret. Keep it on the server. */
  secret: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** Raised when Plume answers with an error (an RFC 9457 problem). */
export class PlumeAdapterError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`Plume ${operation} failed with ${status}: ${JSON.stringify(problem)}`);
    this.name = "PlumeAdapterError";
  }
}

type Json = Record<string, unknown>;

const dated = <T extends Json>(value: T, ...fields: string[]): T => {
  const copy: Json = { ...value };
  for (const field of fields) {
    if (typeof copy[field] === "string") copy[field] = new Date(copy[field] as string);
  }
  return copy as T;
};

const user = (value: Json): AdapterUser => dated(value, "emailVerified") as unknown as AdapterUser;
const session = (value: Json): AdapterSession => dated(value, "expires") as unknown as AdapterSession;
const token = (value: Json): VerificationToken => dated(value, "expires") as unknown as VerificationToken;

/**
 * An Auth.js adapter backed by Plume's /api/authjs API. Sessions it creates are also
 * bearer tokens for the rest of Plume's API.
 */
export function PlumeAdapter(options: PlumeAdapterOptions): Adapter {
  const base = options.url.replace(/\/+$/, "");
  const send = options.fetch ?? fetch;

  /** Calls one operation; 204 is the adapter's null. */
  async function call(operation: string, body: unknown): Promise<Json | null> {
    const response = await send(`${base}/api/authjs/${operation}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-Plume-Adapter-Secret": options.secret,
      },
      body: JSON.stringify(body),
    });
    if (response.status === 204) return null;
    const payload = await response.json().catch(() => null);
    if (!response.ok) throw new PlumeAdapterError(operation, response.status, payload);
    return payload as Json;
  }

  return {
    async createUser(data) {
      const { email, emailVerified, name, image } = data;
      return user((await call("createUser", { email, emailVerified, name, image }))!);
    },
    async getUser(id) {
      const found = await call("getUser", { id });
      return found && user(found);
    },
    async getUserByEmail(email) {
      const found = await call("getUserByEmail", { email });
      return found && user(found);
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const found = await call("getUserByAccount", { provider, providerAccountId });
      return found && user(found);
    },
    async updateUser(data) {
      return user((await call("updateUser", data))!);
    },
    async deleteUser(id) {
      const deleted = await call("deleteUser", { id });
      return deleted && user(deleted);
    },
    async linkAccount(account) {
      return (await call("linkAccount", account)) as AdapterAccount | null;
    },
    async unlinkAccount({ provider, providerAccountId }) {
      return ((await call("unlinkAccount", { provider, providerAccountId })) ?? undefined) as AdapterAccount | undefined;
    },
    async createSession(data) {
      return session((await call("createSession", data))!);
    },
    async getSessionAndUser(sessionToken) {
      const found = await call("getSessionAndUser", { sessionToken });
      return found && { session: session(found.session as Json), user: user(found.user as Json) };
    },
    async updateSession(data) {
      const updated = await call("updateSession", data);
      return updated && session(updated);
    },
    async deleteSession(sessionToken) {
      const deleted = await call("deleteSession", { sessionToken });
      return deleted && session(deleted);
    },
    async createVerificationToken(data) {
      const created = await call("createVerificationToken", data);
      return created && token(created);
    },
    async useVerificationToken({ identifier, token: value }) {
      const used = await call("useVerificationToken", { identifier, token: value });
      return used && token(used);
    },
  };
}
