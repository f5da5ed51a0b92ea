import { Box, CircularProgress } from "@mui/material";
import { lazy, Suspense } from "react";
import type { CandidatesMapProps } from "./CandidatesMap";
import { SEA_COLOUR } from "./colours";
import type { LocationPickerProps } from "./LocationPicker";
import type { UnmetMapProps } from "./UnmetMap";

// Leaflet and the maps load in a chunk of their own, the first time a map is shown: the
// pages without a map do not pay for it.

const Placeholder = ({ height }: { height: number }) => (
  <Box sx={{ height, display: "grid", placeItems: "center", background: SEA_COLOUR, borderRadius: 1 }}>
    <CircularProgress size={28} />
  </Box>
);

const RELOADED = "sleutelkaart.mapChunkReloaded";

/**
 * A console left open across a new release asks for map chunks that are gone: load the
 * new release once instead of showing a broken page.
 */
function loadChunk<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().then(
      (chunk) => {
        sessionStorage.removeItem(RELOADED);
        return chunk;
      },
      (error: unknown) => {
        if (sessionStorage.getItem(RELOADED)) throw error;
        sessionStorage.setItem(RELOADED, "1");
        window.location.reload();
        return new Promise<T>(() => undefined);
      },
    );
}

const LocationPickerChunk = lazy(loadChunk(() => import("./LocationPicker")));
const CandidatesMapChunk = lazy(loadChunk(() => import("./CandidatesMap")));
const UnmetMapChunk = lazy(loadChunk(() => import("./UnmetMap")));

export const LazyLocationPicker = (props: LocationPickerProps) => (
  <Suspense fallback={<Placeholder height={props.height ?? 380} />}>
    <LocationPickerChunk {...props} />
  </Suspense>
);

export const LazyCandidatesMap = (props: CandidatesMapProps) => (
  <Suspense fallback={<Placeholder height={props.height ?? 460} />}>
    <CandidatesMapChunk {...props} />
  </Suspense>
);

export const LazyUnmetMap = (props: UnmetMapProps) => (
  <Suspense fallback={<Placeholder height={props.height ?? 420} />}>
    <UnmetMapChunk {...props} />
  </Suspense>
);
