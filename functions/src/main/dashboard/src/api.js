// The Finflow HTTP API, as the signed-in person. The tokens live in this module's memory only:
// never in localStorage, sessionStorage or a cookie, so a reload signs out.

/** A failure the API answered with a problem document (RFC 9457), or one made to look like it. */
export class ProblemError extends Error {
  constructor(problem) {
    super(problem.title);
    this.problem = problem;
  }
}

// The API's root: where this page is served from, less its own path (a stage prefix stays).
const root = location.pathname.replace(/\/cashflow\/dashboard\/?$/, "");

let tokens = null;

export function signedIn() {
  return tokens !== null;
}

export async function signIn(email, password) {
  tokens = await call("POST", "/auth/login", { email, password }, false);
}

export function signOut() {
  const refresh = tokens?.refresh_token;
  tokens = null;
  if (refresh) {
    // Best effort: the refresh token is revoked; the access token expires on its own.
    call("POST", "/auth/logout", { refresh_token: refresh }, false).catch(() => {});
  }
}

// One refresh at a time: refresh tokens rotate, and a second use of the same one revokes them all.
let refreshing = null;

function refreshTokens(expired) {
  if (tokens !== expired) {
    return Promise.resolve();
  }
  refreshing ??= call("POST", "/auth/refresh", { refresh_token: expired.refresh_token }, false)
    .then((fresh) => {
      tokens = fresh;
    })
    .catch((failure) => {
      tokens = null;
      throw failure;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** GET with the access token, refreshed once if it has expired. */
export async function get(path, query = {}) {
  const search = new URLSearchParams(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ""),
  );
  const target = search.size ? `${path}?${search}` : path;
  const used = tokens;
  try {
    return await call("GET", target, undefined, true);
  } catch (failure) {
    if (failure.problem?.status !== 401 || !used?.refresh_token) {
      throw failure;
    }
    await refreshTokens(used);
    return call("GET", target, undefined, true);
  }
}

async function call(method, path, body, authorized) {
  const headers = { accept: "application/json" };
  if (body !== undefined) {
    headers["content-type"] = "application/json";
  }
  if (authorized) {
    if (!tokens) {
      throw new ProblemError({ status: 401, title: "Signed out", detail: "Sign in again." });
    }
    headers.authorization = `Bearer ${tokens.access_token}`;
  }
  let response;
  try {
    response = await fetch(root + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    throw new ProblemError({
      status: 0,
      title: "Finflow cannot be reached",
      detail: "The request did not get an answer. Check your connection and try again.",
    });
  }
  const text = await response.text();
  const parsed = parse(text);
  if (!response.ok) {
    throw new ProblemError(asProblem(response, parsed));
  }
  return parsed;
}

function parse(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

// API Gateway's own refusals ({"message": ...}) are shown like problem documents.
function asProblem(response, parsed) {
  if (parsed && typeof parsed.title === "string") {
    return parsed;
  }
  return {
    status: response.status,
    title: response.statusText || `HTTP ${response.status}`,
    detail: parsed?.message ?? "The request failed.",
  };
}
