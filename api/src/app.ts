import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { LibraryStore } from "./db/library-store";
import type { UserStore } from "./db/user-store";
import { DomainError } from "./errors";
import { errorBody } from "./routes/error-response";
import { ERROR_STATUS } from "./routes/error-status";
import type { Practice } from "./practice/practice";
import { gradeRoutes } from "./routes/grade";
import { evalRoutes } from "./routes/evals";
import type { EvalRunStore } from "./db/eval-run-store";
import { libraryRoutes } from "./routes/library";
import { libraryReferenceRoutes } from "./routes/library-reference";
import { sessionRoutes } from "./routes/sessions";
import type { LoginThrottle } from "./auth/login-throttle";
import { authRoutes } from "./routes/auth";
import { clientAddressFrom } from "./routes/client-address";
import type { TrustProxy } from "./config-proxy";
import { userRoutes } from "./routes/users";
import { rubricTestRoutes } from "./routes/rubric-test";
import { authoringDraftRoutes } from "./routes/authoring-draft";
import type { Drafter } from "./studio/draft-service";
import { teamRoutes } from "./routes/team";
import type { RubricTester } from "./trainer/rubric-test";
import type { TeamLearners } from "./trainer/team-learners";
import type { TeamSummary } from "./trainer/team-summary";
import type { SkillHistory } from "./trainer/skill-history";
import { historyRoutes } from "./routes/history";
import { bodyLimitByLength, drainRefusedBodies, requireJsonBodies, uploadLimit } from "./routes/request-guards";
import { serveWeb } from "./serve-web";
import { type AuthMode, authenticate, whoIsCalling } from "./auth/authenticate";
import type { AuthEnv } from "./auth/principal";
import { VERSION } from "./version";
import type { Programme } from "./programme/programme";
import { assignmentRoutes } from "./routes/assignments";
import { notificationRoutes } from "./routes/notifications";
import { certificateRoutes } from "./routes/certificates";
import { reviewRoutes } from "./routes/reviews";
import { discussionRoutes } from "./routes/discussion";
import { exampleRoutes } from "./routes/examples";
import { xapiRoutes } from "./routes/xapi";
import type { Xapi } from "./xapi/xapi";
import { hostAllowList, noStore, refuseWritesWhile, sameOriginWrites, securityHeaders } from "./routes/web-guards";

export interface AppDeps {
  practice: Practice;
  library: LibraryStore;
  auth: AuthMode;
  users: UserStore;
  evalRuns: EvalRunStore;
  secureCookies: boolean;
  /** The configured HOST: local mode answers to it and to loopback names only. */
  host?: string;
  /** `maxUploadBytes`: the limit for multipart bodies (spoken turns); others get `maxBodyBytes`. */
  limits: { maxTurnChars: number; maxBodyBytes: number; maxUploadBytes?: number };
  production: boolean;
  /** Trainer tools: the team view, "Test this rubric" and drafting from a document; a learner's own history in skills. */
  trainer: {
    teamSummary: TeamSummary;
    teamLearners: TeamLearners;
    testRubric: RubricTester;
    draft: Drafter;
    history: SkillHistory;
  };
  /** Assignments, notifications and certificates. */
  programme: Programme;
  /** xAPI statements for download; the outbox's status and re-queueing (admins). */
  xapi: Pick<Xapi, "download" | "outboxStatus" | "requeueParked">;
  /** Where the library's files and format docs live (`PARLEY_LIBRARY`). */
  libraryRoot?: string;
  /** The built web app to serve beside the API; defaults to dist/web, `null` serves none. */
  webRoot?: string | null;
  /** True once the server is shutting down: writes are refused, in-flight work finishes. */
  draining?: () => boolean;
  /** Sign-in backoff; the runtime's counts failures in the database, shared by replicas. */
  loginThrottle?: LoginThrottle;
  /** Proxies whose X-Forwarded-For names the client (PARLEY_TRUST_PROXY); default none. */
  trustProxy?: TrustProxy;
}

/** Builds the HTTP app; never listens, so tests call `app.request()`. */
export function createApp({
  practice,
  library,
  auth,
  users,
  evalRuns,
  secureCookies,
  host = "127.0.0.1",
  limits,
  production,
  webRoot,
  trainer,
  programme,
  xapi,
  libraryRoot = ".",
  draining = () => false,
  loginThrottle,
  trustProxy = { kind: "none" },
}: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use("*", drainRefusedBodies((limits.maxUploadBytes ?? limits.maxBodyBytes) + 1024 * 1024));
  // HSTS only when cookies are Secure (accounts mode behind HTTPS); local mode is plain http on loopback.
  app.use("*", securityHeaders(auth.kind === "accounts" && secureCookies));
  app.use("*", hostAllowList(auth.kind, host));
  app.use("/api/*", sameOriginWrites);
  app.use("/api/*", refuseWritesWhile(draining));
  app.use("/api/*", noStore);
  const jsonLimit = bodyLimitByLength(limits.maxBodyBytes, (c) =>
    c.json(errorBody("payload_too_large", `Request bodies are limited to ${limits.maxBodyBytes} bytes.`), 413),
  );
  const uploads = uploadLimit(limits.maxUploadBytes ?? limits.maxBodyBytes);
  app.use("/api/*", (c, next) =>
    /^multipart\/form-data/i.test(c.req.header("content-type") ?? "") ? uploads(c, next) : jsonLimit(c, next),
  );
  app.use("/api/*", requireJsonBodies);
  // Everything but health and signing in needs a principal (in local mode, the local user).
  const requireSignIn = authenticate(auth);
  const open = new Set(["/api/health", "/api/ready", "/api/auth/login", "/api/auth/logout"]);
  app.use("/api/*", (c, next) => (open.has(c.req.path) ? next() : requireSignIn(c, next)));

  const routes = app
    // Readiness, for load balancers: 503 from SIGTERM on, so no new work is sent here while the
    // turns in flight finish. /api/health stays the liveness check (the process answers).
    .get("/api/ready", (c) =>
      draining() ? c.json({ status: "draining" as const }, 503) : c.json({ status: "ready" as const }, 200),
    )
    .get("/api/health", async (c) => {
      // With accounts, someone not signed in learns only that the server is up: which engine,
      // models and version it runs would tell an attacker what to try.
      if (auth.kind === "accounts" && !(await whoIsCalling(auth, c))) return c.json({ ok: true, auth: auth.kind }, 200);
      const { engine, personaModel, graderModel } = practice.sessions.engine();
      return c.json(
        {
          ok: true,
          engine,
          models: { persona: personaModel, grader: graderModel },
          auth: auth.kind,
          voice: practice.voice.status(),
          version: VERSION,
        },
        200,
      );
    })
    .route(
      "/api/auth",
      authRoutes(auth, { secureCookies, throttle: loginThrottle, clientAddress: clientAddressFrom(trustProxy) }),
    )
    .route("/api", userRoutes(users))
    .route("/api/personas", libraryRoutes("persona", library))
    .route("/api/rubrics", libraryRoutes("rubric", library))
    .route("/api/library", libraryReferenceRoutes(library, libraryRoot))
    .route("/api/rubrics", rubricTestRoutes(trainer.testRubric))
    .route("/api/authoring", authoringDraftRoutes(trainer.draft))
    .route("/api/team", teamRoutes(trainer.teamSummary, trainer.teamLearners))
    .route("/api/history", historyRoutes(trainer.history))
    .route("/api/sessions", sessionRoutes(practice, limits))
    .route("/api/grade", gradeRoutes(practice.grading, library))
    .route("/api/evals", evalRoutes(evalRuns))
    .route("/api/assignments", assignmentRoutes(programme.assignments))
    .route("/api/notifications", notificationRoutes(programme.notifications))
    .route("/api/certificates", certificateRoutes(programme.certificates))
    .route("/api/reviews", reviewRoutes(programme))
    .route("/api/discussion", discussionRoutes(programme.discussion))
    .route("/api/examples", exampleRoutes(programme.examples))
    .route("/api/xapi", xapiRoutes(xapi));
  if (webRoot !== null) serveWeb(app, webRoot);

  app.notFound((c) => c.json(errorBody("not_found", `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    if (error instanceof DomainError)
      return c.json(errorBody(error.code, error.message, error.details), ERROR_STATUS[error.code]);
    if (error instanceof HTTPException) {
      const malformed = error.status === 400 && /json/i.test(error.message);
      return c.json(
        errorBody(
          malformed ? "invalid_json" : "bad_request",
          malformed ? "The request body is not valid JSON." : error.message,
        ),
        error.status,
      );
    }
    console.error(error);
    const message = production
      ? "Something went wrong on the server."
      : `Something went wrong on the server: ${error.message}`;
    return c.json(errorBody("internal_error", message), 500);
  });
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
