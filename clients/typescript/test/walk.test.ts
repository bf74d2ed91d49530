// Walks the API as a front end does, through the typed client only: the feed, an account, a draft
// that only its author sees, publishing it, a comment, a like, and a refused request whose problem
// names the field. PLUME_URL=http://localhost:8080 npm test
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomInt, randomUUID } from "node:crypto";
import { createPlumeClient } from "../src/index.js";

const baseUrl = process.env.PLUME_URL;
if (!baseUrl) {
  throw new Error("Set PLUME_URL to a running Plume");
}
// rate limits count per address: each run signs up from an address of its own (TEST-NET-3)
const headers = { "X-Forwarded-For": `203.0.113.${randomInt(1, 255)}` };
const anonymous = createPlumeClient({ baseUrl, headers });

test("feed, post, comment and like through the typed client", async () => {
  const feed = await anonymous.GET("/api/posts", { params: { query: { limit: "5" } } });
  assert.equal(feed.response.status, 200);
  assert.ok(feed.data && "posts" in feed.data, "a keyset page of posts");
  assert.ok(feed.data.posts.length <= 5);

  const email = `ts-client-${randomUUID()}@example.com`;
  const registered = await anonymous.POST("/api/auth/register", { body: { email, password: "correct horse battery", name: "Type Script" } });
  assert.equal(registered.response.status, 201, JSON.stringify(registered.error));
  const login = await anonymous.POST("/api/auth/login", { body: { email, password: "correct horse battery" } });
  assert.ok(login.data, JSON.stringify(login.error));
  const author = createPlumeClient({ baseUrl, headers, token: login.data.token });
  assert.equal(login.data.user.email, email);

  const title = `Typed all the way ${randomUUID()}`;
  const created = await author.POST("/api/posts", { body: { title, content: "Written through openapi-fetch with generated types." } });
  assert.equal(created.response.status, 201, JSON.stringify(created.error));
  assert.ok(created.data);
  const { id, slug } = created.data;

  const draft = await anonymous.GET("/api/posts/{slug}", { params: { path: { slug } } });
  assert.equal(draft.response.status, 404, "a draft is its author's alone");
  assert.equal(draft.error?.status, 404);

  const published = await author.POST("/api/posts/{id}/publish", { params: { path: { id } } });
  assert.equal(published.response.status, 200, JSON.stringify(published.error));

  const commented = await author.POST("/api/posts/{id}/comments", { params: { path: { id } }, body: { content: "First!" } });
  assert.equal(commented.response.status, 201, JSON.stringify(commented.error));
  assert.equal(commented.data?.comment.content, "First!");
  assert.equal(commented.data?.comment.author.name, "Type Script");

  const liked = await author.PUT("/api/posts/{id}/like", { params: { path: { id } } });
  assert.deepEqual(liked.data, { postId: id, liked: true, likes: 1 });

  const detail = await anonymous.GET("/api/posts/{slug}", { params: { path: { slug } } });
  assert.ok(detail.data, JSON.stringify(detail.error));
  const post = detail.data.post;
  assert.equal(post.title, title);
  assert.equal(post.status, "PUBLISHED");
  assert.equal(post.author.name, "Type Script");
  assert.deepEqual(post.counts, { comments: 1, likes: 1 });

  const thread = await anonymous.GET("/api/posts/{id}/comments", { params: { path: { id } } });
  assert.deepEqual(thread.data?.comments.map((comment) => comment.content), ["First!"]);

  const byAuthor = await anonymous.GET("/api/posts", { params: { query: { author: login.data.user.id } } });
  assert.ok(byAuthor.data && "posts" in byAuthor.data);
  assert.deepEqual(byAuthor.data.posts.map((item) => [item.slug, item.counts.comments, item.counts.likes]), [[slug, 1, 1]]);
});

test("a refused request answers a problem that names the field", async () => {
  const refused = await anonymous.POST("/api/auth/register", { body: { email: "not an email", password: "correct horse battery", name: "Nobody" } });
  assert.equal(refused.response.status, 400);
  assert.equal(refused.response.headers.get("Content-Type"), "application/problem+json");
  assert.ok(refused.error && "violations" in refused.error);
  assert.deepEqual(refused.error.violations?.map((violation) => violation.field), ["email"]);
});
