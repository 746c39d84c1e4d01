import { createBrowserRouter } from "react-router";
import { AppShell } from "../components/layout/app-shell";
import { RouteError } from "../components/layout/route-error";
import { EditorRoute } from "./routes/editor";
import { EvalsRoute } from "./routes/evals";
import { HistoryRoute } from "./routes/history";
import { NotFoundRoute } from "./routes/not-found";
import { PracticeRoute } from "./routes/practice";
import { PreCallRoute } from "./routes/pre-call";
import { SandboxRoute } from "./routes/sandbox";
import { ScenariosRoute } from "./routes/scenarios";
import { ScorecardRoute } from "./routes/scorecard";
import { TrainerRoute } from "./routes/trainer";

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ScenariosRoute /> },
      { path: "practice/:personaId", element: <PreCallRoute /> },
      { path: "sessions/:sessionId", element: <PracticeRoute /> },
      { path: "sessions/:sessionId/scorecard", element: <ScorecardRoute /> },
      { path: "history", element: <HistoryRoute /> },
      { path: "trainer", element: <TrainerRoute /> },
      { path: "trainer/:kind/:id", element: <EditorRoute /> },
      { path: "trainer/personas/:id/sandbox", element: <SandboxRoute /> },
      { path: "evals", element: <EvalsRoute /> },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
]);
