// A typed client for the Plume API: the paths, bodies and answers are the types openapi-typescript
// generates from the document the service serves (src/schema.ts, `npm run generate`), and calls
// go through openapi-fetch, so a path, a field or an answer that is not in the API does not compile.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, paths } from "./schema.js";
export type Schemas = components["schemas"];
export type PlumeClient = Client<paths>;

export interface PlumeClientOptions extends ClientOptions {
  /** The service's base URL, e.g. `http://localhost:8080`. */
  baseUrl: string;
  /** The bearer token from `POST /api/auth/login` (or an Auth.js session token), or a function that answers the current one. */
  token?: string | (() => string | undefined);
}

export function createPlumeClient({ token, ...options }: PlumeClientOptions): PlumeClient {
  const client = createClient<paths>(options);
  if (token !== undefined) {
    client.use({
      onRequest({ request }) {
        const current = typeof token === "function" ? token() : token;
        if (current) {
          request.headers.set("Authorization", `Bearer ${current}`);
        }
        return request;
      },
    });
  }
  return client;
}
