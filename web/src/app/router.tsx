import { type ComponentType, lazy, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { AppShell } from "../components/layout/app-shell";
import { RouteError } from "../components/layout/route-error";
import { RequireSignIn } from "../features/auth/components/require-sign-in";
import { UserMenu } from "../features/auth/components/user-menu";
import { NotificationBell } from "../features/notifications/components/notification-bell";
import { Loading } from "../components/ui/loading";
import { NotFoundRoute } from "./routes/not-found";
import { PracticeRoute } from "./routes/practice";
import { PreCallRoute } from "./routes/pre-call";
import { ScenariosRoute } from "./routes/scenarios";
import { SignInRoute } from "./routes/sign-in";
import { TrainerRoute } from "./routes/trainer";

// Pages with charts or the editor load on first visit, so the practice call starts light.
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading label="Loading the page…" />}>
        <Page />
      </Suspense>
    );
  };
}
const ScorecardRoute = lazyPage(async () => (await import("./routes/scorecard")).ScorecardRoute);
const HistoryRoute = lazyPage(async () => (await import("./routes/history")).HistoryRoute);
const EditorRoute = lazyPage(async () => (await import("./routes/editor")).EditorRoute);
const FormatDocRoute = lazyPage(async () => (await import("./routes/format-doc")).FormatDocRoute);
const GuidedFormRoute = lazyPage(async () => (await import("./routes/guided-form")).GuidedFormRoute);
const DraftRoute = lazyPage(async () => (await import("./routes/draft")).DraftRoute);
const SandboxRoute = lazyPage(async () => (await import("./routes/sandbox")).SandboxRoute);
const EvalsRoute = lazyPage(async () => (await import("./routes/evals")).EvalsRoute);
const EvalRunRoute = lazyPage(async () => (await import("./routes/evals-run")).EvalRunRoute);
const TeamRoute = lazyPage(async () => (await import("./routes/team")).TeamRoute);
const AdminUsersRoute = lazyPage(async () => (await import("./routes/admin-users")).AdminUsersRoute);
const AssignmentsRoute = lazyPage(async () => (await import("./routes/assignments")).AssignmentsRoute);
const NewAssignmentRoute = lazyPage(async () => (await import("./routes/assignments")).NewAssignmentRoute);
const AssignmentRoute = lazyPage(async () => (await import("./routes/assignments")).AssignmentRoute);
const ExamplesRoute = lazyPage(async () => (await import("./routes/examples")).ExamplesRoute);
const ExampleRoute = lazyPage(async () => (await import("./routes/examples")).ExampleRoute);
const WriteExampleRoute = lazyPage(async () => (await import("./routes/examples")).WriteExampleRoute);
const NotificationsRoute = lazyPage(async () => (await import("./routes/notifications")).NotificationsRoute);
const SharedCallsRoute = lazyPage(async () => (await import("./routes/discussion")).SharedCallsRoute);
const SharedCallRoute = lazyPage(async () => (await import("./routes/discussion")).SharedCallRoute);
const ScenarioDiscussionRoute = lazyPage(async () => (await import("./routes/discussion")).ScenarioDiscussionRoute);
const AccountTokensRoute = lazyPage(async () => (await import("./routes/account-tokens")).AccountTokensRoute);

export const router = createBrowserRouter([
  { path: "sign-in", element: <SignInRoute />, errorElement: <RouteError /> },
  {
    // Accounts mode: nobody signed in goes to /sign-in first (and comes back after).
    element: <RequireSignIn />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppShell userMenu={<UserMenu />} notifications={<NotificationBell />} />,
        children: [
          { index: true, element: <ScenariosRoute /> },
          { path: "practice/:personaId", element: <PreCallRoute /> },
          { path: "sessions/:sessionId", element: <PracticeRoute /> },
          { path: "sessions/:sessionId/scorecard", element: <ScorecardRoute /> },
          { path: "history", element: <HistoryRoute /> },
          { path: "trainer", element: <TrainerRoute /> },
          { path: "trainer/docs/:doc", element: <FormatDocRoute /> },
          { path: "trainer/personas/guided", element: <GuidedFormRoute /> },
          { path: "trainer/draft", element: <DraftRoute /> },
          { path: "trainer/:kind/:id", element: <EditorRoute /> },
          { path: "trainer/personas/:id/sandbox", element: <SandboxRoute /> },
          { path: "team", element: <TeamRoute /> },
          { path: "evals", element: <EvalsRoute /> },
          { path: "evals/:runId", element: <EvalRunRoute /> },
          { path: "assignments", element: <AssignmentsRoute /> },
          { path: "assignments/new", element: <NewAssignmentRoute /> },
          { path: "assignments/:id", element: <AssignmentRoute /> },
          { path: "examples", element: <ExamplesRoute /> },
          { path: "examples/new", element: <WriteExampleRoute /> },
          { path: "examples/:id", element: <ExampleRoute /> },
          { path: "notifications", element: <NotificationsRoute /> },
          { path: "discussion", element: <SharedCallsRoute /> },
          { path: "discussion/calls/:sessionId", element: <SharedCallRoute /> },
          { path: "discussion/scenarios/:personaId", element: <ScenarioDiscussionRoute /> },
          { path: "admin/users", element: <AdminUsersRoute /> },
          { path: "account/tokens", element: <AccountTokensRoute /> },
          { path: "*", element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
