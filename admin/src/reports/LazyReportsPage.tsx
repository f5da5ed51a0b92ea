import { CircularProgress } from "@mui/material";
import { lazy, Suspense } from "react";

const ReportsPage = lazy(() => import("./ReportsPage").then((module) => ({ default: module.ReportsPage })));

/** "Rapportages", with recharts, in a chunk of its own (as the dashboard's charts). */
export const LazyReportsPage = () => (
  <Suspense fallback={<CircularProgress size={24} />}>
    <ReportsPage />
  </Suspense>
);
