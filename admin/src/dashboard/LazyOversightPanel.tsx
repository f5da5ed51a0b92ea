import { CircularProgress } from "@mui/material";
import { lazy, Suspense } from "react";

const OversightPanel = lazy(() => import("./OversightPanel"));

/** The coordinators' overview, with recharts, leaflet and the boundaries in a chunk of its own. */
export const LazyOversightPanel = () => (
  <Suspense fallback={<CircularProgress size={24} />}>
    <OversightPanel />
  </Suspense>
);
